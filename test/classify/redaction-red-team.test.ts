import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactNames } from '../../src/classify/redact-names.js';

/**
 * Notes written to break the anonymiser, and realistic notes written to audit it
 * (fixtures/redaction/README.md): names in every form notes use, and places, schools and
 * researchers that must survive. Every mention that still leaks, and
 * every phrase still over-redacted, is listed below as a known gap; anything else failing is a
 * regression. Fixing a gap means taking it off the list.
 */
const KNOWN_LEAKS = new Set([
  // Twelfth blind audit (audit-blind11-*, two more writers, written after the eleventh's fixes and
  // blind to them): 22 of 156 ITE and 31 of 154 iQTS mentions leaked (as a whole name on its line),
  // 15 and 24 after its fixes. Left: names that are places or words ("Preston", "Lancaster",
  // "Lima", "Sunday", Thai nicknames "mint", "ploy", "Bank"), initials in a table's column or with
  // no verb, family-name-first names no list holds ("Kovács Bence"), lower-case word-names.
  'audit-blind11-iqts-a.md:2 d. chester',
  'audit-blind11-iqts-a.md:17 hung',
  'audit-blind11-iqts-a.md:32 Bank',
  'audit-blind11-iqts-a.md:33 Benjamas Srisuk',
  'audit-blind11-iqts-a.md:33 Kanokwan Thongdee',
  'audit-blind11-iqts-a.md:36 mint',
  'audit-blind11-iqts-a.md:38 ploy',
  'audit-blind11-iqts-a.md:40 Page',
  'audit-blind11-iqts-a.md:74 dean',
  'audit-blind11-iqts-a.md:78 Doha Mahmoud',
  'audit-blind11-iqts-a.md:79 Doha',
  'audit-blind11-iqts-a.md:79 Mahmood',
  'audit-blind11-iqts-a.md:92 RAQ',
  'audit-blind11-iqts-a.md:96 TAN Wei Ming',
  'audit-blind11-iqts-a.md:97 Tan',
  'audit-blind11-iqts-a.md:116 Lincoln',
  'audit-blind11-iqts-b.md:37 Andrés Felipe Valencia',
  'audit-blind11-iqts-b.md:37 Valencia',
  'audit-blind11-iqts-b.md:48 Lima',
  'audit-blind11-iqts-b.md:64 Sunday Okoro',
  'audit-blind11-iqts-b.md:66 Sunday',
  'audit-blind11-iqts-b.md:112 moss',
  'audit-blind11-ite-a.md:9 NAC',
  'audit-blind11-ite-a.md:16 Preston',
  'audit-blind11-ite-a.md:29 Grace Whitby',
  'audit-blind11-ite-a.md:32 Whitby',
  'audit-blind11-ite-a.md:33 grace',
  'audit-blind11-ite-a.md:57 Lancaster',
  'audit-blind11-ite-a.md:87 Hazel Cook',
  'audit-blind11-ite-a.md:89 Cook',
  'audit-blind11-ite-b.md:50 Miles Bishop',
  'audit-blind11-ite-b.md:101 miles',
  // Eleventh blind audit (audit-blind10-*, two more authors blind to the rules): 41 of 461
  // mentions leaked blind; after the fixes it led to (speakers and attributions in lower case or
  // initials, surnames typed in lower case after a given name or a role, "mr wood") these are left:
  // word-names with no role near ("dawn", "sky", "will", "bishop"), a list's first name that is a
  // word ("Hunter Price"), particles in lower case ("van der berg"), initials in a heading ("ADV").
  'audit-blind10-iqts-a.md:2 dawn',
  'audit-blind10-iqts-a.md:21 dawn',
  'audit-blind10-iqts-a.md:39 hope',
  'audit-blind10-iqts-a.md:49 noor ul-ain',
  'audit-blind10-iqts-a.md:53 young',
  'audit-blind10-iqts-a.md:73 dilani perera',
  'audit-blind10-iqts-a.md:94 sky',
  'audit-blind10-iqts-a.md:102 dawn',
  'audit-blind10-iqts-a.md:107 wood',
  'audit-blind10-iqts-a.md:116 sky',
  'audit-blind10-iqts-c.md:8 Hunter Price',
  'audit-blind10-iqts-c.md:95 Price',
  'audit-blind10-ite-a.md:20 pieter van der berg',
  'audit-blind10-ite-a.md:21 van der berg',
  'audit-blind10-ite-a.md:27 will',
  'audit-blind10-ite-a.md:42 bishop',
  'audit-blind10-ite-a.md:48 dawn',
  'audit-blind10-ite-a.md:48 okoro',
  'audit-blind10-ite-a.md:52 mark',
  'audit-blind10-ite-c.md:4 ADV',
  'audit-blind10-ite-c.md:74 ADV',
  // Given names that are also words, in lists or alone with no role in sight.
  'rt-2-ite-england.md:14 Sandy Hall',
  'rt-2-ite-england.md:21 Amber',
  'rt-2-ite-england.md:21 Dawn',
  'rt-2-ite-england.md:21 Summer',
  'rt-2-ite-england.md:21 Joy',
  'rt-2-ite-england.md:22 Amber Long',
  'rt-2-ite-england.md:26 Summer',
  'rt-2-ite-england.md:27 Summer',
  // "Thu" is also Thursday; a nickname-like given name that is a word in brackets.
  'audit-iqts.md:25 Thu Trang Nguyen',
  'audit-iqts.md:31 Thu Trang',
  // The blind audit (a third author, written after the fixes above): initials; a given name that
  // is a country; a lower-case surname after an initial; a lower-case East African name no list
  // holds, surname first. (Bethan and ananya went with the US given-name list.)
  'audit-blind-c-london-uni-secondary.md:19 Georgia',
  'audit-blind-e-iqts-eastafrica-india.md:2 d. mwangi',
  'audit-blind-e-iqts-eastafrica-india.md:18 ssemwogerere joseph',
  // The second blind audit (a fourth author): a nickname inside a quotation; a Malay "a/p"
  // patronymic; a Japanese honorific; a title with one initial.
  'audit-blind2-a-midlands-scitt.md:25 Des',
  'audit-blind2-d-iqts-asia.md:20 Kavitha a/p Muthusamy',
  'audit-blind2-d-iqts-asia.md:52 Takahashi-sensei',
  // The third blind audit (a fifth author, after every fix above but the capitals one): lower-case
  // West and South African surnames alone; a Thai nickname; mixed-case initials.
  'audit-blind3-b-iqts-africa.md:33 darko',
  'audit-blind3-c-scitt-marches.md:13 RaG',
  'audit-blind3-c-scitt-marches.md:60 RaG',
  'audit-blind3-d-iqts-asia.md:26 Ploy',
  'audit-blind3-d-iqts-asia.md:27 Ploy',
  'audit-blind3-d-iqts-asia.md:28 Ploy',
  // The fourth blind audit (a sixth author; blind, 71 of 470 names leaked, 15.1%, most in a file
  // typed in lower case with word-names: 'summer', 'hope', 'jade', 'dawn'). After the fixes it
  // led to: short forms no bracket defines (gaz, dev, Vale), an unlisted given name (Dawid), initials
  // of three letters opening an action, a month that is a name written alone ('April'), a place-like surname (Bramley).
  'audit-blind4-a-fens-brecks-scitt.md:25 kerry',
  'audit-blind4-a-fens-brecks-scitt.md:37 Summer',
  'audit-blind4-a-fens-brecks-scitt.md:43 Dawid',
  'audit-blind4-a-fens-brecks-scitt.md:81 Mark Bramley',
  'audit-blind4-a-fens-brecks-scitt.md:85 Mark',
  'audit-blind4-b-iqts-peru-colombia.md:25 Vale',
  'audit-blind4-c-ne-primary-ey.md:3 dev sahota',
  'audit-blind4-c-ne-primary-ey.md:65 kerry-ann',
  'audit-blind4-c-ne-primary-ey.md:65 april',
  'audit-blind4-c-ne-primary-ey.md:77 dev',
  'audit-blind4-c-ne-primary-ey.md:79 dev',
  'audit-blind4-c-ne-primary-ey.md:80 dev',
  'audit-blind4-c-ne-primary-ey.md:97 KOA',
  // The fifth blind audit (a seventh author, written while the fixes for the fourth were made;
  // blind, 82 of 447 names leaked, 18.3%, and with the session's starting code 118). Most of what
  // is left is in a file typed in lower case: short forms no bracket defines ("saff", "tiff",
  // "kaz", "dev"), given names that are words ("will", "mark", "grace", "faith") standing alone,
  // and lower-case names before a place-like surname ("pam pennington"); a given name that is a
  // word before an unlisted surname with no bracket after ("grace hollis"), which reads as a verb as often.
  'audit-blind5-c-fens-wolds-primary.md:28 grace hollis',
  'audit-blind5-a-weald-medway-scitt.md:19 Jordan',
  'audit-blind5-a-weald-medway-scitt.md:21 Arben',
  'audit-blind5-a-weald-medway-scitt.md:59 Beck',
  'audit-blind5-b-iqts-jordan-gulf.md:74 Aziz',
  'audit-blind5-c-fens-wolds-primary.md:6 dev',
  'audit-blind5-c-fens-wolds-primary.md:6 devinder sandhu',
  'audit-blind5-c-fens-wolds-primary.md:6 pam pennington',
  'audit-blind5-c-fens-wolds-primary.md:6 kaz',
  'audit-blind5-c-fens-wolds-primary.md:9 dev',
  'audit-blind5-c-fens-wolds-primary.md:11 kaz',
  'audit-blind5-c-fens-wolds-primary.md:11 kaz.orme',
  'audit-blind5-c-fens-wolds-primary.md:13 dev',
  'audit-blind5-c-fens-wolds-primary.md:16 tiff',
  'audit-blind5-c-fens-wolds-primary.md:21 tiff',
  'audit-blind5-c-fens-wolds-primary.md:25 tiff',
  'audit-blind5-c-fens-wolds-primary.md:29 miss o\'d',
  'audit-blind5-c-fens-wolds-primary.md:33 faith',
  'audit-blind5-c-fens-wolds-primary.md:33 faith ogunleye',
  'audit-blind5-c-fens-wolds-primary.md:36 ruby',
  'audit-blind5-c-fens-wolds-primary.md:38 mark',
  'audit-blind5-c-fens-wolds-primary.md:41 mark',
  'audit-blind5-c-fens-wolds-primary.md:43 saffron quinn',
  'audit-blind5-c-fens-wolds-primary.md:52 dev',
  'audit-blind5-c-fens-wolds-primary.md:57 kaz',
  'audit-blind5-c-fens-wolds-primary.md:64 dev',
  'audit-blind5-c-fens-wolds-primary.md:67 dev',
  'audit-blind5-c-fens-wolds-primary.md:69 mrs A-L',
  'audit-blind5-c-fens-wolds-primary.md:70 tiff',
  'audit-blind5-c-fens-wolds-primary.md:74 mark',
  'audit-blind5-c-fens-wolds-primary.md:75 tiff',
  'audit-blind5-c-fens-wolds-primary.md:79 kaz',
  'audit-blind5-c-fens-wolds-primary.md:79 will',
  'audit-blind5-c-fens-wolds-primary.md:80 dev',
  'audit-blind5-d-iqts-west-africa-lead.md:69 Mariatu',
  // Seventh blind audit (audit-blind6-*): a word-name a person's only in a lower-case clause that
  // could be a verb's ("; faith to send"), "mentor rose pilling" (surname a word), "mentor gill
  // crompton:" (surname a town), a Vietnamese surname first that is also a word ("Lê Thu Hà"), "Thu Trang" (Thu as
  // Thursday), a given name bracketed after a Thai title ("Khun Bee (Benjawan)").
  'audit-blind6-a-nw-uni.md:22 faith',
  'audit-blind6-a-nw-uni.md:25 rose pilling',
  'audit-blind6-a-nw-uni.md:25 rose',
  'audit-blind6-a-nw-uni.md:33 bill',
  'audit-blind6-a-nw-uni.md:77 gill crompton',
  'audit-blind6-b-iqts-sea.md:31 Lê Thu Hà',
  'audit-blind6-b-iqts-sea.md:61 Benjawan',
  'audit-blind6-b-iqts-sea.md:65 Thu Trang',
  'audit-blind6-b-iqts-sea.md:68 Thu Trang',
  // Eighth blind audit (audit-blind7-*): in its lower-case file, a given name that is a word before
  // a surname that is also a word, in a list that runs on with each person's subject ("jack stone
  // maths, drew sci"), and short forms nothing declares ("robbie", "frank" for frankie, "ash");
  // "Des" for Desmond; "Vale's next steps"; "led by April" (read as a date).
  'audit-blind7-a-scitt-teesside-insp-notes.md:17 jack stone',
  'audit-blind7-a-scitt-teesside-insp-notes.md:17 drew',
  'audit-blind7-a-scitt-teesside-insp-notes.md:17 mark fenwick',
  'audit-blind7-a-scitt-teesside-insp-notes.md:33 grace',
  'audit-blind7-a-scitt-teesside-insp-notes.md:36 pat moss',
  'audit-blind7-a-scitt-teesside-insp-notes.md:36 pat',
  'audit-blind7-a-scitt-teesside-insp-notes.md:42 jack stone',
  'audit-blind7-a-scitt-teesside-insp-notes.md:42 robbie',
  'audit-blind7-a-scitt-teesside-insp-notes.md:51 drew wood',
  'audit-blind7-a-scitt-teesside-insp-notes.md:54 frank',
  'audit-blind7-a-scitt-teesside-insp-notes.md:55 frank',
  'audit-blind7-a-scitt-teesside-insp-notes.md:56 macy lamb',
  'audit-blind7-a-scitt-teesside-insp-notes.md:57 frank',
  'audit-blind7-a-scitt-teesside-insp-notes.md:61 penny gray',
  'audit-blind7-a-scitt-teesside-insp-notes.md:63 ash',
  'audit-blind7-a-scitt-teesside-insp-notes.md:63 bill',
  'audit-blind7-a-scitt-teesside-insp-notes.md:64 penny',
  'audit-blind7-a-scitt-teesside-insp-notes.md:66 gray',
  'audit-blind7-a-scitt-teesside-insp-notes.md:66 grace fielding',
  'audit-blind7-a-scitt-teesside-insp-notes.md:74 rob',
  'audit-blind7-a-scitt-teesside-insp-notes.md:78 r turnbull',
  'audit-blind7-a-scitt-teesside-insp-notes.md:81 turnbull',
  'audit-blind7-a-scitt-teesside-insp-notes.md:83 frank',
  'audit-blind7-a-scitt-teesside-insp-notes.md:94 bill',
  'audit-blind7-b-iqts-latam-caribbean-notes.md:18 Vale',
  'audit-blind7-b-iqts-latam-caribbean-notes.md:69 Des',
  'audit-blind7-b-iqts-latam-caribbean-notes.md:86 Des',
  'audit-blind7-c-eyts-primary-insp-notes.md:28 April',
  // Given up after a review of the session's rules found them garbling ordinary notes: a word-name
  // that is also a verb after "to" or before a preposition ("draft to sue by fri", "bill for 3
  // days" is the verb as often), three capitals before "thinks" ("SMT thinks" is a team), a list
  // item's surname after a word-name ("carol lister").
  'audit-blind5-c-fens-wolds-primary.md:77 sue',
  'audit-blind5-c-fens-wolds-primary.md:79 sue',
  'audit-blind6-a-nw-uni.md:96 bill',
  'audit-blind6-a-nw-uni.md:98 sue',
  'audit-blind7-a-scitt-teesside-insp-notes.md:5 bill',
  'audit-blind7-a-scitt-teesside-insp-notes.md:87 dawn',
  // Ninth blind audit (audit-blind8-*), measured blind at 60 of 440: its lower-case file's word-names
  // with word surnames ("grace field", "hannah bell", "chris lamb", "eleanor fox") and ones no rule
  // reaches ("pat", "ivy", "sandy", "jack"); Central Asian names in name-patronymic order ("Karimov
  // Rustam Akmalovich"), and "Sultan", a title and a word as well as a name.
  'audit-blind8-a-midlands-primary-scitt.md:2 pat',
  'audit-blind8-a-midlands-primary-scitt.md:2 sandy',
  'audit-blind8-a-midlands-primary-scitt.md:11 pat',
  'audit-blind8-a-midlands-primary-scitt.md:11 patience okafor',
  'audit-blind8-a-midlands-primary-scitt.md:15 ivy',
  'audit-blind8-a-midlands-primary-scitt.md:20 grace',
  'audit-blind8-a-midlands-primary-scitt.md:20 grace field',
  'audit-blind8-a-midlands-primary-scitt.md:20 faith',
  'audit-blind8-a-midlands-primary-scitt.md:20 faith adeyemi',
  'audit-blind8-a-midlands-primary-scitt.md:21 ivy',
  'audit-blind8-a-midlands-primary-scitt.md:24 grace',
  'audit-blind8-a-midlands-primary-scitt.md:27 jack',
  'audit-blind8-a-midlands-primary-scitt.md:30 summer',
  'audit-blind8-a-midlands-primary-scitt.md:32 summer',
  'audit-blind8-a-midlands-primary-scitt.md:39 jack',
  'audit-blind8-a-midlands-primary-scitt.md:52 pat',
  'audit-blind8-a-midlands-primary-scitt.md:79 pat',
  'audit-blind8-a-midlands-primary-scitt.md:80 pat',
  'audit-blind8-a-midlands-primary-scitt.md:84 sandy',
  'audit-blind8-a-midlands-primary-scitt.md:84 sandy o\'brien',
  'audit-blind8-a-midlands-primary-scitt.md:89 pat',
  'audit-blind8-a-midlands-primary-scitt.md:95 jack',
  'audit-blind8-a-midlands-primary-scitt.md:95 fox',
  'audit-blind8-a-midlands-primary-scitt.md:95 eleanor fox',
  'audit-blind8-a-midlands-primary-scitt.md:99 pat',
  'audit-blind8-a-midlands-primary-scitt.md:101 jack',
  'audit-blind8-a-midlands-primary-scitt.md:101 grace',
  'audit-blind8-a-midlands-primary-scitt.md:102 robin',
  'audit-blind8-a-midlands-primary-scitt.md:109 ivy',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:29 Sultan',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:33 Sultan',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:61 Sofia Petrova',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:61 Sofia',
  // Tenth blind audit (audit-blind9-*, two more authors), measured blind at 44 of 500 (8.8%), 29 of
  // them in a file typed on a phone in lower case. Left: lower-case word-names and names no rule
  // reaches there ("june okafor", "drew lindqvist", "dawn stobart", "ó dálaigh"); nicknames no
  // bracket defines ("Dai", "Majo", "lan"); initials with lower-case letters or three capitals and
  // no verb ("PvdM", "MvR", "DaR", "JLH", "AMK", "RPJ"); a trainee named like a city ("Santiago Ríos").
  'audit-blind9-a-severn-vale-scitt.md:29 Dai',
  'audit-blind9-a-severn-vale-scitt.md:30 grace',
  'audit-blind9-a-severn-vale-scitt.md:35 Rose',
  'audit-blind9-a-severn-vale-scitt.md:70 AMK',
  'audit-blind9-b-iqts-meridian.md:41 lan',
  'audit-blind9-b-iqts-meridian.md:64 JLH',
  'audit-blind9-b-iqts-meridian.md:70 Majo',
  'audit-blind9-b-iqts-meridian.md:72 Santiago Ríos',
  'audit-blind9-b-iqts-meridian.md:72 Santiago',
  'audit-blind9-c-fe-calderbrook.md:125 RPJ',
  'audit-blind9-d-uni-wearside.md:13 Dev',
  'audit-blind9-d-uni-wearside.md:25 mark h',
  'audit-blind9-d-uni-wearside.md:45 june okafor',
  'audit-blind9-d-uni-wearside.md:45 hyun-woo park',
  'audit-blind9-d-uni-wearside.md:49 june',
  'audit-blind9-d-uni-wearside.md:51 june',
  'audit-blind9-d-uni-wearside.md:52 rose',
  'audit-blind9-d-uni-wearside.md:53 tan',
  'audit-blind9-d-uni-wearside.md:58 bill',
  'audit-blind9-d-uni-wearside.md:63 june',
  'audit-blind9-d-uni-wearside.md:67 dawn',
  'audit-blind9-d-uni-wearside.md:78 mark hetherington',
  'audit-blind9-d-uni-wearside.md:78 mark',
  'audit-blind9-d-uni-wearside.md:84 will',
  'audit-blind9-d-uni-wearside.md:90 DaR',
  'audit-blind9-d-uni-wearside.md:96 mei-ling tan',
  'audit-blind9-d-uni-wearside.md:96 mags pattinson',
  'audit-blind9-d-uni-wearside.md:96 ciarán',
  'audit-blind9-d-uni-wearside.md:100 dawn stobart',
  // Given up after a second review: a short form that is an abbreviation is not swept for ("Dev plan
  // reviewed"), and a given name that is also a subject is a person only after a verb of meeting.
  'audit-blind6-a-nw-uni.md:44 art',
  'audit-blind6-a-nw-uni.md:47 nat',
  'audit-blind6-b-iqts-sea.md:60 Nat',
  'audit-blind8-a-midlands-primary-scitt.md:101 dev',
]);
const KNOWN_OVER_REDACTIONS = new Set([
  // Twelfth blind audit: towns and schools named like people ("Stafford", "Buxton", "Hazel Grove",
  // "Kathleen Ferrier", "Rosalind Franklin"), a dean taken as a name, "Liverpool Hope".
  'audit-blind11-iqts-a.md:27 I will get to 120',
  'audit-blind11-iqts-a.md:64 amber RAG',
  'audit-blind11-iqts-a.md:74 Dean of Education',
  'audit-blind11-iqts-a.md:75 Ecctis',
  'audit-blind11-iqts-a.md:80 Kent',
  "audit-blind11-iqts-a.md:87 Al Yasmin Girls' International School",
  'audit-blind11-iqts-b.md:25 Dolores Hidalgo',
  'audit-blind11-iqts-b.md:55 Lake Victoria',
  'audit-blind11-ite-a.md:90 Hazel Grove',
  'audit-blind11-ite-a.md:108 Kathleen Ferrier',
  'audit-blind11-ite-b.md:8 Dean',
  'audit-blind11-ite-b.md:13 Stafford',
  'audit-blind11-ite-b.md:13 Buxton',
  // Joined by "and" to "Buxton", taken as a person, a town no list holds goes with it (session 22).
  'audit-blind11-ite-b.md:13 Leek',
  'audit-blind11-ite-b.md:36 Dean',
  'audit-blind11-ite-b.md:87 Rosalind Franklin',
  'audit-blind11-ite-b.md:116 Dean',
  // Eleventh blind audit: a name-word the notes use of a person, swept into a phrase that holds it
  // ("grace period" typed in lower case, "White Rose Maths", "Bill of Rights", "Do Now"), and Vietnamese place names.
  'audit-blind10-iqts-a.md:57 Bill of Rights',
  'audit-blind10-iqts-b.md:33 Long Bien',
  'audit-blind10-iqts-b.md:38 Do Now',
  'audit-blind10-iqts-b.md:42 Kim Ma Street',
  "audit-blind10-iqts-c.md:3 Bishop's Stortford",
  'audit-blind10-ite-a.md:54 grace period',
  'audit-blind10-ite-a.md:59 white rose maths',
  'audit-blind10-ite-a.md:59 white rose',
  "audit-blind10-ite-c.md:69 Bishop Vesey's",
  'rt-2-ite-england.md:29 Will staffing',
  'rt-5-wordnames.md:29 Green flags',
  'rt-6-gulf-asia.md:3 Mohammed bin Zayed City',
  // Fourth blind audit: a street named for a person after a roster surname, 'real joy' after
  // 'mrs joy mcbride', a nursery named for a person with no organisation word.
  'audit-blind4-b-iqts-peru-colombia.md:11 Avenida José Pardo',
  'audit-blind4-c-ne-primary-ey.md:42 real joy',
  'audit-blind4-c-ne-primary-ey.md:61 Harriet Martineau',
  // Fifth blind audit: a school named for a person, typed in lower case, after the given name was rostered.
  'audit-blind5-c-fens-wolds-primary.md:18 sir isaac newton primary',
  'audit-blind5-c-fens-wolds-primary.md:38 sir isaac newton primary',
  'audit-blind5-c-fens-wolds-primary.md:57 sir isaac newton',
  // Seventh blind audit: a hall named with a given name and a surname-like word.
  'audit-blind6-c-sw-scitt.md:40 Kingsley Hall',
  // Eighth blind audit: a street named for a person; "a revised session plan for April" (April is a person there too).
  'audit-blind7-b-iqts-latam-caribbean-notes.md:38 Avenida José Larco',
  'audit-blind7-c-eyts-primary-insp-notes.md:39 April',
  // Ninth blind audit: schools and places that hold a given name in lower case ("rose hill primary",
  // "trent vale primary scitt"), "Queen Tamar Hall", "Amir Timur Square",
  // boroughs at a list's end ("Brent and Ealing"), "the Elizabeth line", "Francis Street".
  'audit-blind8-a-midlands-primary-scitt.md:1 trent vale primary scitt',
  'audit-blind8-a-midlands-primary-scitt.md:90 rose garden',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:38 Queen Tamar Hall',
  'audit-blind8-b-iqts-central-asia-eastern-europe.md:42 Amir Timur Square',
  'audit-blind8-c-london-university-secondary.md:7 Brent',
  'audit-blind8-c-london-university-secondary.md:7 Ealing',
  'audit-blind8-c-london-university-secondary.md:65 Elizabeth line',
  'audit-blind8-d-fe-post16-ite.md:4 Francis Street',
  // A name the notes use of a person stays the person on a route: "Santiago → Kingston" (Santiago is a trainee).
  // Tenth blind audit: a school named for a queen after a rostered given name, a place holding a
  // given name the notes use of a person, and a school's short name that is a given name ("mentored me at Grace").
  'audit-blind9-a-severn-vale-scitt.md:63 Queen Elizabeth\'s Grammar',
  'audit-blind9-c-fe-calderbrook.md:19 Hope Valley',
  'audit-blind9-c-fe-calderbrook.md:77 Grace',
  'audit-blind7-b-iqts-latam-caribbean-notes.md:60 Santiago',
]);

