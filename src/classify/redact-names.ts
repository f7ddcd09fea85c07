import nlp from 'compromise';
import { headingOf, isSentenceEnd } from './split-notes.js';
import { isShorthand } from './text.js';
import { DEMONYMS, FESTIVALS, GIVEN_NAMES, NOTE_ABBREVIATIONS, ORG_NAME_WORDS, PERSONAL_POSSESSIONS, PLACES, RESEARCH_AUTHORS, isEnglishWord, isAdjective, isBaseVerb, isFiniteVerb, isNoun, isNounOrAdjective, isTownOpeningWithUsGivenName, isUsGivenName, isVerb } from './name-patterns.js';

/**
 * Finding and replacing the personal names of trainees, mentors and staff in notes.
 *
 * compromise alone is not safe for anonymisation (it misses initials and hyphenated names, and
 * tags "Abu" and "Sri" as first names), so the rules here come first: titles (Mrs Lloyd, Prof. Ian
 * Marsh), role words (trainee Amira Khan, mentor Tom, HT Mrs Chen), appositions ("…, programme
 * director", "(iQTS prog lead)"), a roster so a person named once with a role keeps that role when
 * named again, and compromise's name lexicon for bare first names. Schools, universities, places
 * and domain terms (Teachers' Standards, Keeping Children Safe in Education) are not names.
 */

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const tags = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
/** "Maisie-Rae", "Ella-Mae", "Jean-Paul": a listed given name joined to another name. */
// "Mary-Jane", and romanised two-syllable given names no list holds ("Ji-yeon", "Min-jun", "Xiao-ming").
const ROMANISED_GIVEN = /^[a-z]{2,4}-[a-z]{3,5}$/;
// Prefixes a hyphen joins to a word ("pre-course", "co-teach"), never a part of a name.
const WORD_PREFIXES = 'pre|non|sub|mid|ex|semi|multi|post|anti|self|inter|cross|co|re|de|bi|tri|e';
const WORD_PREFIX_PART = new RegExp(`^(?:${WORD_PREFIXES})$`);
// "Mo-Fri", "Tu-Th": days of the week, not a hyphenated given name.
const WEEKDAY_PART = /^(?:mo|tu|we|th|fr|sa|su|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;
const givenHyphenated = (low: string) =>
  low.includes('-') &&
  !low.split('-').every((part) => WEEKDAY_PART.test(part)) &&
  (GIVEN_NAMES.has(low.slice(0, low.indexOf('-'))) || (lexiconGiven(low.slice(0, low.indexOf('-'))) && !wordGivenName(low.slice(0, low.indexOf('-')))) || ROMANISED_GIVEN.test(low) || (wordGivenName(low.slice(0, low.indexOf('-'))) && low.split('-').slice(1).every((part) => (GIVEN_NAMES.has(part) || isUsGivenName(part)) && !wordGivenName(part)))) &&
  // "Ellie-May", "Mary-Grace": a second given name may be a word.
  low.split('-').every((part) => part.length > 1 && (GIVEN_NAMES.has(part) || wordGivenName(part) || isUsGivenName(part) || (!isEnglishWord(part) && !NOTE_ABBREVIATIONS.has(part) && !WORD_PREFIX_PART.test(part))));
/** "Benjamín" → "benjamin", "Oğuzhan" → "oguzhan", "Vojtěch" → "vojtech": a lower-case word without its accents. */
const FOLD_EXTRA: Record<string, string> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss', ð: 'd', þ: 'th' };
const unaccented = (low: string) =>
  /[^\x00-\x7f]/.test(low) ? low.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łıđøæßðþ]/g, (c) => FOLD_EXTRA[c]) : low;
/** A given name: compromise's lexicon, or the gazetteer of names across cultures it lacks (Dariusz, Ngozi, Kenji), with or without its accents. */
const lexiconGiven = (word: string) => tagsOf(word).some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName');
const isFirstName = (word: string) => {
  const low = word.toLowerCase();
  if (GIVEN_NAMES.has(low) || givenHyphenated(low) || lexiconGiven(word)) return true;
  const plain = unaccented(low);
  return plain !== low && (GIVEN_NAMES.has(plain) || lexiconGiven(plain));
};
const isLastName = (word: string) => tagsOf(word).some((tag) => tag === 'LastName' || tag === 'Person');
const isPlace = (word: string) =>
  PLACES.has(word.toLowerCase()) || DEMONYMS.has(word.toLowerCase()) || tagsOf(word).some((tag) => tag === 'City' || tag === 'Country' || tag === 'Place' || tag === 'Region');
/** "Abu Dhabi", "Ho Chi Minh City", "Lagos": the whole phrase, or every word of it, is a place. */
const isPlacePhrase = (tokens: string[]) => tokens.length > 0 && (isPlace(tokens.join(' ')) || tokens.every((token) => isPlace(token)));
/**
 * A given name only the large US list holds ("Bethan", "Owain", "Ananya", "Eleftheria"): asked only
 * where a person is already likely (after a role, before a surname, joined to a name found, after a
 * verb of meeting), never wholesale, since the list also holds places and words ("Lang", "Ashton").
 * Never a place, a term or a word NOT_NAMES keeps.
 */
