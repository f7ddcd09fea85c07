import { createRequire } from 'node:module';

/**
 * Word lists the name redactor needs that compromise's lexicon lacks or gets wrong: places where
 * trainees are placed (compromise tags "Jordan" and "Santiago" as people, and knows few cities in
 * Africa and Asia), nationalities and languages, research authors (citations, not people in the
 * notes) and words that open the names of schools abroad. Lower case; multiword entries joined by a space.
 */
const words = (text: string) => new Set(text.trim().split(/\s*\|\s*|\n/).map((word) => word.trim().toLowerCase()).filter(Boolean));

export const PLACES = words(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belgium|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|cambodia|cameroon|canada|chile|china|colombia|costa rica|croatia|cyprus|czechia|czech republic|denmark|ecuador|egypt|england|estonia|ethiopia|finland|france|gambia|georgia|germany|ghana|greece|guatemala|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|korea|south korea|kuwait|laos|latvia|lebanon|lithuania|luxembourg|macau|malawi|malaysia|maldives|malta|mauritius|mexico|moldova|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|saudi|scotland|senegal|serbia|sierra leone|singapore|slovakia|slovenia|south africa|spain|sri lanka|sudan|sweden|switzerland|taiwan|tanzania|thailand|tunisia|turkey|türkiye|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|viet nam|wales|yemen|zambia|zimbabwe|uae|uk|usa
abu dhabi|dubai|sharjah|al ain|ajman|doha|riyadh|jeddah|dammam|muscat|manama|kuwait city|cairo|alexandria|amman|beirut|istanbul|ankara|beijing|shanghai|shenzhen|guangzhou|chengdu|suzhou|hangzhou|bangkok|chiang mai|phuket|kuala lumpur|kl|penang|johor bahru|hanoi|ho chi minh city|saigon|da nang|jakarta|bali|surabaya|manila|tokyo|osaka|seoul|busan|taipei|mumbai|delhi|new delhi|bangalore|bengaluru|chennai|kolkata|hyderabad|pune|ahmedabad|lahore|karachi|islamabad|dhaka|colombo|kathmandu|nairobi|mombasa|kisumu|lagos|abuja|ibadan|kano|port harcourt|accra|kumasi|kampala|dar es salaam|arusha|kigali|addis ababa|lusaka|harare|bulawayo|johannesburg|cape town|durban|pretoria|gaborone|windhoek|maputo|dakar|casablanca|rabat|tunis|madrid|barcelona|valencia|seville|malaga|bilbao|lisbon|porto|paris|lyon|rome|milan|berlin|munich|hamburg|frankfurt|amsterdam|rotterdam|the hague|utrecht|brussels|geneva|zurich|vienna|prague|warsaw|krakow|kraków|budapest|bucharest|sofia|athens|thessaloniki|nicosia|limassol|valletta|dublin|oslo|stockholm|copenhagen|helsinki|moscow|kyiv|mexico city|guadalajara|monterrey|bogota|bogotá|lima|quito|santiago|buenos aires|montevideo|são paulo|sao paulo|rio|rio de janeiro|caracas|panama city|san josé|san jose|toronto|vancouver|new york|sydney|melbourne|auckland|singapore
london|birmingham|manchester|leeds|liverpool|sheffield|bristol|leicester|nottingham|derby|coventry|bradford|newcastle|sunderland|hull|york|oxford|cambridge|norwich|ipswich|exeter|plymouth|bath|brighton|portsmouth|southampton|reading|luton|milton keynes|northampton|peterborough|lincoln|stoke|wolverhampton|walsall|dudley|preston|blackpool|bolton|wigan|oldham|rochdale|stockport|salford|durham|middlesbrough|carlisle|cardiff|swansea|edinburgh|glasgow|belfast|kent|essex|surrey|sussex|yorkshire|lancashire|cumbria|devon|cornwall|norfolk|suffolk|cheshire|midlands|west midlands|east midlands|north east|north west|south west|south east|loughborough|gloucester|worcester|hereford|chester|lancaster|canterbury|winchester|salisbury|wakefield|doncaster|rotherham|barnsley|huddersfield|halifax|harrogate|scarborough
gulf|middle east|east africa|west africa|southern africa|south asia|south east asia|southeast asia|latin america|central america|south america|europe|asia|africa|americas|caribbean|scandinavia|balkans|arabia
`);

/** Nationalities, languages and peoples: capitalised, never a person in notes. */
export const DEMONYMS = words(`
british|english|welsh|scottish|irish|french|german|dutch|spanish|portuguese|italian|greek|polish|turkish|russian|ukrainian|romanian|swedish|norwegian|danish|finnish|swiss|austrian|belgian|czech|hungarian|american|canadian|mexican|brazilian|chilean|colombian|peruvian|argentinian|argentine|australian|chinese|mandarin|cantonese|japanese|korean|thai|vietnamese|malay|malaysian|indonesian|filipino|indian|hindi|urdu|punjabi|bengali|tamil|gujarati|pakistani|bangladeshi|sri lankan|nepali|arabic|arab|emirati|qatari|saudi|omani|kuwaiti|bahraini|jordanian|egyptian|lebanese|iranian|persian|farsi|hebrew|israeli|african|nigerian|ghanaian|kenyan|ugandan|tanzanian|rwandan|ethiopian|somali|swahili|yoruba|igbo|hausa|zulu|xhosa|afrikaans|latin|european|asian|international|intl|islamic|muslim|christian|catholic|anglican|jewish|hindu|sikh
`);

/** Researchers cited in teacher education: citations, not people in the notes. */
export const RESEARCH_AUTHORS = words(`
rosenshine|willingham|sweller|wiliam|black|lemov|christodoulou|sherrington|coe|hattie|dweck|vygotsky|piaget|bruner|bloom|kirschner|didau|mccrea|ofsted|eef|fletcher-wood|hendrick|caviglioli|marzano|shulman|schon|schön|kolb|maslow|bandura|skinner|gardner|tharby|enser|quigley
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
  if (english === null) {
    const require = createRequire(import.meta.url);
    english = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, unknown>;
  }
  return Object.hasOwn(english, low);
}

/** Abbreviations notes open lines with ("Impr plan", "Prog dir", "Ext examiner"): never a name. */
export const NOTE_ABBREVIATIONS = words(`
impr|prog|org|ext|obs|eval|self|dept|admin|info|quals|reqs|mins|docs|doc|comms|govs|mgmt|mgr|assoc|approx|resp|rec|recs|yr|yrs|wk|wks|hr|hrs|sec|prim|sci|eng|geog|hist|maths|stats|tbc|misc|mtg|mtgs|nb|poss|prev|req|spec|subj|temp|uni|vs|inc|incl|exp|int|intl|nat|ref|refs|dev|pd|ppl|asst|dep|dir|coord|ind|ltr|hmwk|hwk|beh|ped
headteacher|childminder|website|paediatric|programme|organisation|behaviour|centre|colour|practise|licence|defence|favour|labour|enrol|judgement|timetable|timetabled|email|online|webinar|ebook|handbook|subteam|co-teach
`);