const dir = new URL('../fixtures/redaction/', import.meta.url);

/** "file" headers, then "line: item; item" rows. */
function readList(name: string): Map<string, Map<number, string[]>> {
  const out = new Map<string, Map<number, string[]>>();
  let file = '';
  for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = /^(\d+): (.*)$/.exec(line);
    if (!row) out.set((file = line.trim()), new Map());
    else out.get(file)!.set(Number(row[1]), row[2].split(';').map((item) => item.trim()).filter(Boolean));
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Particles are not names on their own ("bin", "Ní", "van"): a mention leaks when any other part of it (3+ letters) is visible.
const PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn', 'al', 'el', 'de', 'la', 'del', 'van', 'der', 'ap', 'ní', 'ó', 'mac', 'thi', 'thị', 'văn']);

describe('redactNames on the red-team notes', () => {
  const mentions = readList('manifest.txt');
  const keeps = readList('keep.txt');
  const leaks: string[] = [];
  const over: string[] = [];
  let planted = 0;
  for (const file of readdirSync(dir).filter((name) => /^(?:rt|audit)-.*\.md$/.test(name))) {
    const out = redactNames(readFileSync(new URL(file, dir), 'utf8')).text.split('\n');
    for (const [line, names] of mentions.get(file) ?? []) {
      let text = out[line - 1] ?? '';
      // What must survive on the line is taken out first, so a place named like a person does not count.
      for (const keep of keeps.get(file)?.get(line) ?? []) text = text.replace(new RegExp(escape(keep), 'iu'), ' ');
      for (const name of names) {
        planted++;
        const parts = name.split(/[\s\-.]+/).map((part) => part.replace(/['’]s$/, '')).filter((part) => part.length > 2 && !PARTICLES.has(part.toLowerCase()));
        if (parts.some((part) => new RegExp(`(?<![\\p{L}])${escape(part)}(?![\\p{L}])`, 'iu').test(text))) leaks.push(`${file}:${line} ${name}`);
      }
    }
    for (const [line, phrases] of keeps.get(file) ?? []) {
      for (const phrase of phrases) if (!new RegExp(escape(phrase), 'iu').test(out[line - 1] ?? '')) over.push(`${file}:${line} ${phrase}`);
    }
  }

  it('leaks no planted name beyond the known gaps', () => {
    expect(planted).toBeGreaterThan(2400);
    expect(leaks.filter((leak) => !KNOWN_LEAKS.has(leak))).toEqual([]);
  });

  it('lists as known gaps only what still leaks or is still over-redacted', () => {
    expect([...KNOWN_LEAKS].filter((leak) => !leaks.includes(leak))).toEqual([]);
    expect([...KNOWN_OVER_REDACTIONS].filter((phrase) => !over.includes(phrase))).toEqual([]);
  });

  it('keeps places, schools, researchers and ordinary words beyond the known gaps', () => {
    expect(over.filter((phrase) => !KNOWN_OVER_REDACTIONS.has(phrase))).toEqual([]);
  });
});