const listedGiven = (low: string) => {
  const plain = unaccented(low);
  if (plain.length < 3 || !isUsGivenName(plain) || NOT_NAMES.has(plain) || isPlace(plain) || isTerm(plain)) return false;
  // Nor an acronym or country code ("Afi", "Edi"), a word of a place's name ("Hong", "Costa", "Paulo") or a title ("Sra").
  const upper = plain.toUpperCase();
  return !KNOWN_ACRONYMS.has(upper) && !COUNTRY_CODES.has(upper) && !PLACES_BY_WORD.has(plain) && !LOWER_TITLES.test(plain);
};
const LOWER_TITLES = /^(?:miss|prof|professor|sir|dame|rev|revd|cllr|councillor|sra|srta|mme|mlle|herr|frau|dott|puan|encik|cik)$/;
/** A word after a given name that can be a surname: a known one, or one no dictionary, place or term list holds ("Prys", "Papadaki"). */
const surnameLike = (low: string) => (isLastName(low) || !dictionaryWord(low)) && !isPlace(low) && !isTerm(low) && !isCommonWord(low);
/** Terms of the trade, calendar words, demonyms and cited researchers: never a person in notes. */
const isTerm = (word: string) => {
  const low = word.toLowerCase().replace(/['’]s$/, '');
  const term = (part: string) => DOMAIN.has(part) || DEMONYMS.has(part) || RESEARCH_AUTHORS.has(part) || ORG_NAME_WORDS.has(part) || FESTIVALS.has(part);
  // "Jan-Feb", "Sept-July": every part a term.
  return term(low) || (low.includes('-') && low.split('-').every((part) => term(part)));
};
/**
 * An ordinary English word or a note abbreviation, and no name list's given or family name:
 * "Central", "Childminder", "Self-eval", "Impr". Hyphenated words need every part to be one.
 */
const dictionaryWord = (word: string): boolean => {
  const low = word.toLowerCase().replace(/['’]s$/, '');
  // "Will staffing…", "Mark books…", "Amber flags…": a given name that is also a word opens a line
  // as the word; the name lists' own names (Kwabena, Priya) and surnames do not.
  // So are the large US list's ("Constance", "Terrence"), though their endings look English.
  if ((!isEnglishWord(low) && !NOT_NAMES.has(low) && (isFirstName(low) || listedGiven(low))) || isLastName(low)) return false;
  return low.split('-').every((part) => part.length > 0 && (isEnglishWord(part) || NOTE_ABBREVIATIONS.has(part.replace(/s$/, '')) || isTerm(part) || looksEnglish(part.replace(/s$/, ''))));
};

// What may follow a found name without being more of it: year groups, subjects, months, days,
// organisations and roles ("trainee Amira Year 3", "Mr Tan Maths").
const NOT_SURNAME = /^(?:Year|Yr|Form|Grade|Key|Stage|Reception|Nursery|Maths|Mathematics|English|Science|History|Geography|Art|Music|Computing|French|Spanish|German|Physics|Chemistry|Biology|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|And|But|Of|In|On|At|For|With|From|To|Said|Says|Told)$/;
const SURNAME_AFTER = new RegExp(`^((?: +(?:i|y|e|da|de|di|du|do|dos|das|del|la|le|van|von|der|den|ter|bin|binti|bint|ibn|al|el|ap|ab|ferch|verch)){0,2} +)(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|[A-Z]{3,}(?:-[A-Z]{3,})?)(?![\\p{L}\\d])`, 'u');

/** Brackets blanked, offsets kept: what a bracket holds is a detail of the item before it, not an item. */
function blankBrackets(text: string): string {
  return text.replace(/\([^()\n]*\)/g, (bracket) => ' '.repeat(bracket.length));
}

/** Where the spaces and tabs just before `at` start. */
function blanksBefore(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

/** No character of [start, end) is claimed by a hit yet. */
const unclaimed = (mask: Uint8Array, start: number, end: number) => !mask.subarray(start, end).some((m) => m === 1);

/**
 * A name found by its given name or title ("Ravindra", "Dr Thaís") runs on over a capitalised
 * surname the lists do not know ("Persad", "Albuquerque", "Font i Puig"): the surname is taken with
 * it, so "Ravindra Persad flagged" does not become "a member of staff Persad flagged".
 */
function extendOverSurname(text: string, hit: Hit, mask: Uint8Array, afterNickname = false): void {
  if (hit.replacement === '' || !(afterNickname || /\p{L}$/u.test(text.slice(hit.start, hit.end)))) return;
  for (let guard = 0; guard < 2; guard++) {
    const next = SURNAME_AFTER.exec(text.slice(hit.end, hit.end + 60));
    if (!next) return;
    const word = next[2];
    const low = word.toLowerCase();
    // A surname in capitals ("Dr Adaeze NWOSU") is no acronym the notes use.
    if (/^[A-Z]+(?:-[A-Z]+)?$/.test(word) && (notInitials(word) || isTerm(low) || isEnglishWord(low))) return;
    // "Mrs Fatuma Said)" ends on a surname; "Mrs Fatuma Said that…" on a verb.
    const saidAsSurname = /^(?:Said|Told)$/.test(word) && /^[ \t]*[),;:]/.test(text.slice(hit.end + next[0].length, hit.end + next[0].length + 3));
    if ((NOT_SURNAME.test(word) && !saidAsSurname) || ORG_WORDS.test(word) || ROLE_WORD.test(low) || NOTE_ABBREVIATIONS.has(low)) return;
    // A word the lexicon knows stops the name, unless it is only a place there ("Albuquerque", "Jordan" are surnames too).
    const placeName = tagsOf(low).some((tag) => /Place|City|Country|Region/.test(tag));
    // After Singh or Kaur comes the family name, whatever else the word is ("Sukhdeep Singh Gill").
    const sikhSurname = /(?:^|\s)(?:Singh|Kaur)$/.test(hit.name);
    // …unless it is an ordinary word ("Mr Singh Great lesson"): Gill, Sidhu and Dhillon are no English words.
    // "Dawn Shepherd;", "Hunter Baker)": a trade's noun that ends the name is its surname.
    const following = text.slice(hit.end + next[0].length, hit.end + next[0].length + 3);
    const tradeSurname = isNoun(low) && /^[ \t]*(?:[,;:)]|$|\n)/.test(following);
    // "Hui Min Tan", "Wei Jie Lim": a family name written last that is also a word.
    const familyName = SURNAME_FIRST.has(low) && /^[ \t]*(?:[,;:()]|$|\n)/.test(following);
    if (isCommonWord(low) && !isLastName(low) && !placeName && !saidAsSurname && !tradeSurname && !familyName && !(sikhSurname && !isEnglishWord(low))) return;
    const end = hit.end + next[0].length;
    if (!unclaimed(mask, hit.end, end)) return;
    hit.end = end;
    hit.name = `${hit.name} ${word}`;
  }
}

// Surnames written before the given name (Korean, Chinese, Vietnamese, Malay-Chinese usage):
// "Park Ji-yeon", "Lim Wei Jie", "Nguyen Thi Lan". Only taken in front of a found given name.
const SURNAME_FIRST = new Set(
  ('park kim lee lim tan wong chen li liu zhang wang yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng ' +
    'nguyen tran pham hoang phan vu vo dang bui ngo duong choi jung jeong kang cho yoon jang ng goh teo koh chua ong ' +
    'lau chan cheung leung chong yeo tay sato suzuki takahashi tanaka watanabe yamamoto nakamura kobayashi').split(' '),
);
const PARTICLES_BEFORE = /(?<![\p{L}\d'’-])((?:(?:van|von|de|der|den|da|di|du|ter|ten|dos|das|del)[ \t]+){1,3})$/iu;
const WORD_BEFORE = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}+)[ \t]+$/u;
const JOINED_INITIALS_BEFORE = /(?<![\p{L}\d'’.-])([A-Z](?:-[A-Z]|\.[A-Z])+\.?|[A-Z]\.)[ \t]+$/u;
// Surnames that are adjectives ("ruth young", "amy brown"): taken as a surname after a given name typed in lower case.
const ADJECTIVE_SURNAMES = new Set('young brown green white black gray grey long little sharp strong rich bright wise noble hardy keen bold swift golden short'.split(' '));
// These and a few more ("Good", "Fair") read as the adjective before a noun no one has ("Young people" after "Mr Callum Young").
const ADJECTIVES_READ_AS_WORDS = new Set([...ADJECTIVE_SURNAMES, ...'small smart good best fair free gentle moody sweet wild'.split(' ')]);
/** "University College London (UCL)", "Ghana (GH)": the capitalised words just before a bracket spell its letters (or open with the first). */
function spelledBefore(before: string, letters: string): boolean {
  const words: string[] = [];
  for (const token of before.trimEnd().split(/[ \t]+/).reverse()) {
    if (/^\p{Lu}/u.test(token)) words.unshift(token);
    else if (!/^(?:of|and|for|the|de|da)$/.test(token) || words.length === 0) break;
    if (words.length === 6) break;
  }
  if (words.length === 0) return false;
  return words.map((word) => word[0]).join('').endsWith(letters) || (words.length === 1 && words[0].toUpperCase().startsWith(letters[0]));
}
// "Phạm Thu Hà", "Nguyen Thi Lan", "Ong Jia Hui": a surname written first, then a middle name.
const WORDS_BEFORE = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u;

/**
 * A found name runs back over the particles of its surname ("van der Merwe", "de Souza") and, when
 * it opens with a given name, over a surname written first ("Park Ji-yeon", "Lim Wei Jie").
 */
function extendBeforeName(text: string, hit: Hit, mask: Uint8Array): void {
  if (hit.replacement === '') return;
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  const particles = PARTICLES_BEFORE.exec(before);
  if (particles && unclaimed(mask, hit.start - particles[1].length, hit.start)) {
    hit.start -= particles[1].length;
    hit.name = `${particles[1]}${hit.name}`;
    return;
  }
  const wordBefore = WORD_BEFORE.exec(before);
  const firstToken = tokensOf(hit.name)[0] ?? '';
  if (!isFirstName(firstToken.toLowerCase())) {
    // "Bill Wood", "Sandy Lawson's", "Joy Brown": a given name that is also a word, before a surname found without it.
    const given = wordBefore?.[1].toLowerCase() ?? '';
    if (wordBefore && (wordGivenName(given) || (isFirstName(given) && !NOT_NAMES.has(given))) && !isTerm(given) && !isPlace(given) && unclaimed(mask, hit.start - wordBefore[0].length, hit.start)) {
      hit.start -= wordBefore[0].length;
      hit.name = `${wordBefore[1]} ${hit.name}`;
      return;
    }
    // "J-P Dubois", "A.M. Costa": initials joined by a hyphen or stops go with the surname after them.
    const initials = JOINED_INITIALS_BEFORE.exec(before);
    if (initials && unclaimed(mask, hit.start - initials[0].length, hit.start)) {
      hit.start -= initials[0].length;
      hit.name = `${initials[1]} ${hit.name}`;
    }
    return;
  }
  if (wordBefore && SURNAME_FIRST.has(unaccented(wordBefore[1].toLowerCase())) && unclaimed(mask, hit.start - wordBefore[0].length, hit.start)) {
    hit.start -= wordBefore[0].length;
    hit.name = `${wordBefore[1]} ${hit.name}`;
    return;
  }
  // The middle name is taken only with the surname before it, and is not remembered on its own
  // ("Thu" is also Thursday).
  const two = WORDS_BEFORE.exec(before);
  const middle = two?.[2].toLowerCase() ?? '';
  if (two && SURNAME_FIRST.has(unaccented(two[1].toLowerCase())) && !isCommonWord(middle) && !isTerm(middle) && !isPlace(middle) && unclaimed(mask, hit.start - two[0].length, hit.start)) {
    hit.start -= two[0].length;
    hit.name = `${two[1]} ${two[2]} ${hit.name}`;
  }
}

// 'Tanawat ("Tan")', or a short form between the given name and the surname: 'Catalina "Cata" Restrepo'.
const NICKNAME_AFTER = /^[ \t]*(?:\([ \t]*["“'‘](\p{Lu}\p{Ll}+)["”'’][ \t]*\)|["“'‘](\p{Lu}\p{Ll}+)["”'’](?=[ \t]+\p{Lu}\p{Ll}))/u;

/** 'Tanawat ("Tan")': the name's short form in brackets goes with it, and is known from then on. */
function extendOverNickname(text: string, hit: Hit, mask: Uint8Array): string | null {
  if (hit.replacement === '') return null;
  const next = NICKNAME_AFTER.exec(text.slice(hit.end, hit.end + 40));
  if (!next || !unclaimed(mask, hit.end, hit.end + next[0].length)) return null;
  hit.end += next[0].length;
  hit.name = text.slice(hit.start, hit.end);
  return next[1] ?? next[2];
}

/** A word compromise knows only as some proper noun ("Charlton"): a surname as often as anything. */
const properNounOnly = (word: string) => {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((tag) => tag === 'ProperNoun');
};

/** A word the lexicon knows as ordinary English (not a name). */
const isCommonWord = (word: string) => {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => /Name$|^Person$/.test(tag));
};

// First names that are far more often ordinary words in inspection notes.
const NOT_NAMES = new Set(
  ('mark will grace may june april august summer rose faith hope joy chase pat bill sky dawn amber ruby jade page guy rich frank ' +
    'sterling lane long young white black brown green grant hall king park major dean son art van bob carol sunny autumn ' +
    'christian crystal precious sage river stone bay star patience honor justice iqts ofsted ite qts itt dfe isi penta ' +
    'abu sri noor al el la le de du von san santa st saint mount new north south east west upper lower great little').split(' '),
);

// Of those, the ones that are also given names ("Precious Nyathi", "Jade (Y2 trainee)"): a name
// when in a name's position. The rest ("St", "North", "Little") open places and schools.
const WORD_FIRST_NAMES = new Set(
  'precious grace hope joy faith jade ruby amber rose dawn sky patience honor justice bill pat mark will frank sunny carol crystal sage river chase guy dean christian summer april june may autumn'.split(' '),
);

// Given names that are also words and on no list above: a person's only before their surname.
// Blessing, Gift, Mercy, Favour, Memory: given names common in West and Southern Africa.
// Charity, Verity, Felicity, Destiny, Innocent: virtue names of the same kind.
const EXTRA_WORD_NAMES = new Set('hunter lily rich eve sandy robin drew jack holly ivy poppy daisy heather iris hazel olive pearl rowan willow glen dale miles ray gene bob blessing gift mercy favour memory comfort charity verity felicity destiny innocent prince princess paddy mo benedict jasmine violet melody serenity liberty ebony cliff penny kitty dolly'.split(' '));

/** A given name that is also an ordinary word ("Grace", "Bill", "Sandy"), on any of the lists above. */
const wordGivenName = (low: string) => WORD_FIRST_NAMES.has(low) || PERSON_WORD_NAMES.has(low) || EXTRA_WORD_NAMES.has(low);
/** A given name on any list: the lexicon's and the gazetteer's, the large US list's, or one that is also a word. */
const anyGivenName = (low: string) => isFirstName(low) || listedGiven(low) || wordGivenName(low);

// A month or season read as a date: "since June", "in the Summer", "June 2024", "Summer term".
// "to", "and", "or" only between two dates: "May to June", "June and July" ("spoke to June" is the person).
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const CALENDAR_WORD = `${MONTH_WORD}|spring|summer|autumn|winter|\\d+`;
const CALENDAR_BEFORE = new RegExp(`\\b(?:in|on|since|by|from|until|till|last|next|this|early|late|mid|end of|during|over|of|before|after|each|every)[ \\t]*$|\\d[ \\t]*$|\\b(?:${CALENDAR_WORD})[ \\t]+(?:to|and|or|-)[ \\t]*$`, 'i');
const CALENDAR_AFTER = new RegExp(`^(?:[ \\t]*[-–/][ \\t]*\\p{Lu}|[ \\t]+(?:\\d|term|terms|half|holidays?|break|school|intake|cohort|placement|block|exams?|window|deadline|onwards|(?:last|next|this) (?:year|yr)|(?:to|and|or) (?:${CALENDAR_WORD}))\\b)`, 'iu');

// The word before a bracket that holds a full name: "jade (Jade Purvis)", "obs summer (Summer …".
const ALIAS_BEFORE_BRACKET = /(?<![\p{L}\d'’-])(\p{L}[\p{L}'’-]*)[ \t]*\([ \t]*$/u;
const ALIAS_POSITION_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$|[.;!?][ \t]+$|(?:[,+&(]|\band|\bw\/|\bwith|\bmet|\bsaw|\bobs|\bmentor|\btrainee)[ \t]*$/i;
const ALIAS_POSITION_AFTER = /^(?:['’]s\b|[ \t]*[:(+&]|[ \t]*,[ \t]*\p{L}|[ \t]+(?:and|said|says|told|talked|explained|agreed|thinks|felt|feels)\b)/iu;
// A word-name read as the word: "hope to see", "we hope", "will be", "joy in the room".
const VERB_READING_AFTER = /^[ \t]+(?:to|that|so|for|you|we|they|it|this|these|those|the|a|an|his|her|their|our|my|your|its|be|have|not|in the|of the)\b/i;
const VERB_READING_BEFORE = /(?:\b(?:i|we|they|you|to|will|would|can|may|might|must|should|a|an|the|real|great|much|no|some|with)|['’])[ \t]+$/i;

const readAsDate = (text: string, at: number, word: string) => {
  const after = text.slice(at + word.length, at + word.length + 40);
  // "by June's own audit": a month takes no possessive.
  if (/^['’]s\b/.test(after)) return false;
  return CALENDAR_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || CALENDAR_AFTER.test(after);
};

// Of those, the ones that open a line as a person, not a month, season, colour or landscape.
const LINE_OPENING_WORD_NAMES = new Set('precious grace hope joy faith jade ruby rose dawn patience honor justice bill pat mark will frank sunny carol crystal'.split(' '));

// Capitalised terms of the trade and the calendar that sit where names sit.
const DOMAIN = new Set(
  ('teachers standards standard keeping children safe education core content framework early career initial teacher training ' +
    'covid ucas ppt ' +
    'quality assurance self evaluation programme partnership university college school academy trust department ' +
    'english maths mathematics science computing physics chemistry biology history geography phonics reading writing ' +
    'primary secondary year key stage send eal ssp ect nqt kcsie ccf ittecf sef qa pd cpd dsl senco ht dht slt dbs ielts ' +
    'gcse enic teams zoom moodle canvas google microsoft onedrive sharepoint excel word portal vle lms online ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun christmas easter half-term ramadan ramadhan eid diwali hanukkah tết tet songkran nyepi vesak chuseok onam holi lebaran ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'spring summer autumn winter term inspection inspector lead leader leaders mentor mentors trainee trainees tutor tutors ' +
    'head headteacher principal director manager officer coordinator chair examiner governor governors board committee ' +
    'gulf middle europe asia africa america uk gb usa uae prevent ofsted ofqual oracy dfe iqts ite itt qts isi penta pgce pgde ' +
    'cognitive load theory rosenshine willingham eef national curriculum england')
    .split(' '),
);

// "Foundation Stage", "Foundation subjects": early-years and curriculum terms, not an organisation.
const ORG_WORDS =
  /^(?:School|Schools|Sch|Academy|Academies|College|University|Uni|Primary|Secondary|High|Infant|Infants|Junior|Juniors|Institute|Trust|Partnership|SCITT|Centre|Center|Hub|Federation|Foundation(?![ \t]+(?:[Ss]tage|[Pp]hase|[Yy]ears?|[Ss]ubjects?|[Dd]egree|[Ll]evel|[Uu]nit|[Cc]lass|[Cc]lasses|[Tt]eam|[Cc]ourse|[Pp]rogramme)\b)|International|Intl|Campus|Group|Council|Ltd|Limited|Society|Network|Alliance|Church|CE|C\.E\.|RC|Hospital|Library|Road|Street|Avenue|Lane|House|Hall|Park|Centre)\b/;

const ORG_IN_NAME = /^(?:School|Schools|Academy|Academies|College|University|Institute|Trust|Partnership|SCITT|Centre|Center|Hub|Federation|Foundation|International|Intl|Campus|Council|Ltd)$/;

// Roles a person in notes can be named by. Multiword roles first so "link tutor" beats "tutor".
const ROLE_PATTERN =
  '(?:iqts |itt |ite |ey |board |hub |pastoral |safeguarding |curriculum |inclusion |send |route |trust |strategic |school |subject |lead |link |professional |class |host |partner |placement |senior |assistant |deputy |external |ext\\.? |personal |academic |admissions |qa |programme |prog\\.? |course |mentor training |phase |primary |secondary )*' +
  '(?:trainee|trainees|student teacher|student|mentor|tutor|teacher|ect|nqt|head ?teacher|head of (?:school|department|dept|year)|head|ht|dht|dsl|senco|principal|director|lead|leader|coordinator|co-ordinator|coord|co-ord|manager|officer|examiner|governor|chair of (?:the )?(?:governors|trustees|directors|board|lgb|fgb)|chair|administrator|admin|moderator|assessor|inspector|lecturer|hod|slt member|deputy|deputy head|apprentice|alumni|alumnus|alumna|rep|ceo|dean|bursar|mgr|lt|lm|ect)s?';
const ROLE_WORD = new RegExp(`^${ROLE_PATTERN}$`, 'i');

// Malay honorifics too: "Puan Norhayati Ismail", "Encik Hafiz".
const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Ntate|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|Sr|Sra|Srta|Lic|Licda|Licdo|Ing|Mtro|Mtra|Doña|Dña|Profe|Profa|Mme|Mlle|Herr|Frau|Dott|Puan|Encik|Cik|Cikgu|Bu|Ibu|Bapak|Khun|Kru|Ajarn|Cô|Thầy|Ustadh|Ustadha|Ustaz|Ustazah|Pani|Kyria|Kyrios|Mwalimu|Alhaji|Alhaja|Hajia|Hajiya|Madam|Maestra|Maestro|Rabbi|Imam|Pastor|Sheikh|Sheikha|Shaikh|Shaykh|Señor|Señora|Senhor|Senhora|Datuk|Dato|Datin)\\.?';
// A name token: Khan, O'Neill-Barrett, McAllister-Reid, Jun-seo, Wiśniewska; or an initial "K." / "K".
// Unicode letter classes (Łukasz, Wiśniewska, Ruiz-Castaño); a token ends at a letter boundary so
// "Hafiz LT" never yields "Hafiz L". Name runs join with spaces or tabs only: never across a line.
// An inner capital only after a surname prefix (McAllister, MacDonald, DiNapoli, LeBlanc):
// "LibreOffice", "PowerPoint" and "OneDrive" are products, not people.
const NAME_TOKEN = "(?:\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}\\p{Ll}+)?(?:(?<=Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}+)*(?![\\p{L}\\d]))";
// Spaces only: a tab separates table cells in extracted PDFs, not the words of a name.
const SP = ' ';
const INITIAL = '(?:[A-Z](?:-[A-Z])?\\.?(?![\\p{L}\\d]))';
// Surname particles, lower case: "Dr de Vries", "Ms van der Berg", "Al Hammadi", Welsh patronymics
// ("Mr Owain ap Rhys", "Nia ferch Iwan"). One list for every rule that reads them.
const SURNAME_PARTICLES = 'de|van|von|der|den|da|di|du|le|la|al|el|bin|ibn|ap|ab|ferch|verch|ter|ten|dos|das|del';
const SURNAME_PARTICLE = new RegExp(`^(?:${SURNAME_PARTICLES})$`);
const PARTICLES = `(?:(?:${SURNAME_PARTICLES}|St\\.?)${SP}+)*`;

const TITLED = new RegExp(`\\b(${TITLE})${SP}+((?:${INITIAL}${SP}*){0,3}${PARTICLES}${NAME_TOKEN}(?:${SP}+${PARTICLES}${NAME_TOKEN}){0,2})`, 'gu');
// Given names' short forms that notes also use as abbreviations (development, national), and
// whether the word after one is a surname: a known one, or five letters or more no dictionary or
// abbreviation list holds ("Nat Okafor"; not "Nat Curr", "Nat Geo", "Dev Mtg").
const ABBREVIATED_GIVEN = new Set(['dev', 'nat']);
const shortFormBeforeSurname = (low: string, next: string | undefined) =>
  ABBREVIATED_GIVEN.has(low) && next !== undefined && (isLastName(next) || (next.length >= 5 && !dictionaryWord(next) && !NOTE_ABBREVIATIONS.has(next) && !isPlace(next)));
// What a found person's initials do or have done to them: "HO to chase", "AK sent", "ask TN".
// Not "was", "has", "should" or "'s": "LO was shared", "SC should be", "LO's wording" are acronyms.
const OWN_INITIALS_ACTING = /^[ \t]+(?:to[ \t]+(?!be\b)\p{Ll}{2,}|sent|said|says|agreed|confirmed|emailed|asked|told|thinks|chased|checked|could[ \t]+not|couldn['’]t|cannot|can['’]t|did[ \t]+not|didn['’]t)\b/u;
const OWN_INITIALS_ASKED = /(?:\b(?:ask|asked|asking|chase|chased|email|emailed|call|called|phone|phoned|per|cc)[ \t]+|\bw\/[ \t]*)$/i;
// "(Precious, w/ mentor": a word-name opening a bracket, then a route or a role. Not a class or
// year ("(Hazel, Y2)", "RE unit (Faith, Y4)"): classes and topics are named so too.
const BRACKET_WORD_NAME = /\((\p{Lu}\p{Ll}+),[ \t]+(?=(?:w\/|mentor|trainee|tutor|ect|ECT|pgce|PGCE|pgta|PGTA|salaried)(?![\p{L}'’]))/gu;
// Acronyms that are as often someone's initials: a found person's, as they act ("SE to chase audit").
const REGIONS_PHASES_AND_ROUTES = new Set(['NE', 'NW', 'SE', 'SW', 'FE', 'HE', 'SK', 'EB', 'GE', 'PG', 'UG']);
// After a role: "RL North East" is a region, "CEO Ouseburn CAT" an organisation.
const COMPASS_WORD = /^(?:North|South|East|West)$/;
const ORGANISATION_ACRONYM_AFTER = /^[ \t]+(?:CAT|MAT|TSH|TSA|SCITT|UTC)\b/;
// "mentor 2 (Farida Haddad)": a number may sit between the role and a bracketed name.
// No `u` flag on the role scans: the patterns are ASCII, and case-insensitive Unicode matching
// made each scan three to five times slower.
const ROLE_SCAN = new RegExp(`\\b(${ROLE_PATTERN})${SP}+(?:\\d{1,2}${SP}+(?=\\())?`, 'gi');
// Initials in brackets: "1 trainee (J.M.)", "(M.F., Ecuador)", '"hard to think" (JKW)'. This and
// COMMA_NAME open at the bracket or comma, not at the blanks before it (a run of blanks would be
// rescanned from each one), and find the role before them after, on a short slice.
const BRACKETED_INITIALS = /\([ \t]*((?:[A-Z]\.){2,3}|[A-Z]{2,3})[ \t]*(\)|,[ \t]*)/g;
const QUOTE_CLOSED_BEFORE = /["”][ \t]*$/;
const ROLE_RIGHT_BEFORE = new RegExp(`\\b(${ROLE_PATTERN})$`, 'i');
// "The mentor, Kadri, knows", "our DSL, Ana Ruiz, says": a determiner, a role, then a name between commas.
const COMMA_NAME = new RegExp(`,[ \\t]*((?:${TITLE}${SP}+)?${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2})[ \\t]*,`, 'gu');
const DETERMINED_ROLE_BEFORE = new RegExp(`\\b(?:the|our|their|his|her|its|a|an|one|each)${SP}+(?:(?:first|second|third|fourth|fifth|other|new|last)${SP}+)?(${ROLE_PATTERN})$`, 'i');
// "(mentor: Gareth)": a bracket holding a singular role, a colon and a name. Outside a bracket the
// name after "tutor:" is as often whom the tutor was with ("joint obs w/ mentor + tutor: Elif, Y3").
// Case-blind for the role ("(Mentor: …)"), which makes the name so too: the rule checks its capitals.
const ROLE_COLON_NAME = new RegExp(`\\(${SP}*(${ROLE_PATTERN})${SP}*:${SP}*((?:${TITLE}${SP}+)?${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)(?=${SP}*\\))`, 'giu');
// "Hunter Price's personal tutor": the possessive and a mentor or tutor (ASCII, no `u`: see ROLE_SCAN), then the name before (NAME_RUN_BEFORE).
const POSSESSED_ROLE = new RegExp(`['’]s${SP}+(?:(?:personal|link|placement|school|subject|lead|class|university|uni|academic|in-school)${SP}+)?(?:mentor|tutor)\\b`, 'gi');
const WEEKDAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// "whom everyone calls Maarit", "staff call him Rustam-aka".
const CALLED_NAME = new RegExp(`\\bcall(?:s|ed)?(?:${SP}+(?:her|him|them))?${SP}+(${NAME_TOKEN})(?=${SP}*(?:[,.;:)]|$))`, 'gmu');
const FOLLOWING_NAME = new RegExp(`(\\(${SP}*)?((?:${TITLE}${SP}+)?(?:${INITIAL}${SP}*){0,3}${PARTICLES}${NAME_TOKEN}(?:${SP}+${PARTICLES}${NAME_TOKEN}){0,2})`, 'yu');
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}.&'’-])((?:[A-Z](?:-[A-Z])?\\.${SP}?){1,3}\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}\\p{Ll}+)*)`, 'gu');
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}\\d'’-])(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2})`, 'gu');

const APPOSED_RUN = new RegExp(`(?<![\\p{L}\\d'’-])(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2}|[A-Z]{2,3})(?=${SP}*(?:,|\\(|=))`, 'gu');
// Initials after a role ("mentor JT"), tried where ROLE_SCAN found the role: one scan for both.
const INITIALS_AFTER_ROLE = new RegExp(`${SP}+([A-Z]{2,3})\\b(?![&/-])`, 'y');
const COMPANY_NAME = new RegExp(`\\b(met with|met|Met with|Met|with|w/|spoke to|Spoke to|Spoke with|Observed|Watched|Emailed|Called|spoke with|talked to|talked with|asked|told|emailed|called|rang|obs of|obs|observed|observation of|watched|feedback to|feedback from|according to)${SP}+(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2})(?=${SP}*(?:$|[,.;:)(+&'’]|${SP}(?:and|about|re|said|says|who|from|at|in|on|for|-|Y\\d+|yr ?\\d+)\\b))`, 'gmu');

// "Xyz" → "[Xx]yz": a word as written at a sentence's start or within it.
const eitherCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
// The verbs of meeting that take only a person as their object, in AGENT_NAME's order.
const MEETING_VERBS = ['observed', 'obs of', 'obs:', 'obs', 'met', 'met with', 'phoned', 'emailed', 'chased', 'asked', 'told', 'spoke to', 'spoke with', 'talked to', 'called', 'rang', 'thanks to', 'according to', 'feedback to', 'feedback from', 'supported', 'mentored', 'interviewed', 'thanked', 'briefed', 'cc', 'cc:', 'CC', 'CC:', 'bcc', 'ask', 'chase', 'remind', 'nudge', 'q to', 'qs to', 'q for', 'qs for', 'question to', 'questions to', 'question for', 'questions for'];
// AGENT_NAME's match opens with one of them: then it is not "by", "with", "from" or "w/".
const MEETING_VERB = new RegExp(`^(?:${MEETING_VERBS.join('|')})[ \\t]`, 'i');
// A verb of meeting or a preposition of agency, then a name and a lower-case word, punctuation or
// a year group: "observed Grace teaching", "chased by Faith twice", "w/ Will and the HT", "obs Ruby Y2".
const AGENT_NAME = new RegExp(
  `(?:\\b(?:${['by', 'with', 'from', ...MEETING_VERBS].map(eitherCase).join('|')})|w\\/)${SP}+(?:(and|\\+|&)${SP}+)?(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)(?=${SP}*(?:$|[,.;:)(+&!?]|${SP}\\p{Ll}|${SP}(?:Y|Yr ?|KS)\\d))`,
  'gmu',
);

/** A surname by the lists or by its shape: "Khan", "O'Neill", "Al-Sayed" (not any hyphenated pair: "Self-Assessment"). */
const surnameShaped = (token: string) => isLastName(token.toLowerCase()) || /^(?:O['’]\p{Lu}\p{Ll}+|(?:Al|El)-\p{Lu}\p{Ll}+)$/u.test(token);
const RATING_WORDS = new Set(['red', 'amber', 'green', 'gold', 'silver', 'bronze', 'blue']);
// "per Grace,", "per Joy Tan:": reporting what someone said.
const PER_NAME = new RegExp(`(?<![\\p{L}\\d])[Pp]er${SP}+(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)(?=${SP}*[,:])`, 'gu');

const YEAR_GROUP_AFTER = /^[ \t]+(?:[Yy]|[Yy]r ?|KS)\d/;
// What staff do to trainees' work, whose agent is staff: "signed off by", "moderated by", "observed by".
const STAFF_AGENT_VERBS = ['signed(?:[- ]off)?', 'countersigned', 'moderated', 'reviewed', 'approved', 'checked', 'marked', 'observed', 'coached', 'interviewed', 'mentored', 'supported', 'taught', 'feedback', 'obs'];
// Then a person, of any role: "chased by", "lesson by", "planned by".
const PERSON_AGENT_VERBS = [...STAFF_AGENT_VERBS, 'chased', 'lesson', 'lessons', 'planned'];
const JOINED_AFTER_BY = '[ \\t]+(?:(?:and|\\+|&)[ \\t]+)?$';
// Where only a person can follow: "chased by", "taught by", "feedback from", "observed", "w/".
const PERSON_CONTEXT_BEFORE = new RegExp(
  `(?:\\b(?:${PERSON_AGENT_VERBS.map(eitherCase).join('|')}) by|\\b(?:[Ff]eedback|[Ee]mail|[Cc]all|[Mm]essage|[Qq]uote) from|\\b[Aa]ccording to|\\b(?:[Oo]bserved|[Oo]bs of|[Ee]mailed|[Pp]honed|[Rr]ang|[Ss]poke to|[Ss]poke with|[Tt]alked to|[Mm]et with|[Mm]et|[Tt]old|[Aa]sked|[Aa]sk|[Cc]hased?|[Rr]emind|[Nn]udge|[Ii]nterviewed|[Cc]c:?|CC:?|[Bb]cc:?|[Qq]s? (?:to|for)|[Qq]uestions? (?:to|for))|\\bw\\/)${JOINED_AFTER_BY}`,
);
const STAFF_AGENT_BEFORE = new RegExp(`\\b(?:${STAFF_AGENT_VERBS.map(eitherCase).join('|')}) by${JOINED_AFTER_BY}`);

const GROUP_NOUNS = /^(?:staff|team|teams|helpdesk|support|colleagues|people|pupils|students|children|families|parents|leaders|leadership|governors|trust|partnership|partners|school|schools|site|office|colleague|department|dept|faculty|cohort|group|board|panel|committee|examiners?|moderators?|assessors?|reps?|representatives?)$/;

// Given names that are also everyday words but, after a verb of meeting or a preposition of agency,
// are people ("observed Grace teaching"): virtues and short forms, not colours, months or seasons.
const PERSON_WORD_NAMES = new Set('grace hope faith joy precious patience will mark bill pat frank carol sunny tom ben jack'.split(' '));

// Upper-case abbreviations that are roles, tests or terms, never a person's initials.
const KNOWN_ACRONYMS = new Set(
  ('HT DHT AHT QA SEF SED SEND SEN EAL ECT ECF NQT DSL DDSL LI HMI ITT ITE PGCE SCITT MFL PE RE DT IT ICT KS EY EYFS EYTS ' +
    'LA LAS MAT CPD PD TA TAS SLT SENCO CCF KCSIE DBS GCSE QTS IQTS DFE ISI UK UAE USA HR IELTS ENIC SSP RAG FTE PVI EHCP ' +
    'AFI AFIS CEO CFO DOB ID VLE MTP ITAP TBC TBD NB PS AM PM OK IB AP IMO FYI ITP SCR EHC EHCP ECF LT PT LTS FG CPD SIP SDP IEP ILP KPI MOU SLA ' +
    // Inspection and ITE roles and terms (team inspector, external examiner, pro-vice-chancellor,
    // programme lead, assessment only, Teachers' Standards), needs and time zones.
    'TI EE OI OIS HMI LI PVC VC PL AO TS FAQ GPC PPA MH SD ASD ADHD DLD SEMH SLCN HI VI PDD GMT BST CET EET UTC SGT HKT ICT GST ' +
    // Subject knowledge (enhancement), a national provider's compass regions, further and higher
    // education, portable appliance testing.
    'SK SKE NE NW SE SW FE HE PAT ' +
    // Training routes: employment-based, graduate entry, postgraduate, undergraduate.
    'EB GE PG UG').split(' '),
);

// Country and territory codes notes write for where trainees are ("GH trainees", "2 HK heads",
// "(TN)", "7 CY, 4 MT"): a place, not a person's initials, unless a title makes them one.
const COUNTRY_CODES = new Set(
  ('AE UAE SA KSA OM BH KW JO LB EG MA TN DZ LY TR GR CY MT ES PT IT FR DE NL BE PL CZ SK RO BG HU HR RS UA GH NG KE ZA TZ UG RW ZM ZW ET CM SN ' +
    'IN PK BD LK NP MV SL CN HK MO TW JP KR SG MY TH VN ID PH KH MM BN AU NZ US USA CA MX BR CL CO PE AR UY EC UK GB').split(' '),
);
/** What follows initials acting as a person: "to draft", "+ IC agree", "acknowledges", "disagreed". */
function initialsActing(after: string, short: boolean): boolean {
  const action = /^[ \t]+(?:to[ \t]+([a-z]+)|(?:(?:\+|&|and)[ \t]*[A-Z]{2,3}[ \t]+)?([a-z]+))/.exec(after);
  if (!action) return false;
  // British spellings the (American) lexicon lacks: "to finalise", "organises".
  if (action[1]) return isVerb(action[1]) || /(?:ise|ize)$/.test(action[1]);
  // Three capitals before a verb are as often an acronym ("SKE routed at offer"): only two act so.
  return short && isVerb(action[2], true) && !/^(?:is|are|was|were|has|have|had|can|will|may|must|should|would|could|does|do)$/.test(action[2]);
}

// A team or an office in brackets after initials: "KN (admissions)", "RB (QA team)", "TJ (exams office)".
const TEAM_BRACKET = /^[ \t]*\([ \t]*(?:admissions|finance|hr|safeguarding|placements?|partnerships?|quality|qa|data|exams?|examinations|recruitment|pastoral|wellbeing|welfare|inclusion|send|attendance|timetabling|assessment|registry|academic registry|compliance|marketing|operations|ops|admin|administration|careers|student services|estates)(?:[ \t]+(?:team|office|dept|department|unit|services|support))?[ \t]*\)/i;
// "overseas checks" (criminal records checks for staff who lived abroad) is an English school's
// compliance item, not a sign the inspection is abroad.
const ABROAD = /\b(?:iQTS|overseas(?! (?:checks?|criminal|police|certificates?|records?)\b)|abroad|international (?:schools?|partners?|providers?|placements?|trainees?|routes?))\b/i;
// Country codes that are also roles or terms in notes of an inspection in England: "SL to follow up" (subject lead), "MA", "CL".
const DOMESTIC_ABBREVIATIONS = new Set('SL CL MA SA ES CO EG GR IN ID BE MO LB SN CM TN MT NG AE'.split(' '));

/** Upper-case letters that are an acronym or a country code, not a person's initials. */
const notInitials = (letters: string) => KNOWN_ACRONYMS.has(letters) || COUNTRY_CODES.has(letters);

// SAYING_RUN's verbs: those only a person does (a month "showed" a dip, but never "said"), the
// rest, and in a group of their own finding and knowing, which are said of programmes too.
const SPEAKING_VERBS = ['said', 'says', 'told', 'tells', 'explained', 'mentioned', 'admitted', 'reckons', 'thinks', 'thought', 'felt', 'feels', 'claimed', 'agreed', 'emailed', 'rang', 'phoned', 'believes', 'wants', 'asked', 'stated', 'talked'];
const REPORTING_VERBS = ['added', 'confirmed', 'described', 'noted', 'reported', 'accepts', 'accepted', 'acknowledged', 'showed', 'shared', 'disclosed', 'walked', 'teaches', 'taught', 'struggles', 'struggled'];
const KNOWING_VERBS = ['found', 'finds', 'knows', 'knew', 'understands', 'understood'];
const SPEAKING_VERB = new RegExp(`^(?:${SPEAKING_VERBS.join('|')})$`);
// Posts written short at the start of a line ("Dir knows…"); ROLE_WORD has the rest.
const SHORT_POSTS = new Set(['dir', 'dirs', 'coord', 'coords', 'dep', 'asst']);
// "Joy is the placement admin", "Ruby was a trainee here": a name said to hold a post (checked
// after the article by ROLE_AFTER_ARTICLE).
const IS_A_ROLE = new RegExp(`(?<![\\p{L}\\d'’-])((?:${NAME_TOKEN}${SP}+){0,2}${NAME_TOKEN})${SP}+(?:is|was)${SP}+(?:the|a|an|our|their)${SP}+`, 'gu');
// The post itself straight after the article ("the placement admin", not "the school where trainees…").
const ROLE_AFTER_ARTICLE = new RegExp(`^(?:${ROLE_PATTERN})(?![\\p{L}])`, 'iu');
// A line or a table row that opens on a name (after a numbered cell too), then its post after a
// dash, or a colon, or a slash before another name, or a year group, or the cell's end: "Jaswant -
// lead mentor, 0.4 FTE", "- Yusra: subject knowledge strong", "Tamsin / Radhika - joint obs",
// "Radhika Y3 - on track", "| Tamsin | Y3 | …", "Tamsin | Y3 | …" (no leading pipe), "| 3 | Tamsin | …".
const LINE_OPENING_NAME = new RegExp(
  `^[ \\t]*(?:(?:[-*•][ \\t]+|\\d{1,3}[.)][ \\t]+)?(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)(?:[ \\t]+([-–—])[ \\t]+(?:(?:the|a|an)[ \\t]+)?(?=\\p{L})|[ \\t]*:(?![\\/\\d])|[ \\t]*\\/[ \\t]*(?=\\p{Lu})|[ \\t]*\\|(?=[ \\t]*[^\\s|])|,?[ \\t]+(?=(?:Y|Yr ?)\\d{1,2}\\b))|\\|(?:[ \\t]*\\d{1,3}[ \\t]*\\|)?[ \\t]*(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)[ \\t]*\\|)`,
  'gmu',
);
// The post after such a dash, ending there ("lead mentor, 0.4 FTE", "head of maths since 2019"; not "lead school", "mentor training strong").
const POST_THEN_END = new RegExp(`^(?:(?:(?:Y|Yr ?)\\d{1,2}|KS\\d|EY|ECT|NQT|PGCE|SCITT|maths|English|science|phonics)[ \\t]+)?(?:${ROLE_PATTERN})(?:[ \\t]+of[ \\t]+\\p{L}+)?(?=[ \\t]*(?:$|[,.;:(/)|]|\\d|(?:since|for|at|in|from|and|until|on)\\b))`, 'iu');
// Scans findHits runs on every text, compiled once (matchAll copies a global regex, so sharing is safe).
// "Marit (chemistry) showed me…", "Eszter (3-7) talked me through…": a short bracketed detail may
// sit between the name and the verb.
const SAYING_RUN = new RegExp(`(?<![\\p{L}\\d'’-])((?:${NAME_TOKEN}${SP}+){0,2}${NAME_TOKEN})(?:${SP}+\\([^()\\n]{1,30}\\))?${SP}+(?:(?:now|also|still|then|really|clearly|initially|later)${SP}+)?(?:${[...SPEAKING_VERBS, ...REPORTING_VERBS].join('|')}|(${KNOWING_VERBS.join('|')}))\\b`, 'gu');
const QUOTE_ATTRIBUTION = new RegExp(`["”'’][ \\t]*[-–—:][ \\t]*(?:(?:[A-Z]{1,3}\\d+|Y\\d+)${SP}*,?${SP}*)?(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2})(?=${SP}*(?:[,;(.]|$))`, 'gmu');
const SHORT_ATTRIBUTION = /["”'’][ \t]*(?:[-–—][ \t]*(\p{L}[\p{L}'’-]{1,24})(?=[ \t]*(?:[,;(]|\.?[ \t]*$))|\([ \t]*([a-z]{2,3})[ \t]*\))/gmu;
/** A given name where a speaker stands, even one that is also a word ("- joy", "- will, mentor"); the US list's only where it is no word. */
const speakerGiven = (low: string) => isFirstName(low) || (listedGiven(low) && !isEnglishWord(low)) || wordGivenName(low);
/** A capitalised word no dictionary holds ("- Mensah"); in lower case such a word is as often a note's own ("- paraphrased"). */
const unknownCapitalised = (word: string, low: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && !dictionaryWord(low) && !isCommonWord(low) && !looksEnglish(low);
/**
 * A capitalised word no word, place, term, abbreviation, acronym or organisation list holds
 * ("Jaswant", not "Obs", "Scitt", "Covid", "Leeds"): in a person's position, a person.
 */
function unlistedWord(token: string): boolean {
  const low = token.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(token) &&
    unknownCapitalised(token, low) &&
    !isPlace(low) &&
    !isTerm(low) &&
    !NOTE_ABBREVIATIONS.has(low) &&
    !KNOWN_ACRONYMS.has(token.toUpperCase()) &&
    !ORG_NAME_WORDS.has(low)
  );
}
const INTERJECTION = /^(?:hmm+|erm+|um+|uh|ok|okay|yes|yep|no|nope|true|fair|agreed|ouch|wow|sic|etc)$/;
// Note shorthand and sources that stand where a speaker could: '"…" - fb', '"…" - anon', 'ppt: "…"'.
const SOURCE_SHORTHAND = new Set('fb cf tr sms dos viz orig transl anon ppt vm em wa txt msg ev doc docs ref nb ps pp cpd obs fg sef'.split(' '));
// Initials that name a role or a body, not a person: 'UT: "…"' (university tutor), 'UCL's portfolio', '(SMT) "…"'.
const ROLE_OR_BODY_INITIALS = new Set('UT ST VT SL CL CM LM GM PM SM PT LT PL TL DL EP CT DH AH SBM BM OM EWO SLE NLE LLE COO UCL NHS EEF TSH NPQ MYP PYP LSA SMT HK DFE IB'.split(' '));
// Initials with a surname's particle in lower case: "JvdB", "PvdM", "JdlC", "SMcA".
const WITH_PARTICLE = '[A-Z](?:v|vd|vd[eo]|de|da|di|du|dl|l[ae]|Mc|Mac)[A-Z]{1,2}';
// A quotation opens with a double quote, or a single one straight before a letter ("- Yusra: 'I feel…'").
const SPEAKER = new RegExp(`(?:^[ \\t]*(?:[-*•][ \\t]+)?(?:([A-Z]{2,3}|${WITH_PARTICLE})[ \\t]*[-–—:]|(\\p{L}[\\p{Ll}'’-]{1,20})[ \\t]*[-–—:])|\\(([A-Z]{2,3})\\))[ \\t]*(?:["“]|['‘](?=\\p{L}))`, 'gmu');
const PARTICLE_INITIALS = new RegExp(`(?<![\\p{L}\\d'’-])(?!U|HvA)${WITH_PARTICLE}(?![\\p{L}\\d-])(?!['’](?!s\\b))`, 'gu');
const INITIALS_OWNING = /(?<![\p{L}\d'’&/-])([A-Z]{2,3})['’]s[ \t]+(\p{Ll}[\p{Ll} -]{2,24})/gu;
const FEDERAL_COUNTRY = /\b(?:US|USA|U\.S\.|America|Canada|Australia|Mexico|Brazil|India|Malaysia|Nigeria|Germany|states?|provinces?|emirates?)\b/i;
const INITIALS_LIST = /(?<![\p{L}\d'’&/-])[A-Z]{2,3}(?:[ \t]*,[ \t]*[A-Z]{2,3}){2,}(?:[ \t]*,?[ \t]*(?:and|&|\+)[ \t]+[A-Z]{2,3})?(?![\p{L}\d&/-])/gu;
const INITIALS_PAIR_ACTING = /(?<![\p{L}\d'’&/-])([A-Z]{2,3})(?:[ \t]+(?:and|&|\+)[ \t]+|[ \t]*[,/][ \t]*)([A-Z]{2,3})[ \t]+(?:were|are|was|is|said|say|agreed|confirmed|explained|showed|told|both|have|had|gave|will)\b/gu;
const BRACKETED_NAME = new RegExp(`\\((${SP}*)((?:${TITLE}${SP}+)?${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2})${SP}*\\)`, 'gu');
const POSSESSIVE_RUN = new RegExp(`(?<![\\p{L}\\d'’-])((?:${NAME_TOKEN}${SP}+){0,2}${NAME_TOKEN})(?=['’]s${SP}+(\\S+(?:${SP}+\\S+)?))`, 'gu');
const BARE_INITIALS = new RegExp(`(?<![\\p{L}\\d'’&/-])([A-Z]{1,2}['’][A-Z]{1,2}|[A-Z]Ma?c[A-Z]|\\p{Lu}{2,3})(?![\\p{L}\\d&/-])`, 'gu');
const NAME_OR_INITIALS = new RegExp(`(?<![\\p{L}\\d'’-])([A-Z]Ma?c[A-Z](?![\\p{L}\\d])|${NAME_TOKEN}|[A-Z]{2,}(?![\\p{L}\\d]))`, 'gu');

// Where a one-word name stands for a place or building it also names: "taught in Florence",
// "residential to Petra", "St George's", "Wyatt block".
const PLACE_BEFORE = /(?:\b(?:taught|teaching|teaches|worked|working|lives|lived|based|born|grew up|placed|placement|school|schools|trip|holiday|residential) in|\b(?:residential|trip|visit|visits|flew|moved|travelled|traveled|relocated) to|\b(?:king|queen)\.?)[ \t]+$/i;
const SAINT_BEFORE = /\b(?:st|saint)\.?[ \t]+$/i;
// The word before "St" or "Saint": a title or a given name makes it a surname's opening ("Mr St. Hilaire").
const SURNAME_SAINT_BEFORE = /(?<![\p{L}])(\p{Lu}\p{L}*\.?)[ \t]+(?:St|Saint)\.?[ \t]+$/u;
const BUILDING_AFTER = /^[ \t]+(?:block|building|wing|hall|house|room|site|campus|centre|center|road|street|lane|avenue|close)\b/i;
/** A one-word name read as the place or building it also names (a possessive is the person's: "in Joanne's class"). */
const placeOrBuilding = (before: string, after: string) => SAINT_BEFORE.test(before) || (!/^['’]s\b/.test(after) && (PLACE_BEFORE.test(before) || BUILDING_AFTER.test(after)));
const REPEATED_GIVEN = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}+)[ \t]*\([ \t]*\1[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*[,)])/gu;
// "Hari Raya", "Chinese New Year", "Eid al-Adha": a festival named in words that are also given
// names or surnames ("Hari", "Raya", "Eid"). One scan for all of them, longest first.
const FESTIVAL_PHRASE = new RegExp(
  `(?<![\\p{L}\\d'’-])(?:${[...FESTIVALS].filter((name) => /[ -]/.test(name)).sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\d'’-])`,
  'giu',
);
const TOWN_COMPOUND = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)-(?:super|upon|on|under|in|le|by)-\p{L}+/gu;
// Titles that are never an abbreviation of a word ("Sr" is also senior, "Prof" professional).
const PERSON_ONLY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dame|Sir|Rev|Revd|Cllr|Councillor|Sra|Srta|Mme|Mlle|Herr|Frau|Puan|Encik|Cik|Cikgu)\.?$/;
// Software and services notes name with a capital after "Ms"/"Mr" only by mistake ("Ms Teams", "MS Word").
const PRODUCT_WORDS = new Set('teams zoom moodle canvas google microsoft onedrive sharepoint excel word portal vle lms online'.split(' '));
const TITLE_WORD = new RegExp(`^${TITLE}$`, 'u');
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])${TITLE}[ \\t]+$`, 'u');
// A school named in a language that puts its kind first ("Colegio Santa Rosa de Lima", "Escola
// Bilíngue Dom Pedro II"), or a name a regnal number follows ("Dom Pedro II", "King Edward VI").
const INSTITUTION_OPENING_BEFORE = /(?:Colegio|Colégio|Escola|Escuela|Instituto|Liceo|Lycée|Academia|Universidad|Universidade|Gimnasio|Scuola|Sekolah|Unidad Educativa)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|dos|das|la|las|los|y|e))*[ \t]+$/u;
const NAMED_BUILDING_AFTER = /^[ \t]+(?:Building|Wing|Block|Library|Centre|Center|Theatre|Suite|Annexe|Lecture Theatre)\b/;
const REGNAL_AFTER = /^[ \t]+(?:II|III|IV|VI|VII|VIII|IX|XII)\b/;
const INSTITUTION_OPENING = /Colegio|Colégio|Escola|Escuela|Instituto|Liceo|Lycée|Academia|Universidad|Gimnasio|Scuola|Sekolah|Unidad/;
const namedInstitution = (text: string, at: number, after: string) => {
  if (REGNAL_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, at - 60), at);
  // The literal test first: the anchored pattern is tried at every position of the window.
  return INSTITUTION_OPENING.test(before) && INSTITUTION_OPENING_BEFORE.test(before.split('\n').pop()!);
};
// Where a one-word name is a place by where it stands: after "in" ("did his degree in Rosario",
// "taught in La Paz"; "in Amira's class" is hers), after a school's name and a comma ("St
// Bernadette's Primary, Arnold"), or on a route ("Santiago → Kingston").
const IN_BEFORE = /\b(?:taught|teaching|worked|working|lived|lives|living|based|born|grew up|studied|study|trained|training|degree|placed|placement|hub|office|campus|schools?|yrs|years|months|wks|weeks|visit|visited|trip)\b[^.\n;:]{0,16}\bin(?:[ \t]+(?:la|el|los|las|le|les|san|santa|são|sao|st\.?|port|puerto))?[ \t]+$/i;
const SCHOOL_COMMA_BEFORE = /(?:School|Academy|Primary|College|Nursery|Centre|Infants|Juniors|Federation)[ \t]*,[ \t]*$/;
const ROUTE_AFTER = /^[ \t]*(?:→|->|=>)[ \t]*(\p{Lu}\p{L}+)/u;
const placeByPosition = (before: string, after: string, found = false) =>
  !/^['’]s\b/.test(after) &&
  ((before.includes('in') && IN_BEFORE.test(before)) ||
    // A name the notes already use of a person stays the person after a school's name or before an arrow.
    (!found && ((SCHOOL_COMMA_BEFORE.test(before) && /^[ \t]*(?:$|\n)/.test(after)) || placeAhead(ROUTE_AFTER.exec(after)?.[1]))));
const placeAhead = (word: string | undefined) => word !== undefined && isPlace(word);
// "the Hope Valley visit": a capitalised word that closes places and is no surname ("Sandy Hall", "Emma Street" are people).
const PLACE_CLOSING_AFTER = /^[ \t]+(?:Valley|Vale|Gardens|Way|View|Rise|Road|Avenue|Farm|Common|Hills|Estate)\b/;
// "mostly Weston schools", "the Kingsley hub": a place's schools, not a person's.
const PLACE_GROUP_AFTER = /^[ \t]+(?:schools|academies|area|areas|hub|hubs|cluster|clusters|district|partnership)\b/;
const MODAL_NAMES = new Set(['will', 'may']);
/**
 * A given name that is also a word, read as the word by what follows: a modal before a verb ("Will
 * check", "May need"), "Hope to see", an adjective before a noun ("Frank discussion", "Sunny day").
 */
function wordReadingAhead(key: string, after: string): boolean {
  const next = /^[ \t]+(\p{Ll}+)\b/u.exec(after)?.[1];
  if (!next) return false;
  if (MODAL_NAMES.has(key)) return isBaseVerb(next);
  if (key === 'hope') return next === 'to';
  // "grace period", "rose garden": a noun heading a phrase; not "Grace today", "Grace (mentor)" or
  // "Grace lesson", where the noun is what a person has.
  if (isNoun(key) && !isAdjective(key) && isNoun(next) && !isVerb(next) && !TIME_OR_ROLE_AFTER.test(next) && !ROLE_WORD.test(next) && !PERSONAL_POSSESSIONS.test(next)) return true;
  // "Frank discussion", not "Frank notes that…", "Rose plans" or "Young lesson": the noun may not be a verb too, nor what a person has.
  return isAdjective(key) && isNoun(next) && !isVerb(next) && !PERSONAL_POSSESSIONS.test(next);
}
const TIME_OR_ROLE_AFTER = /^(?:re|via|today|tomorrow|yesterday|tonight|morning|afternoon|evening|week|am|pm|again|herself|himself|too|also|first|later|now|then|here|there)$/;
// After a given name that is a word, a question's verb: "Will the MFL rewrite be in place?".
const QUESTION_AFTER = /^[ \t]+(?:the|a|an|this|that|these|those|it|we|they|you|he|she|there|our|their|his|her|its|any|all)\b/i;

// Roles notes write as capitals ("TI Ravinder", "EE Prof. Tresize", "PVC Prof Nwosu"): matched
// case-sensitively, so "Li Wei" and "ti" are never roles. Each is said in words where a name is
// replaced: "a LI" reads as nothing, "the lead inspector" does.
const UPPER_ROLE_WORDS: Readonly<Record<string, string>> = {
  TI: 'team inspector', LI: 'lead inspector', EE: 'external examiner', PVC: 'pro-vice-chancellor', PL: 'programme lead',
  AHT: 'assistant headteacher', LM: 'lead mentor', HoD: 'head of department', HoY: 'head of year', HoS: 'head of school',
};
const UPPER_ROLE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(UPPER_ROLE_WORDS).join('|')})${SP}+`, 'gu');
// A title before initials: "Mr HK", "Mrs JB".
const TITLED_INITIALS = new RegExp(`(?<![\\p{L}\\d])(?:${TITLE})${SP}+([A-Z]{2,3})(?![\\p{L}\\d'’&/-])`, 'gu');
const NAME_RUN = `${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){0,2}`;
// A capitalised run ending where the text ends: the owner before "'s mentor" (POSSESSED_ROLE).
const NAME_RUN_BEFORE = new RegExp(`(?<![\\p{L}\\d'’-])(${NAME_RUN})$`, 'u');
// Family names that are English words ("Cook", "Bishop", "Green"): a surname only where a person is
// already likely (a role in a bracket after it, a given name before it).
const WORD_SURNAMES = new Set(
  'green wood cook bishop brown baker hall hill marsh knight carpenter white black young king wright walker parker cooper fisher fletcher porter hunter mason turner butler carter ward price bell lamb fox bird swift sharp wise long little stone bush field banks reed rice gold frost snow winter page chambers barber potter archer slater weaver tanner shepherd fowler gardner gardener miller marshall chamberlain dean abbott monk pope parsons clay lane brook brooks ford moor heath dale wells goodman freeman scott rose moss'.split(' '),
);
const PLACE_WORD = /^(?:hill|hills|park|green|lane|end|heath|wood|road|street|way|vale|valley|bridge|cross|common|market|field|fields)$/;
const NAMES_LINE = new RegExp(`^[ \\t]*(?:[-*•][ \\t]+)?((?:${NAME_RUN})(?:[ \\t]*,[ \\t]*(?:and[ \\t]+)?(?:${NAME_RUN}))+)[ \\t]*\\.?[ \\t]*$`, 'gmu');
// A list that says it is of people: under a label ("Present: Jaswant, Yusra", "FG (Y1 trainees):
// …") or in brackets after people named by their role ("Trainees (Jaswant, Yusra, Xiuying)"; after
// one, "mentor (Sliema)", a bracket holds where as often).
const PEOPLE_LABEL = /(?:^|\n|[.;](?=[ \t]))[ \t]*(?:[-*•#]+[ \t]+)?(?:present|attendees|attending|apologies|met|met with|spoke to|spoke with|interviewed|fg|focus group|trainees|mentors|ects|nqts|tutors|panel|cc)(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*:|[ \t]+[–—-])[ \t]*|\b(trainees|mentors|tutors|ects|nqts|apprentices)[ \t]*\([ \t]*|(?:^|\n)[ \t]*(?:[-*•#]+[ \t]+)?(?:[^\n:()]{0,30}?[ \t])?(trainees|mentors|tutors|ects|nqts)(?:[ \t]+(?:seen|met|present|interviewed|observed|attending))?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*/gi;
// Who owns an action in a log ("Owner: Tamsin", "Who: Tamsin, Radhika"): names the lists hold only.
const OWNER_LABEL = /(?:^|\n|[.;(])[ \t]*(?:[-*•>]+[ \t]+)?\**(?:owners?|action owners?|who|by whom|responsible|lead|assigned to)\**(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*:\**|[ \t]+[–—-])[ \t]*/gi;
// …or closed by others ("Jaswant, Yusra and two others felt supported").
// Opening on the joining word: opening on the spaces before it was quadratic in a long run of spaces.
const AND_OTHERS = /(?:\band|&|\+)[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)[ \t]+others\b/gi;
// The joins share no text ("and" only spelt out; "+", "&", "/" and ";" only as signs), so a list that
// fails to end where it must is not retried every way it could split (exponential in its length).
const PEOPLE_LIST_JOIN = `(?:${SP}*[,;]${SP}*(?:and${SP}+)?|${SP}+and${SP}+|${SP}*[+&/]${SP}*)`;
// A post among them is an item too ("Met: Jaswant, the HT and Yusra"); only names are claimed.
const LISTED_POST = `(?:the|a|an|our|their|two|three|four|\\d{1,2})${SP}+(?:(?:ITT|ITE|SEND|lead|link|subject|class|host|school|senior|deputy|prog|programme|course|placement|inclusion|phonics|[Hh]ead)${SP}+)?(?:mentor|tutor|head|lead|trainee|ECT|NQT|teacher|governor|chair|dean|director|principal|HT|DHT|DSL|SENCO|SENCo|SENDCo|SENDCO|SLT|HoD|CEO|[Hh]ead of \\p{L}+|[Hh]ead|[Pp]rincipal|[Dd]irector)s?(?![\\p{L}])`;
const PEOPLE_LIST_ITEM = `(?:${NAME_RUN}(?:(?<=(?<![\\p{L}])\\p{Lu})\\.)?(?:${SP}+(?:Y|Yr${SP}?)\\d{1,2})?|[A-Z]{2,5}|${LISTED_POST})(?:${SP}*\\([^()\\n]{1,40}\\))?`;
const PEOPLE_LIST = new RegExp(`${PEOPLE_LIST_ITEM}(?:${PEOPLE_LIST_JOIN}${PEOPLE_LIST_ITEM})*`, 'yu');
const PEOPLE_LIST_ENDING = new RegExp(`(?<![\\p{L}\\d'’-])${PEOPLE_LIST_ITEM}(?:${PEOPLE_LIST_JOIN}${PEOPLE_LIST_ITEM})*(?=[ \\t]*,?[ \\t]*$)`, 'u');
// Where a listed person's name ends: the list goes on, or a bracket, a stop, a year group ("Jaswant
// Y3") or the line's end (not a count: "trainees (Gh 4, Ug 4)").
const LIST_ITEM_ENDS = /^(?:[ \t]*(?:$|\n|[,.;:()+&/–—-]|and\b)|[ \t]+(?:Y|Yr ?)\d{1,2}\b)/;
// Before a list of places or things, not people: "Hub schools Penmore, Tawhiti and two others".
const NOT_PEOPLE_BEFORE = /\b(?:schools?|hubs?|settings?|sites?|trusts?|academies|colleges|universities|countries|cities|towns|regions|areas|classes|partners|providers|subjects|in|at|across|around|near|from|via)[ \t]*:?[ \t]*$/i;
// Labels of who was in the room: there capitals alone are people's initials.
const ATTENDANCE_LABEL = /\b(?:present|attendees|attending|apologies|panel|cc)\b/i;
const LIST_INITIALS = /(?<![\p{L}\d'’&/.-])(?:[A-Z]{2}|[A-Z]Ma?c[A-Z])(?![\p{L}\d'’&/-])/gu;
// Before the people noun of a label, words that make the list one of places or things.
const NOT_PEOPLE_LABEL = /\b(?:hosting|hosts?|placed|placing|partners?|where|schools?|hubs?|sites?|settings?|countries|cities|placements?|classes|subjects|phases|routes|by|of|for|per|from|with|without|no|not)\b/i;
// Teams a list of people may name beside them ("Present: Jaswant, Admissions, Finance").
const DEPARTMENT_WORD = /^(?:admissions|finance|safeguarding|reception|office|governance|estates|exams|data|pastoral|wellbeing|welfare|careers|registry|marketing|operations|ops|admin|hr|it|compliance|quality|partnerships?|placements?|recruitment|inclusion|attendance|timetabling|assessment|research|library|catering|facilities|governors|leadership|apologies|none|all|others|everyone|staff)$/;
const PEOPLE_LABEL_ROLES: Record<string, string> = { trainee: 'trainee', mentor: 'mentor', tutor: 'tutor', ect: 'ECT', nqt: 'NQT', apprentice: 'apprentice' };

// A letter's greeting and sign-off: "Hi Oonagh,", "Dear Mrs Obi", "Thanks, Kristof", "Best wishes\nKristof".
// Sticky, tried at each line's start: a multiline ^ is tried at every character, four times slower.
const GREETING = new RegExp(`[ \\t]*(?:Hi|Hello|Dear|Hey|Morning|Good morning|Good afternoon|Evening)${SP}+(${NAME_RUN})(?=[ \\t]*(?:[,!:.—–-]|$))`, 'ymu');
const SIGN_OFF = new RegExp(`[ \\t]*(?:Thanks|Thank you|Many thanks|Cheers|Best|Best wishes|All the best|Kind regards|Regards|Warm regards|Warmly|Speak soon|Ta|Diolch|Diolch o galon|Gracias|Muchas gracias|Obrigad[oa]|Merci|Danke|Grazie|Shukran|Asante|Terima kasih|Salamat)[ \\t]*[,!.]?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(${NAME_RUN})[ \\t]*[.!]?[ \\t]*$`, 'ymu');
// The person an observation is of, first after its number: "- obs 4 - Rahel, Reception: …", "Obs 2: Tevfik (Y3)".
// The name ends at a stop, a bracket, a year group (after a dash too) or the line's end ("Obs 1:
// Jaswant Y3", "Obs: Jaswant - Y3"); not at a dash before words ("Obs 1: Arbor - behaviour managed").
const OBS_HEADER = new RegExp(`[ \\t]*(?:[-*•][ \\t]+)?(?:[Oo]bs|[Oo]bservation|[Ll]esson obs)\\.?(?:[ \\t]*\\d{1,2}[a-z]?)?[ \\t]*[-–—:][ \\t]*(${NAME_RUN})(?=[ \\t]*(?:[,;:(]|$|(?:[-–—][ \\t]*)?(?:Y|Yr ?|KS)\\d))`, 'ymu');
// A case or person labelled by a letter or number: "A = Marcelina Grzybowska, history, Kraków".
const LABELLED_NAME = new RegExp(`[ \\t]*(?:[-*•][ \\t]+)?(?:[A-Z]|\\d{1,2}|[A-Z]\\d)[ \\t]*[=:][ \\t]*(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN}){1,2})(?=[ \\t]*(?:[,;(]|$))`, 'ymu');

// The words of an organisation's name written in the notes ("Penmore Valley University", "Marlpit
// Grange Sch"): elsewhere in the same notes such a word alone is the organisation ("no call from Penmore").
// The organisation word is found first and the words before it read back from there: a scan that
// opens with a look-behind is tried at every character.
const ORG_WORD_AT = /(?:School|Sch|Academy|College|Univ|Primary|Secondary|High|Infant|Junior|Institute|Trust|Partnership|SCITT|Federation|Campus)/g;
const ORG_WORD_END = /^(?:s|ersity)?(?![\p{L}])/u;
const ORG_NAME_BEFORE = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’-]+ +){1,3})$/u;

/** The next 200 characters: look-aheads stay O(1) per match (a slice of the whole rest, copied by a
 * replace or scanned by a regex, made a 10 MB notes file quadratic). */
const ahead = (text: string, at: number) => text.slice(at, at + 200);

interface Hit {
  start: number;
  end: number;
  /** The person's name as written (without title or role). */
  name: string;
  /** Replacement text. */
  replacement: string;
}

/** Role phrase → "a mentor" / "the programme director". Unique roles take "the". */
function withArticle(role: string): string {
  const clean = singularRole(role.trim().replace(/\s+/g, ' '));
  if (/^alumn(?:i|us|a|ae)$/i.test(clean)) return 'a former trainee';
  const unique = /\b(?:ceo|dean|bursar|lead|leader|director|head|headteacher|head teacher|ht|dht|principal|chair|dsl|senco|manager|officer|coordinator|co-ordinator|examiner|administrator)\b/i.test(clean);
  if (/^(?:the|a|an|our|their|her|his)\s/i.test(clean)) return clean;
  if (unique) return `the ${clean}`;
  return `${/^[aeiou]/i.test(clean) && !/^(?:uni|eu|one)/i.test(clean) ? 'an' : 'a'} ${clean}`;
}

/** "Y5 trainees" → "Y5 trainee": the role of one of them. */
function singularRole(role: string): string {
  const last = /(\S+)s$/.exec(role);
  // "chair of governors" is one person: the plural after "of" is whom they chair.
  if (/\bof[ \t]+(?:the[ \t]+)?\S+$/i.test(role)) return role;
  return last && ROLE_WORD.test(last[1]) ? role.slice(0, -1) : role;
}

// Up to two words before a role that say which one it is: capitalised ("English", "Partnership"),
// capitals ("PGCE", "EY") or a few lower-case ones ("university tutor", "secondary PGCE lead").
const WORDS_BEFORE_ROLE = /(?<![\p{L}\d'’&/-])((?:\p{L}[\p{L}&-]*[ \t]+){1,2})$/u;
const FUNCTION_WORDS = new Set('met meet call called spoke asked told emailed phoned rang and or with to of for by from in at on the a an our their her his my your its also then w re per via incl see saw said says chat mtg obs is was are were has had new former acting both each every all two three'.split(' '));

/**
 * The words just before a role that say which one it is, as written: capitalised ("English",
 * "Partnership"), capitals ("PGCE", "EY") or lower-case nouns ("quality lead", "university tutor",
 * "secondary PGCE lead"). Verbs, function words, names and single letters end them.
 */
function roleQualifiers(text: string, roleStart: number): string {
  const before = WORDS_BEFORE_ROLE.exec(text.slice(Math.max(0, roleStart - 40), roleStart));
  if (!before) return '';
  const run = before[1];
  const words = [...run.matchAll(/\S+/g)];
  let from = run.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i][0];
    const low = word.toLowerCase();
    const qualifier =
      word.length > 1 &&
      !NOT_QUALIFIER.test(word) &&
      !FUNCTION_WORDS.has(low) &&
      !isFirstName(low) &&
      !isLastName(low) &&
      // A capitalised word by its shape ("Partnership", "PGCE"), unless the lexicon says it is no noun or adjective ("However", "Visited").
      (isNounOrAdjective(low) || (/^\p{Lu}/u.test(word) && !isEnglishWord(low)) || /^(?:uni|ops|ite|itt|qa|ey|send|eal|maths|prim|sec|curric|trg|subj)$/.test(low));
    if (!qualifier) break;
    from = words[i].index!;
  }
  // As written, with the space before the role.
  return run.slice(from);
}
// Words that open a line or a clause rather than name a role.
const NOT_QUALIFIER = /^(?:Met|Meet|Called|Call|Spoke|Asked|Told|Emailed|Phoned|Interviewed|Observed|Obs|With|And|The|A|An|Our|Their|Per|Via|From|By|To|For|Of|In|At|On|Also|Then|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Monday|Tuesday|Wednesday|Thursday|Friday|Day|AM|PM|Q|I|We|Both|Each|Every|New|Former|Acting)$/;

const DETERMINER_BEFORE = /(?:\b(?:her|his|their|our|my|your|its|the|each|every|this|that)|['’]s)[ \t]+$/i;

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PLURAL_ROLE = /^(.*?)(?:s)$/;

/** "trainee" with one name → "a trainee"; "trainees" with two names → "two trainees". */
function roleFor(role: string, count: number): string {
  const plural = PLURAL_ROLE.exec(role);
  const singular = plural && ROLE_WORD.test(plural[1]) ? plural[1] : null;
  if (count > 1) return `${NUMBER_WORDS[count] ?? 'several'} ${singular ? role : `${role}s`}`;
  return withArticle(singular ?? role);
}

// A run of capitalised words opening a line (after a bullet or number), with the next two words.
// After an action label ("Action: Jaswant to send…") and after a name joined to it ("Jaswant & Yusra
// to send…": the join back to a person found takes the first).
const ACTION_LABEL = '(?:[Aa]ctions?(?:[ \\t]?\\d{1,2})?|ACTIONS?|AP[ \\t]?\\d{0,2}|[Nn]ext steps?|[Tt]o ?do|TODO|[Ff]ollow[- ]?ups?)[ \\t]*[:–—-][ \\t]*';
// A line's opening: its indent and a bullet or a number.
const LINE_OPENING_MARK = '^[ \\t]*(?:[-*•][ \\t]+|\\d{1,3}[.)][ \\t]+)?';
const ACTION_LABEL_AT_LINE_START = new RegExp(`${LINE_OPENING_MARK}${ACTION_LABEL}`, 'gm');
// "to" and a word after a list, a bracket between: an errand where the word is a verb's base form
// (errandAhead).
const ERRAND_AHEAD = /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+to[ \t]+(\p{Ll}+)/u;
/** "to send", "(Penmore) to chase": not "to be" ("Arbor to be updated" is a thing done to), nor "to all staff". */
function errandAhead(after: string): boolean {
  const errand = ERRAND_AHEAD.exec(after);
  return errand !== null && errand[1] !== 'be' && isBaseVerb(errand[1]);
}
// Errands only a person runs, after "to": "Mark to resend…", "Pat/Carol to confirm…".
const PERSON_ERRAND = /^to (?:send|resend|share|confirm|check|chase|email|forward|provide|update|book|arrange|circulate|upload|complete|contact|ring|phone|ask|draft|finalise|finalize|organise|organize|follow)\b/;
// Words that open an errand as things or wishes: "Bill to follow", "Grant to follow", "Hope to confirm".
const NOT_ERRAND_NAMES = new Set(['bill', 'grant', 'chase', 'hope', 'will', 'may', 'faith', 'joy', 'sterling', 'penny']);
// The name before the run's join: "Hazel/" in "Hazel/Penny to send".
const JOINED_PARTNER = new RegExp(`(${NAME_TOKEN})(?:[ \\t]*(?:&|\\+|and)[ \\t]+|[ \\t]*\\/[ \\t]*)$`, 'u');
const LINE_START_RUN = new RegExp(
  `(${LINE_OPENING_MARK}(?:${ACTION_LABEL})?(?:${NAME_TOKEN}(?:[ \\t]*(?:&|\\+|and)[ \\t]+|[ \\t]*\\/[ \\t]*))?)((?:${NAME_TOKEN}${SP}+){0,2}${NAME_TOKEN})${SP}+(\\p{Ll}[\\p{Ll}-]*(?:${SP}+\\p{Ll}[\\p{Ll}-]*)?)`,
  'gmu',
);
// Words that stand between a person and their verb: "never got", "still waiting"; "both felt" and
// "all said" only after two joined by "and", "&" or "+" ("Tamsin and Yusra both felt"; "Kingsmead
// both have" is a school). Not "not": "Oracy not embedded" is a thing.
const ADVERB_BEFORE_VERB = /^(?:now|then|still|also|just|never|always|often|only|really|already|sometimes|usually|again|rarely|clearly)$/i;
const ADVERB_OF_TWO = /^(?:both|all|each)$/i;
/** A verb's -ing form ("struggling"), not "being": "Flipgrid being used" is a thing done to. */
const verbInIng = (word?: string) => word !== undefined && /^\p{Ll}+ing$/u.test(word) && word !== 'being' && isVerb(word);
// A quotation opens like a line ('the quality lead said "Funmi does"'): the same run, tried
// sticky after each opening quotation mark that follows a space or a bracket (one scan of the
// whole text for the two rules was two and a half times slower).
const QUOTE_OPEN = /["“]/g;
const QUOTED_RUN = new RegExp(`()((?:${NAME_TOKEN}${SP}+){0,2}${NAME_TOKEN})${SP}+(\\p{Ll}[\\p{Ll}-]*(?:${SP}+\\p{Ll}[\\p{Ll}-]*)?)`, 'yu');
// ", Sarah", " + Kavya", " & Kavya", " and Ali", ", and Ali": a further name in a list after a role.
const listContinuation = (slash: boolean) => new RegExp(`^${SP}*(?:,${SP}*(?:and${SP}+)?|\\+|&|${slash ? '\\/|' : ''}and${SP}+)${SP}*(${NAME_TOKEN}(?:${SP}+${NAME_TOKEN})?)`, 'u');
const LIST_CONTINUATION = listContinuation(false);
// The same, or a slash, joining further names to a person found ("Amy / Dan"). Not in a role's own
// list ("mentor Sarah / Kingsmead" is one mentor and her school); after a slash only a given name joins.
const NAME_LIST_CONTINUATION = listContinuation(true);

/**
 * A capitalised run in a position only a person takes (after a role word, before a verb of saying or
 * a bracketed role, after "obs", in a quotation's attribution) is a name unless it is a place, a
 * term of the trade, an organisation word or an acronym. Ordinary words that are also first names
 * ("Precious", "Jade", "Grace") count as names here.
 */
function positionalName(tokens: string[]): boolean {
  if (tokens.length === 0 || isPlacePhrase(tokens)) return false;
  if (placeShaped(tokens.map((token) => token.toLowerCase()))) return false;
  return tokens.every((word) => {
    const low = word.toLowerCase().replace(/['’]s$/, '');
    if (isTerm(low) || isPlace(low) || ORG_IN_NAME.test(word) || ORG_WORDS.test(word) || /^[A-Z]{2,}$/.test(word)) return false;
    // A given name of the large list is no English word by its ending ("Terrence", "Constance"): here a person is likely.
    if (looksEnglish(low) && !isFirstName(low) && !isLastName(low) && !wordGivenName(low) && !listedGiven(low)) return false;
    return wordGivenName(low) || !isCommonWord(low) || isFirstName(low) || isLastName(low);
  });
}

// What a given name may open that is no person: a class, a house, a room ("Ruby Class", "Hazel House").
const GROUPING_WORD = /^(?:class|classes|group|groups|set|sets|team|house|houses|room|rooms|unit|base|block|building|wing|hall|site|campus|centre|center|road|street|lane|avenue|close|valley|way)$/;
/**
 * "Will Hunter", "Grace Baker": a given name, a word itself or not, before a capitalised word that
 * is also an English word or a place. Asked only where a role stands beside the run (a bracket or a
 * comma that opens with a role), where the words read as a person's full name.
 */
function givenBeforeWordSurname(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const low = tokens.map((token) => token.toLowerCase());
  if (!(isFirstName(low[0]) || wordGivenName(low[0])) || isTerm(low[0]) || isPlacePhrase(tokens) || placeShaped(low)) return false;
  // A cited researcher's surname after a given name is a person's ("Rose Gardner (DSL, …)").
  return tokens.slice(1).every((token, i) => /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?$/u.test(token) && !(isTerm(low[i + 1]) && !RESEARCH_AUTHORS.has(low[i + 1])) && !ORG_IN_NAME.test(token) && !ORG_WORDS.test(token) && !ROLE_WORD.test(token) && !NOT_SURNAME.test(token) && !GROUPING_WORD.test(low[i + 1]) && !PLACE_WORD.test(low[i + 1]));
}

// Given names that are dates before they are people, and what a document is called: "June Report
// says", "Mark Scheme says" are no one.
const CALENDAR_GIVEN = /^(?:january|february|march|april|may|june|july|august|summer|autumn|winter|spring)$/;
const DOCUMENT_WORD = /^(?:report|reports|review|plan|plans|scheme|schemes|survey|minutes|policy|handbook|data|tracker|audit|evaluation|newsletter|letter|email|update|feedback|record|records|log|list|guidance|framework|booklet|pack|bulletin|book|books|sheet|sheets|power|court|park|garden|gardens|lodge|house|hall|road|street|centre|center)$/;

/** "Dean Ward said", "Will Hunter says": a given name that is also a word, before a word-surname, saying something. */
function sayerWithWordSurname(tokens: string[]): boolean {
  const low = tokens.map((token) => token.toLowerCase());
  return givenBeforeWordSurname(tokens) && !CALENDAR_GIVEN.test(low[0]) && !DOCUMENT_WORD.test(low[low.length - 1]);
}

// How English places end ("Oakfield", "Ashton", "Fenbury"): one such word set off after a role is a school's or a place's name.
const PLACE_ENDING = /(?:field|ton|ham|bury|borough|burgh|ford|wood|by|ley|worth|mouth|bridge|gate|dale|stead|wick|minster|port|chester|caster|cliffe|combe|thorpe|hurst|brook)$/;

/** The words set off after a role ("The mentor, Kadri, …", "(mentor: Gareth)") are a person's name. */
function personAside(tokens: string[]): boolean {
  // "Pham Thu Ha": a Vietnamese surname and middle name open a person's name, whatever the words after.
  if (tokens.length === 3 && VIETNAMESE_SURNAME.test(tokens[0]) && VIETNAMESE_MIDDLE.test(tokens[1])) return true;
  if (tokens.length > 1) return positionalName(tokens) || givenBeforeWordSurname(tokens);
  const low = tokens[0].toLowerCase();
  if (isFirstName(low) || listedGiven(low)) return true;
  return positionalName(tokens) && !isEnglishWord(low) && !PLACE_ENDING.test(low);
}

/**
 * An English word compromise's small lexicon lacks: a plural or inflection of a word it knows
 * ("Sessions", "Providers", "Areas"), or a noun-forming suffix ("Recruitment", "Leadership",
 * "Attendance", "Inclusion", "Feedback").
 */
function looksEnglish(low: string): boolean {
  if (isCommonWord(low)) return true;
  // "Half-termly", "screen-shared", "end-of-day": every part a word, and the last an adverb or a
  // verb's form, or three parts. Not two words that could each be a surname's ("Hill-Wood").
  if (low.includes('-')) {
    const parts = low.split('-');
    return (parts.length > 2 || /(?:ly|ed|ing)$/.test(parts[parts.length - 1])) && parts.every((part) => part.length > 0 && looksEnglish(part));
  }
  // "Termly", "Fortnightly", "Daily": an adverb of an English word.
  if (/ly$/.test(low) && [low.slice(0, -2), low.replace(/ily$/, 'y')].some((stem) => stem.length > 2 && stem !== low && isEnglishWord(stem))) return true;
  const stems = [low.replace(/ies$/, 'y'), low.replace(/es$/, ''), low.replace(/s$/, ''), low.replace(/ed$/, ''), low.replace(/ed$/, 'e'), low.replace(/ing$/, ''), low.replace(/ing$/, 'e'), low.replace(/e?rs?$/, ''), low.replace(/rs?$/, '')];
  if (stems.some((stem) => stem !== low && stem.length > 2 && isCommonWord(stem))) return true;
  return /(?:ment|ments|ship|ships|tion|tions|sion|sions|ance|ances|ence|ences|ity|ities|ness|ism|isms|ure|ures|back|work|works|ful|less|able|ible|ics|ogy|ous|ive|ives|ise|ize|ised|ized|ally|ings|ulty|ities)$/.test(low);
}

const PLACE_OPENING = new Set('north south east west upper lower great little nether wadi jebel jabal ras san santa santo são sao puerto porto ciudad villa monte mont port fort lake mount cape avenida avenue calle rua jirón jiron plaza paseo praça praca rue via'.split(' '));
const PLACE_ONLY_CLOSING = new Set('valley estate village gardens crescent terrace quay wharf docks lakes downs wolds district borough county province region avenue road'.split(' '));
const PLACE_CLOSING = new Set('valley vale bay estate village town city bridge common gardens square road street avenue crescent terrace quay wharf docks lakes moor moors downs wolds fen fens forest district borough county province region'.split(' '));

/**
 * "West Walton", "San Isidro", "Avenida Apoquindo", "Eden Valley": a place's opening or closing
 * word. After a known given name only a word no surname is ("Valley", not "Street", "Bay", "Moor":
 * "Emma Street", "Mike Bay" are people).
 */
function placeShaped(lowered: string[]): boolean {
  if (lowered.length < 2) return false;
  const last = lowered[lowered.length - 1];
  return PLACE_OPENING.has(lowered[0]) || (PLACE_CLOSING.has(last) && (!isFirstName(lowered[0]) || PLACE_ONLY_CLOSING.has(last)));
}

// Words that open a sentence before a name, not a place: "Overall Heath was strong", "Urgent: Heath to call".
const SENTENCE_OPENERS = new Set('overall again later tomorrow today yesterday urgent urgently finally generally currently previously first next also then now still meanwhile however'.split(' '));
// The capitalised word just before a place: the opening of "Kings Norton".
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\d'’-])(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;

/**
 * "Kings Heath", "Hampstead Heath", "Kings Norton": a noun and a word places end with ("heath",
 * "green", "hill") or shaped like a place's name ("-ton", "-ley") is a place. The noun alone would
 * be cut from the run as no part of a name, leaving the given name or surname after it ("Kings a
 * trainee"). Not after a verb, an adverb, a role or a function word: "Met Heath", "Overall Heath
 * was strong", "mentor Wood".
 */
function placeOfTwoWords(tokens: string[]): boolean {
  if (tokens.length !== 2) return false;
  const [opening, closing] = tokens.map((token) => token.toLowerCase());
  return (
    (PLACE_WORD.test(closing) || (PLACE_ENDING.test(closing) && !isFirstName(closing))) &&
    isCommonWord(opening) &&
    !isVerb(opening) &&
    !tagsOf(opening).includes('Adverb') &&
    !SENTENCE_OPENERS.has(opening) &&
    !isFirstName(opening) &&
    !isLastName(opening) &&
    !wordGivenName(opening) &&
    !FUNCTION_WORDS.has(opening) &&
    !NOTE_ABBREVIATIONS.has(opening) &&
    !ROLE_WORD.test(opening) &&
    !NOT_QUALIFIER.test(tokens[0])
  );
}

/** True when a capitalised run is a name rather than a school, place or term of the trade. */
function isNameLike(tokens: string[], textAfter: string, textBefore: string, strong: boolean): boolean {
  if (tokens.length === 0) return false;
  if (ORG_WORDS.test(textAfter.trimStart().replace(/^(?:[IVX]+|[A-Z])\b\.?\s*/, '')) || ORGANISATION_NAME_AHEAD.test(textAfter)) return false;
  // "St Aidan's", "Colegio Santa Lucía", "São Paulo": a saint's name opens a school's or a place's.
  if (/(?:University of|College of|Institute of|\bSt\.?|Saint|Sainte|\bSanta|\bSanto|\bSan|\bSão|\bSao|School of)\s*$/.test(textBefore) || SAINT_BEFORE.test(textBefore)) return false;
  // "sir isaac newton primary": a school named for a person, typed in lower case.
  if (/\b(?:sir|dame)[ \t]+$/i.test(textBefore) && SCHOOL_NAME_AHEAD_ANY_CASE.test(` ${tokens[tokens.length - 1]}${textAfter}`)) return false;
  // "King's Lynn", "Bishop's Stortford": a possessive word before the run makes it a place's name.
  // One word only, and no day's or month's ("Friday's Amira Khan lesson", "Oakfield's Jane Smith" are people).
  if (tokens.length === 1 && /(?<![\p{L}])(?!(?:Mr|Mrs|Ms|Dr|Prof|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)\p{Lu}\p{Ll}+['’]s[ \t]+$/u.test(textBefore)) return false;
  const lowered = tokens.map((token) => token.toLowerCase().replace(/['’]s$/, ''));
  if (strong && placeShaped(lowered)) return false;
  // "Dev Patel", "Nat Okafor": a short form that notes also use as an abbreviation, before a surname.
  const shortFormGiven = shortFormBeforeSurname(lowered[0], lowered[1]);
  if (lowered.some((token, i) => !(i === 0 && shortFormGiven) && ((isTerm(token) && !(i === 0 && authorAsGiven(lowered))) || NOTE_ABBREVIATIONS.has(token)))) return false;
  if (tokens.some((token) => ORG_IN_NAME.test(token))) return false;
  if (isPlacePhrase(lowered)) return false;
  if (/^[A-Z]{2,}$/.test(tokens[0])) return false; // acronyms: QA, SEF, KL
  // Strict: at least one token must not be an ordinary English word. Lenient (after a lower-case
  // role word, "trainee Poppy") any capitalised word will do.
  if (strong) return !lowered.every((token) => isCommonWord(token) && !isFirstName(token));
  return true;
}

/** "Hattie Gulliver-Rees": a cited author's name that is also a given name, before a surname that is no term or English word, is a person's given name. */
function authorAsGiven(lowered: string[]): boolean {
  return (
    lowered.length >= 2 &&
    RESEARCH_AUTHORS.has(lowered[0]) &&
    isFirstName(lowered[0]) &&
    lowered.slice(1).every((token) => !isTerm(token) && (isLastName(token) || token.split('-').every((part) => !isEnglishWord(part) && !isCommonWord(part))))
  );
}

function tokensOf(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

// The middle names that say a name is Vietnamese ("Van", "Thi", "Duc"): "Mr Do Good lesson" is not one.
const VIETNAMESE_MIDDLE = /^(?:V[aă]n|Th[iị]|[ĐD][uứ]c|Minh|H[uữ]u|Ng[oọ]c|Thanh|Qu[oố]c|Xu[aâ]n|Ho[aà]ng|Kim|Anh|Thu|Th[uú]y|Hong|Hồng|Bảo|Bao|Gia|Phương|Phuong|Tr[uọ]ng|C[oô]ng|Đình|Dinh|Tu[aấ]n)$/u;
const VIETNAMESE_SURNAME = /^(?:Nguy[eễ]n|Tr[aầ]n|L[eê]|Ph[aạ]m|Ho[aà]ng|Hu[yỳ]nh|Phan|V[uũ]|V[oõ]|[ĐD][aặ]ng|B[uù]i|[ĐD][oỗ]|H[oồ]|Ng[oô]|D[uư][oơ]ng|L[yý])$/u;

// Words that start the sentence after a name rather than end it ("Mrs Joy Great lesson today").
const SENTENCE_WORD_AFTER_NAME = /^(?:good|great|excellent|outstanding|strong|weak|poor|fine|lovely|brilliant|also|very|really|then|now|still|year|yr|lesson|today|said|says|agreed|thinks)$/;

/** Trim a trailing token that is clearly not part of the name (e.g. "Tom Also", "Khan Said"). */
function trimName(name: string, next = '', titled = false): string {
  const tokens = tokensOf(name);
  // "Nguyen Van Hung", "Tran Thi Mai": a Vietnamese surname leads a name whose later parts are
  // often English words ("Hung", "Long", "Thanh"); they are the person's, not the sentence's.
  // Not where the run was cut short by its length ("Nguyen Thi Thu Trang"): then trimmed as before.
  const first = TITLE_ONLY.test(tokens[0] ?? '') ? 1 : 0;
  if (tokens.length - first === 3 && VIETNAMESE_SURNAME.test(tokens[first]) && VIETNAMESE_MIDDLE.test(tokens[first + 1]) && !/^ \p{Lu}/u.test(next)) return name;
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1];
    const low = last.toLowerCase();
    const previous = tokens[tokens.length - 2];
    // "Mr Will Brown", "Mrs Sky Wood": after a title, a given name that is a word still opens a name.
    const titledGiven = (titled || first === 1) && tokens.length - first === 2 && wordGivenName(previous.toLowerCase()) && !SENTENCE_WORD_AFTER_NAME.test(low);
    const givenBefore = isFirstName(previous.toLowerCase()) || /^[A-Z][a-z]+-[a-z]+$/.test(previous) || (wordGivenName(previous.toLowerCase()) && properNounOnly(low)) || titledGiven;
    // "Ingrid van der Berg": a surname after a particle stays whatever the lexicon says.
    if (SURNAME_PARTICLE.test(previous)) break;
    // "Mr T. Wood": after a title and an initial, the word is the surname.
    if ((titled || first === 1) && /^[A-Z]\.?$/.test(previous) && (isLastName(low) || !isCommonWord(low) || (isNoun(low) && !/s$/.test(low) && !SENTENCE_OPENING_NOUN.test(low)))) break;
    if (DOMAIN.has(low) || NOTE_ABBREVIATIONS.has(low) || ORG_IN_NAME.test(last) || (isCommonWord(low) && !isFirstName(low) && !isLastName(low) && !givenBefore)) tokens.pop();
    else break;
  }
  return tokens.join(' ');
}

// The words before the role describe it ("lead", "salaried computing"): an article, a verb or a
// count there means the comma opened a new clause ("Farol, met the head", "Reception, 2 SD trainees").
// A quantifier there is no qualifier of the role ("two heads" is no kind of head). "both", "all
// three", "the other" say the role is shared with the names before; a count alone ("Prof. Obi, two
// heads, a CEO") is the next item of a list. Whole words only: "all-through lead", "one-to-one tutor" are qualifiers.
const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten)(?![\\w-])';
const QUANTIFIER = `(?:(?:both|all|each|every|several|some|many|most|few|other)(?![\\w-])|${COUNT})`;
const SHARED = `(?:both|all|each|other)(?![\\w-])(?:${SP}+${COUNT})?`;
const ROLE_QUALIFIER = `(?:(?!(?:the|a|an|and|or|met|meet|with|w|to|of|for|by|from|in|at|on|is|was|as|\\d+)\\b|${QUANTIFIER})[\\w.&-]+${SP}+)`;
const APPOSITION_AFTER = new RegExp(`^${SP}*(?:(?:,|${SP}=)${SP}*(?:the${SP}+|our${SP}+|an?${SP}+)?(?:${SHARED}${SP}+)?(${ROLE_QUALIFIER}{0,2}${ROLE_PATTERN})\\b(?=${SP}*(?:[,.;:)\n]|$))|${SP}*\\(${SP}*(?:(?:the${SP}+)?${SHARED}${SP}+)?(${ROLE_QUALIFIER}{0,3}${ROLE_PATTERN})${SP}*\\))`, 'i');
const QUANTIFIED = new RegExp(`^${SP}*(?:,|${SP}=|\\()${SP}*(?:(?:the|our|an?)${SP}+)?${SHARED}`, 'i');

/**
 * The role an apposition after a name gives it ("Adaeze Obi, lead mentor,", "Jade (Y2 trainee)"),
 * and how much text it takes with the name. One a quantifier shares ("Hannah Lee and Joy Tan, both
 * trainees") gives each name the role and stays, as it says something of the names together.
 */
function appositionAfter(after: string): { role: string; length: number } | null {
  const apposition = APPOSITION_AFTER.exec(after);
  if (!apposition) return null;
  const role = (apposition[1] ?? apposition[2]).trim();
  return QUANTIFIED.test(apposition[0]) ? { role: singularRole(role), length: 0 } : { role, length: apposition[0].length };
}
const ROLE_BRACKET_OPENING = new RegExp(`^${SP}*\\(${SP}*(${ROLE_QUALIFIER}{0,2}${ROLE_PATTERN}(?:${SP}+of${SP}+(?:the${SP}+)?[\\p{L}&-]+)?)${SP}*,`, 'iu');
// English universities in ITE whose short names hold a surname or a given name.
const UNIVERSITY_SHORT_NAME = /\b(?:Sheffield Hallam|Leeds Beckett|Leeds Trinity|Oxford Brookes|Liverpool John Moores|Liverpool Hope|Anglia Ruskin|Nottingham Trent|Edge Hill|Bath Spa|York St John|Canterbury Christ Church|Bishop Grosseteste|De Montfort|Royal Holloway|Queen Mary|Goldsmiths|Plymouth Marjon|Manchester Met|Cardiff Met)\b/g;
const VERB_CONTEXT_BEFORE = /\b(?:will|would|can|could|should|must|may|might|shall|to|does|do|did|also)[ \t]+$/i;
const ROLE_BEFORE = new RegExp(`\\b(${ROLE_PATTERN})${SP}*\\(?${SP}*$`, 'i');
const ROLE_NUMBER_BEFORE = new RegExp(`(${ROLE_PATTERN})${SP}*(?:\\d+${SP}*)?$`, 'i');
const TITLE_ONLY = new RegExp(`^${TITLE}$`);

// What joins a name to the next one of its list ("Amy + Dan", "Amy, and Dan"), up to that name.
const JOINS = '\\+|&|and|,[ \\t]*and|,';
const JOINED_TO_NEXT = `[ \\t]*(${JOINS})[ \\t]*$`;
// A name, not initials, may be joined by a slash too: "RM / Shazia Akhtar" pairs an inspector's initials with someone else.
const NAME_JOINED_TO_NEXT = `[ \\t]*(${JOINS}|\\/)[ \\t]*$`;
// Two letters: three are more often an acronym no list holds ("PRU, Amy and Dan").
const INITIALS_JOINED_BEFORE = new RegExp(`(?<![\\p{L}\\d'’&/.-])([A-Z]{2})${JOINED_TO_NEXT}`, 'u');
const GIVEN_JOINED_BEFORE = new RegExp(`(?<![\\p{L}\\d'’-])(\\p{Lu}\\p{Ll}+)${NAME_JOINED_TO_NEXT}`, 'u');
const INITIALS_IN_BRACKETS = /^[ \t]*\(((?:[A-Z]|Ma?c(?=[A-Z])){2,4}[A-Z]?)\)/;

/** Initials made of the first letters of every word of a name of two words or more. */
function ownInitials(name: string, initials: string): boolean {
  const tokens = tokensOf(name);
  if (tokens.length < 2) return false;
  // Each word gives its first letter, or its two capitals where it has two: "Paddy O'Connell (POC)",
  // "Sarah McAllister (SMcA)", "Ailsa Macrae-Obi (AMO)".
  let ways = [''];
  for (const token of tokens) {
    const first = token.charAt(0).toUpperCase();
    const second = /^\p{L}['’](\p{Lu})/u.exec(token)?.[1] ?? /^(?:Ma?c)(\p{Lu})/u.exec(token)?.[1] ?? /^\p{L}+-(\p{Lu})/u.exec(token)?.[1];
    const options = second ? [first, first + second, `${token.startsWith('Mac') ? 'Mac' : token.startsWith('Mc') ? 'Mc' : first}${second}`] : [first];
    ways = ways.flatMap((way) => options.map((option) => way + option)).filter((way) => initials.startsWith(way));
  }
  return ways.includes(initials);
}
const EMAIL = /(?<![\p{L}\p{N}_.+-])([\p{L}\p{N}_.+-]+)@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;

const MAILBOX_WORDS = new Set('enquiries enquiry info admin office reception admissions placements partnership partnerships noreply contact support helpdesk psi mail team hr finance'.split(' '));

/** An address's local part with an initial, a name, or a word no dictionary knows: a person's, not an office's. */
const personalMailbox = (local: string) =>
  local
    .toLowerCase()
    .split(/[._+\-\d]+/)
    .filter(Boolean)
    .some((part) => part.length === 1 || isFirstName(part) || isLastName(part) || !(MAILBOX_WORDS.has(part) || isEnglishWord(part) || looksEnglish(part) || isTerm(part) || NOTE_ABBREVIATIONS.has(part) || KNOWN_ACRONYMS.has(part.toUpperCase())));

/** Names and their replacements in one text; the roster maps name tokens to a role across the document. */
function findHits(text: string, aggressive = false, personSpots: readonly number[] = [], spotRoles: ReadonlyMap<number, string> = new Map()): Hit[] {
  const abroad = ABROAD.test(text);
  const countryCodeHere = (letters: string) => COUNTRY_CODES.has(letters) && (abroad || DOMESTIC_ABBREVIATIONS.has(letters) || /^(?:UK|GB|US|USA|UAE|KSA)$/.test(letters));
  // Letters that are no one's initials here: an acronym, or a country code where the notes would abbreviate one.
  const notInitialsHere = (letters: string) => KNOWN_ACRONYMS.has(letters) || countryCodeHere(letters);
  const hits: Hit[] = [];
  const roster = new Map<string, string>(); // name token (lower case) → role phrase
  // Cited authors' names found here as a person's given name ("Hattie Gulliver-Rees"): later mentions are the person.
  const authorsNamed = new Set<string>();
  const firstSaid = new Map<string, string>(); // name token → replacement used when first named without a role
  // Characters already claimed by a hit: a mask keeps overlap checks O(name length), not O(hits).
  const mask = new Uint8Array(text.length + 1);
  // Universities that train teachers, named without "University" ("Sheffield Hallam's link tutor",
  // "Oxford Brookes PGCE"): claimed for no hit, as festivals are below, so no rule takes a word of them.
  for (const match of text.matchAll(UNIVERSITY_SHORT_NAME)) mask.fill(1, match.index, match.index + match[0].length);
  // A festival's name is no one's: claimed for no hit, so no rule reads its words as a person
  // ("around Hari Raya and Songkran"). A title before it makes it a name ("Mr Hari Raya").
  for (const match of text.matchAll(FESTIVAL_PHRASE)) if (!TITLE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) mask.fill(1, match.index, match.index + match[0].length);
  const aliases: Array<{ initials: string; written: string; hit: Hit }> = [];
  const taken = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (mask[i]) return true;
    return false;
  };
  /** Claim a hit, run on over its surname, particles and nickname; returns the nickname, if any. */
  const pushHit = (hit: Hit): string | null => {
    const found = hit.name;
    extendOverSurname(text, hit, mask);
    // A surname taken this way is remembered, so "Albuquerque" alone later is known too.
    if (hit.name !== found) remember(hit.name.slice(found.length).trim(), null);
    extendBeforeName(text, hit, mask);
    const nickname = extendOverNickname(text, hit, mask);
    if (nickname) {
      const named = hit.name;
      extendOverSurname(text, hit, mask, true);
      // The short form and the surname after it are this person wherever they come again.
      for (const part of [nickname, hit.name.slice(named.length).trim()]) {
        if (!part) continue;
        remember(part, null);
        if (hit.replacement && !firstSaid.has(part.toLowerCase())) firstSaid.set(part.toLowerCase(), hit.replacement.toLowerCase());
      }
    }
    // "Dr Helen Ashworth (HA)": the initials the notes will use for her go with the name.
    const initials = hit.replacement ? INITIALS_IN_BRACKETS.exec(ahead(text, hit.end)) : null;
    // Only the person's own initials ("Helen Ashworth (HA)"), not an acronym after a name ("(PGTA)").
    const own = initials !== null && ownInitials(hit.name, initials[1]);
    if (initials && own && unclaimed(mask, hit.end, hit.end + initials[0].length)) {
      hit.end += initials[0].length;
      // Looked for later in capitals only, so "Nia Owen (NO)" leaves "No concerns" alone. Letters
      // that are an acronym or a country's code ("Maria Ortiz (MO)") go with the name here, but are
      // not read as her wherever they come again.
      if (!notInitialsHere(initials[1]) || REGIONS_PHASES_AND_ROUTES.has(initials[1])) aliases.push({ initials: initials[1].toLowerCase(), written: initials[1], hit });
    }
    hits.push(hit);
    mask.fill(1, hit.start, hit.end);
    return nickname;
  };
  const remember = (name: string, role: string | null) => {
    for (const token of tokensOf(name)) {
      const key = token.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
      // "St." of "Desmond St. Hilaire" is no name of his: "St. Augustine" stays.
      if (key.length > 1 && !roster.has(key) && !NOTE_ABBREVIATIONS.has(key) && key !== 'st' && key !== 'saint') roster.set(key, role ?? '');
    }
  };

  /** What a name the roster knows is said as: "the <role>" where it has one, else what it was first said as. */
  const rosterReplacement = (key: string): string | undefined => {
    const role = roster.get(key);
    return role ? `the ${role.replace(/^(?:the|a|an)\s+/i, '')}` : firstSaid.get(key);
  };

  const addHit = (start: number, end: number, name: string, role: string | null, fallback: string) => {
    if (taken(start, end)) return;
    pushHit({ start, end, name, replacement: role ? withArticle(role) : fallback });
    remember(name, role);
    if (!role) for (const token of tokensOf(name)) firstSaid.set(token.toLowerCase(), fallback);
  };

  // Pass 0: a person's email address ("sarah.jones@school.org", "k.adeyemi@…") spells their name,
  // and no rule below reads one: the whole address goes. A mailbox ("iqts.policy@…") stays.
  for (const match of text.includes('@') ? text.matchAll(EMAIL) : []) {
    if (personalMailbox(match[1])) pushHit({ start: match.index, end: match.index + match[0].length, name: match[0], replacement: '(email address)' });
  }

  // A role, a colon and the person in brackets ("(mentor: Gareth)"): the role says who.
  for (const match of aggressive ? text.matchAll(ROLE_COLON_NAME) : []) {
    const run = match[2];
    const tokens = tokensOf(run).filter((token) => !TITLE_ONLY.test(token));
    if (/s$/i.test(match[1]) || tokens.length === 0 || !tokens.every((token) => /^\p{Lu}/u.test(token))) continue;
    if (!personAside(tokens)) continue;
    const start = match.index + match[0].indexOf(match[1]) + match[1].length;
    if (taken(start, match.index + match[0].length)) continue;
    // Claimed before the passes that would read the name alone, so it keeps its role.
    pushHit({ start, end: match.index + match[0].length, name: run, replacement: '' });
    remember(run, match[1]);
  }

  // Pass 1: a role word before a titled or bare name ("HT Mrs Chen", "trainee Amira Khan", "mentor Carlos").
  // The role is matched case-insensitively, the name case-sensitively (a name is capitalised).
  const roleInitials: Array<{ index: number; role: string; initials: string; length: number }> = [];
  for (const match of text.matchAll(ROLE_SCAN)) {
    const role = match[1];
    INITIALS_AFTER_ROLE.lastIndex = match.index + role.length;
    const initials = INITIALS_AFTER_ROLE.exec(text);
    if (initials) roleInitials.push({ index: match.index, role, initials: initials[1], length: role.length + initials[0].length });
    if (!ROLE_WORD.test(role.trim())) continue;
    // "Cerys mentors Connor", "Mr Obi tutors two trainees": a plural role word after a name is its verb.
    const nameBefore = /(\p{Lu}[\p{Ll}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, match.index - 30), match.index));
    if (nameBefore && /^(?:mentors|tutors|leads|heads|chairs|directs|coordinates|manages)$/i.test(role.trim()) && (isFirstName(nameBefore[1].toLowerCase()) || isLastName(nameBefore[1].toLowerCase()) || !isCommonWord(nameBefore[1].toLowerCase()))) continue;
    // "International Qualified Teacher Status": a capitalised role word inside a title-case name.
    const lineBefore = text.slice(Math.max(0, match.index - 30), match.index).split('\n').pop() ?? '';
    if (/^[A-Z]/.test(role) && /[A-Z][a-z][\w'’]*[ \t]+$/.test(lineBefore) && !/[.!?:;][ \t]+$/.test(lineBefore)) continue;
    FOLLOWING_NAME.lastIndex = match.index + match[0].length;
    const follow = FOLLOWING_NAME.exec(text);
    if (!follow) continue;
    const parenthesised = follow[1] !== undefined;
    const nameStart = follow.index + follow[0].length - follow[2].length;
    const name = trimName(follow[2], ahead(text, nameStart + follow[2].length));
    const tokens = tokensOf(name);
    const after = ahead(text, nameStart + name.length);
    const before = text.slice(Math.max(0, nameStart - 40), nameStart);
    const titled = TITLE_ONLY.test(tokens[0] ?? '');
    const nameTokens = (titled ? tokens.slice(1) : tokens).filter((token) => !/^[A-Z]\.?$/.test(token) || tokens.length > 1);
    if (nameTokens.length === 0) continue;
    // "RL North East", "CEO Ouseburn CAT": a region, or an organisation its acronym names, is where the role is.
    if (!titled && COMPASS_WORD.test(nameTokens[0]) && (COMPASS_WORD.test(nameTokens[1] ?? '') || /^[ \t-]+(?:east|west)\b/i.test(after))) continue;
    if (!titled && nameTokens.length === 1 && ORGANISATION_ACRONYM_AFTER.test(after) && !isFirstName(nameTokens[0].toLowerCase()) && !wordGivenName(nameTokens[0].toLowerCase())) continue;
    // After a role word a capitalised word is a name unless it is a place, a school or a term.
    const roleLower = /^[a-z]/.test(role);
    // "trainee Jordan (PGTA)", "mentor Sydney": straight after a lower-case singular role, a given
    // name that is also a place is the person; "HT Mombasa", "trainees Lahore" are where people are.
    const placeGiven =
      roleLower && !titled && !parenthesised && !/s$/i.test(role.trim()) && nameTokens.length === 1 && GIVEN_NAMES.has(nameTokens[0].toLowerCase()) && !ORG_WORDS.test(after.trimStart());
    // "Trainee Summer Hayward", "Trainee April Kowalczyk": a given name that is a calendar word is
    // judged by its surname, as in Pass 4.
    const wordGiven = nameTokens.length >= 2 && wordGivenName(nameTokens[0].toLowerCase()) && !isTerm(nameTokens[1].toLowerCase()) && !isPlace(nameTokens[1].toLowerCase());
    if (!placeGiven && !isNameLike(wordGiven ? nameTokens.slice(1) : nameTokens, after, before, !roleLower)) continue;
    // "trainee (Form 3 chem…)", "trainee Year 9": a word before a number is a class or year group.
    if (nameTokens.length === 1 && /^[ \t]+\d/.test(after) && isEnglishWord(nameTokens[0].toLowerCase())) continue;
    // After a plural role ("trainees Noor + Kavya") the name must look like one: "teachers Where…" is a table.
    if (!titled && /s$/i.test(role) && !positionalName(nameTokens)) continue;
    // "trainee Poppy": a capitalised word after a lower-case role word is a name even if the
    // lexicon knows it as a noun; after a capitalised role ("Trainee Survey") it must look like one.
    if (!titled && nameTokens.length === 1 && !roleLower && isCommonWord(nameTokens[0].toLowerCase()) && !isFirstName(nameTokens[0])) continue;
    if (!titled && isPlacePhrase(nameTokens) && !placeGiven) continue;
    // "mentor (Sliema)", "head (Lusaka)": one unknown word in brackets after a role is where the
    // person works far more often than who they are; a listed given name or surname still counts.
    if (parenthesised && !titled && nameTokens.length === 1 && !isFirstName(nameTokens[0]) && !listedGiven(nameTokens[0].toLowerCase()) && !isLastName(nameTokens[0].toLowerCase())) continue;
    let end = nameStart + name.length;
    const roleText = role.trim();
    // "trainees Noor + Kavya", "mentors Tom, Sarah and Ali", "trainees (Amira, Ben + Chidi)":
    // further names joined to the first.
    const listed = [...nameTokens];
    let count = 1;
    for (;;) {
      const more = LIST_CONTINUATION.exec(ahead(text, end));
      if (!more || !positionalName(tokensOf(more[1]))) break;
      end += more[0].length;
      listed.push(...tokensOf(more[1]));
      count++;
    }
    if (parenthesised) {
      // "Mentor (Mr Rashid) v. knowledgeable", "trainees (Amira, Ben + Chidi) said": drop the
      // bracketed names, keep the role as written.
      const close = /^\s*\)/.exec(ahead(text, end));
      let start = match.index + match[0].length;
      if (close) {
        end += close[0].length;
        while (start > 0 && text[start - 1] === ' ') start--;
      } else {
        // "mentor (Amira, Y5)": the bracket stays for what follows the name.
        start = nameStart;
        end += /^[ \t]*(?:,[ \t]*|-[ \t]+)?/.exec(ahead(text, end))![0].length;
      }
      if (taken(start, end)) continue;
      pushHit({ start, end, name: listed.join(' '), replacement: '' });
      for (const token of listed) roster.set(token.toLowerCase(), singularRole(roleText));
      continue;
    }
    if (taken(match.index, end)) continue;
    // "her mentor Zhang Wei", "a trainee's mentor Ms Yoon": the determiner is already there.
    const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index));
    // "English lead Ms Adeyemi", "secondary PGCE lead Dr Adebayo": the words naming the role go
    // after the article ("the English lead", not "English the lead").
    const kept = determined ? '' : roleQualifiers(text, match.index);
    const start = match.index - kept.length;
    if (kept && taken(start, match.index)) continue;
    // The qualifiers stay as written ("the English lead"); a capitalised role word does not ("Lead" → "lead").
    const nickname = pushHit({ start, end, name: nameTokens.join(' '), replacement: determined ? asWritten(roleText) : roleFor(kept + (kept ? roleText : asWritten(roleText)), count) });
    // Each person named is one of the role: "Ben" later is "the trainee", not "the trainees".
    for (const token of nickname ? [...listed, nickname] : listed) roster.set(token.toLowerCase(), singularRole(asWritten(roleText)));
  }

  // Pass 1b: a role written in capitals before a name ("TI Ravinder to 2 PVIs", "EE Prof. Tresize visited").
  for (const match of text.matchAll(UPPER_ROLE)) {
    FOLLOWING_NAME.lastIndex = match.index + match[0].length;
    const follow = FOLLOWING_NAME.exec(text);
    if (!follow || follow[1] !== undefined) continue;
    const name = trimName(follow[2]);
    const tokens = tokensOf(name);
    const nameTokens = TITLE_ONLY.test(tokens[0] ?? '') ? tokens.slice(1) : tokens;
    const nameStart = follow.index;
    if (nameTokens.length === 0 || !isNameLike(nameTokens, ahead(text, nameStart + name.length), text.slice(Math.max(0, nameStart - 40), nameStart), true)) continue;
    if (nameTokens.length === 1 && !TITLE_ONLY.test(tokens[0]) && dictionaryWord(nameTokens[0])) continue;
    const end = nameStart + name.length;
    if (taken(match.index, end)) continue;
    const role = asWritten(match[1]);
    pushHit({ start: match.index, end, name: nameTokens.join(' '), replacement: withArticle(role) });
    for (const token of nameTokens) if (token.length > 1) roster.set(token.toLowerCase().replace(/\.$/, ''), role);
  }
  // "Mr HK", "Mrs JB": initials after a title are a person, whatever else the letters could be.
  for (const match of text.matchAll(TITLED_INITIALS)) {
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    pushHit({ start: match.index, end, name: match[1], replacement: 'a member of staff' });
    if (!notInitialsHere(match[1])) roster.set(match[1].toLowerCase(), '');
  }

  // Pass 2: titles ("Mrs Lloyd", "Prof. Ian Marsh, programme director", "Dr Okafor (iQTS prog lead)").
  for (const match of text.matchAll(TITLED)) {
    // "Sir Jonathan North Community College", "Sir Robert Geffery's School": a school named for a person.
    // The run may have taken the organisation word itself ("Sir John Barrow School"): read on from the title.
    if (/^(?:Sir|Dame|Alhaji|Alhaja|Mwalimu|Ustadh|Ustaz|Kyria|Kyrios|Sheikh|Sheikha|Shaikh|Shaykh|Datuk|Dato)/i.test(match[1])) {
      const afterTitle = ahead(text, match.index + match[1].length);
      if (ORGANISATION_NAME_AHEAD.test(afterTitle) || SCHOOL_NAME_AHEAD_ANY_CASE.test(afterTitle)) continue;
    }
    const name = trimName(match[2], ahead(text, match.index + match[0].length), true);
    const tokens = tokensOf(name).filter((token) => !/^[A-Z]\.?$/.test(token));
    if (tokens.length === 0) {
      // "Spoke to Mrs B. Next steps…": a title and initials alone are a person the notes shorten.
      if (PERSON_ONLY_TITLE.test(match[1]) && /^(?:[A-Z]\.?[ \t]*){1,3}$/.test(name.trim())) {
        // The initial's full stop stays: it may end the sentence too ("Mrs B. Next steps").
        const end = match.index + match[1].length + (match[0].length - match[1].length - match[2].length) + name.trimEnd().replace(/\.$/, '').length;
        addHit(match.index, end, match[0].slice(0, end - match.index), null, personFallback(text, match.index));
      }
      continue;
    }
    const low = tokens.map((token) => token.toLowerCase());
    // "Sr Lead", "Prof Development", "Ms Teams": an abbreviation or a product, not a person. After a
    // title that is only ever a person's ("Mr Eid", "Mrs May", "Dr Christmas") a term is a surname.
    if (low.every((token) => DOMAIN.has(token)) && (!PERSON_ONLY_TITLE.test(match[1]) || low.some((token) => PRODUCT_WORDS.has(token)))) continue;
    const start = match.index;
    let end = start + match[1].length + (match[0].length - match[1].length - match[2].length) + name.length;
    const after = ahead(text, end);
    const apposition = appositionAfter(after);
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    let role: string | null = null;
    if (apposition) {
      role = apposition.role;
      end += apposition.length;
    } else if (before && ROLE_WORD.test(before[1].trim()) && !VERB_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - before[0].length - 12), start - before[0].length))) {
      // ("will lead Mr Brown through induction": a role word after a modal or "to" is a verb, and
      // the name is read alone, below.)
      role = asWritten(before[1].trim());
      // "DSL Mrs Wood:", "met the DSL Mrs Wood", "DSL (Mrs Wood)": the role is already written, so
      // the name goes with the role word (Pass 1 does this for names it reads; this is a titled
      // name it did not, a surname that is a word).
      const roleStart = start - before[0].length;
      if (before[0].includes('(')) {
        const close = /^[ \t]*\)/.exec(ahead(text, end));
        if (close) {
          let from = start - (before[0].length - before[0].indexOf('('));
          while (from > 0 && text[from - 1] === ' ') from--;
          if (!taken(from, end + close[0].length)) {
            pushHit({ start: from, end: end + close[0].length, name: tokens.join(' '), replacement: '' });
            remember(tokens.join(' '), role);
            continue;
          }
        }
      } else if (!taken(roleStart, end)) {
        const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, roleStart - 12), roleStart));
        pushHit({ start: roleStart, end, name: tokens.join(' '), replacement: determined ? role : withArticle(role) });
        remember(tokens.join(' '), role);
        continue;
      }
    } else {
      role = low.map((token) => roster.get(token)).find((value) => value) ?? null;
    }
    addHit(start, end, tokens.join(' '), role, 'a member of staff');
    // "Mrs Quigley", "Dr Perdita Gathercole": a researcher's surname the notes give a person, by a
    // person's title or with a given name, is that person later too ("Quigley: …", "w/ Gathercole").
    if (PERSON_ONLY_TITLE.test(match[1]) || tokens.length >= 2) for (const token of low) if (RESEARCH_AUTHORS.has(token)) authorsNamed.add(token);
  }

  // Pass 3: initials with a surname ("K. Adeyemi", "J.Smith").
  for (const match of text.matchAll(INITIAL_SURNAME)) {
    const surname = match[1].replace(/^(?:[A-Z](?:-[A-Z])?\.\s?)+/, '');
    if (DOMAIN.has(surname.toLowerCase()) || isCommonWord(surname.toLowerCase()) || ORG_WORDS.test(surname)) continue;
    if (ORG_WORDS.test(ahead(text, match.index + match[0].length).trimStart())) continue;
    let end = match.index + match[0].length;
    const apposition = appositionAfter(ahead(text, end));
    let role = roster.get(surname.toLowerCase()) || null;
    if (apposition) {
      role = apposition.role;
      end += apposition.length;
    }
    addHit(match.index, end, match[1], role, personFallback(text, match.index));
  }

  // Pass 3b: "Grace (Grace Bristol)", "Hunter (Hunter Baker)": a given name repeated at the head of
  // a bracket with a surname is a person, whatever else the words are.
  for (const match of aggressive ? text.matchAll(REPEATED_GIVEN) : []) {
    const [whole, given, surname] = match;
    const givenLow = given.toLowerCase();
    if (ORG_IN_NAME.test(surname) || ORG_WORDS.test(ahead(text, match.index + whole.length)) || NOT_SURNAME.test(surname) || ROLE_WORD.test(surname) || isTerm(givenLow)) continue;
    // "Newport (Newport Pagnell)", "Art (Art Mark) accreditation": a place, or a given name before another given name that is a word.
    if (!(isFirstName(givenLow) || wordGivenName(givenLow)) || isPlace(givenLow) || wordGivenName(surname.toLowerCase()) || placeShaped([givenLow, surname.toLowerCase()])) continue;
    // "placed across Milton (Milton Keynes)", "Lincoln (Lincoln Minster) school": a place, by where it stands.
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const afterBracket = ahead(text, match.index + whole.length).replace(/^[ \t]*[),]/, '');
    if (placeByPosition(before, ' (') || PLACE_LIST_BEFORE.test(before) || PLACE_WORD.test(surname.toLowerCase()) || /^[ \t]+(?:is the lead school|school|academy|college|hub|partnership|site)\b/i.test(afterBracket)) continue;
    const inner = match.index + whole.indexOf('(') + whole.slice(whole.indexOf('(')).indexOf(given);
    const role = null;
    addHit(inner, inner + given.length + whole.slice(inner - match.index + given.length).indexOf(surname) + surname.length, `${given} ${surname}`, role, personFallback(text, inner));
    addHit(match.index, match.index + given.length, given, role, personFallback(text, match.index));
  }

  // Pass 4: bare capitalised runs — a known first name, a roster name, a full name with a surname,
  // or a hyphenated given name ("Jun-seo Park"). Appositions supply the role where there is one.
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    let start = match.index;
    let run = match[1];
    // "Met Yusuf and …": a capitalised verb or article opening the line is not part of the name.
    // "Dev Patel", "Nat Okafor": a short form that is also a note abbreviation, before a surname, opens the name.
    const shortFormOpening = (lead: string[]) => shortFormBeforeSurname(lead[0].toLowerCase(), lead[1].toLowerCase());
    if (placeOfTwoWords(tokensOf(run))) continue;
    for (let lead = tokensOf(run); lead.length > 1 && (isCommonWord(lead[0].toLowerCase()) || NOTE_ABBREVIATIONS.has(lead[0].toLowerCase())) && !isFirstName(lead[0].toLowerCase()) && !isLastName(lead[0].toLowerCase()) && !wordGivenName(lead[0].toLowerCase()) && !shortFormOpening(lead); lead = tokensOf(run)) {
      const cut = run.indexOf(lead[1], lead[0].length);
      start += cut;
      run = run.slice(cut);
    }
    const tokens = tokensOf(trimName(run));
    if (tokens.length === 0 || taken(start, start + run.length)) continue;
    const low = tokens.map((token) => token.toLowerCase().replace(/['’]s$/, ''));
    const name = tokens.join(' ');
    const end = start + name.length;
    const after = ahead(text, end);
    const before = text.slice(Math.max(0, start - 30), start);
    const rostered = low.some((token) => roster.has(token));
    const first = !NOT_NAMES.has(low[0]) && isFirstName(low[0]) && !isPlace(low[0]);
    const surnameRun = tokens.length >= 2 && low.slice(1).some((token) => isLastName(token) || !isCommonWord(token)) && (first || isLastName(low[tokens.length - 1]));
    const hyphenatedGiven = tokens.length >= 2 && /^[A-Z][a-z]+-[a-z]+$/.test(tokens[0]) && !isCommonWord(tokens[0].split('-')[1]);
    // "Jade Okonjo", "Grace Mbeki": a first name that is also a word, with a surname no dictionary knows.
    // "Jordan Pattinson", "Florence Adeyemi": a given name that is also a place, before a surname no dictionary knows.
    const wordFirstWithSurname = tokens.length >= 2 && (wordGivenName(low[0]) || (isPlace(low[0]) && tagsOf(low[0]).some((tag) => /Name$|^Person$/.test(tag)))) && low.slice(1).every((token) => (!isCommonWord(token) || properNounOnly(token)) && !isEnglishWord(token) && !isPlace(token) && !isTerm(token));
    // "Phạm Thu Hà", "Lim Wei Jie": a surname written first before a given name.
    const surnameFirst = tokens.length >= 2 && SURNAME_FIRST.has(unaccented(low[0])) && isFirstName(low[tokens.length - 1]);
    // "Bethan Lloyd", "Eleftheria Papadaki": a given name only the large list holds, before a surname
    // that is no word, place or term. The surname is what makes a person likely here.
    // Not a town that opens so ("Melton Mowbray", "Santo Domingo Este"), whole or with words after it.
    const listedWithSurname =
      tokens.length >= 2 && !first && listedGiven(low[0]) && low.slice(1).every(surnameLike) && !low.some((_, i) => i > 0 && isTownOpeningWithUsGivenName(unaccented(low.slice(0, i + 1).join(' '))));
    // "Dev Patel", "Nat Okafor": a short form that notes also use as an abbreviation, before a surname.
    const shortFormRun = shortFormBeforeSurname(low[0], low[1]) && low.slice(1).every(surnameLike);
    if (!rostered && !first && !surnameRun && !hyphenatedGiven && !wordFirstWithSurname && !surnameFirst && !listedWithSurname && !shortFormRun) continue;
    // A name the notes gave a role earlier ("trainee Jordan") stays a name, even where it is also a place.
    const namedByRole =
      tokens.length === 1 && rostered && Boolean(roster.get(low[0])) && !ORG_WORDS.test(after.trimStart()) && !/\b(?:in|at|from|to|across|around|near|of|and)[ \t]+$/i.test(before) && !(isTerm(low[0]) && readAsDate(text, start, name));
    // A middle name may be a word elsewhere ("Phạm Thu Hà": "Thu" is also Thursday).
    // "Summer Hayward": the given name is a calendar word by design; the surname must pass.
    const surnameOnly = !surnameFirst && wordFirstWithSurname && !first;
    const judged = surnameFirst ? [tokens[0], tokens[tokens.length - 1]] : surnameOnly ? tokens.slice(1) : tokens;
    // wordFirstWithSurname has already judged the surname's words; the name test adds the context.
    if (!namedByRole && !isNameLike(judged, after, before, !surnameOnly)) continue;
    if (tokens.length === 1 && !rostered && isCommonWord(low[0]) && !isFirstName(low[0])) continue;
    // "taught in Florence", "Wyatt block", "st george's": a place or building a name also names.
    if (tokens.length === 1 && (placeOrBuilding(before, after) || PLACE_GROUP_AFTER.test(after) || ((wordGivenName(low[0]) || ADJECTIVES_READ_AS_WORDS.has(low[0])) && wordReadingAhead(low[0], after)))) continue;
    if (tokens.length === 1 && (namedInstitution(text, start, after) || placeByPosition(text.slice(Math.max(0, start - 60), start), after, rostered))) continue;
    const placeAfter = tokens.length >= 2 && low.slice(1).every((token) => isPlace(token));
    // "the Elizabeth Fry Building": a building named for a person.
    if (placeAfter || NAMED_BUILDING_AFTER.test(after)) continue;
    const apposition = appositionAfter(after);
    // "Ben (mentor, Seaham)": a bracket that opens with a role and goes on gives the name its role;
    // the bracket stays, and redactNames drops the role it would repeat.
    const opening = apposition ? null : ROLE_BRACKET_OPENING.exec(after);
    let role: string | null = null;
    let stop = end;
    if (apposition) {
      role = apposition.role;
      stop += apposition.length;
    } else if (opening) {
      role = asWritten(opening[1].trim());
    } else {
      role = low.map((token) => roster.get(token)).find((value) => value) ?? null;
      if (role && role.length) role = role.replace(/^(?:a|an|the)\s+/i, '');
    }
    const fallback = low.map((token) => firstSaid.get(token)).find((value) => value) ?? (TRAINEE_POSSESSION.test(after) ? 'a trainee' : personFallback(text, start));
    let replacement = role ? (roster.has(low[0]) && !apposition && !opening ? `the ${role.replace(/^(?:the|a|an)\s+/i, '')}` : withArticle(role)) : fallback;
    if (atSentenceStart(text, start)) replacement = upperFirst(replacement);
    if (taken(start, stop)) continue;
    pushHit({ start, end: stop, name, replacement });
    if (authorAsGiven(low)) authorsNamed.add(low[0]);
    remember(name, role);
    if (!role) for (const token of low) if (!firstSaid.has(token)) firstSaid.set(token, replacement.toLowerCase());
  }

  // Words of organisations' names written in these notes ("Penmore Valley University"): alone
  // elsewhere in them, such a word is the organisation, not a person ("no call from Penmore").
  const orgNamed = new Set<string>();
  for (const match of aggressive ? text.matchAll(ORG_WORD_AT) : []) {
    // "Schools", "University", "Infants": the word may run on; "Highlights", "Trusted" are not it.
    const rest = ORG_WORD_END.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 6));
    if (!rest) continue;
    const named = ORG_NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index));
    if (!named) continue;
    for (const token of tokensOf(named[1])) {
      const low = token.toLowerCase().replace(/['’]s$/, '');
      // "St Mary's Primary", "Grace Academy": a given name stays a name elsewhere.
      if (!isFirstName(low) && !WORD_FIRST_NAMES.has(low)) orgNamed.add(low);
    }
  }
  const organisation = (name: string) => tokensOf(name).every((token) => orgNamed.has(token.toLowerCase().replace(/['’]s$/, '')));
  /** Claim a name found by position; later mentions of it get the same replacement. */
  const claim = (start: number, end: number, name: string, role: string | null, replacement?: string) => {
    if (taken(start, end) || organisation(name)) return false;
    // "St Patrick's British School", "St. Bega's": a saint's name opens a school's, a church's or a
    // place's, never a person's; after a title or a given name "St." opens a surname ("Desmond St. Hilaire").
    if (SAINT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      const owner = SURNAME_SAINT_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      if (owner === undefined || !(TITLE_WORD.test(owner) || isFirstName(owner.toLowerCase()) || listedGiven(owner.toLowerCase()))) return false;
    }
    const text2 = replacement ?? (role ? withArticle(asWritten(role)) : personFallback(text, start));
    pushHit({ start, end, name, replacement: text2 });
    for (const token of tokensOf(name)) {
      const key = token.toLowerCase().replace(/['’]s$/, '');
      if (key.length < 2 || isPlace(key) || isTerm(key)) continue;
      if (role) roster.set(key, asWritten(role));
      else {
        if (!roster.has(key)) roster.set(key, '');
        if (!firstSaid.has(key)) firstSaid.set(key, text2.toLowerCase());
      }
    }
    return true;
  };
  /** Drop capitalised ordinary words that open a run ("Then Priya Shah said" → "Priya Shah"). */
  const trimLead = (start: number, run: string): [number, string] => {
    for (let tokens = tokensOf(run); tokens.length > 1 && (isCommonWord(tokens[0].toLowerCase()) || NOTE_ABBREVIATIONS.has(tokens[0].toLowerCase())) && !isFirstName(tokens[0].toLowerCase()) && !wordGivenName(tokens[0].toLowerCase()); tokens = tokensOf(run)) {
      const cut = run.indexOf(tokens[1], tokens[0].length);
      start += cut;
      run = run.slice(cut);
    }
    return [start, run];
  };

  // Pass 4b: a run with its role in brackets or after a comma ("Jade (Y2 trainee)", "Precious
  // Nyathi (maths apprentice)", "Deepa (alumni)"): the role is evidence enough, even for a first
  // name that is also an ordinary word.
  // Passes 4b and 6 read the same runs: scanned once.
  const apposedRuns = aggressive ? [...text.matchAll(APPOSED_RUN)] : [];
  for (const match of apposedRuns) {
    const [start, run] = trimLead(match.index, match[1]);
    const tokens = tokensOf(run);
    if (/^[A-Z]{2,3}$/.test(run) || !(positionalName(tokens) || givenBeforeWordSurname(tokens))) continue;
    if (ORG_WORDS.test(ahead(text, start + run.length).replace(/^[ \t]*\(/, '').trimStart())) continue;
    const apposition = appositionAfter(ahead(text, start + run.length));
    if (!apposition) {
      // "Will Hunter (chair of board, HT at …)": a bracket that opens with a role and goes on. The
      // bracket stays; the name is said by the role.
      const opening = ROLE_BRACKET_OPENING.exec(ahead(text, start + run.length));
      if (opening) claim(start, start + run.length, run, opening[1].trim());
      continue;
    }
    if (!claim(start, start + run.length + apposition.length, run, apposition.role)) continue;
    // "Mark Bell and Joy Chase, both ECTs": the runs listed before one that shares its role are
    // people too, however ordinary their words; shareRoleBack gives them the role.
    if (!QUANTIFIED.test(ahead(text, start + run.length))) continue;
    for (let end = start, listed = LISTED_BEFORE.exec(text.slice(Math.max(0, end - 80), end)); listed; listed = LISTED_BEFORE.exec(text.slice(Math.max(0, end - 80), end))) {
      const [earlierStart, earlier] = trimLead(end - listed[0].length, listed[1]);
      const earlierTokens = tokensOf(earlier);
      if (!(positionalName(earlierTokens) || givenBeforeWordSurname(earlierTokens)) || !claim(earlierStart, earlierStart + earlier.length, earlier, apposition.role)) break;
      end = earlierStart;
    }
  }

  // A verb of saying or reporting after a name ("Priya Ramanathan said", "Olu reckons").
  // A name said to hold a post is someone of the staff, or a trainee where that is the post.
  const posts = new Map<RegExpExecArray, string>();
  for (const match of text.matchAll(IS_A_ROLE)) {
    const post = ROLE_AFTER_ARTICLE.exec(ahead(text, match.index + match[0].length));
    // A trainee's post is "trainee" alone: "a trainee mentor", "the student support officer" are staff.
    const afterPost = post ? ahead(text, match.index + match[0].length + post[0].length) : '';
    if (post) posts.set(match, /\b(?:trainee|student)s?$/i.test(post[0]) && !/^[ \t]+\p{L}/u.test(afterPost) ? 'a trainee' : 'a member of staff');
  }
  for (const match of [...text.matchAll(SAYING_RUN), ...posts.keys()]) {
    const [start, run] = trimLead(match.index, match[1]);
    const tokens = tokensOf(run);
    // "Dir knows local schools": a post, shortened. Not with an aside ("Dev (computing, placement 2) said").
    const first = tokens[0].toLowerCase();
    const lone = tokens.length === 1 ? first : '';
    if (lone && !match[0].includes('(') && (ROLE_WORD.test(lone) || SHORT_POSTS.has(lone)) && !isFirstName(lone) && !GIVEN_NAMES.has(lone) && !wordGivenName(lone)) continue;
    // Finding and knowing are said of programmes and reports too ("Ofsted found", "Sparx knows"): only a known given name.
    if (match[2] !== undefined && !(isFirstName(first) || GIVEN_NAMES.has(first) || wordGivenName(first) || listedGiven(first) || roster.has(first))) continue;
    // "Summer said", "May agreed": a month or a season that is a given name, saying something, is a person.
    const verb = /\p{L}+$/u.exec(match[0])?.[0].toLowerCase() ?? '';
    // (One the notes named already is left to the later mentions, which say it as first said.)
    const calendarSays = lone !== '' && CALENDAR_GIVEN.test(lone) && wordGivenName(lone) && SPEAKING_VERB.test(verb) && !readAsDate(text, start, tokens[0]) && !roster.has(lone) && !firstSaid.has(lone);
    // "B teaches Y7-Y11", "Annex B taught": a letter labels a case or a document.
    if (!(positionalName(tokens) || sayerWithWordSurname(tokens) || calendarSays) || tokens[tokens.length - 1].length < 2) continue;
    // A lone ordinary word at a sentence start ("Staff said", "Most felt") is not a name; a given
    // name that is also a word is ("Lily said", "Blessing explained").
    if (lone && isCommonWord(lone) && !wordGivenName(lone) && !isFirstName(lone)) continue;
    // "trainees from Oakfield said…": after from/at/in an unknown word is a school or a place.
    if (/\b(?:from|at|in)[ \t]+$/.test(text.slice(Math.max(0, start - 6), start)) && !isFirstName(first) && !listedGiven(first) && !roster.has(first)) continue;
    claim(start, start + run.length, run, null, posts.get(match));
  }

  // A quotation's attribution: '"…" - Kavya', "'…' – T3, Raj", '"…" - Raj, Bengaluru'.
  for (const match of text.matchAll(QUOTE_ATTRIBUTION)) {
    const run = match[1];
    const tokens = tokensOf(run);
    if (!positionalName(tokens) || ROLE_WORD.test(run)) continue;
    const start = match.index + match[0].length - run.length;
    claim(start, start + run.length, run, null, /\bT\d+\b/.test(match[0]) ? 'a trainee' : undefined);
  }

  // Where only a person stands: a letter's greeting and sign-off, the first item after an
  // observation's number, and a full name labelled by a letter ("A = Marcelina Grzybowska, …").
  const linePatterns = [[GREETING, 1], [SIGN_OFF, 1], [OBS_HEADER, 1], [LABELLED_NAME, 2]] as const;
  for (let lineStart = 0; aggressive && lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    for (const [pattern, minTokens] of text.charCodeAt(lineStart) === 10 ? [] : linePatterns) {
      pattern.lastIndex = lineStart;
      const match = pattern.exec(text);
      if (!match) continue;
      const run = match[1];
      const tokens = tokensOf(run);
      if (tokens.length < minTokens || !positionalName(tokens) || tokens.some((token) => GROUP_NOUNS.test(token.toLowerCase()) || dictionaryWord(token) && !isFirstName(token) && !isLastName(token.toLowerCase()))) continue;
      const start = match.index + match[0].length - run.length;
      if (ORG_WORDS.test(ahead(text, start + run.length).trimStart())) continue;
      // "Obs: Oakfield Y3": one word shaped like an English place is where the lesson was.
      const lone = tokens.length === 1 ? tokens[0].toLowerCase() : null;
      if (pattern === OBS_HEADER && lone && PLACE_ENDING.test(lone) && !isFirstName(lone) && !listedGiven(lone)) continue;
      // Observations are of trainees.
      claim(start, start + run.length, run, null, pattern === OBS_HEADER ? 'a trainee' : undefined);
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }

  // A name alone in brackets: "(Kofi Mensah)", "mentor 1 (Tariq Mahmood)", "(Mrs Osei)".
  for (const match of aggressive ? text.matchAll(BRACKETED_NAME) : []) {
    const run = match[2];
    const tokens = tokensOf(run).filter((token) => !TITLE_ONLY.test(token));
    const low = tokens.map((token) => token.toLowerCase());
    if (!positionalName(tokens)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const roleBefore = ROLE_NUMBER_BEFORE.exec(before);
    // One word in brackets could be a school's short name: only a known first name, a roster
    // name or a title, or a name after a role word, counts.
    const single = tokens.length === 1 && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)/.test(run) && !isFirstName(low[0]) && !roster.has(low[0]) && !WORD_FIRST_NAMES.has(low[0]);
    // After a role too ("mentor (Sliema)", "head (Lusaka)") one unknown word is more often where the
    // person works; a listed surname, or a given name of the large US list ("mentor (Bethan)"), still counts.
    if (single && (!roleBefore || !(isLastName(low[0]) || listedGiven(low[0])))) continue;
    if (tokens.length > 1 && tokens.every((token) => isCommonWord(token.toLowerCase()) && !isFirstName(token.toLowerCase()))) continue;
    if (roleBefore && ROLE_WORD.test(roleBefore[1].trim())) {
      let start = match.index;
      while (start > 0 && text[start - 1] === ' ') start--;
      if (taken(start, match.index + match[0].length)) continue;
      pushHit({ start, end: match.index + match[0].length, name: tokens.join(' '), replacement: '' });
      for (const key of low) if (!isPlace(key)) roster.set(key, asWritten(roleBefore[1].trim()));
      continue;
    }
    const inner = match.index + 1 + match[1].length;
    claim(inner, inner + run.length, tokens.join(' '), null);
  }

  // Possessives about a person's work: "Freya's lesson", "Tendai Moyo's placement", "Amira's mentor".
  for (const match of aggressive ? text.matchAll(POSSESSIVE_RUN) : []) {
    if (!PERSONAL_POSSESSIONS.test(match[2]) && !PERSONAL_POSSESSIONS.test(match[2].split(/[ \t]+/)[1] ?? '')) continue;
    // "St Mary's Primary School", "King's College": a school, not a person's.
    if (ORG_WORDS.test(match[2]) || /(?:\bSt\.?|\bSaint)[ \t]*$/.test(text.slice(Math.max(0, match.index - 7), match.index))) continue;
    const [start, run] = trimLead(match.index, match[1]);
    const tokens = tokensOf(run);
    if (!positionalName(tokens)) continue;
    if (tokens.length === 1 && isCommonWord(tokens[0].toLowerCase()) && !wordGivenName(tokens[0].toLowerCase()) && !isFirstName(tokens[0].toLowerCase())) continue;
    claim(start, start + run.length, run, null, TRAINEE_POSSESSION.test(`'s ${match[2]}`) ? 'a trainee' : undefined);
  }

  // A person's initials in brackets after their role ("1 trainee (J.M.)"): the role says who; the
  // bracket goes. Or after a quotation ('"hard to think" (JKW)'): who said it. Found by the bracket,
  // then the role just before it: scanning for every role word first costs a pass over the text per rule.
  for (const match of aggressive ? text.matchAll(BRACKETED_INITIALS) : []) {
    const start = blanksBefore(text, match.index);
    const before = text.slice(Math.max(0, start - 60), start);
    const role = ROLE_RIGHT_BEFORE.exec(before)?.[1];
    const initials = match[1].replace(/\./g, '');
    const inner = match.index + match[0].indexOf(match[1]);
    if (role === undefined) {
      // Initials the notes use again ("RC shared it… (RC)") are left to the rules that learn their role;
      // the cheap tests first, the whole-text search for another use last.
      const saidBy = match[2] === ')' && QUOTE_CLOSED_BEFORE.test(before) && !notInitialsHere(initials) && !REGIONS_PHASES_AND_ROUTES.has(initials);
      const known = () => aliases.some((alias) => alias.written === initials) || roster.has(initials.toLowerCase()) || text.indexOf(initials) !== text.lastIndexOf(initials);
      if (saidBy && !known()) claim(inner, inner + match[1].length, match[1], null);
      // "(GA) to upload by Mon": initials that act are someone's, even where they spell a country.
      else if (match[2] === ')' && !KNOWN_ACRONYMS.has(initials) && !ROLE_OR_BODY_INITIALS.has(initials) && !spelledBefore(before, initials)) {
        const afterBracket = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
        if (OWN_INITIALS_ACTING.test(afterBracket) || /^[ \t]+will[ \t]+\p{Ll}/u.test(afterBracket)) claim(inner, inner + match[1].length, match[1], null);
      }
      continue;
    }
    // Dotted only: undotted capitals in brackets after a role are as often a subject, route, phase or
    // city ("trainee (PE)", "(FS)", "(MLD)", "mentor (KL)").
    if (/s$/i.test(role) || !match[1].includes('.')) continue;
    // "1 trainee (M.F., Ecuador)": the initials go, the rest of the bracket stays.
    if (match[2] === ')') claim(start, match.index + match[0].length, match[1], role, '');
    else claim(inner, match.index + match[0].length, match[1], role, '');
  }

  // Dotted initials standing alone are a person ("D.K., deputy principal", "met R.M."): notes write
  // acronyms without dots.
  for (const match of aggressive ? text.matchAll(/(?<![\p{L}\d.])((?:[A-Z]\.){2,3})(?![\p{L}\d])/gu) : []) {
    const initials = match[1];
    if (/^(?:U\.K\.|U\.S\.|U\.S\.A\.|U\.A\.E\.|N\.B\.|P\.S\.|A\.M\.|P\.M\.|E\.G\.|I\.E\.)$/.test(initials)) continue;
    const end = match.index + initials.length;
    const apposition = appositionAfter(ahead(text, end));
    if (apposition) claim(match.index, end + apposition.length, initials, apposition.role);
    else claim(match.index, end, initials, null, 'a member of staff');
  }

  // A name set off by commas after a determiner and its role ("The mentor, Kadri, knows…").
  for (const match of aggressive ? text.matchAll(COMMA_NAME) : []) {
    const start = blanksBefore(text, match.index);
    const determined = DETERMINED_ROLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (!determined) continue;
    const run = match[1];
    const tokens = tokensOf(run);
    if (!personAside(tokens)) continue;
    // From the comma after the role to the one after the name: "The mentor knows…".
    claim(start, match.index + match[0].length, run, determined[1], '');
  }

  // Whose mentor or tutor it is: "Hunter Price's personal tutor", "Grace's mentor". A person's
  // mentor or tutor belongs to a trainee; found by the "'s mentor" first, then the name before it.
  for (const match of aggressive ? text.matchAll(POSSESSED_ROLE) : []) {
    const owner = NAME_RUN_BEFORE.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (!owner) continue;
    // The whole capitalised run, or none of it: "Sheffield Hallam's link tutor" is a university's.
    if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, match.index - owner[1].length - 30), match.index - owner[1].length))) continue;
    const [start, run] = trimLead(match.index - owner[1].length, owner[1]);
    const tokens = tokensOf(run);
    // A run cut short by trimLead is no whole name either ("Brighton Aldridge's head").
    if (run !== owner[1] && !/^(?:Then|So|And|But|Also|Now)$/.test(tokensOf(owner[1])[0])) continue;
    if (tokens.some((token) => WEEKDAY_OR_MONTH.test(token) || isPlace(token.toLowerCase())) || !personAside(tokens)) continue;
    claim(start, match.index, run, 'trainee');
  }

  // What people call someone: "whom everyone calls Maarit" becomes "… calls by name".
  for (const match of aggressive ? text.matchAll(CALLED_NAME) : []) {
    const run = match[1];
    const tokens = tokensOf(run);
    const low = tokens[0].toLowerCase();
    if (!positionalName(tokens) || !(isFirstName(low) || listedGiven(low) || !isEnglishWord(low)) || ORG_WORDS.test(ahead(text, match.index + match[0].length).trimStart())) continue;
    claim(match.index + match[0].length - run.length, match.index + match[0].length, run, null, 'by name');
  }

  // Pass 5: unknown capitalised words opening a line before a bracketed detail ("Wanjiru (Nairobi)
  // flagged as struggling", "Oluwaseun Bakare (salaried, primary) - …"), or before a verb of
  // saying ("Olu said he'd sort it"): notes name people this way.
  const unknownName = (tokens: string[]) =>
    tokens.every((word) => {
      const low = word.toLowerCase();
      return !isTerm(low) && !isPlace(low) && !NOT_NAMES.has(low) && !NOTE_ABBREVIATIONS.has(low) && !ORG_IN_NAME.test(word) && (!isCommonWord(low) || isFirstName(low) || isLastName(low));
    }) && tokens.some((word) => !isCommonWord(word.toLowerCase()) && !(dictionaryWord(word) && !isFirstName(word) && !isLastName(word.toLowerCase())));
  // "Bill Wood (DHT)", "Faith Young, ECT lead": a given name (even one that is a word) and a
  // capitalised word after it, given a role: a person, whatever else the words mean.
  const givenWithSurname = (tokens: string[]) => {
    const low = tokens.map((token) => token.toLowerCase());
    return (
      tokens.length >= 2 &&
      (isFirstName(low[0]) || wordGivenName(low[0])) &&
      !NOT_SURNAME.test(tokens[1]) &&
      low.every((token) => !isTerm(token) && !isPlace(token) && !NOTE_ABBREVIATIONS.has(token)) &&
      tokens.every((token) => !ORG_IN_NAME.test(token) && !ORG_WORDS.test(token))
    );
  };
  // "Jade (hair + beauty) …", "Grace (Y4) …": a given name that is also a word, alone at a line's
  // start before a bracketed detail, is a person; months, seasons and colours ("Amber (3)") are not.
  const wordNameOpening = (tokens: string[]) => tokens.length === 1 && LINE_OPENING_WORD_NAMES.has(tokens[0].toLowerCase());
  for (const match of text.matchAll(/(^|\n)[ \t]*(?:[-*•][ \t]+)?((?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?[ \t]+){0,2}\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?)[ \t]+\((?:[A-Za-z][^)]*|Y\d+[^)]*)\)/gu)) {
    const run = match[2];
    const tokens = tokensOf(run);
    if (!unknownName(tokens) && !wordNameOpening(tokens)) continue;
    const start = match.index + match[0].indexOf(run, match[1].length);
    if (taken(start, start + run.length)) continue;
    const replacement = upperFirst(personFallback(text, start));
    pushHit({ start, end: start + run.length, name: run, replacement });
    remember(run, null);
    for (const token of tokens) firstSaid.set(token.toLowerCase(), replacement.toLowerCase());
  }
  // The same after a spaced dash inside a line, given and family name both ("Meanwood Grange
  // Primary - Thandeka Mabuza (PGCE, Y1) - phonics secure"): a school, then who was seen there.
  // The bracket must say what a trainee is (a route, a year group, a phase): "Kirkby Stephen (Y5)"
  // could be a school's village, but "Ebbsfleet Valley (Kent)" and "(Gloucs)" say where, not who.
  for (const match of text.matchAll(/[ \t][-–—][ \t]+((?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?[ \t]+){1,2}\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?)[ \t]+\((?:PGCE|PGDE|PGTA|SD|SCITT|AO|QTS|EYTS|HPITT|TF|salaried|fee[- ]funded|part[- ]time|ECT|NQT|trainee|apprentice)\b[^)\n]*\)/giu)) {
    const run = match[1];
    const tokens = tokensOf(run);
    // The i flag reads the run's capitals loosely: they must be capitals as written. Place words end no one's name.
    if (!tokens.every((token) => /^\p{Lu}/u.test(token)) || PLACE_SUFFIX.test(tokens[tokens.length - 1]) || !unknownName(tokens)) continue;
    const start = match.index + match[0].indexOf(run);
    if (taken(start, start + run.length)) continue;
    const replacement = personFallback(text, start);
    pushHit({ start, end: start + run.length, name: run, replacement });
    remember(run, null);
    for (const token of tokens) firstSaid.set(token.toLowerCase(), replacement.toLowerCase());
  }

  // Pass 6: a capitalised run with a role in apposition ("Adaeze (SENCO)", "Adaeze Obi, lead
  // mentor,"), initials given a role ("mentor JT", "KA (trainee)"), and an unknown capitalised word
  // after a verb of meeting or a preposition of company ("met with Chidi", "spoke to Ngozi").
  // Notes only (aggressive): report prose has too many capitalised terms the lexicon does not know.
  for (const match of apposedRuns) {
    const run = match[1];
    const start = match.index;
    const tokens = tokensOf(run);
    const initials = tokens.length === 1 && /^[A-Z]{2,3}$/.test(run);
    const after = ahead(text, start + run.length);
    const apposition = appositionAfter(after);
    // "SA (mentor)", "KN (admissions)": a bracket naming one person's role or team makes two letters
    // a person's initials, even where notes of an inspection abroad write countries so ("SA (3 trainees)" stays a place).
    const oneRole = apposition !== null && apposition.length > 0 && /^[ \t]*\(/.test(after) && singularRole(apposition.role) === apposition.role;
    const team = initials && run.length === 2 && !apposition && TEAM_BRACKET.test(after);
    // "Grace (LM)", "Cook (LM)": a given name or a surname that is also a word, given one role in a bracket.
    const wordNameWithRole = oneRole && tokens.length === 1 && !RATING_WORDS.has(tokens[0].toLowerCase()) && (wordGivenName(tokens[0].toLowerCase()) || WORD_SURNAMES.has(tokens[0].toLowerCase())) && !isTerm(tokens[0]);
    if (initials ? KNOWN_ACRONYMS.has(run) || (countryCodeHere(run) && !oneRole && !team) : !unknownName(tokens) && !givenWithSurname(tokens) && !wordNameWithRole) continue;
    if (team) {
      // The bracket stays: it says who the person is.
      claim(start, start + run.length, run, null, 'a member of staff');
      continue;
    }
    if (!apposition) continue;
    const end = start + run.length + apposition.length;
    if (taken(start, end)) continue;
    const role = apposition.role;
    pushHit({ start, end, name: run, replacement: withArticle(asWritten(role)) });
    for (const token of tokens) roster.set(token.toLowerCase(), asWritten(role));
  }
  for (const match of roleInitials) {
    const initials = match.initials;
    if (KNOWN_ACRONYMS.has(initials) || !ROLE_WORD.test(match.role.trim())) continue;
    // "lead mentor HK joined" in notes that write "HK" for Hong Kong throughout: the place.
    if (COUNTRY_CODES.has(initials) && (text.match(new RegExp(`(?<![\\p{L}\\d])${initials}(?![\\p{L}\\d])`, 'gu')) ?? []).length > 1) continue;
    const start = match.index;
    const end = start + match.length;
    if (taken(start, end)) continue;
    pushHit({ start, end, name: initials, replacement: withArticle(asWritten(match.role.trim())) });
    if (!COUNTRY_CODES.has(initials)) roster.set(initials.toLowerCase(), asWritten(match.role.trim()));
  }
  for (const match of aggressive ? text.matchAll(COMPANY_NAME) : []) {
    const run = match[2];
    const tokens = tokensOf(run);
    if (!unknownName(tokens) || tokens.some((token) => /^[A-Z]{2,}$/.test(token)) || organisation(run)) continue;
    const start = match.index + match[0].length - run.length;
    if (taken(start, start + run.length)) continue;
    const replacement = personFallback(text, start);
    pushHit({ start, end: start + run.length, name: run, replacement });
    remember(run, null);
    for (const token of tokens) if (!firstSaid.has(token.toLowerCase())) firstSaid.set(token.toLowerCase(), replacement);
  }

  // A given name that is also a word ("observed Grace teaching", "chased by Faith twice", "w/ Will"),
  // or one the name lists know, straight after a verb of meeting or a preposition of agency and
  // before a lower-case word or punctuation: there it is a person. Calendar words ("by May") and
  // colours ("with Amber ratings") are not on PERSON_WORD_NAMES.
  for (const match of aggressive ? text.matchAll(AGENT_NAME) : []) {
    const run = match[2];
    const tokens = tokensOf(run);
    const low = tokens.map((token) => token.toLowerCase().replace(/['’]s$/, ''));
    const start = match.index + match[0].length - run.length;
    const knownGiven = PERSON_WORD_NAMES.has(low[0]) || (isFirstName(low[0].split('-')[0]) && !NOT_NAMES.has(low[0]));
    // After a verb only a person takes ("spoke to Ruby about…", "met Summer and two ECTs",
    // "feedback from Lily:"), any given name that is also a word is one: a colour or a month
    // follows "with", "by" or "from" ("with Amber ratings", "by May"), not these.
    // "met Dean of Ed" names a post; "met with Amber and Red trainees" a rating; "observed Ruby
    // class", "asked Comfort questions" a thing.
    const wordNameMet =
      wordGivenName(low[0]) &&
      MEETING_VERB.test(match[0]) &&
      !(CALENDAR_GIVEN.test(low[0]) && readAsDate(text, start, tokens[0])) &&
      !/^[ \t]+of\b|^[ \t]*(?:and|or|&|\/|,)[ \t]*(?:red|green|amber)\b/i.test(ahead(text, start + run.length)) &&
      !NOT_A_NAME_AFTER.test(ahead(text, start + run.length).toLowerCase());
    // "Q to Khan:", "spoke to O'Neill": a surname alone, where only a person stands.
    const afterPersonVerb = PERSON_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    const surnameMet = tokens.length === 1 && afterPersonVerb && surnameShaped(tokens[0]) && !isTerm(low[0]);
    const given = knownGiven || wordNameMet || listedGiven(low[0]) || surnameMet;
    // A word no dictionary or name list knows ("chased by Przemek", "feedback from Ozioma",
    // "observed Thuy teaching") is a person only where nothing else could be: not after a bare
    // "by", "with" or "from", which schools, hubs and places follow too.
    // After a bare "obs" a school may stand too ("obs Oakfield"); before a year group it is a person ("Obs: Jaswant Y3").
    const personContext = afterPersonVerb || (/\b[Oo]bs:?[ \t]+$/.test(text.slice(Math.max(0, start - 8), start)) && YEAR_GROUP_AFTER.test(ahead(text, start + run.length)) && (low.length > 1 || !PLACE_ENDING.test(low[0])));
    const unknown = !given && personContext && low.every((token) => token.split('-').every((part) => !isEnglishWord(part) && !isCommonWord(part)) && !NOT_NAMES.has(token) && !ORG_NAME_WORDS.has(token) && !NOTE_ABBREVIATIONS.has(token));
    // "spoke to Westmoor staff", "marked by Pearson examiners": a word before a group or a role names
    // the organisation they belong to.
    const nextWord = /^[ \t]+([a-z][a-z-]*)/.exec(ahead(text, start + run.length));
    // A given name of the large list too ("marked by Pearson examiners").
    if (!knownGiven && nextWord && (ROLE_WORD.test(nextWord[1]) || GROUP_NOUNS.test(nextWord[1]))) continue;
    if (!given && !unknown) continue;
    if (!positionalName(tokens) && !PERSON_WORD_NAMES.has(low[0]) && !wordNameMet && !surnameMet) continue;
    if (low.some((token) => isTerm(token) || isPlace(token)) || ORG_WORDS.test(ahead(text, match.index + match[0].length).trimStart())) continue;
    // Who signs off, moderates or observes is staff, whoever else the line names ("Sneha's review
    // signed off by X" is not "by a trainee").
    claim(start, start + run.length, run, null, STAFF_AGENT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? 'a member of staff' : undefined);
  }

  // "per Grace, mentor trg moved", "per Joy: …": "per" before a given name and a comma or a colon
  // reports what that person said, even where the name is also a word. Not a month ("per May,"),
  // a place, a term or an organisation ("per Hope Academy,", "per Sky News,").
  for (const match of aggressive ? text.matchAll(PER_NAME) : []) {
    const run = match[1];
    const tokens = tokensOf(run);
    const low = tokens.map((token) => token.toLowerCase());
    const start = match.index + match[0].length - run.length;
    const given = wordGivenName(low[0]) || isFirstName(low[0]) || listedGiven(low[0]) || roster.has(low[0]);
    // "per Khan,", "per Okafor,": a surname alone, or a word no list holds, reports someone too
    // (a product or a school is taken with them: "per Arbor,"). Not a rating or a month: "per Amber,", "per May,".
    const surnameAlone = tokens.length === 1 && ((surnameShaped(tokens[0]) && !RATING_WORDS.has(low[0])) || (unlistedWord(tokens[0]) && !isEnglishWord(low[0]))) && !KNOWN_ACRONYMS.has(tokens[0].toUpperCase());
    if (!(given || surnameAlone) || low.some((token) => isTerm(token) || isPlace(token)) || tokens.some((token) => ORG_IN_NAME.test(token) || ORG_WORDS.test(token))) continue;
    if (tokens.length > 1 && !positionalName(tokens.slice(1))) continue;
    if (taken(start, start + run.length)) continue;
    // A word-name alone is pushed, not claimed, as BRACKET_WORD_NAME does: "Grace period" elsewhere stays.
    if (tokens.length === 1 && wordGivenName(low[0])) pushHit({ start, end: start + run.length, name: run, replacement: personFallback(text, start) });
    else claim(start, start + run.length, run, null);
  }

  // A given name that is also a word, capitalised to open a bracket before a comma: "Y4 maths
  // (Precious, w/ mentor …)". The adjective would not be capitalised there.
  for (const match of aggressive ? text.matchAll(BRACKET_WORD_NAME) : []) {
    const low = match[1].toLowerCase();
    const start = match.index + 1;
    // Pushed, not claimed: a word-name is not swept for elsewhere ("Precious little time" stays).
    if ((PERSON_WORD_NAMES.has(low) || EXTRA_WORD_NAMES.has(low)) && !isTerm(low) && !taken(start, start + match[1].length)) pushHit({ start, end: start + match[1].length, name: match[1], replacement: personFallback(text, start) });
  }

  // Initials given in brackets after a name stand for that person from then on ("HA keen to stress…").
  const aliasKeys = new Map(aliases.map((alias) => [alias.initials, alias.written]));
  for (const { initials, hit } of aliases) {
    if (roster.has(initials)) continue;
    const key = tokensOf(hit.name)[0]?.toLowerCase().replace(/['’]s$/, '') ?? '';
    roster.set(initials, roster.get(key) ?? '');
    if (!firstSaid.has(initials)) firstSaid.set(initials, firstSaid.get(key) ?? hit.replacement.toLowerCase());
  }

  // Notes of an inspection abroad write countries as codes ("KE + UG", "NZ recorded session").
  const placeHere = (word: string) => isPlace(word) && !(COUNTRY_CODES.has(word) && !abroad);
  // The initials of the people found by their full names: "Harriet Oduya" … "HO to chase".
  const peoplesInitials = new Set<string>();
  for (const hit of hits) {
    const tokens = tokensOf(hit.name).filter((token) => !TITLE_WORD.test(token));
    if (tokens.length >= 2 && tokens.length <= 3) peoplesInitials.add(tokens.map((token) => token.charAt(0)).join('').toUpperCase());
  }
  // Initials in a list whose next or last item is a person or a role: "(Wed pm, MT + data officer)",
  // "to MT, Rao + Penrose". Not "CO, CO2 (CO + NO2)": letters listed with other letters are codes.
  const listedWithPeople = (at: number, length: number, before: string): boolean => {
    const previous = /(?:\bto|[,(+&]|\band)[ \t]*$/.exec(before);
    if (!previous) return false;
    const next = /^[ \t]*(?:[,+&]|and\b)[ \t]*((?:the[ \t]+)?[\p{L}'’-]+(?:[ \t]+[\p{L}-]+)?)/u.exec(text.slice(at + length, at + length + 40));
    const item = next?.[1] ?? '';
    const bare = item.replace(/^the[ \t]+/, '');
    const firstWord = bare.split(/[ \t]/)[0] ?? '';
    const nextIsPerson = next !== null && (mask[at + length + next[0].length - item.length] === 1 || roster.has(firstWord.toLowerCase()) || ROLE_WORD_AHEAD.test(` ${bare}`) || ROLE_WORD_AHEAD.test(` ${item.split(/[ \t]+/).slice(-1)[0]}`));
    const lastAt = at - previous[0].length - 1;
    const previousIsPerson = /[,+&]|and/.test(previous[0]) && lastAt >= 0 && mask[lastAt] === 1;
    return nextIsPerson || previousIsPerson;
  };
  // Initials used as a name: "BO'H: 60hr wks", '- GT "we trust…"', "met GT + …", "DSL = GT".
  for (const match of aggressive ? text.matchAll(BARE_INITIALS) : []) {
    const initials = match[1];
    // Initials a name was given in brackets are that person's: the sweep below gives them the role.
    // Country codes never are ("NZ recorded session…" acts as a person's initials would).
    // In notes of an inspection in England no country is abbreviated: "RO to finalise", "TW strong on SEND".
    // A found person's own initials are theirs before a state's or a region's code ("TN" of Tomasz Nowicki).
    const owned = peoplesInitials.has(initials);
    const after = text.slice(match.index + initials.length, match.index + initials.length + 12);
    const ownedActing = owned && OWN_INITIALS_ACTING.test(after);
    // A region, a phase or a route ("SE", "HE", "EB") that is also a found person's initials is theirs as they act: "SE to chase audit".
    if (((KNOWN_ACRONYMS.has(initials) || (ROLE_OR_BODY_INITIALS.has(initials) && !owned)) && !(ownedActing && !abroad && REGIONS_PHASES_AND_ROUTES.has(initials))) || (!(owned && !abroad) && (countryCodeHere(initials) || placeHere(initials))) || isTerm(initials) || (roster.has(initials.toLowerCase()) && !(owned && !abroad))) continue;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const apostrophe = /['’]/.test(initials);
    // Two letters (or an apostrophe) read as a person's initials; three-letter capitals are more
    // often an unknown acronym ("ITP", "SCR"), so they need a verb of meeting before them.
    const short = initials.length === 2;
    // "SMcA": a surname's Mc or Mac inside them says they are a person's.
    const macInitials = /^[A-Z]Ma?c[A-Z]$/.test(initials);
    const speaks = /^[ \t]*(?::[ \t]*)?["“]/.test(after) || (short && /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$/.test(before) && /^:/.test(after));
    // "met GT + …" but not "with EHC plans": initials used as a modifier are an acronym.
    const standsAlone = /^(?:[ \t]*(?:$|[,.;:)+&\n])|[ \t]+(?:and|said|says|to|about|re|on|at|in|for|from|who|x\d)\b)/.test(after);
    // "w/ Ferreira + RT": initials listed after a person already found.
    const listed = /[ \t]*(?:\+|&|\band|,)[ \t]*$/.exec(before);
    const afterPerson = listed !== null && mask[match.index - listed[0].length - 1] === 1 && standsAlone;
    const company =
      afterPerson ||
      (standsAlone && /(?:\bmet|\bw\/|\bwith|=|\bfeedback to|\bspoke to|\bemailed|\bcalled|\bflagged to|\braised with|\bpassed to|\bsent to)[ \t]+$/i.test(before)) ||
      // "SJB asked for the data": three capitals no list knows, before a verb only a person does.
      (initials.length === 3 && !ROLE_OR_BODY_INITIALS.has(initials) && /^[ \t]+(?:said|says|asked|told|explained|agreed|accepted|confirmed|thinks|felt|admitted|acknowledged)\b/.test(after) && !/\b(?:a|an|the|one|each|every|some|all|our|their|its)[ \t]+$/i.test(before)) ||
      (short && /^[ \t]+(?:said|says|told|explained|reckons|thinks|agreed|confirmed)\b/.test(after) && !/\b(?:a|an|the|one|each|every|some|all|our|their|its)[ \t]+$/i.test(before)) ||
      // "agreed w/ KW it's known": two letters after agreeing or meeting with are the person met.
      (short && /\b(?:agreed|met|spoke|checked|discussed|chatted|call|mtg|meeting)[ \t]+w\/[ \t]*$/i.test(before) && /^(?:[ \t]*(?:$|[,.;:)+&\n])|[ \t]+(?:it['’]s|that|re|about|on|at|to|and|who)\b)/.test(after));
    // Opening a line or a sentence as its subject: "- GP to draft", "PC acknowledges…", "KW agreed
    // re SEND. CD disagreed", "TS + IC agree…": initials before an action or a verb are a person.
    const subject =
      /(?:^|\n|[.;][ \t]+|(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:actions?|to do|next steps|follow[ -]ups?)[ \t]*:[ \t]*)[ \t]*(?:[-*•][ \t]+|\d{1,3}[.)][ \t]+)?(?:[A-Z]{2,3}[ \t]*(?:\+|&|and)[ \t]*)?$/i.test(before) && initialsActing(ahead(text, match.index + initials.length), short || macInitials);
    // A found person's initials, where someone acts or is asked ("HO to chase", "[AK sent…", "? ask TN"):
    // "NO concerns", "PP pupils", "AI tools" are words and acronyms, whoever is in the notes.
    // So are they standing alone in a list of people or after "to" ("(Wed pm, MT + data officer)",
    // "feedback at 14:00 to MT, the dean"), in notes of an inspection in England.
    const someones = ownedActing || (owned && OWN_INITIALS_ASKED.test(before)) || (owned && !abroad && standsAlone && listedWithPeople(match.index, initials.length, before));
    // "me, FMcA": a surname's Mc or Mac inside capitals makes them a person's initials wherever they stand.
    if (!apostrophe && !speaks && !company && !subject && !someones && !macInitials) continue;
    claim(match.index, match.index + initials.length, initials, null, rosterReplacement(initials.toLowerCase()) ?? 'a member of staff');
  }

  // A name opening a line before its verb ("Kwabena taught…", "- Temitope struggled…", "Gethin now
  // teaches…"): compromise tags the next word (or the one after an adverb) as a verb. Only words no
  // dictionary knows (or given names that are words) qualify, so "Placement calendars sent…" stays.
  const quotedRuns: RegExpExecArray[] = [];
  for (const quote of aggressive ? text.matchAll(QUOTE_OPEN) : []) {
    const before = text.charAt(quote.index - 1);
    if (before !== ' ' && before !== '\t' && before !== '(') continue;
    QUOTED_RUN.lastIndex = quote.index + 1;
    const run = QUOTED_RUN.exec(text);
    if (run) quotedRuns.push(run);
  }
  for (const match of aggressive ? [...text.matchAll(LINE_START_RUN), ...quotedRuns] : []) {
    const run = match[2];
    const start = match.index + match[1].length;
    const tokens = tokensOf(run);
    if (taken(start, start + run.length)) continue;
    // "Mark to resend the schedule", "Hazel/Penny to send": a given name, even one that is a word,
    // before an errand only a person runs (and the name joined to it).
    const low0 = tokens[0].toLowerCase();
    const slashed = /\/[ \t]*$/.test(match[1]);
    if (tokens.length === 1 && (wordGivenName(low0) || isFirstName(low0)) && !RATING_WORDS.has(low0) && !isTerm(low0) && !NOT_ERRAND_NAMES.has(low0) && PERSON_ERRAND.test(match[3])) {
      const partner = JOINED_PARTNER.exec(match[1]);
      const partnerLow = partner?.[1].toLowerCase() ?? '';
      const partnerGiven = partner !== null && anyGivenName(partnerLow) && !RATING_WORDS.has(partnerLow) && !isTerm(partnerLow);
      // After a slash only a given name pairs with it ("Invoice/Bill to follow" is neither).
      if (slashed && !partnerGiven) continue;
      pushHit({ start, end: start + run.length, name: run, replacement: personFallback(text, start) });
      if (partner && partnerGiven) {
        const partnerStart = match.index + partner.index;
        if (!taken(partnerStart, partnerStart + partner[1].length)) pushHit({ start: partnerStart, end: partnerStart + partner[1].length, name: partner[1], replacement: personFallback(text, partnerStart) });
      }
      continue;
    }
    // "Oakfield/Penmore visited": past a slash only an errand says who.
    if (slashed || !positionalName(tokens)) continue;
    if (tokens.length === 1 && isCommonWord(tokens[0].toLowerCase()) && !WORD_FIRST_NAMES.has(tokens[0].toLowerCase()) && !isFirstName(tokens[0].toLowerCase())) continue;
    // compromise costs ~1 ms a call: a run of dictionary words and note abbreviations ("Central
    // sessions run", "Prog dir accepts", "Self-eval doc") is not a name, whatever follows it.
    if (tokens.every(dictionaryWord)) continue;
    const words = nlp(`${run} ${match[3]}`).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
    const runTagged = (nlp(run).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
    // "Areas for…", "Sessions run…": a plural opening a line is a noun, not a person.
    if (runTagged.some((term) => term.tags.includes('Plural'))) continue;
    const runTerms = runTagged.length || tokens.length;
    const following = (words[0]?.terms ?? []).slice(runTerms);
    const verb = (term?: { tags: string[] }) => term !== undefined && term.tags.includes('Verb') && !term.tags.includes('Noun');
    // "Jaswant to send the tracker", "Yusra struggling w/ workload": a word no dictionary holds
    // before an errand or a verb's -ing form (which compromise tags a noun) is someone doing it.
    const unknownRun = tokens.every(unlistedWord);
    // Not "to be": "Arbor to be updated" is a thing done to.
    const errand = following[0]?.text.toLowerCase() === 'to' && (following[1]?.tags.includes('Infinitive') ?? false) && following[1].text.toLowerCase() !== 'be';
    const doing = verbInIng(following[0]?.text);
    // "Yusra both felt…", "Jaswant never got…", "Jaswant still waiting…": a word between the name and its verb.
    const joined = /(?:&|\+|\band)[ \t]*$/.test(match[1]);
    const between = (following[0]?.tags.includes('Adverb') && !ADVERB_OF_TWO.test(following[0].text)) || ADVERB_BEFORE_VERB.test(following[0]?.text ?? '') || (joined && ADVERB_OF_TWO.test(following[0]?.text ?? ''));
    const verbAfter = verb(following[1]) || (unknownRun && verbInIng(following[1]?.text));
    if (!verb(following[0]) && !(between && verbAfter) && !(unknownRun && (errand || doing))) continue;
    claim(start, start + run.length, run, null);
  }

  // A bare name joined to one already found ("Sunita and Ama both on track", "Kwesi + Ama").
  const joinLists = (found: Hit[]) => {
    for (const hit of [...found].sort((a, b) => a.start - b.start)) {
      if (!hit.replacement) continue;
      let end = hit.end;
      for (;;) {
        const more = NAME_LIST_CONTINUATION.exec(ahead(text, end));
        if (!more) break;
        const tokens = tokensOf(more[1]);
        const low = tokens[0].toLowerCase();
        // "a trainee, Summer Hale, …": in a list of people a given name that is also a word (even a
        // season) with a surname after it is one of them.
        const wordNameWithSurname =
          tokens.length === 2 && WORD_FIRST_NAMES.has(low) && !isTerm(tokens[1].toLowerCase()) && !isPlace(tokens[1].toLowerCase()) && !ORG_WORDS.test(tokens[1]) && !NOT_SURNAME.test(tokens[1]);
        // Two letters alone ("Ke + Ug") are country codes or initials, not a name.
        if (tokens.length === 1 && tokens[0].length <= 2) break;
        if (!wordNameWithSurname && (!positionalName(tokens) || (tokens.length === 1 && isCommonWord(low) && !wordGivenName(low) && !isFirstName(low)))) break;
        // "(Vojtěch, Brno)", "Ama, Kumasi", "Sarah / Kingsmead": after a comma or a slash an unknown
        // word is as often where the person is; only a given name or a name already found joins the list there.
        // After a slash not a given name that is also a word: "Sarah / Amber" pairs a trainee and a rating.
        const slash = /^[ \t]*\//.test(more[0]);
        if (slash && tokens.length === 1 && WORD_FIRST_NAMES.has(low)) break;
        if (/^[ \t]*[,/]/.test(more[0]) && !/\band[ \t]+$/.test(more[0].slice(0, more[0].length - more[1].length)) && !isFirstName(low) && !listedGiven(low) && !(wordGivenName(low) && !slash) && !roster.has(low) && !wordNameWithSurname) break;
        const start = end + more[0].length - more[1].length;
        // "…, english lead, Emily Davison Primary": the list has run into a school's name.
        const afterItem = ahead(text, start + more[1].length);
        if (ORG_WORDS.test(afterItem.trimStart()) || ORGANISATION_NAME_AHEAD.test(afterItem)) break;
        if (!claim(start, start + more[1].length, more[1], null, hit.replacement.toLowerCase())) break;
        end = start + more[1].length;
      }
      // "Sky + a trainee", "Rose and Ben": a given name that is also a word, joined to a person found
      // after it; "Bethan, Owain and Rhys": a given name of the large list, after a comma too, back
      // along the list; and a word no list knows, after "and", "+" or "&".
      for (let from = hit.start; ; ) {
        const joinedBefore = GIVEN_JOINED_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
        if (!joinedBefore) break;
        const given = joinedBefore[1].toLowerCase();
        // A slash joins as a comma does: "Sarah / Kingsmead" is as often a person and her school.
        const commaOnly = joinedBefore[2] === ',' || joinedBefore[2] === '/';
        // "Jaswant and Tendai both on track": joined by "and", "+" or "&" (not a comma: "Kisumu, Ama")
        // a word no list knows is a person too.
        // Not before a titled name: "Visited Penmore and Mrs Patel's class" lists a school and a person.
        const unknownGiven = !commaOnly && !TITLE_WORD.test(tokensOf(text.slice(hit.start, hit.end))[0] ?? '') && unlistedWord(joinedBefore[1]) && !PLACE_ENDING.test(given) && !NOT_PEOPLE_BEFORE.test(text.slice(Math.max(0, from - joinedBefore[0].length - 40), from - joinedBefore[0].length));
        if (!((wordGivenName(given) && !commaOnly) || listedGiven(given) || unknownGiven) || isTerm(given)) break;
        let start = from - joinedBefore[0].length;
        const end = start + joinedBefore[1].length;
        // "Jaswant Dhillon, Siobhan O'Neill, HT": the word joined is a surname, its given name before it.
        const givenBefore = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
        // "Penmore Tamsin, Ms Patel" reads the same way and loses the school: a name is the likelier.
        const fullName = givenBefore !== null && personAside([givenBefore[1], joinedBefore[1]]) && (isFirstName(givenBefore[1].toLowerCase()) || listedGiven(givenBefore[1].toLowerCase()) || unlistedWord(givenBefore[1]));
        if (fullName) start -= givenBefore[0].length;
        // A name the lists know shares the role of the person it is joined to; one they do not, or
        // a full name of its own, only a role many hold ("a trainee"): "…, Zainab + the chair" is
        // not two chairs.
        const role = (!unknownGiven && !fullName) || /^an? /i.test(hit.replacement) ? hit.replacement.toLowerCase() : undefined;
        if (!claim(start, end, text.slice(start, end), null, role)) break;
        from = start;
      }
      // "FG: JT, Amy, Dan": a person's initials listed with people found after them.
      const initialsBefore = INITIALS_JOINED_BEFORE.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
      // At home only: abroad, capitals in a list are as often cities ("KL, Penang and Amy's school").
      // Only a role many hold is shared ("a trainee"; "the chair" is one person), and "the VP" is a role.
      const shared = /^an? /i.test(hit.replacement);
      if (initialsBefore && shared && !abroad && !notInitialsHere(initialsBefore[1]) && !REGIONS_PHASES_AND_ROUTES.has(initialsBefore[1]) && !/\b(?:the|our|their|a|an)[ \t]+$/i.test(text.slice(Math.max(0, hit.start - initialsBefore[0].length - 8), hit.start - initialsBefore[0].length))) {
        const start = hit.start - initialsBefore[0].length;
        claim(start, start + initialsBefore[1].length, initialsBefore[1], null, hit.replacement.toLowerCase());
      }
    }
  };

  // "Summer", "June", "April" found as a person's given name (roster) stay that person capitalised
  // where no date reads them ("Summer says…", not "since June last year", "Summer term").
  const calendarNamed = (key: string, word: string, at: number) => WORD_FIRST_NAMES.has(key) && word[0] !== word[0].toLowerCase() && !readAsDate(text, at, word);
  // "jade (Jade Purvis)", "obs summer (Summer Blackett)", "bex (Rebecca Oduya)": a word just before
  // a bracket that opens with a person's full name is what these notes call that person, in any
  // case and even where it is also a word, so it goes, and so does every later use of it that no
  // date or verb reads ("summer: 'i didnt know…'", "dawn again", but not "summer term", "hope to").
  const declaredAliases = () => {
    const declared = new Map<string, string>();
    for (const hit of [...hits]) {
      if (!hit.replacement || !/\p{Lu}/u.test(hit.name[0] ?? '') || tokensOf(hit.name).length < 2) continue;
      const before = ALIAS_BEFORE_BRACKET.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
      if (!before) continue;
      const word = before[1];
      const low = word.toLowerCase();
      const sameGiven = low === tokensOf(hit.name)[0].toLowerCase();
      const shortForm = !isEnglishWord(low) && !isCommonWord(low) && !isTerm(low) && !isPlace(low) && !ROLE_WORD.test(low) && !NOTE_ABBREVIATIONS.has(low) && low.length >= 3;
      // "Nat (Nattapong Srisuk)", "Dev (Devinder Sandhu)": the given name's own opening, even where it is also a word or an abbreviation.
      const givenOpening = low.length >= 2 && tokensOf(hit.name)[0].toLowerCase().startsWith(low) && !ROLE_WORD.test(low) && !isTerm(low) && !FUNCTION_WORDS.has(low);
      if (!sameGiven && !shortForm && !givenOpening) continue;
      const start = hit.start - before[0].length;
      // "Kings Norton (mentor Mr …)": the end of a place's name, not what the notes call the person.
      const wordBefore = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      if (wordBefore && placeOfTwoWords([wordBefore[1], word])) continue;
      const replacement = hit.replacement.toLowerCase();
      // Another pass may have taken the word already ("Bex (" opening a line): it is declared all the same.
      if (!taken(start, start + word.length)) pushHit({ start, end: start + word.length, name: word, replacement: atSentenceStart(text, start) ? upperFirst(replacement) : replacement });
      // An English word taken only for its opening ("art (Arturo …)") is not swept for: "art and design" stays.
      // Nor an abbreviation ("Dev (Devinder …)": "Dev plan reviewed" stays).
      if (sameGiven || shortForm || (!isEnglishWord(low) && !NOTE_ABBREVIATIONS.has(low))) declared.set(low, replacement);
    }
    if (declared.size === 0) return;
    // One scan for every alias: a regex per alias over the whole text grew with aliases × length.
    const alternatives = [...declared.keys()].sort((a, b) => b.length - a.length).map((low) => low.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d'’-])(?:${alternatives.join('|')})(?![\\p{L}\\d-])`, 'giu'))) {
      const low = match[0].toLowerCase();
      const replacement = declared.get(low);
      if (replacement === undefined) continue;
      const start = match.index;
      const end = start + match[0].length;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = ahead(text, end);
      if (taken(start, end) || (isTerm(low) && (readAsDate(text, start, match[0]) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) || VERB_READING_AFTER.test(after) || VERB_READING_BEFORE.test(before)) continue;
      // An alias that is also a word ("will", "mark", "grace") only where a person stands: opening a
      // line or a list item, or before a colon, a bracket, a "+" or a possessive ("my teacher will let me" stays).
      const word = isEnglishWord(low) || isCommonWord(low) || NOTE_ABBREVIATIONS.has(low);
      if (word && !ALIAS_POSITION_BEFORE.test(before) && !ALIAS_POSITION_AFTER.test(after)) continue;
      // "- will do the follow-up" after "will (will hunter, …)": a modal before a verb is the word.
      if (wordGivenName(low) && wordReadingAhead(low, after)) continue;
      pushHit({ start, end, name: match[0], replacement: atSentenceStart(text, start) ? upperFirst(replacement) : replacement });
    }
  };

  // A region, a phase or a route given as someone's initials ("Emma Bell (EB)") is theirs only as they act: "EB to chase", not "EB trainees".
  const ownInitialsActing = (key: string, word: string, at: number) =>
    aliasKeys.get(key) === word && REGIONS_PHASES_AND_ROUTES.has(word) && OWN_INITIALS_ACTING.test(text.slice(at + word.length, at + word.length + 12));
  // A researcher's name cited as one, though the notes gave someone of the name a title: "Dweck
  // (2006)", "Coe et al.", "Wiliam's five strategies", "cites Quigley".
  const citedHere = (at: number, length: number): boolean =>
    CITATION_AFTER.test(text.slice(at + length, at + length + 60)) || CITATION_BEFORE.test(text.slice(Math.max(0, at - 20), at));
  // Later mentions of rostered names anywhere ("Siobhan actually answers", "Prof Marsh accepts").
  const sweepRoster = () => {
    let lastSwept: Hit | null = null;
    for (const match of text.matchAll(NAME_OR_INITIALS)) {
      const word = match[1].replace(/['’]s$/, '');
      const key = word.toLowerCase();
      if (!roster.has(key) || key.length < 2 || (isTerm(key) && !authorsNamed.has(key) && !calendarNamed(key, word, match.index)) || (authorsNamed.has(key) && citedHere(match.index, word.length)) || placeHere(word) || NOTE_ABBREVIATIONS.has(key) || (KNOWN_ACRONYMS.has(word) && !ownInitialsActing(key, word, match.index)) || countryCodeHere(word)) continue;
      // Initials stand for the person only as written: "HA keen…", not "Ha"; "SMcA to send".
      if (aliasKeys.has(key) && word !== word.toUpperCase() && word !== aliasKeys.get(key)) continue;
      // "Minh" was a trainee, but "Ho Chi Minh City" is a place; Mr King is not in "King Edward VI
      // School", nor Dr Al Hammadi in "Al Noor Academy".
      // A capitalised organisation word must end the phrase ("King Faisal School,"; "Kerenza High
      // expectations" is still Kerenza); before a lower-case one only a name that is also a word ("Wood Green school").
      const after = ahead(text, match.index + word.length);
      if (insidePlaceName(text, match.index, key) || NAME_PARTICLE.test(key) || ORGANISATION_PHRASE_AHEAD.test(after) || ((isEnglishWord(key) || isCommonWord(key)) && ORGANISATION_AHEAD.test(after))) continue;
      // "taught in Florence", "residential to Petra", "St George's", "Wyatt block": the place or
      // building a person's name also names; "Will the MFL rewrite…?" asks a question.
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      // "did his degree in Rosario": a rostered name after "in" is the place ("in Amira's class" is hers).
      if (placeOrBuilding(before, after) || PLACE_CLOSING_AFTER.test(after) || placeByPosition(before, after, true) || namedInstitution(text, match.index, after)) continue;
      if (wordGivenName(key) && (QUESTION_AFTER.test(after) || wordReadingAhead(key, after))) continue;
      // A surname that is an adjective, used as one: "Young people's mental health" after "Mr Callum Young".
      if (ADJECTIVES_READ_AS_WORDS.has(key) && wordReadingAhead(key, after)) continue;
      const start = match.index;
      const end = start + word.length;
      if (taken(start, end)) continue;
      let replacement = rosterReplacement(key) ?? personFallback(text, start);
      if (atSentenceStart(text, start)) replacement = upperFirst(replacement);
      // "Will Baker" swept word by word is one person, said once.
      if (lastSwept && lastSwept.end + 1 === start && text[lastSwept.end] === ' ' && hits[hits.length - 1] === lastSwept) {
        mask.fill(1, lastSwept.end, end);
        lastSwept.end = end;
        lastSwept.name = `${lastSwept.name} ${word}`;
        continue;
      }
      lastSwept = { start, end, name: word, replacement };
      pushHit(lastSwept);
    }
  };

  // Where a speaker or an owner stands, read after every rule that learns roles, so a person already
  // named with a role keeps it ("Director Dawn Shepherd" … 'Dawn: "…"' is the director).
  const openings = new Map<string, number>();
  const lineOpenings = (code: string): number => {
    let count = openings.get(code);
    if (count === undefined) {
      count = 0;
      for (const _ of text.matchAll(new RegExp(`^[ \\t]*(?:[-*•][ \\t]+)?${code}(?![\\p{L}\\d])`, 'gmu'))) count++;
      openings.set(code, count);
    }
    return count;
  };
  const claimKnown = (start: number, end: number, word: string) => claim(start, end, word, null, rosterReplacement(word.toLowerCase()));
  const speakersAndOwners = () => {
    // An attribution in lower case or initials, where only a speaker stands: '"…" - will, mentor',
    // '"…" - dp', '"…" - mensah'. A role ("- trainee"), an acronym, a note word or an ordinary word
    // ("- typical") is no one's name; a given name that is also a word is, here.
    for (const match of text.matchAll(SHORT_ATTRIBUTION)) {
      const word = match[1] ?? match[2];
      const low = word.toLowerCase();
      const start = match.index + match[0].lastIndexOf(word);
      if (taken(start, start + word.length) || ROLE_WORD.test(word) || notInitialsHere(word.toUpperCase()) || ROLE_OR_BODY_INITIALS.has(word.toUpperCase()) || NOTE_ABBREVIATIONS.has(low) || SOURCE_SHORTHAND.has(low) || INTERJECTION.test(low) || isTerm(low) || isPlace(low)) continue;
      const initials = /^(?:[a-z]{2,3}|[A-Z]{2,3})$/.test(word) && !isCommonWord(low) && !isEnglishWord(low);
      if (initials || speakerGiven(low) || (word.length > 3 && unknownCapitalised(word, low))) claimKnown(start, start + word.length, word);
    }
    // A speaker before what they said: 'GB: "Our partnerships came through alumni"', '- JvdB: "…"',
    // 'A: (EV) "…"', '- joy - "i didnt get fractions…"'. A country does not speak, so a code is
    // taken here too; a word opening the line is taken only if it is a given name or no word at all.
    for (const match of text.matchAll(SPEAKER)) {
      const word = match[1] ?? match[2] ?? match[3];
      const start = match.index + match[0].indexOf(word);
      const low = word.toLowerCase();
      if (taken(start, start + word.length) || ROLE_WORD.test(word) || KNOWN_ACRONYMS.has(word.toUpperCase()) || ROLE_OR_BODY_INITIALS.has(word.toUpperCase())) continue;
      // Capitals that open many lines are the inspector's theme code ("PBW - …", "INCL - …"), not a person.
      if (match[1] !== undefined && lineOpenings(word) >= 3) continue;
      if (match[2] !== undefined && (NOTE_ABBREVIATIONS.has(low) || SOURCE_SHORTHAND.has(low) || isTerm(low) || isPlace(low))) continue;
      // "- dp: "…"": two lower-case letters no word or shorthand are someone's initials.
      const initials = /^[a-z]{2}$/.test(word) && !isCommonWord(low) && !isEnglishWord(low) && !notInitialsHere(word.toUpperCase()) && !ROLE_OR_BODY_INITIALS.has(word.toUpperCase());
      if (match[2] !== undefined && word.length < 3 && !initials) continue;
      if (match[2] !== undefined && !initials && !speakerGiven(low) && !unknownCapitalised(word, low)) continue;
      claimKnown(start, start + word.length, word);
    }
    // Initials with a surname's particle in lower case ("JvdB", "PvdM", "MvR", "JdlC") spell no acronym.
    for (const match of text.matchAll(PARTICLE_INITIALS)) claimKnown(match.index, match.index + match[0].length, match[0]);
    // Initials owning what a person owns ("AC's file shows…"), or two sets of them acting together ("DK and SJ were precise").
    for (const match of text.matchAll(INITIALS_OWNING)) {
      const owner = match[1];
      if (!KNOWN_ACRONYMS.has(owner) && !ROLE_OR_BODY_INITIALS.has(owner) && !countryCodeHere(owner) && PERSONAL_POSSESSIONS.test(match[2])) claimKnown(match.index, match.index + owner.length, owner);
    }
    // A list of three or more sets of initials no list knows ("TVH, RI, JB, SW nothing since autumn"): people.
    for (const match of text.matchAll(INITIALS_LIST)) {
      // "5 US (CA, TX, FL, AZ, WA)": states and provinces where the line names a federal country.
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      if (FEDERAL_COUNTRY.test(text.slice(lineStart, match.index))) continue;
      // Three of them at least that no list knows; a known one among them ("SW", a region) is left as written.
      const items = [...match[0].matchAll(/[A-Z]{2,3}/g)].filter((item) => !KNOWN_ACRONYMS.has(item[0]) && !ROLE_OR_BODY_INITIALS.has(item[0]) && !countryCodeHere(item[0]) && !REGIONS_PHASES_AND_ROUTES.has(item[0]) && !isTerm(item[0]));
      if (items.length < 3) continue;
      for (const item of items) claimKnown(match.index + item.index, match.index + item.index + item[0].length, item[0]);
    }
    for (const match of text.matchAll(INITIALS_PAIR_ACTING)) {
      const [first, second] = [match[1], match[2]];
      if ([first, second].some((letters) => KNOWN_ACRONYMS.has(letters) || countryCodeHere(letters))) continue;
      claimKnown(match.index, match.index + first.length, first);
      const at = match.index + match[0].indexOf(second, first.length);
      claimKnown(at, at + second.length, second);
    }
  };

  if (aggressive) {
    declaredAliases();
    speakersAndOwners();
  }
  joinLists(hits);
  sweepRoster();
  const swept = hits.length;
  // The first hit on a line, by a binary search of the hits in order (a scan per line was quadratic);
  // sorted when a names line first asks, not for every text.
  let ordered: Hit[] | null = null;
  const firstHitOnLine = (from: number, to: number): Hit | undefined => {
    ordered ??= hits.filter((hit) => hit.replacement).sort((a, b) => a.start - b.start);
    const first = ordered[lowerBound(ordered, from, (hit) => hit.start)];
    return first !== undefined && first.start < to ? first : undefined;
  };
  // A list that says it is of people ("Present: Jaswant, Yusra", "Trainees (Jaswant, Yusra)",
  // "Jaswant, Yusra and two others"): an item no word, place, term or organisation list reads is
  // a person, even where no name list knows it, as it is set off after a role ("Oakfield" may be a school).
  // `listEnds`: what must follow the list's last item (a stop, a bracket, the line's end; "to send" after an errand's doers).
  // `listedOnly`: only names the lists hold ("Owner: Tamsin"; "Owner: Kingsmead" is as often a school).
  const claimListed = (from: number, list: string, role: string | null, listEnds: (after: string) => boolean = (after) => LIST_ITEM_ENDS.test(after), listedOnly = false) => {
    if (NOT_PEOPLE_BEFORE.test(text.slice(Math.max(0, from - 40), from))) return;
    // What brackets hold is about the item ("Jaswant (Oakfield)").
    const items = [...blankBrackets(list).matchAll(new RegExp(NAME_RUN, 'gu'))];
    // "Met: Penmore and Kirkwall leads", "Present: Oakfield staff": the list runs on into what its
    // items belong to; so none of them is a person.
    const last = items[items.length - 1];
    if (!last) return;
    const afterLast = ahead(text, from + last.index + last[0].length);
    if (!listEnds(afterLast) || ORG_WORDS.test(afterLast.trimStart())) return;
    let people = 0;
    const wordItems: Array<{ start: number; end: number; name: string }> = [];
    for (const item of items) {
      const start = from + item.index;
      const end = start + item[0].length;
      // A title and an initial after the name ("Kate W.") say nothing of whether it is one.
      const all = tokensOf(item[0]).filter((token) => !TITLE_ONLY.test(token));
      const tokens = all.length > 1 ? all.filter((token) => !/^\p{Lu}$/u.test(token)) : all;
      const low = tokens.map((token) => token.toLowerCase().replace(/['’]s$/, ''));
      // Two letters alone are a country's code or initials ("trainees (Gh, Ug)").
      if (taken(start, end)) {
        people++;
        continue;
      }
      if (tokens.length === 0 || (tokens.length === 1 && tokens[0].length <= 2)) continue;
      if (low.some((word, i) => isPlace(word) || isTerm(word) || ROLE_WORD.test(word) || ORG_IN_NAME.test(tokens[i]) || ORG_WORDS.test(tokens[i]))) continue;
      const known = (word: string) => isFirstName(word) || wordGivenName(word) || listedGiven(word) || isLastName(word);
      if (!personAside(tokens) || !tokens.every((token, i) => known(low[i]) || (!listedOnly && unlistedWord(token)))) {
        // "Leo", "Fern", "Blessing": a word, but one of a list of people with others in it.
        if (!listedOnly && tokens.length === 1 && (anyGivenName(low[0]) || !isEnglishWord(low[0])) && !organisation(item[0]) && !RATING_WORDS.has(low[0]) && !DEPARTMENT_WORD.test(low[0]) && !/s$/.test(low[0]) && !KNOWN_ACRONYMS.has(tokens[0].toUpperCase())) wordItems.push({ start, end, name: item[0] });
        continue;
      }
      if (claim(start, end, item[0], role)) people++;
    }
    // Pushed, not claimed: the word elsewhere ("a blessing", "Leo" the sign) is not swept for.
    if (people > 0) for (const item of wordItems) pushHit({ ...item, replacement: role ? withArticle(asWritten(role)) : personFallback(text, item.start) });
  };
  // The list of people straight after a label, if any.
  const listAfter = (label: RegExpExecArray | RegExpMatchArray) => {
    PEOPLE_LIST.lastIndex = label.index! + label[0].length;
    return PEOPLE_LIST.exec(text);
  };
  for (const label of aggressive ? text.matchAll(OWNER_LABEL) : []) {
    const list = listAfter(label);
    if (list) claimListed(list.index, list[0], null, undefined, true);
  }
  for (const label of aggressive ? text.matchAll(PEOPLE_LABEL) : []) {
    const list = listAfter(label);
    // A label ending in who they are ("Trainees seen:", "FG w/ 6 trainees (Kenya hub):") gives the role too.
    const who = label[1] ?? label[2];
    // "Schools visited by trainees:", "Countries of trainees:": the list is of what they belong to.
    if (label[2] && NOT_PEOPLE_LABEL.test(label[0].slice(0, label[0].toLowerCase().lastIndexOf(label[2].toLowerCase())))) continue;
    if (!list) continue;
    const role = who ? PEOPLE_LABEL_ROLES[who.toLowerCase().replace(/s$/, '')] ?? null : null;
    claimListed(list.index, list[0], role);
    // "Present: GT, MH, CMcA": under an attendance label, capitals no acronym or role list holds are initials.
    if (!ATTENDANCE_LABEL.test(label[0])) continue;
    // Not in a bracket: "Bex (DET, plumbing)" holds a course.
    for (const initials of blankBrackets(list[0]).matchAll(LIST_INITIALS)) {
      const start = list.index + initials.index;
      if (KNOWN_ACRONYMS.has(initials[0]) || Object.hasOwn(UPPER_ROLE_WORDS, initials[0]) || ROLE_WORD.test(initials[0]) || countryCodeHere(initials[0])) continue;
      claim(start, start + initials[0].length, initials[0], role, role ? undefined : 'a member of staff');
    }
  }
  // "Action: Obuya, Tamsin to send agmts": an errand shared by a list under an action label.
  for (const label of aggressive ? text.matchAll(ACTION_LABEL_AT_LINE_START) : []) {
    const list = listAfter(label);
    if (list) claimListed(list.index, list[0], null, errandAhead);
  }
  for (const others of aggressive ? text.matchAll(AND_OTHERS) : []) {
    // Within 200 characters: searching back to the line's start for every match was quadratic on a long line.
    const windowStart = Math.max(0, others.index - 200);
    const lineStart = windowStart + text.slice(windowStart, others.index).lastIndexOf('\n') + 1;
    const list = PEOPLE_LIST_ENDING.exec(text.slice(lineStart, others.index));
    if (list) claimListed(lineStart + list.index, list[0], null);
  }
  // A line that is only a list of capitalised names ("Dewi Lestari, Agus Pranoto, Putri, Rizky, Ayu,
  // Wayan"), one of them found: the others no word, place or term list holds are people too.
  for (const match of aggressive ? text.matchAll(NAMES_LINE) : []) {
    const items = [...match[1].matchAll(new RegExp(NAME_RUN, 'gu'))].map((m) => ({ at: match.index + match[0].indexOf(match[1]) + m.index, name: m[0] }));
    if (items.length < 4) continue;
    // Towns listed after a person ("Amira Hussain, Kesgrave, Leiston, Framlingham") are not people:
    // the line needs two names found, or one and an unfound given name and surname no place shapes.
    const found = items.filter((item) => taken(item.at, item.at + item.name.length)).length;
    const fullName = items.some((item) => {
      const words = tokensOf(item.name).map((token) => token.toLowerCase());
      return !taken(item.at, item.at + item.name.length) && words.length >= 2 && !placeShaped(words) && !isPlacePhrase(tokensOf(item.name)) && !PLACE_WORD.test(words[words.length - 1]);
    });
    // "Priya Shah, Callum Reid, Kesgrave, Leiston": two people and towns; half the line found, or an unfound full name, says people.
    if (found === 0 || (!fullName && found < items.length / 2 && (found < 3 || found < items.length / 3))) continue;
    const replacement = firstHitOnLine(match.index, match.index + match[0].length)?.replacement.toLowerCase();
    for (const item of items) {
      const low = tokensOf(item.name).map((token) => token.toLowerCase());
      if (low.some((token) => isPlace(token) || isTerm(token) || ORG_IN_NAME.test(token) || KNOWN_ACRONYMS.has(token.toUpperCase()) || (dictionaryWord(token) && !wordGivenName(token) && !isFirstName(token)))) continue;
      claim(item.at, item.at + item.name.length, item.name, null, replacement);
    }
  }
  // A name opening a line before its post, a colon or a table cell's end (after the sweep, so a
  // name found elsewhere keeps the role it was found with).
  for (const match of aggressive ? text.matchAll(LINE_OPENING_NAME) : []) {
    const run = match[1] ?? match[3];
    const start = match.index + match[0].indexOf(run);
    const end = start + run.length;
    if (taken(start, end)) continue;
    const tokens = tokensOf(run);
    const low = tokens.map((token) => token.toLowerCase());
    // After a dash, only a post will do; a colon, a slash, a year group or a cell's end needs nothing after it,
    // though a post after a colon counts as after a dash ("Jaswant Dhillon: lead mentor").
    const colon = match[1] !== undefined && match[2] === undefined && match[0].trimEnd().endsWith(':');
    // A table's next cell may hold the post too: "| Jaswant Dhillon | lead mentor |".
    const cell = match[3] !== undefined;
    const post = match[2] !== undefined || colon || cell ? POST_THEN_END.exec(ahead(text, match.index + match[0].length).trimStart()) : null;
    if (match[2] !== undefined && !post) continue;
    // Before a post, any given name ("Grace - lead mentor"); elsewhere, alone,
    // no word ("- Mark: 65%", "- Amber: 4 trainees"). A word no list knows is as often a school or
    // a product there ("Kingsmead - lead mentor, 0.4 FTE", "Arbor - …").
    // Two words no list holds before a post are a given name and a surname ("Jaswant Dhillon - lead
    // mentor"): a school's name has a word of its kind ("Kingsmead Primary").
    const unlistedFullName = post !== null && tokens.length === 2 && tokens.every(unlistedWord);
    const given = post ? isFirstName(low[0]) || listedGiven(low[0]) || wordGivenName(low[0]) || unlistedFullName : (isFirstName(low[0]) || listedGiven(low[0])) && (tokens.length > 1 || !isEnglishWord(low[0]));
    if (!given || (tokens.length > 1 && !surnameLike(low[1]))) continue;
    if (!positionalName(tokens) || low.some((word) => isPlace(word) || isTerm(word) || ROLE_WORD.test(word))) continue;
    // The post is remembered for the name's later mentions; here it is said once, after the dash.
    claim(start, end, run, post ? post[0] : null, personFallback(text, start));
  }
  // A list the sweep found the first of ("Present: Kerenza Pascoe, Summer Hale, …" after "trainee
  // Kerenza" elsewhere) is joined once more, and what that and the names lines name is swept for again.
  joinLists(hits);
  if (hits.length > swept) sweepRoster();
  // Where lower-case notes could only mean a person ("present: sky, jack, art", "rob quieter"), the
  // word is the person even if the capital rules read it as a word.
  // Hits by where they end, so a word just after one is found without a scan of every hit.
  const hitEnding = new Map<number, Hit>();
  if (personSpots.length > 0) for (const hit of hits) if (hit.replacement) hitEnding.set(hit.end, hit);
  for (const at of [...personSpots].sort((a, b) => a - b)) {
    const word = /^\p{L}[\p{L}'’-]*/u.exec(text.slice(at, at + 40))?.[0].replace(/['’]s$/, '');
    if (!word || taken(at, at + word.length)) continue;
    // "mentor will baker": a word just after a name found is its surname, not a second person.
    const before = text.charCodeAt(at - 1) === 32 ? hitEnding.get(at - 1) : undefined;
    if (before) {
      hitEnding.delete(before.end);
      before.end = at + word.length;
      before.name = `${before.name} ${word}`;
      mask.fill(1, at - 1, before.end);
      hitEnding.set(before.end, before);
      continue;
    }
    const key = word.toLowerCase();
    let replacement = rosterReplacement(key) ?? spotRoles.get(at) ?? personFallback(text, at);
    if (atSentenceStart(text, at)) replacement = upperFirst(replacement);
    const hit: Hit = { start: at, end: at + word.length, name: word, replacement };
    pushHit(hit);
    hitEnding.set(hit.end, hit);
  }
  // A name a table's column of people gives is that person wherever the notes name them again.
  if (spotRoles.size > 0) {
    const rostered = roster.size;
    for (const hit of hits) {
      if (!spotRoles.has(hit.start)) continue;
      // Only words that are no English words are swept for: "Mark" of "| Mark Rose |" stays in "Mark scheme".
      const own = tokensOf(hit.name).filter((token) => !isCommonWord(token.toLowerCase()) && !isEnglishWord(token.toLowerCase()) && !wordGivenName(token.toLowerCase()));
      if (own.length) remember(own.join(' '), null);
      for (const token of own) if (!firstSaid.has(token.toLowerCase())) firstSaid.set(token.toLowerCase(), hit.replacement.toLowerCase());
    }
    if (roster.size > rostered) sweepRoster();
  }
  // The last of a list of people: "including Autumn Reid, Ibrahim Diallo and Hunter Price". Two
  // people named in a row, then one more capitalised name joined the same way, is a third person,
  // even when every word of it is also a word ("Hunter", "Price").
  if (aggressive) {
    const ordered = [...hits].sort((a, b) => a.start - b.start);
    for (let k = 1; k < ordered.length; k++) {
      const [previous, last] = [ordered[k - 1], ordered[k]];
      if (!LIST_JOIN.test(text.slice(previous.end, last.start)) || (ordered[k + 1] && ordered[k + 1].start - last.end < 12)) continue;
      const more = LAST_LISTED.exec(ahead(text, last.end));
      if (!more) continue;
      const start = last.end + more[0].length - more[1].length;
      const tokens = tokensOf(more[1]);
      const lows = tokens.map((token) => token.toLowerCase());
      if (taken(start, start + more[1].length) || isPlacePhrase(tokens) || lows.some((low) => isTerm(low) || ROLE_WORD.test(low) || DOCUMENT_WORD.test(low) || NOTE_ABBREVIATIONS.has(low)) || tokens.some((token) => ORG_IN_NAME.test(token) || ORG_WORDS.test(token) || NOT_SURNAME.test(token))) continue;
      pushHit({ start, end: start + more[1].length, name: more[1], replacement: last.replacement.toLowerCase() });
    }
  }
  shareRoleBack(text, hits);
  // "Weston-super-Mare", "Stoke-on-Trent" in these notes: "Weston" or "Stoke" alone is that town, unless titled ("Mr Weston").
  const townHeads = new Set<string>();
  for (const match of text.matchAll(TOWN_COMPOUND)) townHeads.add(match[1]);
  // "Jo Sutton" found as a whole: "Sutton said" is her, Sutton-in-Ashfield or not.
  const inFullNames = new Set(hits.flatMap((hit) => (tokensOf(hit.name).length > 1 ? tokensOf(hit.name) : [])));
  // "the Dean said", "met the Dean, QA lead": an office after "the", not a given name, unless the
  // notes name someone with it elsewhere ("Dean Ward … the Dean lesson", "Dean (Y4 trainee) … the Dean lesson").
  const afterThe = (hit: Hit) => text.startsWith(hit.name, hit.start) && THE_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start));
  const namedElsewhere = new Set(hits.filter((hit) => !afterThe(hit)).map((hit) => hit.name));
  const people = hits.filter((hit) => !(OFFICE_NAMES.has(hit.name) && !inFullNames.has(hit.name) && !namedElsewhere.has(hit.name) && afterThe(hit)));
  if (townHeads.size === 0) return people.sort((a, b) => a.start - b.start);
  const titled = (hit: Hit) => text.slice(hit.start, hit.end) !== hit.name || TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
  return people.filter((hit) => !townHeads.has(hit.name) || titled(hit) || inFullNames.has(hit.name)).sort((a, b) => a.start - b.start);
}
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
/** Given names that are also offices: "the Dean" is the office. */
const OFFICE_NAMES = new Set(['Dean', 'Bishop', 'Warden', 'Provost', 'Chancellor', 'Principal', 'Marshal', 'Major', 'Judge']);

/** "Amara's mentor", "Kwesi's placement": what only a trainee has. */
const TRAINEE_POSSESSION = /^['’]s[ \t]+(?:mentor|tutor|link tutor|placement|lesson|portfolio|e-portfolio|assignment|targets?|support plan|class|pupils)/i;

/** Particles of a surname ("Al Hammadi", "de Souza", Welsh "ap Rhys", "ferch Owain"): never a person alone. */
const NAME_PARTICLE = new RegExp(`^(?:${SURNAME_PARTICLES}|bint|binti|abu)$`);

// Up to three capitalised words (or a regnal number) after a word, then an organisation word:
// "… Edward VI School", "…'s College", "… Lane Primary".
/** A school's name read on in any case, as notes typed in lower case write it: "sir isaac newton primary". */
const SCHOOL_NAME_AHEAD_ANY_CASE = /^(?:[ \t]+(?!(?:re|about|for|with|and|at|in|on|to|of|from|said|says)\b)[\p{L}.-]+){1,3}[ \t]+(?:school|schools|sch|academy|college|primary|secondary|high|infants?|juniors?|nursery)(?=[ \t]*(?:[,.;:)\n–—-]|$)|[ \t]+(?:school|academy)\b)/iu;
const WORDS_TO_ORGANISATION = "^(?:['’]s)?(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*|[IVX]+)){0,3}[ \\t]+";
// Before a capitalised organisation word a surname's particle may sit between the words too ("Mohammed bin Rashid School").
const NAME_WORDS_TO_ORGANISATION = "^(?:['’]s)?(?:[ \\t]+(?:(?:bin|ibn|bint|binti|al|el|de|van|von|der|da|du|di|ap|ab|ferch)[ \\t]+)?(?:\\p{Lu}[\\p{L}'’-]*|[IVX]+)){0,3}[ \\t]+";
// "Foundation" names an organisation, not the early years' "Foundation Stage" or a "Foundation subject".
const FOUNDATION_ORGANISATION = 'Foundation(?![ \\t]+(?:[Ss]tage|[Pp]hase|[Yy]ears?|[Ss]ubjects?|[Dd]egree|[Ll]evel|[Uu]nit|[Cc]lass|[Cc]lasses|[Tt]eam|[Cc]ourse|[Pp]rogramme)\\b)';
const ORGANISATION_WORDS = `School|Schools|Sch|Academy|Academies|College|University|Nursery|Trust|Federation|SCITT|Centre|Center|Institute|${FOUNDATION_ORGANISATION}`;
// Organisation words that are also adjectives: "High", "Primary".
const ADJECTIVE_ORGANISATION_WORDS = 'High|Primary|Secondary|Infants?|Juniors?';

/** What follows a word inside an organisation's or a street's name, capitalised or not ("Wood Green school"). */
const ORGANISATION_AHEAD = new RegExp(
  `${WORDS_TO_ORGANISATION}(?:${ORGANISATION_WORDS}|${ADJECTIVE_ORGANISATION_WORDS}|Church|Lane|Road|Street|Avenue|school|sch|academy|college|primary|nursery)(?![\\p{L}])`,
  'u',
);

/** The same with the organisation word capitalised: "…'s School" is a school's name, "…'s school" a person's school. */
const ORGANISATION_NAME_AHEAD = new RegExp(`${NAME_WORDS_TO_ORGANISATION}(?:${ORGANISATION_WORDS}|${ADJECTIVE_ORGANISATION_WORDS})(?![\\p{L}])`, 'u');

// Between two names of one list: "Irina and Agnieszka", "Irina, Tom + Agnieszka".
const LIST_JOINT = '(?:,[ \\t]*(?:and[ \\t]+)?|\\+[ \\t]*|&[ \\t]*|and[ \\t]+)';
const LAST_LISTED = new RegExp(`^[ \\t]*(?:,[ \\t]*)?(?:and|&|\\+)[ \\t]+(${NAME_TOKEN}(?:${SP}${NAME_TOKEN}){0,2})(?=[ \\t]*(?:[.,;:)]|$))`, 'u');
const LIST_JOIN = new RegExp(`^[ \\t]*${LIST_JOINT}$`);
/** A capitalised run and the list joint after it, ending where the next listed name starts. */
const LISTED_BEFORE = new RegExp(`(?<![\\p{L}\\d'’-])(${NAME_RUN})[ \\t]*${LIST_JOINT}$`, 'u');
/**
 * "Irina and Agnieszka, both MFL trainees": a role the last name of a list shares with the names
 * before it ("both", "all") is each one's, not the last name's only.
 */
function shareRoleBack(text: string, hits: Hit[]): void {
  const ordered = hits.filter((hit) => hit.replacement).sort((a, b) => a.start - b.start);
  for (let i = ordered.length - 1; i > 0; i--) {
    const after = ahead(text, ordered[i].end);
    if (!QUANTIFIED.test(after)) continue;
    const shared = appositionAfter(after);
    if (!shared || shared.length !== 0) continue;
    for (let j = i - 1; j >= 0 && LIST_JOIN.test(text.slice(ordered[j].end, ordered[j + 1].start)); j--) {
      const said = withArticle(asWritten(shared.role));
      ordered[j].replacement = atSentenceStart(text, ordered[j].start) ? upperFirst(said) : said;
    }
  }
}

/**
 * A school's or trust's name going on after a word: "… Private Academy", "… Sch", or an organisation
 * word that is also an adjective where it ends the phrase ("King Faisal High,", but "Kerenza High
 * expectations" is still Kerenza).
 */
const ORGANISATION_PHRASE_AHEAD = new RegExp(
  `${NAME_WORDS_TO_ORGANISATION}(?:(?:${ORGANISATION_WORDS})(?![\\p{L}])|(?:${ADJECTIVE_ORGANISATION_WORDS})(?=[ \\t]*(?:[,.;:()\\n]|$|[-–]|\\p{Lu})))`,
  'u',
);

/** Multiword places by each of their words: "minh" → ["ho chi minh city"]. */
const PLACES_BY_WORD = new Map<string, string[]>();
for (const place of PLACES) {
  if (!place.includes(' ')) continue;
  for (const word of place.split(' ')) PLACES_BY_WORD.set(word, [...(PLACES_BY_WORD.get(word) ?? []), place]);
}

/** True when the word at `at` is part of a multiword place name written around it. */
function insidePlaceName(text: string, at: number, key: string): boolean {
  const places = PLACES_BY_WORD.get(key);
  if (!places) return false;
  const around = text.slice(Math.max(0, at - 24), at + key.length + 24).toLowerCase();
  return places.some((place) => around.includes(place));
}

const TRAINEE_CONTEXT = /\b(?:T\d{1,2}\b|obs(?:ervation)? of|observed|lesson|Y\d{1,2}\b|year \d|struggl|support plan|placement|at risk|portfolio|assignment|cause for concern|her school|his school|trainee)/i;

/**
 * With no role in sight: a trainee if the line is about teaching or training, or sits under a
 * heading (Markdown or plain) or a paragraph's opening line about trainees ("## Tues - focus group,
 * secondary trainees (7)", "10:30 Trainee focus group, Dubai."); else a member of staff.
 */
function personFallback(text: string, at: number): string {
  if (headingMemo.text !== text) headingMemo = { text, byLine: new Map(), breaks: null };
  // Line bounds by a binary search of the text's line breaks, found once: lastIndexOf and indexOf
  // per name walked the whole line, quadratic on a megabyte with no line breaks.
  const breaks = (headingMemo.breaks ??= lineBreaks(text));
  const low = lowerBound(breaks, at, (offset) => offset);
  const lineStart = low > 0 ? breaks[low - 1] + 1 : 0;
  const lineEnd = low < breaks.length ? breaks[low] : text.length;
  // A very long line is read 300 characters either side of the name.
  const line = lineEnd - lineStart <= 2000 ? text.slice(lineStart, lineEnd) : text.slice(Math.max(lineStart, at - 300), Math.min(lineEnd, at + 300));
  if (TRAINEE_CONTEXT.test(line)) return 'a trainee';
  let heading = headingMemo.byLine.get(lineStart);
  if (heading === undefined) headingMemo.byLine.set(lineStart, (heading = headingAbove(text, lineStart)));
  return heading !== null && TRAINEE_HEADING.test(heading) ? 'a trainee' : 'a member of staff';
}

/** The index of the first item, in an array sorted by `of`, whose value is `value` or more (the length if none). */
function lowerBound<T>(sorted: readonly T[], value: number, of: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (of(sorted[mid]) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

// A line's heading, remembered for the text being redacted: every name on a line with no role asks for it.
let headingMemo: { text: string; byLine: Map<number, string | null>; breaks: number[] | null } = { text: '', byLine: new Map(), breaks: null };

/**
 * What heads a line, within 30 lines above it: the nearest heading (Markdown, or a line split-notes
 * reads as one), or, first, the short line opening its paragraph ("10:30 Trainee focus group,
 * Dubai." above "Attendees: …").
 */
function headingAbove(text: string, lineStart: number): string | null {
  let end = lineStart - 1;
  let opening: string | null = null;
  for (let looked = 0; end > 0 && looked < 30; looked++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const heading = headingOf(line);
    if (heading !== null) return heading;
    if (!line.trim()) return opening;
    opening = line.length <= 100 ? line : null;
    if (start === 0) return opening;
    end = start - 1;
  }
  return null;
}

const TRAINEE_HEADING = /\b(?:trainees?|student teachers?|apprentices?|ECTs?|NQTs?|focus (?:group|grp)|FG)\b/i;

function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  // "FG of 6, incl. Omar": the full stop of an abbreviation starts no sentence ("incl. a trainee").
  const stop = /\.\s+$/.exec(before);
  if (stop && !isSentenceEnd(text, at - before.length + stop.index)) return false;
  return at === 0 || /(?:^|\n|[.!?]\s+|^\s*[-*•]\s+|\n\s*[-*•]\s+|["“]\s*)$/.test(before) || /\n\s*$/.test(before);
}

/** "Trainee" → "trainee" but "HT" and "QA officer" stay as written. */
function asWritten(role: string): string {
  // "HoD", "HoY": a role written as capitals is said in words ("the head of department", not "a hoD").
  const inWords = Object.hasOwn(UPPER_ROLE_WORDS, role) ? UPPER_ROLE_WORDS[role] : null;
  if (inWords) return inWords;
  return /^[A-Z][a-z]/.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Personal names in a text (trainees, mentors, staff), as written. Schools, places and terms are
 * not names. Conservative, for reviewing report prose; redactNames is stricter on notes.
 */
export function findPersonalNames(text: string): string[] {
  return [...new Set(findHits(text).map((hit) => hit.name))];
}

const LOWER_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|cllr)$/;
const ONLY_TITLE = /^(?:mr|mrs|ms|mx)$/;
// Nouns that open the next sentence after "Mrs B.", not a surname after an initial.
const SENTENCE_OPENING_NOUN = /^(?:level|levels|overall|next|thanks|today|tomorrow|yesterday|lunch|break|morning|afternoon|evening|feedback|update|note|action|actions|summary|context|time|day|week|plan)$/;
// "ms forms", "mr men books": what follows these as words is no surname.
const TITLE_PHRASE_WORDS = new Set('forms office outlook onenote stream bookings men'.split(' '));

/**
 * A lower-case word that is a name wherever it stands: a name list's given name that is no English
 * word ("freya", "nkechi"), or an Irish surname's shape ("o'driscoll").
 */
function likelyNameAlone(low: string): boolean {
  const given = low.length > 2 && low !== 'lea' && (GIVEN_NAMES.has(low) || GIVEN_NAMES.has(low.split('-')[0])) && !isEnglishWord(low) && !NOT_NAMES.has(low);
  return given || (/^o['’][a-z]{3,}$/.test(low) && low.slice(2) !== 'clock');
}
/** Per lower-case word: a name alone (likelyNameAlone), a surname after a title or a name (surnameShape), a given name (isFirstName or the US list), one of the US list (listedGiven). */
const wordShapes = new Map<string, { alone: boolean; surname: boolean; given: boolean; listed: boolean }>();

// A one-letter part of a lower-case surname is a particle too when it is the O of "o'brien".
const LOWER_CASE_PARTICLE = new RegExp(`^(?:${SURNAME_PARTICLES}|o)$`);

/**
 * The text with titles and the words that are likely names capitalised, offsets unchanged: a name
 * list's given names that are not English words ("freya", "nkechi"), and the words after a title or
 * after such a name that no dictionary knows ("obiora", "ashworth-lyle").
 */
function capitaliseLikelyNames(text: string): { text: string; personSpots: number[] } {
  // "didnt", "couldnt": a contraction typed without its apostrophe is no surname (taking it as one reversed the note).
  const unknownWord = (low: string) => !isEnglishWord(low) && !isCommonWord(low) && !isTerm(low) && !isPlace(low) && !NOTE_ABBREVIATIONS.has(low) && !KNOWN_ACRONYMS.has(low.toUpperCase()) && !/\d/.test(low) && !CONTRACTION.test(low);
  const lowerNotes = typedInLowerCase(text);
  // Given names that are also words ("rob", "faith") this file uses of a person: capitalised only where a person stands.
  const wordNamesHere = new Set<string>();
  // First pass: the words that are names here, so later bare mentions ("bev said…") are caught too.
  const names = new Set<string>();
  // Titles, and initials after a title ("mrs j. wrenfield"): capitalised where they stand.
  const atOffsets: number[] = [];
  const lowerMentions: Array<{ at: number; low: string }> = [];
  let previous = false;
  let titled = false;
  let lastEnd = 0;
  let lastLow = '';
  // Where the last name found ends: a list may go on from it.
  let nameEnd = 0;
  const joinable: Array<{ start: number; end: number; low: string }> = [];
  // Where the last name taken after a verb of meeting ends: "met radhika and tamsin" names both.
  let metEnd = -1;
  // A given name typed in lower case just before this word, and whether a role word came straight before it ("mentor grace").
  let lastGiven: { start: number; end: number; low: string; afterRoleWord: boolean } | null = null;
  for (const match of text.matchAll(LETTER_RUN)) {
    const token = match[0];
    const start = match.index;
    // Only a space, or ". " after an initial, keeps a name going.
    const joined = start - lastEnd === 1 ? text.charCodeAt(lastEnd) === 32 : start - lastEnd === 2 && text.charCodeAt(lastEnd) === 46 && text.charCodeAt(lastEnd + 1) === 32;
    if (start > lastEnd && !joined) previous = false;
    const lastEndBefore = lastEnd;
    lastEnd = start + token.length;
    const lowered = token.toLowerCase();
    const low = lowered.endsWith('s') && /['’]s$/.test(lowered) ? lowered.slice(0, -2) : lowered;
    // Only a title or name typed in lower case runs on over a lower-case surname ("mrs patel",
    // "sarah jones"): after a capitalised one the next word is the sentence's ("Amira modelled").
    const lowerFirst = token.charCodeAt(0) === lowered.charCodeAt(0) && token.charAt(0) !== token.charAt(0).toUpperCase();
    const titledAbove = titled && joined;
    // "miss" is a title in notes typed in lower case; in others it is the verb ("often miss the start").
    if (low.length <= 4 && LOWER_TITLE.test(low) && (low !== 'miss' || !lowerFirst || lowerNotes)) {
      atOffsets.push(start);
      previous = lowerFirst;
      titled = true;
      lastLow = low;
      continue;
    }
    if (titled && previous && low.length === 1 && text.charAt(start + 1) === '.') {
      atOffsets.push(start);
      continue;
    }
    titled = false;
    // "mrs fatima al mansoori": a particle carries the name on to its surname.
    if (previous && lowerFirst && NAME_PARTICLE.test(low)) {
      lastLow = low;
      continue;
    }
    let shape = wordShapes.get(low);
    if (shape === undefined) {
      // The large list's given names count only where `given` is asked: after a role or a title, joined to a name.
      const listed = listedGiven(low);
      shape = { alone: likelyNameAlone(low), surname: surnameShape(low, unknownWord), given: (isFirstName(low) || listed) && !NOT_NAMES.has(low), listed };
      if (wordShapes.size < 100_000 && low.length <= 40) wordShapes.set(low, shape);
    }
    // After a capitalised title only a surname with its particle ("Mr al-Mansouri"): "Prof behaviours" is a heading.
    // "mr charlton": after a lower-case title, a word no dictionary holds is the surname even where it is also a place.
    // "mr wood", "ms t. hunter": after mr, mrs, ms or mx (titles and nothing else) even a word is the surname.
    const titledSurname =
      !shape.alone && !shape.surname && titledAbove && previous && lowerFirst && low.length > 2 && lastLow !== 'miss' && /[aeiouy]/.test(low) && (!isEnglishWord(low) || (ONLY_TITLE.test(lastLow) && !PRODUCT_WORDS.has(low) && !TITLE_PHRASE_WORDS.has(low))) && !FUNCTION_WORDS.has(low) && !NOTE_ABBREVIATIONS.has(low) && !isTerm(low);
    if (titledSurname) atOffsets.push(start);
    // "prof behaviours high": lower-case "prof" is as often "professional", before a plural of a word.
    const profWord = lastLow === 'prof' && /s$/.test(low) && isEnglishWord(low.slice(0, -1).replace(/ie$/, 'y'));
    const surname = !profWord && !shape.alone && ((shape.surname && (previous || (titledAbove && low.includes('-') && NAME_PARTICLE.test(low.slice(0, low.indexOf('-')))))) || titledSurname);
    // "deputy joe fletcher", "mentor dev": a given name typed straight after a role ("trainees drew on…" is a verb).
    // "mr. peter kariuki", "mrs grace wambui": after a lower-case title, a given name even if it is also a word.
    const afterRole = !shape.alone && lowerFirst && ((start - lastEndBefore === 1 && shape.given && low.length > 2 && !isEnglishWord(low) && ROLE_WORD.test(lastLow)) || (titledAbove && previous && (shape.given || WORD_FIRST_NAMES.has(low))));
    // "siew ling chua + adebola okonkwo", "ananya, kavitha and …": a given name joined to a name just found.
    const listJoin = !shape.alone && lowerFirst && shape.given && nameEnd > 0 && start - nameEnd <= 8 && !isEnglishWord(low) && LOWER_JOIN.test(text.slice(nameEnd, start));
    // "mentor grace hall gave fb", "trainee joy booth": after a role and a given name that is a word,
    // a noun no verb reads, or a surname-adjective, is the surname (not what a person has: "faith school").
    const wordSurnameAfterRole =
      lowerFirst && lastGiven !== null && lastGiven.afterRoleWord && lastGiven.end === lastEndBefore && joined && !CALENDAR_GIVEN.test(lastGiven.low) && !isAdjective(lastGiven.low) && low.length > 2 && !NOTE_ABBREVIATIONS.has(low) &&
      ((isNoun(low) && !isVerb(low) && !/s$/.test(low) && !PERSONAL_POSSESSIONS.test(low) && !NOTE_NOUNS.has(low) && !isTerm(low) && !isPlace(low) && !ROLE_WORD.test(low)) || ADJECTIVE_SURNAMES.has(low));
    // "sue hargreaves (director)", "will fraser": a given name typed in lower case straight before a
    // surname no dictionary knows. One that is also a word ("will", "drew", "frank") needs a surname
    // the lists know, or a bracket or comma after the pair: "the mentor will embed retrieval" and
    // "pupils drew timelines" are verbs before a word the lexicon lacks. Only the surname becomes a
    // name everywhere; the given name is capitalised here alone ("will" stays a verb elsewhere).
    const givenBeforeSurname =
      wordSurnameAfterRole ||
      // A surname the lists know is one after a given name that is no word ("amira khan's targets"), even where a dictionary has it too.
      (lowerFirst && (shape.alone || shape.surname || (isLastName(low) && lastGiven !== null && !isEnglishWord(lastGiven.low) && !NOTE_ABBREVIATIONS.has(low) && !isTerm(low))) && !looksEnglish(low) && !WORD_PREFIX.test(low) && lastGiven !== null && lastGiven.end === lastEndBefore && joined &&
        (!isEnglishWord(lastGiven.low) || (lastGiven.afterRoleWord && (isLastName(low) || !/(?:ed|ing|s)$/.test(low))) || shape.alone || isLastName(low) || /^[ \t]*[(,:]/.test(text.slice(lastEnd, lastEnd + 3)) || ROLE_WORD_AHEAD.test(text.slice(lastEnd, lastEnd + 24))));
    if (givenBeforeSurname && lastGiven) {
      atOffsets.push(lastGiven.start);
      // A surname a dictionary also holds is capitalised here only, not wherever the word comes.
      if (!shape.alone && !shape.surname) atOffsets.push(start);
      if (!isEnglishWord(lastGiven.low)) names.add(lastGiven.low);
      else wordNamesHere.add(lastGiven.low);
    }
    // "trainee grace - confident", "mentor ruby's plan": straight after the role of one person, a
    // given name that is also a noun is that person's ("trainee amber rating" is not).
    if (lowerFirst && start - lastEndBefore === 1 && joined && ONE_PERSON_ROLE.test(lastLow) && NOUN_GIVEN_NAMES.has(low) && !NOT_A_NAME_AFTER.test(text.slice(lastEnd, lastEnd + 14))) {
      atOffsets.push(start);
      wordNamesHere.add(low);
    }
    // Months and seasons ("summer hols", "autumn trg") are dates before a word, not given names.
    // "mentor grace whitfield", "trainee summer hughes": after a role word a given name that is also a word is the person's, when a surname follows.
    lastGiven =
      lowerFirst && (((shape.given || WORD_FIRST_NAMES.has(low) || PERSON_WORD_NAMES.has(low)) && !NOTE_ABBREVIATIONS.has(low) && !isTerm(low)) || (CALENDAR_GIVEN.test(low) && start - lastEndBefore === 1 && ROLE_WORD.test(lastLow)))
        ? { start, end: lastEnd, low, afterRoleWord: start - lastEndBefore === 1 && ROLE_WORD.test(lastLow) && !MODAL_NAMES.has(low) }
        : null;
    lastLow = low;
    if (shape.alone || surname || afterRole || listJoin || givenBeforeSurname) {
      names.add(low);
      previous = lowerFirst;
      nameEnd = lastEnd;
      // "ananya, kavitha and rhys": given names just before it in the same list are names too.
      for (let from = start; joinable.length > 0; ) {
        const last = joinable[joinable.length - 1];
        if (from - last.end > 8 || !LOWER_JOIN.test(text.slice(last.end, from))) break;
        names.add(last.low);
        from = last.start;
        joinable.pop();
      }
      joinable.length = 0;
    } else {
      previous = false;
      // A given name typed in lower case that no rule took: a list it opens may turn out to be of names.
      if (lowerFirst && shape.given && !isEnglishWord(low)) joinable.push({ start, end: lastEnd, low });
      if (joinable.length > 8) joinable.shift();
    }
    if (!lowerFirst) continue;
    // A word that could be a name, written in lower case: capitalised below if it is one somewhere.
    if (shape.alone || shape.surname || shape.given || WORD_FIRST_NAMES.has(low)) lowerMentions.push({ at: start, low });
    // Where only a person stands: a given name after a verb of meeting ("spoke w/ grace", "emailed
    // tom"), an unknown word opening a line before a verb of saying or a bracket ("jiahui said…",
    // "liz (prog admin)"). Capitalised there only; the rules above then read it as a name.
    if (shape.alone) continue;
    const given = GIVEN_NAMES.has(low) || PERSON_WORD_NAMES.has(low) || shape.listed;
    // A given name that is also a word ("asked will there be", "told mark schemes") only before a word that ends a name.
    // A given name that is a noun ("ruby", "lily") is as good as one no dictionary holds in these three places.
    const nounName = NOUN_GIVEN_NAMES.has(low);
    const meets = (given || nounName) && MEETING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && (!isEnglishWord(low) || NAME_ENDS_AFTER.test(text.slice(lastEnd, lastEnd + 12)));
    // "… and ananya said", "felt kavitha explained it well": a given name no English word, anywhere before a verb of saying.
    const says = ((given && !isEnglishWord(low)) || (nounName && !/^ (?:said|thought|felt) to\b/.test(text.slice(lastEnd, lastEnd + 12)))) && SAYING_AFTER.test(text.slice(lastEnd, lastEnd + 12)) && text.charCodeAt(lastEnd + 1) !== 40;
    // "bethan's lesson", "owain (y9 mentor)": a possessive about a person's work, or a role in brackets after it.
    const owns = ((given && !isEnglishWord(low)) || nounName) && (low !== lowered ? PERSONAL_POSSESSIONS.test(text.slice(lastEnd + 1, lastEnd + 30)) : LOWER_ROLE_AFTER.test(text.slice(lastEnd, lastEnd + 40)));
    const joinedToMet = given && !isEnglishWord(low) && metEnd >= 0 && start - metEnd <= 8 && LOWER_JOIN.test(text.slice(metEnd, start));
    if (meets || joinedToMet) metEnd = lastEnd;
    if (meets || joinedToMet || says || owns || (shape.surname && !looksEnglish(low) && !/(?:ed|ing)$/.test(low) && SAYING_AFTER.test(text.slice(lastEnd, lastEnd + 12)) && LINE_OPENING_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) {
      atOffsets.push(start);
    }
  }
  const personSpots = lowerNotes ? lowerCasePersonSpots(text, names, wordNamesHere, (low) => wordShapes.get(low)?.given === true || wordGivenName(low) || GIVEN_NAMES.has(low), unknownWord) : [];
  for (const at of personSpots) atOffsets.push(at);
  if (names.size === 0 && atOffsets.length === 0) return { text, personSpots };
  const offsets = [...atOffsets, ...lowerMentions.filter((mention) => names.has(mention.low)).map((mention) => mention.at)];
  offsets.sort((a, b) => a - b);
  let out = '';
  let at = 0;
  for (const offset of offsets) {
    if (offset < at) continue;
    const irish = /^o['’]\p{Ll}/u.test(text.slice(offset, offset + 3));
    const end = irish ? offset + 3 : offset + 1;
    out += text.slice(at, offset) + (irish ? `O${text.charAt(offset + 1)}${upperOne(text.charAt(offset + 2))}` : upperOne(text.charAt(offset)));
    at = end;
  }
  return { text: out + text.slice(at), personSpots };
}

const LETTER_RUN = /\p{L}[\p{L}'’-]*/gu;
const ONE_PERSON_ROLE = /^(?:trainee|mentor|tutor|student|ect|nqt|teacher)$/;
// Given names that are nouns and never verbs or modals ("will", "rose", "mark" are left out).
// Colours are left out: "trainee amber on TS5" is a rating.
const NOUN_GIVEN_NAMES = new Set('grace joy faith ruby lily ivy poppy daisy holly hazel iris pearl jasmine violet blessing precious heather ebony melody serenity'.split(' '));
// What after a word-name makes it a thing's name ("ruby class", "faith school", "charity week", "memory game").
const NOT_A_NAME_AFTER = /^(?:[ \t-]+(?:rating|ratings|rated|flag|flagged|class|classes|group|groups|house|houses|room|set|sets|team|status|period|level|zone|school|schools|setting|settings|sector|ethos|based|led|chain|day|week|weeks|game|games|discussion|questions|activities|activity|time|box|fund|primary|secondary|infant|infants|junior|juniors|nursery|academy|college|ce|rc|church)\b|[-/])/;
// A bracket opening with a role and going on after a comma: " (mentor, Seaham)".
const BRACKET_OPENING_ROLE = new RegExp(`^[ \\t]*\\([ \\t]*((?:[\\p{L}\\d-]+ ){0,3}${ROLE_PATTERN}(?: of (?:the )?[\\p{L}&-]+)?)[ \\t]*,[ \\t]*(?=\\S)`, 'iu');
// A bracket holding only a role: " (trainee)".
const BRACKET_ROLE_ONLY = new RegExp(`^[ \\t]*\\([ \\t]*(${ROLE_PATTERN})[ \\t]*\\)`, 'iu');
// Matched from the bracket back (a lookbehind), so only " (a …" and " (the …" are tried, not every article.
const REPEATED_ROLE = /(?<=\b(?:an?|the) ((?:[\p{L}\d-]+ ){0,4}(?:trainee|member of staff|mentor|tutor|lead|director|manager|inspector|teacher|headteacher|head|coordinator|officer|administrator|admin|leader|examiner|chair)s?)) \((?:an?|the) \1(\)|, )/giu;
const ROLE_WORD_AHEAD = new RegExp(`^[ \\t]+(?:${ROLE_PATTERN}|hmi|oi|si)(?![\\p{L}])`, 'iu');

// "dev (devinder sandhu)", "sunny (sunil, computing)": a word before a bracket that opens with a
// given name it shortens, and the surname after that given name.
const LOWER_ALIAS = /(?<![\p{L}\d'’-])(\p{Ll}[\p{Ll}'’-]*)[ \t]*\([ \t]*(\p{Ll}[\p{Ll}'’-]*)(?:[ \t]+(\p{Ll}[\p{Ll}'’-]*))?[ \t]*(?=[,)])/gu;
// What a person says, thinks or does not do; and the adverbs and modals a subject takes. Both end a name after it.
const SPEAKER_VERBS = "said|says|thinks|felt|feels|explained|agreed|accepted|told|asked|didn['’]?t|doesn['’]?t|hasn['’]?t|isn['’]?t|wasn['’]?t|wants|knows";
const SUBJECT_ADVERBS_AND_MODALS = 'never|always|only|v|very|less|more|also|both|still|quieter|has|had|will|would|can|could|should|might';
const LOWER_PERSON_AFTER_STRICT = new RegExp(`^(?:['’]s[ \\t]+\\p{L}|[ \\t]*(?::(?![ \\t]*\\d)|\\)|$|\\n)|[ \\t]+(?:${SPEAKER_VERBS})\\b)`, 'u');
// After a word-name that is also a verb ("rose never lets", "jack less positive"): adverbs and modals a subject takes, no preposition ("rose from", "bill for").
const LOWER_PERSON_AFTER_VERBAL = new RegExp(`^(?:[ \\t]+(?:${SUBJECT_ADVERBS_AND_MODALS})\\b)`, 'u');
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}[ \\t]*(?:[,/&+–-]|and|or|to)[ \\t]*$`, 'i');
const MONTH_AFTER = new RegExp(`^[ \\t]*(?:[,/&+–-]|and|or|to)[ \\t]*${MONTH_WORD}`, 'i');
// Given names that are also subjects: a person only where the notes cannot mean the subject.
const SUBJECT_NAMES = new Set(['art', 'drama', 'music']);
// Before a person for certain: a verb of meeting, a role.
const LOWER_MEETING_WORDS = 'met|w\\/|with|ask|asked|email|emailed|told|tell|cc|bcc|per|see|saw|chased|chase|interviewed|interview|thanked|briefed|mentor|tutor|trainee|head|lead|obs';
const LOWER_MEETING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${LOWER_MEETING_WORDS})[ \\t]*$`, 'iu');
const ABBREVIATION_STOP_BEFORE = /(?:^|[^\p{L}])(?:esp|v|vs|incl|approx|eg|e\.g|ie|i\.e|etc|st|no|nb|cf|re)\.[ \t]*$/iu;
const LOWER_JOIN_AHEAD = /^[ \t]*(?:,[ \t]*and|[+&,]|and)[ \t]+/;
const LOWER_PAIR_WITH_INITIALS = /(?<![\p{L}\d'’-])(\p{Ll}[\p{Ll}'’-]+)[ \t]+(\p{Ll}[\p{Ll}'’-]+)[ \t]*\([ \t]*(\p{L}{2})[ \t]*\)/gu;
const LOWER_WORD_BEFORE_BRACKET = /(?<![\p{L}\d'’-])(\p{Ll}[\p{Ll}'’-]*)(?=[ \t]*\()/gu;
const INITIALS_ACTING_AFTER = /^(?:[ \t]*[:)]|[ \t]+(?:to|said|says|thinks|agreed|accepted|less|more|v|will|has|had|was|is|asked|told|confirmed|sent|wants|knows)\b)/i;
/** Two letters that can be a person's initials here: no word, abbreviation, acronym or term of the trade. */
const usableInitials = (letters: string) => {
  const low = letters.toLowerCase();
  return !COMMON_TWO_LETTERS.has(low) && !isEnglishWord(low) && !NOTE_ABBREVIATIONS.has(low) && !KNOWN_ACRONYMS.has(low.toUpperCase()) && !DOMAIN.has(low) && !FUNCTION_WORDS.has(low);
};
const TWO_LETTER_TOKEN = /(?<![\p{L}\d'’&/.@-])(\p{L}{2})(?![\p{L}\d&/@-])/gu;
const LOWER_PAIR = /(?<![\p{L}\d'’.@-])(\p{Ll}[\p{Ll}'’-]+)[ \t]+(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\d'’@-])/gu;
// Two letters notes use for things, not people: times, subjects, places, parts of speech.
const COMMON_TWO_LETTERS = new Set('am pm pe dt ht ms mr dr ok eg ie vs cc pp ta ks rs wc fb fg ed sw nw ne se uk us tv pc ra re ct dd lo ap ey sl hr pt wk yr sc ml hm ft st rd th nd ds qa pd la ma ba ps oh ah uh hi no so to do go be we he me my by of on in at an or as if is it up sd ls gd rr sen lp tas ict rwi'.split(' '));
const LOWER_ROLE_THEN_WORD = new RegExp(`(?<![\\p{L}])(${ROLE_PATTERN})[ \\t]+(\\p{Ll}[\\p{Ll}'’-]*)(?=[ \\t]*(?:$|\\n|[,.;:)])|[ \\t]+(?:said|says|thinks|told|explained|agreed)\\b)`, 'giu');
const LOWER_GIVEN_BEFORE = /(?<![\p{L}\d'’-])(\p{Ll}[\p{Ll}'’-]*)[ \t]+$/u;
const LOWER_POSSESSIVE = /(?<![\p{L}\d'’-])(\p{Ll}[\p{Ll}-]*)['’]s[ \t]+(?:\p{Ll}+[ \t]+)?/gu;
const LOWER_ORGANISATION_WORD = /^(?:primary|secondary|academy|school|college|nursery|infants?|juniors?|high|university|trust|hub|partnership|campus)$/;
const LOWER_QUOTED_SPEAKER = /^[ \t]*(?:[-*•][ \t]+)?(\p{Ll}[\p{Ll}'’-]*)[ \t]*:[ \t]*["“]/gmu;
const PLACE_LIST_BEFORE = /\b(?:in|at|across|around|near|from|to|via)[ \t]+$/i;
const LIST_OF_PEOPLE_BEFORE = /(?:^|\n)[ \t]*(?:[-*•#]+[ \t]+)?(?:present|attendees|attending|apologies|met|fg|focus group|trainees|mentors|ects|panel|tutors)(?:[ \t]*\(\d+\))?[ \t]*:[ \t]*$/i;
const LOWER_BRACKETED_NAME = /\([ \t]*(\p{Ll}[\p{Ll}'’-]*)[ \t]*\)/gu;
const LOWER_LIST_ITEM = `\\p{Ll}[\\p{Ll}'’-]*(?:[ \\t]*\\([^()\\n]{1,40}\\))?`;
const LOWER_LIST = new RegExp(`(?<![\\p{L}\\d'’-])${LOWER_LIST_ITEM}(?:(?:[ \\t]*[,+&][ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+)${LOWER_LIST_ITEM})+(?![\\p{L}\\d'’-])`, 'gu');
// Before a person in lower-case notes: a verb of meeting or asking, a role, a list's join.
const LOWER_PERSON_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}])(?:${LOWER_MEETING_WORDS}|to|for|from|by)|[-–—:(,;.!?]|["“])[ \\t]*$`, 'iu');
// After a person: where a name ends, a verb in the third person, a modal, an adverb notes put after a subject.
const LOWER_PERSON_AFTER = new RegExp(
  `^(?:['’]s[ \\t]+\\p{L}|[ \\t]*(?:[:),;]|$|\\n)|[ \\t]+y?\\d|[ \\t]+(?:re|about|by|at|for|from|with|w\\/|today|tomorrow|later|again|now|can['’]?t|won['’]?t|is|was|explains|arrived|nodded|checked|sat|put|${SUBJECT_ADVERBS_AND_MODALS}|${SPEAKER_VERBS})\\b)`,
  'u',
);

// A table column of people: its header names who the cells are ("| Trainee | Subject |", "| Who |").
const PERSON_COLUMN = /^(?:(?:trainee|mentor|tutor|link tutor|staff|staff member|ect|nqt|apprentice|student|student teacher|participant|person|interviewee|attendee|contact|governor|headteacher)(?:s|\(s\))?(?:['’]s)?(?:[ \t]+names?)?|names?|who|present|attendees)$/i;
// A column of the inspection team's initials: "| Met by |", "| Inspector |", "| Led by |".
const INSPECTOR_COLUMN = /^(?:met by|seen by|led by|by|inspectors?|inspector\(s\)|team member|ti)$/i;
// Headers that name a kind of person, not only "a name": under them an unknown word before a surname is a person too.
const ROLE_COLUMN = /^(?:trainee|mentor|tutor|link tutor|ect|nqt|apprentice|student|student teacher|interviewee)s?\b/i;
// Tested with the spaces taken out: with them in, a long run of spaces made the test quadratic.
const TABLE_SEPARATOR = /^\|?:?-{2,}:?(?:\|:?-{2,}:?)+\|?$/;
const isTableSeparator = (line: string) => line.includes('-') && TABLE_SEPARATOR.test(line.replace(/[ \t\r]+/g, ''));
// The name a person cell opens with: a title, then up to three capitalised words, then the cell's end, a bracket, a comma or a dash.
const PERSON_CELL = new RegExp(`^[ \\t*_]*(?:(${TITLE})[ \\t]+)?(${NAME_TOKEN}(?:[ \\t]+${NAME_TOKEN}){0,2})(?=[ \\t*_]*(?:$|[(,;]|[–—-][ \\t]))`, 'u');

/**
 * In a Markdown table whose header names a column of people, the name each cell of that column
 * opens with, as word offsets, and the role the header gives them. "| Grace Hall | maths |"
 * under "| Trainee | Subject |" is a trainee, though both words are English words.
 */
function tablePersonSpots(text: string): Map<number, string> {
  const spots = new Map<number, string>();
  if (!text.includes('|')) return spots;
  const lines = text.split('\n');
  let offset = 0;
  let columns: Array<{ role: string; byRole: boolean; initials?: boolean } | null> | null = null;
  const cellsOf = (line: string) => {
    const cells: Array<{ text: string; at: number }> = [];
    const inner = line.replace(/^([ \t]*\|)?/, (m) => ' '.repeat(m.length)).replace(/\|[ \t]*$/, '');
    let from = 0;
    for (const part of inner.split('|')) {
      cells.push({ text: part, at: from });
      from += part.length + 1;
    }
    return cells;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineAt = offset;
    offset += line.length + 1;
    if (!line.includes('|')) {
      columns = null;
      continue;
    }
    if (isTableSeparator(line)) continue;
    if (i + 1 < lines.length && isTableSeparator(lines[i + 1])) {
      columns = cellsOf(line).map((cell) => {
        const header = cell.text.replace(/[*_]/g, '').trim();
        if (INSPECTOR_COLUMN.test(header)) return { role: 'an inspector', byRole: false, initials: true };
        if (!PERSON_COLUMN.test(header)) return null;
        return { role: /^(?:trainee|student|apprentice|ect|nqt)/i.test(header) ? 'a trainee' : /^mentor/i.test(header) ? 'a mentor' : /tutor/i.test(header) ? 'a tutor' : 'a member of staff', byRole: ROLE_COLUMN.test(header) };
      });
      if (!columns.some(Boolean)) columns = null;
      continue;
    }
    if (!columns) continue;
    cellsOf(line).forEach((cell, c) => {
      const column = columns?.[c];
      if (!column) return;
      const role = column.role;
      if (column.initials) {
        // "| LI, EF |": each set of initials no list knows ("LI" is the lead inspector's role).
        for (const initials of cell.text.matchAll(/(?<![\p{L}\d])[A-Z]{2,3}(?![\p{L}\d])/gu)) {
          if (!KNOWN_ACRONYMS.has(initials[0]) && !ROLE_OR_BODY_INITIALS.has(initials[0])) spots.set(lineAt + cell.at + initials.index, role);
        }
        return;
      }
      const match = PERSON_CELL.exec(cell.text);
      if (!match) return;
      const words = match[2].split(/[ \t]+/);
      const first = words[0].toLowerCase();
      // A role, a team, a term, an acronym or an organisation is no one's name: "Head of maths", "Maths team", "SENCo", "Oakfield Academy".
      if (!match[1] && (ROLE_WORD.test(first) || isTerm(first) || /^\p{Lu}{2,}$/u.test(words[0]) || isPlace(words[0]))) return;
      // A school, trust or product in a "| Name |" column ("Oakfield", "Sparx") is no person: alone, a
      // cell's word must be a given name; before a surname, a given name or a word no dictionary knows.
      const given = isFirstName(first) || wordGivenName(first) || listedGiven(first);
      if (!match[1] && !given && (!column.byRole || words.length === 1 || dictionaryWord(first) || !words.slice(1).every((word) => surnameLike(word.toLowerCase())))) return;
      if (words.slice(1).some((word) => ORG_IN_NAME.test(word) || /^(?:Primary|Secondary|High|Infants?|Juniors?|Nursery|Team|Dept|Department)$/.test(word) || ROLE_WORD.test(word) || isTerm(word))) return;
      const nameAt = lineAt + cell.at + match[0].length - match[2].length;
      for (const word of match[2].matchAll(/\S+/g)) spots.set(nameAt + word.index, role);
    });
  }
  return spots;
}

/**
 * In notes typed in lower case, the spots where a person stands: aliases before a bracketed full
 * name, lists made mostly of given names, and later mentions of a given name that is also a word
 * ("rob", "faith", "rose") once the notes have used it of a person, where only a person fits
 * ("rose: …", "w/ rob", "jack's y8 history", "bill nodded"), not "rose from 89%" or "in good faith".
 * Words that are no English word join `names` and are capitalised everywhere.
 */
function lowerCasePersonSpots(text: string, names: Set<string>, wordNames: Set<string>, givenLike: (low: string) => boolean, unknownWord: (low: string) => boolean): number[] {
  const spots: number[] = [];
  const person = (low: string) => names.has(low) || wordNames.has(low);
  // Words no dictionary holds that only these rules found: the capital rules may not take them alone ("deji: …").
  const foundHere = new Set<string>();
  const establish = (low: string) => {
    if (isEnglishWord(low) || NOTE_ABBREVIATIONS.has(low)) wordNames.add(low);
    else if (!names.has(low)) {
      names.add(low);
      foundHere.add(low);
    }
  };
  for (const match of text.matchAll(LOWER_ALIAS)) {
    const [, alias, given, surname] = match;
    if (alias.length < 2 || !given.startsWith(alias.slice(0, 2)) || ROLE_WORD.test(alias) || ROLE_WORD.test(given) || FUNCTION_WORDS.has(alias)) continue;
    // "sat (saturday)", "jan (january)": a term, unless a surname follows ("summer (summer reid, …)").
    if (((isTerm(given) || isTerm(alias)) && !surname) || NOTE_ABBREVIATIONS.has(given)) continue;
    if (!givenLike(given) && (isEnglishWord(given) || !given.startsWith(alias) || alias.length < 3 || !surname || /\d/.test(surname))) continue;
    // "ash (ashfield primary)": a school's short name.
    if (surname && (ROLE_WORD.test(surname) || FUNCTION_WORDS.has(surname) || LOWER_ORGANISATION_WORD.test(surname) || placeShaped([given, surname]))) continue;
    const givenAt = match.index + match[0].indexOf('(') + match[0].slice(match[0].indexOf('(')).indexOf(given);
    spots.push(match.index, givenAt);
    establish(alias);
    establish(given);
    if (surname) {
      spots.push(givenAt + given.length + match[0].slice(givenAt - match.index + given.length).indexOf(surname));
      if (!isEnglishWord(surname)) establish(surname);
    }
  }
  // "will baker (wb)", "jo pickering (jp)": a pair followed by its own initials is a name, whatever
  // its words are; the initials stand for the person wherever they come again, in either case.
  const initialsHere = new Set<string>();
  for (const match of text.matchAll(LOWER_PAIR_WITH_INITIALS)) {
    const [whole, given, surname, initials] = match;
    if (initials.toLowerCase() !== `${given[0]}${surname[0]}` || !givenLike(given) || !usableInitials(initials) || placeShaped([given, surname]) || PLACE_WORD.test(surname) || LOWER_ORGANISATION_WORD.test(surname) || FUNCTION_WORDS.has(given) || ROLE_WORD.test(given) || ROLE_WORD.test(surname)) continue;
    const surnameAt = match.index + given.length + whole.slice(given.length).indexOf(surname);
    spots.push(match.index, surnameAt, match.index + whole.lastIndexOf(initials));
    establish(given);
    if (!isEnglishWord(surname)) establish(surname);
    initialsHere.add(initials.toLowerCase());
  }
  // "grace fielding" … "GF to send", "bill marsh" … "bm accepted": a given name and a word the
  // notes also abbreviate to their initials elsewhere is a person, whatever the words are.
  const initialsUsed = new Set<string>();
  for (const match of text.matchAll(TWO_LETTER_TOKEN)) {
    const low = match[1].toLowerCase();
    if (initialsUsed.has(low) || !usableInitials(low)) continue;
    // Only initials used as a person is ("gf less sure", "GF to send", "agreed w/ gf", "(gf)"), not a unit's or a scheme's letters.
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    const after = text.slice(match.index + 2, match.index + 16);
    if ((LINE_OPENING_BEFORE.test(before) || /(?:w\/|\(|\bper|\bcc)[ \t]*$/i.test(before)) && INITIALS_ACTING_AFTER.test(after)) initialsUsed.add(low);
  }
  if (initialsUsed.size > 0) {
    for (const match of text.matchAll(LOWER_PAIR)) {
      const [, given, surname] = match;
      const initials = `${given[0]}${surname[0]}`;
      if (!initialsUsed.has(initials) || !givenLike(given) || surname.length < 3 || FUNCTION_WORDS.has(given) || FUNCTION_WORDS.has(surname) || ROLE_WORD.test(surname) || NOTE_ABBREVIATIONS.has(surname) || isTerm(surname)) continue;
      spots.push(match.index, match.index + given.length + match[0].slice(given.length).search(/\p{L}/u));
      establish(given);
      if (!isEnglishWord(surname)) establish(surname);
      initialsHere.add(initials);
    }
  }
  // "grace (prog lead)", "bill (director)", "ian hunter (strategic board chair, …)": a given name,
  // or a given name and the word after it, with a role in brackets after.
  for (const match of text.matchAll(LOWER_WORD_BEFORE_BRACKET)) {
    const low = match[1];
    const bracket = text.slice(match.index + low.length, match.index + low.length + 60);
    if (FUNCTION_WORDS.has(low) || ROLE_WORD.test(low) || (!LOWER_ROLE_AFTER.test(bracket) && !ROLE_BRACKET_OPENING.test(bracket))) continue;
    if (givenLike(low)) {
      spots.push(match.index);
      establish(low);
      continue;
    }
    const pair = LOWER_GIVEN_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    if (!pair || !givenLike(pair[1]) || FUNCTION_WORDS.has(pair[1]) || NOTE_ABBREVIATIONS.has(low) || isTerm(low) || placeShaped([pair[1], low]) || PLACE_WORD.test(low) || LOWER_ORGANISATION_WORD.test(low)) continue;
    spots.push(match.index - pair[0].length, match.index);
    establish(pair[1]);
    if (!isEnglishWord(low)) establish(low);
  }
  // "his mentor rob", "mentor rob said": a given name after a role, where the name ends.
  for (const match of text.matchAll(LOWER_ROLE_THEN_WORD)) {
    const low = match[2];
    if (!givenLike(low) || FUNCTION_WORDS.has(low) || !ROLE_WORD.test(match[1])) continue;
    spots.push(match.index + match[0].length - low.length);
    establish(low);
  }
  // "jack's behaviour target", "mark's mentor": a given name's possessive about a person's work.
  for (const match of text.matchAll(LOWER_POSSESSIVE)) {
    const low = match[1];
    if (!givenLike(low) || FUNCTION_WORDS.has(low) || SAINT_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index)) || !PERSONAL_POSSESSIONS.test(text.slice(match.index + match[0].length, match.index + match[0].length + 30))) continue;
    spots.push(match.index);
    establish(low);
  }
  // Lists: runs of single words joined by commas, "+", "&" or "and" (each maybe with a bracketed
  // detail: "jess (y2), bex (rec), mo (y4)"), most of them given names.
  for (let pass = 0; pass < 2; pass++) {
    for (const run of text.matchAll(LOWER_LIST)) {
      // The words inside brackets are details, not items.
      const items = [...blankBrackets(run[0]).matchAll(/\p{L}[\p{L}'’-]*/gu)]
        .map((m) => ({ at: run.index + m.index, low: m[0].replace(/['’]s$/, ''), lower: m[0] === m[0].toLowerCase() }))
        .filter((t) => t.lower && t.low !== 'and');
      if (items.length < 2) continue;
      // "placements in preston, lincoln, chester": a list with a place in it, or after "in", is of places.
      if (items.some((t) => isPlace(t.low) && !person(t.low)) || PLACE_LIST_BEFORE.test(text.slice(Math.max(0, run.index - 40), run.index))) continue;
      const namey = items.filter((t) => person(t.low) || (givenLike(t.low) && !FUNCTION_WORDS.has(t.low) && !isTerm(t.low)));
      const sure = namey.filter((t) => person(t.low) || (!isEnglishWord(t.low) && (isFirstName(t.low) || GIVEN_NAMES.has(t.low))));
      // "present: faith, robin, art, may": a list labelled as people needs no name that is not also a word.
      const labelled = LIST_OF_PEOPLE_BEFORE.test(text.slice(Math.max(0, run.index - 40), run.index));
      if (namey.length < 0.6 * items.length || (!labelled && sure.length < Math.min(2, items.length - 1)) || (items.length === 2 && namey.length < 2)) continue;
      // "priya, callum, shannon, deji": in a list of names, a word no dictionary or gazetteer knows is one too.
      for (const t of items.filter((t) => namey.includes(t) || (namey.length >= 3 && unknownWord(t.low)))) {
        spots.push(t.at);
        establish(t.low);
      }
    }
  }
  // "mr fairclough (greg)", "english (dev)": a given name alone in brackets.
  for (const match of text.matchAll(LOWER_BRACKETED_NAME)) {
    const low = match[1].replace(/['’]s$/, '');
    if (person(low) || (givenLike(low) && !isEnglishWord(low) && unknownWord(low))) {
      spots.push(match.index + 1 + match[0].slice(1).search(/\p{L}/u));
      establish(low);
    }
  }
  // "rose: "he's come on…"": a given name opening a line before a colon and a quotation.
  for (const match of text.matchAll(LOWER_QUOTED_SPEAKER)) if (!person(match[1]) && givenLike(match[1])) establish(match[1]);
  // Initials these rules tied to a person, in either case, where a person stands.
  if (initialsHere.size > 0) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d'’&/-])(?:${[...initialsHere].join('|')})(?![\\p{L}\\d&/-])`, 'giu'))) {
      // "wb had 2 sessions", "agreed w/ wb", "(wb)"; not "good use of wb in maths".
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
      if (LINE_OPENING_BEFORE.test(before) || /(?:w\/|\(|\bper|\bcc|[,+&]|\band|\bto)[ \t]*$/i.test(before) || INITIALS_ACTING_AFTER.test(after) || /^[ \t]*[,+&]/.test(after)) spots.push(match.index);
    }
  }
  // Later mentions of a word-name this file uses of a person, where only a person fits; a word no
  // dictionary holds that only these rules found, wherever it stands. One scan for all of them.
  if (wordNames.size === 0 && foundHere.size === 0) return spots;
  const alternatives = [...wordNames, ...foundHere].sort((x, y) => y.length - x.length).map((low) => low.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d'’-])(?:${alternatives.join('|')})(?=['’]s(?![\\p{L}])|(?![\\p{L}\\d'’-]))`, 'gu'))) {
    const at = match.index;
    const low = match[0];
    if (foundHere.has(low)) {
      spots.push(at);
      continue;
    }
    const end = at + low.length;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(end, end + 14);
    const opening = LINE_OPENING_BEFORE.test(text.slice(Math.max(0, at - 6), at));
    // "esp. art + dt": a stop after an abbreviation ends no sentence.
    const beforeFits = opening || (LOWER_PERSON_BEFORE.test(before) && !ABBREVIATION_STOP_BEFORE.test(before));
    if (!beforeFits) continue;
    // A word-name that is also a verb or a month ("rose", "bill", "mark", "will", "may") is the
    // person only before a colon, a possessive, a bracket's end, a verb of saying, a finite verb or
    // another person: "rose from 89%", "bill for 3 days", "trainees to mark by friday", "will now
    // go", "by may," stay.
    // Modals and months ("will", "may", "june") need the most; other verbs ("rose", "bill", "mark") less, and less again after "w/" or a role.
    const modalOrDate = MODAL_NAMES.has(low) || isTerm(low) || SUBJECT_NAMES.has(low);
    const verbLike = modalOrDate || isVerb(low);
    if (verbLike && (/\bto[ \t]+$/i.test(before) || readAsDate(text, at, low))) continue;
    // "april, may, june": a month among months.
    if (isTerm(low) && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;
    const meeting = LOWER_MEETING_BEFORE.test(before);
    // "rob + bill", not "art + dt": a list goes on to another person.
    const joined = LOWER_JOIN_AHEAD.exec(after);
    const next = joined ? /^\p{L}[\p{L}'’-]*/u.exec(after.slice(joined[0].length))?.[0].replace(/['’]s$/, '') : undefined;
    const following = /^[ \t]+(\p{Ll}+)\b/u.exec(after)?.[1];
    // "next visit: may", "art: sketchbooks strong": a month's or a subject's label is no speaker.
    if (modalOrDate && !meeting && /^[ \t]*:(?![ \t]*["“])/.test(after)) continue;
    const afterFits = !verbLike || (meeting && !modalOrDate) ? LOWER_PERSON_AFTER.test(after) : LOWER_PERSON_AFTER_STRICT.test(after) || ((meeting || !modalOrDate) && LOWER_PERSON_AFTER_VERBAL.test(after));
    // "rob + bill", not "round robin, faith and hope": the list goes on to a person, or to a given name that is no word.
    if (afterFits || (following !== undefined && isFiniteVerb(following)) || (next !== undefined && (person(next) || (givenLike(next) && !isEnglishWord(next))))) spots.push(at);
  }
  return spots;
}
/** "re-grade", "co-teach": a prefixed word, not a double-barrelled surname. */
const WORD_PREFIX = new RegExp(`^(?:${WORD_PREFIXES}|over|under|out|up)-`);
/** One person's role in brackets: " (mentor)", " (y9 ECT)", " (lead mentor)"; not a count of them (" (3 trainees)"). */
const LOWER_ROLE_AFTER = new RegExp(`^[ \\t]*\\((?:(?!\\d+[ \\t])[\\w.&-]+[ \\t]+){0,2}${ROLE_PATTERN}(?<!s)[ \\t]*\\)`, 'i');
/** Between two names of a list: a comma, "+", "&" or "and". */
const LOWER_JOIN = /^(?:[ \t]*[,+&][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;

/** A character's capital, or the character itself where the capital is longer ("ﬁ" → "FI", "ß" → "SS"): the copy must keep every offset. */
function upperOne(char: string): string {
  const upper = char.toUpperCase();
  return upper.length === char.length ? upper : char;
}
const CONTRACTION = /^(?:(?:did|could|would|should|was|were|is|are|has|have|had|does|do|ca|wo|must|need|might|ai)n['’]?t|can['’]?t|won['’]?t|i['’]?(?:m|ve|d|ll)|(?:you|they|we|she|he|it|that|there|what|who)['’]?(?:re|ve|ll|d|s))$/;
// A year group or key stage after a name says whose class it is ("obs tom y4 maths").
const NAME_ENDS_AFTER = /^(?:[ \t]*(?:[,.;:()!?]|$)|[ \t]+(?:re|about|and|to|at|on|for|from|who|said|says|after|before|today|yesterday|twice|again|y(?:r ?)?\d{1,2}|ks\d)\b)/;

/** Notes whose lines almost never open with a capital: an inspector who types in lower case. */
function typedInLowerCase(text: string): boolean {
  let lower = 0;
  let upper = 0;
  // Acronyms ("EY route: …", "SSP = …") are capitals whoever types them.
  for (const match of text.matchAll(/^[ \t]*(?:[-*•#]+[ \t]+|\d{1,3}[.)][ \t]+)?(\p{L}[\p{L}'’-]*)/gmu)) {
    if (match[1].length > 1 && match[1] === match[1].toUpperCase()) continue;
    if (/\p{Lu}/u.test(match[1][0])) upper++;
    else lower++;
  }
  return lower >= 5 && upper < 0.1 * (lower + upper);
}

const MEETING_BEFORE = /(?:\bmet|\bw\/|\bemailed|\bphoned|\brang|\bcalled|\bspoke (?:to|with|w\/)|\btalked to|\basked|\btold|\bchased|\bobserved|\bobs of|\bobs|\binterviewed|\bthanked|\bbriefed|\bb?cc|\bqs? (?:to|for)) $/i;
const SAYING_AFTER = /^ (?:said|says|told|thinks|reckons|felt|feels|explained|confirmed|agreed|mentioned|admitted)\b|^ \(/;
const LINE_OPENING_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$/;

/** After a title or a name, a word no dictionary knows ("obiora", "ashworth-lyle", "van der berg"): a surname. */
function surnameShape(low: string, unknownWord: (low: string) => boolean): boolean {
  const parts = low.split(/[-'’]/);
  return (parts.some((part) => part.length > 2 && unknownWord(part)) || (parts.length > 1 && unknownWord(low))) && parts.every((part) => LOWER_CASE_PARTICLE.test(part) || part.length > 1);
}

const WORD_RUN = /(?<![\p{L}\d'’-])\p{L}[\p{L}'’-]*(?<!['’-])/gu;
const NOTE_NOUNS = new Set('folder report absence duty data target evidence time meeting call email note record plan file attendance support progress mark grade score task tracker binder diary audit list summary action update concern issue query question answer point comment view idea'.split(' '));
const LOWER_SURNAME_AFTER = /^ (\p{Ll}[\p{Ll}'’-]{1,24})(?![\p{L}\d])/u;
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[,;:.)(+&/]|$|\n)|[ \t]+(?:and|joined|said|says|agreed|explained|told|thinks|felt|was|is|has|had|from|at|who|re)\b)/;

/**
 * "hope mensah", "dr simon wood joined", "will hunter (hist)": a given name typed in lower case and
 * found as a person takes the word after it when that is a surname (the lexicon's, a word no list
 * holds, or a noun or a surname-adjective that closes the phrase). The capital rules miss it: a
 * lower-case word is a surname to them only where no dictionary knows it.
 */
function extendOverLowerCaseSurnames(text: string, hits: Hit[]): Map<string, string> {
  const taken = new Map<string, string>();
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k];
    const last = /\p{L}[\p{L}'’-]*$/u.exec(text.slice(Math.max(hit.start, hit.end - 30), hit.end))?.[0];
    if (!hit.replacement || last === undefined) continue;
    const low = last.toLowerCase();
    if (last !== low || !hit.name.toLowerCase().endsWith(low) || !anyGivenName(low)) continue;
    const next = LOWER_SURNAME_AFTER.exec(text.slice(hit.end, hit.end + 28));
    if (!next) continue;
    const word = next[1];
    const end = hit.end + next[0].length;
    if (hits[k + 1] !== undefined && hits[k + 1].start < end) continue;
    // Not a verb's form or a contraction ("didnt", "couldn't": the notes' own words, typed fast).
    if (FUNCTION_WORDS.has(word) || NOTE_ABBREVIATIONS.has(word) || ROLE_WORD.test(word) || isTerm(word) || isPlace(word) || /(?:ed|ing|ly|['’](?:s|d|ll|re|ve|m|t))$/.test(word) || CONTRACTION.test(word)) continue;
    // Two letters are a note's shorthand ("fb", "wk") unless the lexicon has the surname ("wu", "ng").
    if (word.length < 3 && !isLastName(word)) continue;
    const closes = CLAUSE_END_AFTER.test(text.slice(end, end + 12));
    const unknown = !isEnglishWord(word) && !isCommonWord(word) && !dictionaryWord(word) && !KNOWN_ACRONYMS.has(word.toUpperCase());
    // A noun that closes the phrase is a surname ("dr simon wood joined", "hannah bell,") unless it is
    // what a person has or a note records ("priya feedback was good", "amira folder has gaps").
    const surnameNoun = isNoun(word) && !/s$/.test(word) && !PERSONAL_POSSESSIONS.test(word) && !NOTE_NOUNS.has(word);
    if (isLastName(word) || unknown || (closes && (ADJECTIVE_SURNAMES.has(word) || surnameNoun))) {
      hit.end = end;
      hit.name = `${hit.name} ${word}`;
      if (!taken.has(word)) taken.set(word, hit.replacement.charAt(0).toLowerCase() + hit.replacement.slice(1));
    }
  }
  return taken;
}

const CITATION_AFTER = /^(?:[ \t]*\([ \t]*(?:19|20)\d\d|[ \t]+et al\b|['’]s?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:principles|strategies|work|research|model|books?|theory|framework|review|paper|study|studies|findings|ideas|approach|closing)\b|[ \t]+(?:argues|argued|suggests|writes|wrote)\b|[ \t]+on[ \t]+(?:memory|vocabulary|feedback|assessment|reading|retrieval|mindset|working memory|cognitive load)\b)/iu;
const CITATION_BEFORE = /\b(?:cites?|cited|citing|per|see|read|reading|following|quoting|quotes?)[ \t]+$/i;
const TITLED_HIT = /(?:^|[\s(])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s/;
// The last word of a place's name, not a person's: "Ebbsfleet Valley", "Thornbury Castle".
const PLACE_SUFFIX = /^(?:Valley|Castle|Rise|Fold|Bridge|Green|Park|Hill|Hills|Vale|Cross|Heath|Moor|Dale|Bank|Wood|Lane|Road|Street|Way|Court|Gardens|Grange|Field|Fields|Marsh|Mill|Gate|Town|Village|City|Common|End|Edge|Brook|Bay|Quay|Wharf|Square|Place|Row|Walk|Close|Drive|Avenue|Crescent|Terrace|Estate|Sands|Cliff|Point|Forest|Abbey|Minster|Priory|Chase)$/;

/**
 * Each part of a name found capitalised that no dictionary, list of terms or places, or note
 * shorthand holds ("Kowalski", "Venn"), for laterSurnameMentions: notes typed fast use it again in
 * lower case ("kowalski: "employers do that"", "venn plan - …"), where no capital-letter rule sees it.
 */
function namesNoWordSpells(text: string, hits: readonly Hit[], surnames: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const hit of hits) {
    const parts = hit.name.split(/[\s-]+/);
    // Only a person the notes named in full ("Piotr Kowalski") or with a title ("Mr Venn"): one
    // capitalised word alone may be a word read as a speaker ("Curric says…").
    if (parts.filter((part) => /^\p{Lu}\p{Ll}/u.test(part)).length < 2 && !TITLED_HIT.test(text.slice(hit.start, hit.end))) continue;
    for (const part of parts) {
      if (!/^\p{Lu}\p{Ll}[\p{Ll}'’]+$/u.test(part)) continue;
      const low = part.toLowerCase();
      // Given names typed in lower case are capitaliseLikelyNames' (and a saint's or a street's name as often): surnames only.
      if (surnames.has(low) || out.has(low) || isFirstName(low) || listedGiven(low) || isShorthand(low) || isEnglishWord(low) || isCommonWord(low) || dictionaryWord(low) || isTerm(low) || isPlace(low) || NOTE_ABBREVIATIONS.has(low) || SOURCE_SHORTHAND.has(low) || ROLE_WORD.test(low) || NAME_PARTICLE.test(low)) continue;
      // A name dropped from beside its role ("DSL (Mrs Kowalczyk)") has no replacement of its own.
      out.set(low, hit.replacement ? hit.replacement.charAt(0).toLowerCase() + hit.replacement.slice(1) : 'a member of staff');
    }
  }
  return out;
}

/**
 * The surnames extendOverLowerCaseSurnames took, where the notes use them again ("dr simon wood
 * joined … later Wood said"): one no dictionary holds, in any case; one that is a word ("wood",
 * "young"), only capitalised inside a sentence. Hits stay in order and apart.
 */
function laterSurnameMentions(text: string, hits: Hit[], surnames: ReadonlyMap<string, string>, lowerCaseOnly: ReadonlySet<string>): void {
  const added: Hit[] = [];
  let k = 0;
  // Every word, looked up: one pass however many surnames there are.
  for (const match of text.matchAll(WORD_RUN)) {
    const name = match[0].replace(/['’]s$/, '');
    const low = name.toLowerCase();
    // Capitalised, the capital-letter rules have judged it already: "Minh" of "Ho Chi Minh City" is a place.
    if (!surnames.has(low) || (lowerCaseOnly.has(low) && name !== low)) continue;
    const start = match.index;
    const end = start + name.length;
    while (k < hits.length && hits[k].end <= start) k++;
    if (k < hits.length && hits[k].start < end) continue;
    const word = isEnglishWord(low) || isCommonWord(low);
    if (word && (name === low || atSentenceStart(text, start))) continue;
    added.push({ start, end, name, replacement: surnames.get(low) ?? 'a member of staff' });
  }
  if (added.length === 0) return;
  hits.push(...added);
  hits.sort((a, b) => a.start - b.start);
}

/**
 * Replace every personal name by the person's role ("trainee Amira Khan" → "a trainee", "Prof. Ian
 * Marsh, programme director" → "the programme director"). Line breaks are preserved, so line
 * numbers stay true. `names` is for tests and redaction counts: never log or print it.
 */
export function redactNames(text: string): { text: string; names: string[] } {
  // Over-redacting a school's short name is a small cost; a person's name in a draft is not.
  // A name typed in lower case ("met sarah re placements", "director mrs bev ashworth-lyle") hides
  // from every capital-letter rule: the rules read a copy with the likely names capitalised.
  const capitalised = capitaliseLikelyNames(text);
  const inTables = tablePersonSpots(text);
  const hits = findHits(capitalised.text, true, inTables.size ? [...capitalised.personSpots, ...inTables.keys()] : capitalised.personSpots, inTables);
  if (hits.length === 0) return { text, names: [] };
  const surnames = extendOverLowerCaseSurnames(text, hits);
  const typedLower = namesNoWordSpells(text, hits, surnames);
  // One pass for both: the two never share a word (namesNoWordSpells skips extendOverLowerCaseSurnames').
  if (surnames.size + typedLower.size > 0) laterSurnameMentions(text, hits, new Map([...surnames, ...typedLower]), new Set(typedLower.keys()));
  let out = '';
  let at = 0;
  // Clean-up happens at the seams only: spacing and indentation elsewhere stay as written.
  for (const hit of hits) {
    if (hit.start < at) continue;
    let replacement = hit.replacement && atSentenceStart(text, hit.start) ? upperFirst(hit.replacement) : hit.replacement;
    let piece = text.slice(at, hit.start);
    if (!replacement && /^(?:[,.;:)]|$|\n)/.test(text.slice(hit.end, hit.end + 1))) piece = piece.replace(/[ \t]+$/, '');
    // "(email address)" alone in a bracket, as a repeated role's removal may leave it, is not bracketed twice.
    if (/^\(.*\)$/.test(replacement) && /\([ \t]*$/.test(piece || out) && /^[ \t]*\)/.test(text.slice(hit.end, hit.end + 4))) replacement = replacement.slice(1, -1);
    out += piece + replacement;
    at = hit.end;
    // "Hafiz LT for…" → "the LT for…", not "the LT LT for…".
    const role = /\b([A-Z]{2,5})$/.exec(replacement);
    const repeated = role ? new RegExp(`^ ${role[1]}\\b`).exec(ahead(text, at)) : null;
    if (repeated) at += repeated[0].length;
    // "Ben (mentor, Seaham)" → "A mentor (Seaham)", not "A mentor (mentor, Seaham)": the role the
    // name was replaced by is said once, as REPEATED_ROLE does for a role replaced twice.
    // "amira young (trainee)" → "a trainee", not "a trainee (trainee)".
    const said = replacement.replace(/^(?:an?|the)\s+/i, '').toLowerCase();
    const bracketOnly = replacement ? BRACKET_ROLE_ONLY.exec(ahead(text, at)) : null;
    if (bracketOnly && bracketOnly[1].toLowerCase() === said) at += bracketOnly[0].length;
    const bracketed = replacement ? BRACKET_OPENING_ROLE.exec(ahead(text, at)) : null;
    if (bracketed && bracketed[1].toLowerCase() === said) {
      out += ' (';
      at += bracketed[0].length;
    }
  }
  out += text.slice(at);
  // "dev (devinder sandhu)" → "a member of staff (a member of staff)": a role repeated in the bracket after it is said once.
  out = out.replace(REPEATED_ROLE, (_whole, _role: string, close: string) => (close === ')' ? '' : ' ('));
  return { text: out, names: [...new Set(hits.map((hit) => hit.name))] };
}
