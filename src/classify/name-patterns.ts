import { createRequire } from 'node:module';
import { TOWNS_OPENING_WITH_US_GIVEN_NAMES, US_GIVEN_NAMES } from './us-given-names.js';

/**
 * Word lists the name redactor needs that compromise's lexicon lacks or gets wrong: places where
 * trainees are placed (compromise tags "Jordan" and "Santiago" as people, and knows few cities in
 * Africa and Asia), nationalities and languages, research authors (citations, not people in the
 * notes) and words that open the names of schools abroad. Lower case; multiword entries joined by a space.
 */
const words = (text: string) => new Set(text.trim().split(/\s*\|\s*|\n/).map((word) => word.trim().toLowerCase()).filter(Boolean));

export const PLACES = words(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belgium|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|cambodia|cameroon|canada|chile|china|colombia|costa rica|croatia|cyprus|czechia|czech republic|denmark|ecuador|egypt|england|estonia|ethiopia|finland|france|gambia|georgia|germany|ghana|greece|guatemala|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|korea|south korea|kuwait|laos|latvia|lebanon|lithuania|luxembourg|macau|malawi|malaysia|maldives|malta|mauritius|mexico|moldova|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|saudi|scotland|senegal|serbia|sierra leone|singapore|slovakia|slovenia|south africa|spain|sri lanka|sudan|sweden|switzerland|taiwan|tanzania|thailand|tunisia|turkey|türkiye|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|viet nam|wales|yemen|zambia|zimbabwe|uae|uk|usa
abu dhabi|dubai|addis|sharjah|al ain|ajman|doha|riyadh|jeddah|dammam|muscat|manama|kuwait city|cairo|alexandria|amman|beirut|istanbul|ankara|beijing|shanghai|shenzhen|guangzhou|chengdu|suzhou|hangzhou|bangkok|chiang mai|phuket|kuala lumpur|kl|penang|johor bahru|hanoi|ho chi minh city|saigon|da nang|jakarta|bali|surabaya|manila|tokyo|osaka|seoul|busan|taipei|kowloon|mong kok|tsim sha tsui|wan chai|causeway bay|sha tin|tuen mun|yuen long|kwun tong|mumbai|delhi|new delhi|bangalore|bengaluru|chennai|kolkata|hyderabad|pune|ahmedabad|lahore|karachi|islamabad|dhaka|colombo|kathmandu|nairobi|mombasa|kisumu|lagos|abuja|ibadan|kano|port harcourt|accra|kumasi|kampala|dar es salaam|arusha|kigali|addis ababa|lusaka|harare|bulawayo|johannesburg|cape town|durban|pretoria|gaborone|windhoek|maputo|dakar|casablanca|rabat|tunis|madrid|barcelona|valencia|seville|malaga|bilbao|lisbon|porto|paris|lyon|rome|milan|berlin|munich|hamburg|frankfurt|amsterdam|rotterdam|the hague|utrecht|brussels|geneva|zurich|vienna|prague|warsaw|krakow|kraków|budapest|bucharest|sofia|athens|thessaloniki|nicosia|limassol|valletta|dublin|oslo|stockholm|copenhagen|helsinki|moscow|kyiv|mexico city|guadalajara|monterrey|bogota|bogotá|lima|quito|santiago|buenos aires|montevideo|são paulo|sao paulo|rio|rio de janeiro|roma|caracas|panama city|san josé|san jose|toronto|vancouver|new york|sydney|melbourne|auckland|singapore
london|birmingham|manchester|leeds|liverpool|sheffield|bristol|leicester|nottingham|derby|coventry|bradford|newcastle|sunderland|hull|york|oxford|cambridge|norwich|ipswich|exeter|plymouth|bath|brighton|portsmouth|southampton|reading|luton|milton keynes|northampton|peterborough|lincoln|stoke|wolverhampton|walsall|dudley|preston|blackpool|bolton|wigan|oldham|rochdale|stockport|salford|durham|middlesbrough|carlisle|cardiff|swansea|edinburgh|glasgow|belfast|kent|essex|surrey|sussex|yorkshire|lancashire|cumbria|devon|cornwall|norfolk|suffolk|cheshire|midlands|west midlands|east midlands|north east|north west|south west|south east|loughborough|gloucester|worcester|hereford|chester|lancaster|canterbury|winchester|salisbury|wakefield|doncaster|rotherham|barnsley|huddersfield|halifax|harrogate|scarborough
gulf|middle east|east africa|west africa|southern africa|south asia|south east asia|southeast asia|latin america|central america|south america|europe|asia|africa|americas|caribbean|scandinavia|balkans|arabia
`);

/**
 * Given names across the cultures trainees and staff in English and international teacher training
 * come from (English, Irish, Welsh, Scottish; South Asian; East and South East Asian; West, East and Southern African; Arabic, Persian and Pakistani; Eastern European; Spanish and Portuguese; Northern and Western European, Turkish, Greek; Hungarian, Czech, Icelandic and Nordic, Māori, Aboriginal Australian and Pacific, Ethiopian and Eritrean, Swahili, Yoruba short forms, Maghrebi and Gulf Arabic, Chilean and Basque, Vietnamese, Punjabi).
 * Accented names are also looked up without their accents ("Benjamín" as "benjamin").
 * Lower case. Names that are also everyday words (Grace, Will, Mark, May, Amber, Jade...) are not
 * here: redact-names treats those as names only in a person's position. A capitalised word on this
 * list is a name wherever it stands, unless it is part of a school's or place's name.
 */
export const GIVEN_NAMES = words(`
aaron|abigail|adam|adrian|aidan|alan|albert|alex|alexander|alexandra|alfie|alice|alison|amanda
raj|alasdair|alastair|alistair|ruaridh|ruairidh|ruaraidh|torquil|dervla|ieuan|delyth|meinir|bartek|gosia|wojtek|kasia|basia|zosia|krzysiek
nakato|babirye|akello|apio|namubiru|atieno|kagiso|rudo|kudzai|mwansa|chileshe|mutale|bwalya|dauren|aibek|dilnoza|nurlan|aigerim|yerlan|askar|zhanar|gulnara|bakhyt|sardor|jasur|nodira|farrukh|otabek|nilufar|shahnoza|dildora|bekzod|sanjar|aizhan|daniyar|azamat|yerzhan|ainur|aruzhan|kairat|rauf|tural|nigar
amelia|amy|andrea|andrew|angela|anna|anne|annie|anthony|archie|arthur|ashley|barbara|barry|beatrice
becky|ben|benjamin|beth|bethany|billy|bradley|brenda|brian|bridget|callum|cameron|carl|caroline
carys|catherine|charlie|charlotte|chloe|chris|christine|christopher|claire|clare|colin|connor|craig
daisy|daniel|danielle|darren|david|debbie|deborah|declan|denise|dennis|derek|diane|donna|dorothy
dylan|edward|eleanor|elizabeth|ella|ellie|emily|emma|eric|erin|ethan|evan|evie|fiona|florence
frances|freddie|freya|gail|gareth|gary|gavin|gemma|geoffrey|george|georgia|gerald|gillian|gordon
graham|gwen|hannah|harriet|harry|harvey|hayley|heather|helen|henry|hollie|holly|howard|hugh|huw|ian
imogen|isaac|isabel|isabella|isabelle|jack|jacob|jake|james|jamie|jane|janet|jason|jeffrey|jennifer
jenny|jeremy|jessica|joanna|joanne|john|jonathan|joseph|joshua|julia|julie|justin|karen|kate
katherine|katie|kathryn|keith|kelly|kevin|kieran|kirsty|laura|lauren|leah|lewis|liam|linda|lindsey
lisa|lois|louis|louise|lucy|luke|lydia|mandy|margaret|maria|marian|marie|martha|martin|mary|matthew
megan|melanie|michael|michelle|mia|mike|millie|molly|nathan|neil|nicholas|nicola|niamh|nigel|oliver
olivia|oscar|owen|paul|paula|peter|philip|phoebe|poppy|rachel|rebecca|rhiannon|rhodri|richard|robert
robin|ruth|ryan|sally|samantha|samuel|sandra|sarah|scott|sean|shannon|sharon|sheila|shirley|simon
siobhan|sophie|stephen|steven|stuart|susan|suzanne|tara|teresa|thomas|timothy|tracey|trevor|victoria
vincent|wendy|william|yvonne|zoe|aoife|ciara|conor|eoin|orla|padraig|saoirse|sinead|cerys|dafydd
eleri|gethin|iolo|rhys|sian|bronwen|tegan|morgan|ffion|angharad|alun|ewan|fraser|hamish|iain|isla
kirsteen|mhairi|morag|rory|struan|ailsa
aarav|aarti|abhishek|aditi|aditya|ajay|akash|amit|amita|anand|anil|anita|anjali|ankit|anupam|arjun
arun|asha|ashok|deepa|deepak|devi|dinesh|divya|gaurav|geeta|gita|harish|harpreet|hemant|indira
jaspreet|jaya|karan|kavita|kavya|kiran|krishna|kumar|lakshmi|mahesh|manish|manoj|meena|mohan|nandini
naresh|neha|nikhil|nisha|pooja|pradeep|prakash|pranav|priya|priyanka|rahul|rajesh|rajiv|rakesh
ramesh|ravi|rekha|rohan|sachin|sanjay|sanjeev|santosh|sarita|shanti|shilpa|shreya|sita|sneha|sonia
sunil|sunita|suresh|swati|tanvi|uma|usha|varun|vijay|vikram|vinod|vivek|yash|sandeep|gurpreet
manpreet|simran|harjit|balvinder|navdeep|kuldeep|rajinder|amarjit|sukhvinder|parminder|jaswinder
tejinder|baljit|siddharth|raghav|ishaan|anaya|advait|aishwarya|shweta|pallavi|nalini|padma|revathi
venkat|srinivas|murali|gopal|senthil|thilaga|kamala|selvi|shamima|nasreen|rubina|farhana|taslima
rehana|shahida|ruksana|sadia|tahmina|nusrat
wei|mei|ling|li|lin|jing|xiao|xiaoling|xiaoming|yan|yang|ying|yu|yun|zhen|zhi|hui|hua|chen|chun|fang
feng|guang|hao|jian|jie|jin|kai|lei|liang|ming|ning|qiang|qing|rui|shan|shu|tao|ting|wen|xin|xue|yi
yong|zhong|haruki|haruto|hiroshi|hiroko|kenji|kenta|yuki|yuko|yumi|akira|aiko|naoko|satoshi|takeshi
taro|hana|sakura|keiko|kazuki|ryo|riku|sota|yuto|hinata|minji|jiwoo|seojun|jisoo|jiyeon|minho|hyun
soo|sunghee|eunji|jae|jun-seo|ji-woo|seo-yeon|min-jun|thanh|tran|huong|linh|minh|duc|trang|thao|hoa
phuong|quang|tuan|hieu|ngoc|somchai|somsak|siriporn|malee|niran|kanya|nattapong
abena|abiodun|adaeze|adebayo|adeola|adeyemi|adunni|afia|akosua|ama|amara|amaka|ayodele|ayo|babajide
bola|chidi|chidinma|chinedu|chinwe|chioma|chukwuemeka|dayo|ebere|efua|emeka|femi|folake|funke
funmilayo|ifeoma|ike|ikenna|kayode|kehinde|kemi|kofi|kojo|kwabena|kwadwo|kwaku|kwame|kwasi|kwesi
lerato|mandla|mpho|musa|ngozi|nkechi|nkosi|nnamdi|obinna|ola|olu|oluwaseun|oluwatobi|olumide|segun
seun|sipho|taiwo|temitope|thabo|thandiwe|tendai|themba|tunde|uche|wanjiru|wambui|wairimu|njeri|kamau
otieno|odhiambo|achieng|akinyi|nyambura|zanele|zodwa|bongani|sibusiso|nomvula|fatou|aminata|awa
mariama|ousmane|mamadou|ibrahima|moussa|aissatou|yaw|yaa|esi|kobina|fiifi|ekow|nana|amina|halima
zainab|hadiza|aisha|abdullahi|babatunde|chiamaka|ngozika|obiageli|tendayi|tafadzwa|rutendo|tatenda
farai|chipo|nyasha|tsitsi
abdul|abdullah|ahmad|ahmed|ali|amir|amira|amina|asma|aya|aziz|bilal|dalia|fadi|farah|faris|fatima
fatma|hadi|hala|hamid|hamza|hana|hassan|hiba|hussein|ibrahim|iman|jamal|jamila|karim|khadija|khalid
layla|leila|lina|mahmoud|malik|mariam|maryam|mohammed|mohammad|muhammad|mustafa|nabil|nadia|nadim
nasser|noor|nour|omar|rami|rana|rania|rashid|reem|saeed|salma|sami|samir|sara|sarah|tariq|walid
yasmin|yasmine|yousef|yusuf|zaid|zayed|zeinab|hafiz|faisal|majid|saif|rashed|hamdan|mansour|khalil
ghada|huda|lubna|manal|mona|nawal|rasha|samira|suha|wafa|yara|zahra|imran|irfan|kamran|naveed|shahid
usman|waqas|zubair|adnan|asif|arif|junaid|farhan|shoaib|haris|haroon|ayesha|bushra|farida|hira
mehwish|rabia|saima|sana|shazia|sobia|uzma
agnieszka|aleksandra|aleksander|andrzej|anna|bartosz|bogdan|dariusz|dominika|ewa|grzegorz|irena
jakub|janusz|joanna|jolanta|kamil|katarzyna|krzysztof|lukasz|łukasz|magdalena|malgorzata|małgorzata
marek|marta|mateusz|michal|michał|monika|pawel|paweł|piotr|radoslaw|tomasz|tomek|wojciech|zbigniew
zofia|oksana|olena|olga|iryna|natalia|tetiana|svitlana|yulia|andriy|bohdan|dmytro|mykola|oleksandr
serhiy|taras|vasyl|volodymyr|yuriy|ivan|igor|sergei|sergey|dmitri|alexei|anastasia|ekaterina
svetlana|tatiana|vladimir|nikolai|mikhail|pavel|petr|jiri|jiří|tereza|lucie|petra|zuzana|miroslav
ioana|andreea|cristina|mihai|bogdana|radu|florin|adriana|elena|gabriela|ana|daniela|milica|jelena
dragan|goran|zoran|nikola|marija|ivana|vesna
alejandro|alejandra|alberto|alvaro|álvaro|andres|andrés|antonio|beatriz|camila|carlos|carmen
catalina|cristian|diego|eduardo|elena|emilio|enrique|esteban|fernando|francisco|gabriela|gonzalo
guillermo|ines|inés|isabel|javier|joaquim|joaquin|joaquín|jorge|jose|josé|juan|julio|laura|leonardo
lucia|lucía|luis|manuel|marcela|marcos|mariana|mario|marta|mateo|miguel|natalia|pablo|paola|pedro
rafael|raul|raúl|ricardo|roberto|rodrigo|rosa|santiago|sergio|sofia|sofía|thiago|valentina|valeria
ximena|ignacio|agustin|agustín|lorena|marisol|paloma|consuelo|dolores|guadalupe|rocio|rocío|yolanda
joao|joão|gustavo|rafaela|leticia|fernanda|renata
anders|annika|astrid|bjorn|björn|erik|freja|ingrid|jens|johan|karin|lars|lena|linnea|magnus|maja
nils|sanne|sven|wouter|pieter|jeroen|femke|anouk|bram|daan|ruben|lukas|jonas|felix|moritz|niklas
tobias|sebastian|jana|hannah|katrin|birgit|dieter|jürgen|klaus|wolfgang|giulia|giuseppe|francesca
alessandro|lorenzo|matteo|chiara|federica|giovanni|marco|stefano|luca|pierre|jean|jacques|marie
sophie|camille|julien|mathieu|nicolas|théo|chloé|manon|lea|léa|hugo|louis|yannick|ahmet|mehmet
mustafa|ayse|ayşe|elif|emre|zeynep|burak|cem|deniz|kerem|selin|yiannis|giorgos|eleni|dimitris|nikos
maria|katerina
jordan|sydney|chelsea|austin|savannah|brooklyn|adelaide|dallas|lincoln|kingsley|shelby|madison
kacper|wiktoria|szymon|kuba|zuzanna|filip|oliwia|nuwan|dilini|kasun|chamari|tharindu|bishnu|sabin|anahit|lilit|nino|rukhsana|farhana|tahmina|parveen|yousra|maisie|tyler|finn|siân|sian|ellie|eilidh|aoife|oluwatobi|ifeoma|habimana|jean-paul
ottilie|wilfred|mabel|edith|elsie|cecily|florence|winifred|agatha|hermione|rosalind|imelda|ishbel|kirsty|morven|catriona|eilidh|seonaid|mairead|oonagh|rosheen|siobhan|grainne|gráinne|roisin|róisín|niamh|caoimhe|aoibhinn|clodagh|orlaith|deirdre|fionnuala|padraig|cathal|donal|ciaran|cian|oisin|oisín|ruairi|tadhg|eamon|eamonn|colm|diarmuid|fergal|lowri|nia|manon|elin|gwenllian|aled|emyr|geraint|gruffydd|iwan|llyr|osian|tomos|steffan
eszter|zsofia|zsófia|reka|réka|orsolya|katalin|ildiko|ildikó|krisztina|judit|aniko|anikó|kristof|kristóf|bence|balazs|balázs|gergely|laszlo|lászló|zoltan|zoltán|istvan|istván|tamas|tamás|gabor|gábor|attila|csaba|levente|zsolt|marcelina|agata|alicja|beata|bozena|bożena|danuta|edyta|elzbieta|elżbieta|halina|iwona|jadwiga|justyna|kinga|malwina|renata|urszula|weronika|wioletta|zaneta|żaneta|jacek|jaroslaw|jarosław|lech|leszek|przemek|przemyslaw|przemysław|rafal|rafał|slawomir|sławomir|stanislaw|stanisław|wladyslaw|władysław|witold|zdzislaw
vojtech|vojtěch|jiri|jiří|ondrej|ondřej|radek|zdenek|zdeněk|lubos|luboš|vaclav|václav|jaroslav|premysl|přemysl|katerina|kateřina|hana|jitka|lenka|marketa|markéta|sarka|šárka|vera|věra|blanka|dagmar|eliska|eliška|milena|alzbeta|alžběta|bohumil|ludmila|stanislav
sigrun|sigrún|gudrun|guðrún|solveig|ragnhildur|ragnheiður|thorunn|þórunn|helga|bryndis|bryndís|hrafnhildur|kristin|kristín|sigridur|sigríður|jon|jón|gunnar|einar|olafur|ólafur|bjarni|siggi|marit|ingeborg|sigrid|liv|kari|randi|ragnhild|tove|gunhild|synnove|synnøve|torunn|hege|trond|knut|sindre|espen|oyvind|øyvind|torbjorn|torbjørn|kjersti|mette|pernille|signe|birgitte|rasmus|mads|soren|søren|anneke|marieke|lotte|saskia|maarten|joost|sjoerd|thijs
wiremu|aroha|hemi|rangi|tama|tane|tāne|manaia|anahera|ngaio|moana|kahurangi|nikau|ariki|hine|mereana|piripi|rawiri|kirra|jarrah|kylie|tahnee|warrick|lowanna|marlee|jedda|koorine|iluka|alinta|yindi|mirri|akoni|leilani|keanu|malia|sione|losa|mele|tevita|siosaia|viliami|folau|salote
rahel|selam|tsion|meron|hiwot|mekdes|tigist|almaz|genet|tsehay|abebe|dawit|yonas|tesfaye|haile|girma|mulugeta|kidane|tekle|semhar|senait|luwam|yohannes|zuhura|rehema|neema|baraka|juma|salim|mwanaisha|amani|imani|zawadi|upendo|faraja|halima|mwajuma|shukuru|tumaini|wanjiku|wangari|chebet|jeptoo|kiprop|kipchoge|muthoni|auma|nafula|nekesa|wekesa
funmi|funmilola|yetunde|bisi|bukola|bunmi|damilola|toyin|toyosi|wale|lanre|gbenga|sola|tolu|tobi|niyi|kunle|kemi|bimpe|ronke|tayo|dapo|jide|yinka|adaeze|nneka|chiamaka|ifunanya|somto|kelechi|obiora|ebuka|ugochi|ngozi|adwoa|akua|abenaa|kukua|ekua|kojo|kwamena|kofi|yaaba|nii|naa|dzifa|selorm|edem|elikem|mawuli|senyo|delali
ayoub|ayyub|ruqayyah|ruqaya|layal|ziad|ziyad|rawan|lujain|dana|jana|hala|ghalia|sundus|asmaa|yasmeen|bushra|nouf|noura|maha|haya|shaikha|mahra|mariam|hessa|moza|alya|latifa|khalifa|mubarak|tariq|yazan|qais|laith|anas|osama|bassam|wael|hazem|hatem|karam|marwan|nizar|younes|youssef|hicham|rachid|mehdi|soufiane|zakaria|abdelkader|abdelilah|fatima-zahra|khadija|nadia|houda|siham|loubna|imane|meriem|hajar|ikram|oumaima|salma
oguzhan|oğuzhan|ozgur|özgür|serkan|volkan|tolga|onur|ugur|uğur|baris|barış|cagri|çağrı|gokhan|gökhan|hakan|murat|ozan|sinan|tuncay|yusuf|berk|kaan|alper|ebru|esra|gizem|hulya|hülya|merve|ozlem|özlem|pinar|pınar|seda|sibel|tugba|tuğba|yasemin|derya|aylin|nesrin|gulsen|gülşen|damla|ceren|irem|busra|büşra
benjamin|benjamín|maximiliano|matías|matias|sebastián|agustina|florencia|flor|belen|belén|josefina|constanza|catalina|fernanda|macarena|javiera|antonella|martina|valentín|valentin|tomás|tomas|felipe|cristóbal|cristobal|vicente|ignacia|amparo|milagros|pilar|nieves|soledad|ainhoa|nerea|iker|unai|aitor|iratxe|itziar|maite|leire|joana|conceição|graça|fátima|fatima|rui|nuno|duarte|tiago|gonçalo|goncalo|afonso|inês|beatriz
thuy|thúy|huyen|huyền|nga|hanh|hạnh|khanh|khánh|phuc|phúc|giang|hải|hùng|sơn|thang|thắng|vinh|tuyet|tuyết|xuan|xuân|yến|diep|điệp|oanh|quynh|quỳnh|tâm|trinh|anh|bao|bảo|cuong|cường|đạt|hoang|hoàng|huy|khoa|kiet|kiệt|lộc|nhung|tien|tiến|trung|uyen|uyên
jia|siew|xiu|zihan|yiting|hà|thư|thủy|hằng|hương|nhi|tú|hiền|thảo|ngọc|quân|đức|dũng|hùng|sơn|thành|tuấn|phương|trâm|nguyệt
ravinder|ravindra|jasvinder|kulwinder|satnam|gurdeep|hardeep|harvinder|jagdeep|kamaljit|mandeep|rupinder|sukhjit|tarsem|jaspal|paramjit|surinder|davinder|amrit|navjot|simranjit|sukhdeep
`);

/**
 * ~63,000 more given names (US births 1880-2024, scripts/make-given-names.ts: English words and towns
 * taken out). Far more than GIVEN_NAMES, and so holding words and places no filter caught ("Lang",
 * "Ashton"): redact-names asks it only where a person is already likely. Built on first use.
 */
let usGiven: Set<string> | null = null;
export function isUsGivenName(low: string): boolean {
  usGiven ??= new Set(US_GIVEN_NAMES.split(/\s+/).filter(Boolean));
  return usGiven.has(low);
}

/** Towns whose name opens with a name of that list ("melton mowbray", "santo domingo"): lower case, unaccented. */
let townsOpening: Set<string> | null = null;
export function isTownOpeningWithUsGivenName(phrase: string): boolean {
  townsOpening ??= new Set(TOWNS_OPENING_WITH_US_GIVEN_NAMES.split('\n').filter(Boolean));
  return townsOpening.has(phrase);
}

/** Nationalities, languages and peoples: capitalised, never a person in notes. */
export const DEMONYMS = words(`
british|english|welsh|scottish|irish|french|german|dutch|spanish|portuguese|italian|greek|polish|turkish|russian|ukrainian|romanian|swedish|norwegian|danish|finnish|swiss|austrian|belgian|czech|hungarian|american|canadian|mexican|brazilian|chilean|colombian|peruvian|argentinian|argentine|australian|chinese|mandarin|cantonese|japanese|korean|thai|vietnamese|malay|malaysian|indonesian|filipino|indian|hindi|urdu|punjabi|bengali|tamil|gujarati|pakistani|bangladeshi|sri lankan|nepali|arabic|arab|emirati|qatari|saudi|omani|kuwaiti|bahraini|jordanian|egyptian|lebanese|iranian|persian|farsi|hebrew|israeli|african|nigerian|ghanaian|kenyan|ugandan|tanzanian|rwandan|ethiopian|somali|swahili|yoruba|igbo|hausa|zulu|xhosa|afrikaans|latin|european|asian|international|intl|islamic|muslim|christian|catholic|anglican|jewish|hindu|sikh
`);

/**
 * Festivals and holidays notes name when a term or a placement is interrupted ("closed for Hari Raya",
 * "after Nowruz"): capitalised, and some ("Hari", "Raya", "Eid") are given names or surnames too.
 * Multiword entries are a festival only as a whole.
 */
export const FESTIVALS = words(`
christmas|xmas|easter|whitsun|whitsuntide|michaelmas|hogmanay|passover|pesach|purim|sukkot|hanukkah|chanukah|rosh hashanah|yom kippur|ramadan|ramadhan|eid|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|hajj|ashura|mawlid|lebaran|hari raya|hari raya puasa|hari raya haji|hari raya aidilfitri|diwali|deepavali|holi|navratri|dussehra|durga puja|pongal|onam|thaipusam|vaisakhi|baisakhi|lohri|raksha bandhan|vesak|wesak|songkran|loy krathong|tết|tet|chinese new year|lunar new year|mid-autumn festival|chuseok|seollal|nyepi|golden week|nowruz|norooz|nauryz|kwanzaa|carnival|carnaval|semana santa
`);

/** Researchers cited in teacher education: citations, not people in the notes. */
export const RESEARCH_AUTHORS = words(`
rosenshine|willingham|sweller|wiliam|black|lemov|christodoulou|sherrington|coe|hattie|dweck|vygotsky|piaget|bruner|bloom|kirschner|didau|mccrea|ofsted|eef|fletcher-wood|hendrick|caviglioli|marzano|shulman|schon|schön|kolb|maslow|bandura|skinner|gardner|tharby|enser|quigley|counsell|beck|myatt|muijs|allison|bjork|hirsch|ericsson|mccourt|boxer|lovell|sealy
freire|montessori|froebel|krashen|ehri|cepeda|ebbinghaus|siraj-blatchford|biesta|engelmann|gathercole|baddeley|nuthall|mctighe|fullan|guskey|timperley
`);

/** Words that open or close a school's or organisation's name abroad ("Colegio Británico…", "Lycée…"). */
export const ORG_NAME_WORDS = words(`
grupo|groupe|gruppo|fundación|fundacion|fundação|asociación|colegios|colegio|colégio|escuela|escola|instituto|liceo|lycée|lycee|gymnasium|gimnasio|scuola|école|ecole|sekolah|sri|seri|dar|madrasa|madrassa|academia|universidad|universidade|università|universite|université|hochschule|schule|college|collège|kolej|intl|international|british|american|english|global|montessori|grammar|prep|preparatory|kindergarten|nursery|infant|junior|community|council|board|trust|ministry|knowledge|authority
`);

/** What a trainee's or teacher's possessive in notes is usually about: "Freya's lesson", "Tom's targets". */
export const PERSONAL_POSSESSIONS =
  /^(?:lesson|lessons|mentor|mentors|tutor|link tutor|feedback|placement|placements|portfolio|e-portfolio|file|files|targets?|plan|planning|support plan|progress|practice|teaching|evidence|assignment|assignments|essay|obs|observation|observations|class|classes|pupils|subject knowledge|behaviour management|questioning|explanations?|workload|wellbeing|record|records|log|journal|review|reviews|visit|visits|school|team|role|view|views|comments?|account|response|email|sessions?)\b/i;

/**
 * English words, lower case: the Brill tagger lexicon natural ships (≈92k words from pos-js). A
 * capitalised word whose lower-case form is here is an ordinary word unless a name list says
 * otherwise. Loaded lazily by deep path (`import natural` pulls in database clients) and once.
 */
let english: Record<string, unknown> | null = null;
export function isEnglishWord(low: string): boolean {
  return Object.hasOwn(englishLexicon(), low);
}

function englishLexicon(): Record<string, unknown> {
  if (english === null) {
    const require = createRequire(import.meta.url);
    english = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, unknown>;
  }
  return english;
}

/** The tagger lexicon's part-of-speech tags for a word, most frequent first; null when it has none. */
function lexiconTags(low: string): unknown[] | null {
  const tags = Object.hasOwn(englishLexicon(), low) ? englishLexicon()[low] : undefined;
  return Array.isArray(tags) ? tags : null;
}

/** A word the lexicon can tag as a verb ("draft", "confirm"); with `first`, only one it tags first as a verb ("acknowledges", "agreed"; not "results", "action"). */
export function isVerb(low: string, first = false): boolean {
  const tags = lexiconTags(low);
  if (!tags) return false;
  return (first ? tags.slice(0, 1) : tags).some((tag) => typeof tag === 'string' && tag.startsWith('VB'));
}

/** A word the lexicon can tag as a verb's base form and does not tag first as a past one ("check", "need"; not "met", "said", "sees"). */
export function isBaseVerb(low: string): boolean {
  const tags = lexiconTags(low);
  return tags !== null && tags[0] !== 'VBD' && tags[0] !== 'VBN' && tags.some((tag) => tag === 'VB' || tag === 'VBP');
}

/** A word the lexicon tags first as a verb in the past or the third person ("drew", "made", "picked", "says"). */
export function isFiniteVerb(low: string): boolean {
  const first = lexiconTags(low)?.[0];
  return first === 'VBD' || first === 'VBN' || first === 'VBZ';
}

/** A word the lexicon tags first as a noun ("discussion", "day"; not "apologetic"). */
export function isNoun(low: string): boolean {
  const first = lexiconTags(low)?.[0];
  return typeof first === 'string' && first.startsWith('NN');
}

/** A word the lexicon can tag as an adjective ("frank", "rich", "sunny"). */
export function isAdjective(low: string): boolean {
  return lexiconTags(low)?.some((tag) => typeof tag === 'string' && tag.startsWith('JJ')) ?? false;
}

/** A word the lexicon tags only as a noun or an adjective, never a verb: "quality", "data", "early" (not "rate", "drew"). */
export function isNounOrAdjective(low: string): boolean {
  const tags = lexiconTags(low);
  return tags !== null && tags.length > 0 && tags.every((tag) => typeof tag === 'string' && tag.split('|').every((part) => /^(?:NN|JJ)/.test(part)));
}

/** Abbreviations notes open lines with ("Impr plan", "Prog dir", "Ext examiner"): never a name. */
export const NOTE_ABBREVIATIONS = words(`
impr|abt|lang|agmt|agmts|univ|insp|govt|tchr|tchrs|mgt|fb|qual|progs|prog|org|ext|obs|hols|trg|trng|eval|self|dept|admin|info|quals|reqs|mins|docs|doc|comms|govs|mgmt|mgr|assoc|approx|resp|rec|recs|yr|yrs|wk|wks|hr|hrs|sec|prim|sci|eng|geog|hist|maths|stats|tbc|misc|mtg|mtgs|nb|poss|prev|req|spec|subj|temp|uni|vs|inc|incl|exp|int|intl|nat|ref|refs|dev|pd|ppl|asst|dep|dir|coord|ind|ltr|hmwk|hwk|beh|ped|std|stds|sch|schs
headteacher|childminder|website|paediatric|programme|organisation|behaviour|centre|colour|practise|licence|defence|favour|labour|enrol|judgement|timetable|timetabled|email|online|webinar|ebook|handbook|subteam|co-teach
`);
