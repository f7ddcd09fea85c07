import nlp from 'compromise';

/**
 * Turns a terse note line into sentences in report register: abbreviations expanded, symbols
 * written out, fragments given a verb, third person, first letter capitalised. It rewrites
 * form only — every fact stays the note's own; where a rule is unsure it leaves the words alone.
 */

/** Note shorthand → report wording. Case-sensitive keys are acronyms; the rest match any case. */
const ACRONYMS: Record<string, string> = {
  QA: 'quality assurance',
  'L&M': 'leadership and management',
  'Q&A': 'question and answer',
  LM: 'leadership and management',
  PDD: 'programme design and delivery',
  ECT: 'early career teacher',
  ECTs: 'early career teachers',
  HT: 'headteacher',
  DHT: 'deputy headteacher',
  SLT: 'senior leaders',
  SL: 'senior leaders',
  DSL: 'designated safeguarding lead',
  CPD: 'professional development',
  SENCO: 'special educational needs coordinator',
  SENCo: 'special educational needs coordinator',
  SENDCo: 'special educational needs coordinator',
  SENDCO: 'special educational needs coordinator',
  CCF: 'Core Content Framework',
  ITTECF: 'initial teacher training and early career framework',
  KCSIE: 'Keeping Children Safe in Education',
  SSP: 'systematic synthetic phonics',
  AfL: 'assessment for learning',
  SEF: 'self-evaluation',
  SED: 'self-evaluation document',
  QIP: 'quality improvement plan',
  VLE: 'virtual learning environment',
  CfC: 'cause for concern',
  LT: 'link tutor',
  LA: 'local authority',
  LAs: 'local authorities',
  LTs: 'link tutors',
  TS: "Teachers' Standards",
  'T&L': 'teaching and learning',
  EAL: 'English as an additional language',
  PGCE: 'PGCE',
  HoD: 'head of department',
  HoDs: 'heads of department',
};

const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July',
  aug: 'August', oct: 'October', nov: 'November', dec: 'December',
};

type Replacement = string | ((match: string, ...groups: string[]) => string);
const WORDS: Array<[RegExp, Replacement]> = [
  [/\bv\.\s*(?=\w)/gi, 'very '],
  [/\bv\s+(?=(?:good|strong|weak|clear|well|brief|poor|limited|positive|supportive|thorough|relevant|helpful|knowledgeable|high|low|little|few|detailed|effective|useful|inconsistent|variable|small|busy)\b)/gi, 'very '],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/load\b/gi, 'workload'],
  [/\bw\//gi, 'with '],
  [/\bb\/c\b/gi, 'because'],
  [/\be\.g\.,?/gi, 'for example,'],
  [/\bi\.e\.,?/gi, 'that is,'],
  [/\besp\.?(?=\s)/gi, 'especially'],
  [/\bapprox\.?(?=\s)/gi, 'approximately'],
  [/\binc(?:l)?\.?(?=\s)/gi, 'including'],
  [/^(\s*)obs\b\.?(?=\s+\d)/gi, '$1observed'],
  [/\bobs\b\.?(?=\s+of\b)/gi, 'observation'],
  [/\bobs\b\.?/gi, 'observations'],
  [/\bexp\.(?=\s|$)/gi, 'experience'],
  [/\bdocs?\b/gi, (m: string) => (m.toLowerCase().endsWith('s') ? 'documents' : 'document')],
  [/\bcerts\b/gi, 'certificates'],
  [/\bcert\b/gi, 'certificate'],
  [/\bquals\b/gi, 'qualifications'],
  [/\binsp\b\.?/gi, 'inspection'],
  [/\bIntl\b\.?/g, 'International'],
  [/\breps\b/gi, 'representatives'],
  [/\b1st\b/g, 'first'], [/\b2nd\b/g, 'second'], [/\b3rd\b/g, 'third'], [/\b([4-9])th\b/g, (_m: string, d: string) => ['fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][Number(d) - 4]!],
  [/(?<=\s)<\s*(?=\d)/g, 'fewer than '],
  [/(?<=\s)>\s*(?=\d)/g, 'more than '],
  [/\b(\d+)\+(?=\s)/g, '$1 or more'],
  [/^(\s*)need to\b/i, '$1the provider needs to'],
  [/\bobsvd\b/gi, 'observed'],
  [/\bmtgs\b/gi, 'meetings'],
  [/\bmtg\b/gi, 'meeting'],
  [/\bmins\b(?=\s+(?:of|from|for|jul|jan|feb|mar|apr|may|jun|aug|sep|oct|nov|dec|\d))/gi, 'minutes'],
  [/\bmins\b/gi, 'minutes'],
  [/\bmin\b(?=\s)/gi, 'minute'],
  [/\bhrs\b/gi, 'hours'],
  [/\bwks\b/gi, 'weeks'],
  [/\bwk\b/gi, 'week'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  [/\binfo\b/gi, 'information'],
  [/\beval\b/gi, 'evaluation'],
  [/\bself-eval\b/gi, 'self-evaluation'],
  [/\bprogs\b/gi, 'programmes'],
  [/\bprog\b/gi, 'programme'],
  [/\bschs\b/gi, 'schools'],
  [/\bsch\b\.?/gi, 'school'],
  [/\btrs\b/gi, 'trainees'],
  [/\btrns\b/gi, 'trainees'],
  [/\btchrs\b/gi, 'teachers'],
  [/\btchr\b/gi, 'teacher'],
  [/\btchg\b/gi, 'teaching'],
  [/\bmgmt\b|\bmgt\b/gi, 'management'],
  [/\bdept\b/gi, 'department'],
  [/\breqs\b/gi, 'requirements'],
  [/\breq\b/gi, 'requirement'],
  [/\bppl\b/gi, 'people'],
  [/\bagmts?\b/gi, (m: string) => (m.endsWith('s') ? 'agreements' : 'agreement')],
  [/\bsubj\b/gi, 'subject'],
  [/\bstds\b/gi, 'standards'],
  [/\bstd\b/gi, 'standard'],
  [/\bunivs?\b/gi, 'university'],
  [/\babt\b/gi, 'about'],
  [/\bgovs\b/gi, 'governors'],
  [/\bdev\b\.?(?=\s|$)/gi, 'development'],
  [/\bimp\b\.?(?=\s|$)/gi, 'improvement'],
  [/\bassessmt\b/gi, 'assessment'],
  [/\bsci\b/gi, 'science'],
  [/\bmaths\b/gi, 'mathematics'],
  [/\bprim\b/gi, 'primary'],
  [/\bsec\b(?=\W|$)/gi, 'secondary'],
  [/\bext\b\.?(?=\s)/gi, 'external'],
  [/\bint\b\.?(?=\s)/gi, 'internal'],
  [/\bwb\b/gi, 'wellbeing'],
  [/\btbc\b/gi, 'to be confirmed'],
  [/\b1:1\b|\b1-1\b/g, 'one-to-one'],
  [/\+ve\b/gi, 'positive'],
  [/-ve\b/gi, 'negative'],
  [/\bKS(\d)\b/g, 'key stage $1'],
  [/\bY(\d{1,2})\b/g, 'Year $1'],
  [/\bSept?\b\.?(?=[\s,;)]|$|-(?:[A-Z]|\d))/g, 'September'],
  [/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\b\.?(?=[\s,;)]|$|-(?:[A-Z]|\d))/g, (_m: string, mon: string) => MONTHS[mon.toLowerCase()]!],
  [/\bMon\b\.?(?=[\s,;)-]|$)/g, 'Monday'],
  [/\bTues?\b\.?(?=[\s,;)-]|$)/g, 'Tuesday'],
  [/\bWed\b\.?(?=[\s,;)-]|$)/g, 'Wednesday'],
  [/\bThu(?:rs?)?\b\.?(?=[\s,;)-]|$)/g, 'Thursday'],
  [/\bFri\b\.?(?=[\s,;)-]|$)/g, 'Friday'],
  [/\bre:\s*/gi, 'about '],
  [/(?<=\w)\s*&\s*(?=\w)/g, ' and '],
  [/(?<=[a-z])\s+\+\s+(?=[a-z0-9])/gi, ' and '],
  [/\s*(?:->|→|=>)\s*/g, ', so '],
  [/(?<=\w)\s+=\s+(?=\w)/g, ' is '],
  [/(?<=\s|^)~\s*(?=\d)/g, 'about '],
  [/\bc\.\s*(?=\d)/g, 'about '],
  [/\bx\s?(\d)\b/gi, '$1 times'],
  [/\b(\d)\s?x\b/gi, '$1 times'],
  [/\bvs\.?(?=\s)/gi, 'against'],
  [/\bno\.\s*(?=of\b)/gi, 'number '],
  [/\s*@\s*(?=\w)/g, ' at '],
  [/\bfb\b/gi, 'feedback'],
];



/**
 * Clauses a note strings together with commas read as a list of predicates in a report:
 * "sessions are well planned, draw on research" → "…well planned and draw on research";
 * "the mentor is knowledgeable, weekly meetings logged on the portal" → "…, and weekly meetings are logged …";
 * "so every time zone covered" → "so every time zone is covered".
 */
function joinCommaClauses(clause: string): string {
  let text = clause.replace(/\b(so|and)\s+(every|each|all|the)\s+([a-z-]+(?:\s+[a-z-]+)?)\s+([a-z]+ed)\b/g, (m, conj: string, det: string, noun: string, participle: string) => {
    if (FINITE.has(noun.split(' ').pop()!) || IRREGULAR_PARTICIPLES.has(noun)) return m;
    return `${conj} ${det} ${noun} ${det === 'all' || isPlural(noun.split(' ').pop()!) ? 'are' : 'is'} ${participle}`;
  });
  if (!/\b(is|are)\b/.test(text)) return text;
  const parts = text.split(/,\s+(?![^(]*\))/);
  if (parts.length !== 2) return text;
  const [first, last] = parts as [string, string];
  const words = last.split(/\s+/);
  // A bare plural verb with no subject: the first clause's subject does this too.
  const bareVerb = /^(draw|use|link|cover|include|build|give|focus|make|provide|support|follow|help|meet|visit|offer|set|share|map|feed|run|take|reflect|address)(e?s)?$/.exec(words[0]!);
  const firstVerb = /\b(is|are)\b/.exec(first)?.[1];
  if (words.length >= 2 && bareVerb && ((firstVerb === 'are' && !bareVerb[2]) || (firstVerb === 'is' && bareVerb[2]))) {
    return `${first} and ${last}`;
  }
  // A noun phrase with a past participle: its own passive clause ("weekly meetings logged on the portal").
  const participle = words.findIndex((word, index) => index >= 1 && index <= 3 && (/^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word)));
  const subjectWords = words.slice(0, participle);
  // "trainees practised the explanation": a person with a past tense and an object is an action, not a passive.
  const after = words[participle + 1]?.toLowerCase();
  const afterNext = words.slice(participle + 2, participle + 4).join(' ').toLowerCase();
  const timePhrase = /^(same|next|following|first|last|previous)?\s*(day|week|term|month|year|morning|afternoon|half-term)\b/.test(afterNext);
  const action = PEOPLE.test(subjectWords[subjectWords.length - 1] ?? '') || (after !== undefined && /^(the|a|an|their|its|his|her|each|every|all|some)$/.test(after) && !timePhrase);
  if (participle > 0 && !action && !subjectWords.some((word) => FINITE.has(word) || PREPOSITIONS.has(word) || (ADVERBS.has(word) && !FREQUENCY.test(word)) || /ed$/.test(word)) && !(subjectWords.length === 1 && DETERMINERS.has(subjectWords[0]!))) {
    const subject = words.slice(0, participle);
    const plural = isPlural(subject[subject.length - 1]!);
    return `${first}, and ${subject.join(' ')} ${plural ? 'are' : 'is'} ${words.slice(participle).join(' ')}`;
  }
  return text;
}

/** Expands shorthand and symbols. Exported for tests and for headings. */
export function expandShorthand(input: string): string {
  let text = ` ${input} `;
  text = text.replace(/(?<![\w'’-])([A-Za-z&]{2,7})(?![\w'’-])/g, (word: string) => (Object.hasOwn(ACRONYMS, word) ? ACRONYMS[word] : word));
  for (const [pattern, replacement] of WORDS) text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  // Month abbreviations only where they read as dates ("since Jan", "in Nov", "Jul 2024").
  text = text.replace(/\b(since|in|by|from|until|before|after|of|end of|mid)\s+(jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\b\.?/gi, (_m, prep: string, mon: string) => `${prep} ${MONTHS[mon.toLowerCase()]}`);
  text = text.replace(/\b(jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\.?\s+(?=\d{4}\b)/gi, (m, mon: string) => `${MONTHS[mon.toLowerCase()]} `);
  // Counts: "12/12 files" → "all 12 files", "4/11" → "4 of 11" (dates like 10/03/2024 untouched).
  text = text.replace(/(?<![\d/])(\d+)\/(\d+)(?![\d/])/g, (_m, a: string, b: string) => (a === b ? `all ${a}` : `${a} of ${b}`));
  // "UAE/Qatar/Egypt" → "UAE, Qatar and Egypt"; keep and/or.
  text = text.replace(/\b[A-Za-z]{2,}(?:\/[A-Za-z]{2,})+\b/g, (m: string) => {
    const items = m.split('/');
    if (items.some((item) => /^(and|or)$/i.test(item))) return m;
    return items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  });
  // A name the classifier replaced by a role leaves "(a trainee)" behind: it adds nothing.
  text = text.replace(/\s*\((?:a|an|the|one)\s+[a-z -]{3,30}\)/g, '');
  return text.replace(/\s+/g, ' ').trim();
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Words before a digit that make it a label, not a count ("Year 3", "grade 4", "C1.4"). */
const LABEL_BEFORE = /(?:year|grade|stage|standard|phase|level|page|p\.|part|section|term|week|module|unit|session|criterion|room|school|group|cohort|band|ielts|version|day)\s*$/i;

/** GOV.UK style: one to nine as words, 10 and over as figures. */
function numbersToWords(sentence: string): string {
  sentence = sentence.replace(/^(\d)(?=\s+[A-Za-z])/, (digit) => NUMBER_WORDS[Number(digit)]!);
  return sentence.replace(/(^|[\s(])(\d)(?=\s+[a-z])/g, (match, before: string, digit: string, offset: number) => {
    const preceding = sentence.slice(0, offset + before.length);
    if (LABEL_BEFORE.test(preceding)) return match;
    return `${before}${NUMBER_WORDS[Number(digit)]}`;
  });
}

const ADVERBS = new Set([
  'very', 'not', 'too', 'well', 'much', 'far', 'slightly', 'significantly', 'considerably', 'somewhat', 'poorly', 'rarely', 'sometimes', 'always', 'often', 'never', 'generally', 'mostly', 'highly',
  'consistently', 'inconsistently', 'still', 'now', 'fully', 'largely', 'mainly', 'broadly', 'quite', 'rather', 'really',
  'extremely', 'particularly', 'clearly', 'only', 'partly', 'partially', 'increasingly', 'carefully', 'overly', 'hugely',
  'insufficiently', 'sufficiently', 'typically', 'usually', 'all', 'both', 'already', 'yet', 'newly', 'recently', 'securely',
  'effectively', 'strongly', 'thoroughly', 'appropriately', 'closely', 'suitably', 'routinely', 'regularly', 'widely',
  'weekly', 'termly', 'half-termly', 'daily', 'monthly', 'fortnightly', 'annually', 'yearly',
]);
const PREDICATE_ADJECTIVES = new Set([
  'good', 'strong', 'weak', 'clear', 'unclear', 'brief', 'poor', 'limited', 'positive', 'negative', 'supportive', 'thorough',
  'relevant', 'helpful', 'knowledgeable', 'high', 'low', 'detailed', 'effective', 'ineffective', 'useful', 'inconsistent',
  'consistent', 'variable', 'patchy', 'thin', 'generic', 'robust', 'secure', 'insecure', 'strong', 'excellent', 'outstanding',
  'impressive', 'informal', 'late', 'incomplete', 'complete', 'missing', 'absent', 'available',
  'unavailable', 'accurate', 'inaccurate', 'timely', 'slow', 'quick', 'prompt', 'candid', 'comprehensive', 'systematic',
  'unsystematic', 'underdeveloped', 'developing', 'established', 'embedded', 'focused', 'unfocused', 'appropriate',
  'inappropriate', 'sufficient', 'insufficient', 'adequate', 'inadequate', 'ambitious', 'coherent', 'incoherent', 'confident',
  'unaware', 'aware', 'keen', 'happy', 'unhappy', 'engaged', 'disengaged', 'vague', 'precise', 'imprecise', 'specific',
  'valued', 'overdue', 'outdated', 'reactive', 'proactive', 'responsive', 'unresponsive', 'ready',
  'sparse', 'minimal', 'extensive', 'rigorous', 'lacking', 'manageable', 'unmanageable', 'heavy', 'excessive', 'fine',
  'ok', 'okay', 'solid', 'sound', 'excellent', 'great', 'weakest', 'strongest', 'unsure', 'clearer', 'better', 'worse',
  'inconsistent', 'uneven', 'mixed', 'dated', 'overdue', 'behind', 'up to date', 'tight', 'light', 'reliant', 'dependent',
  'compliant', 'noncompliant', 'non-compliant', 'in place', 'honest', 'realistic', 'open', 'frank', 'candid', 'accurate', 'unreliable', 'reliable', 'thoughtful', 'purposeful', 'well-planned', 'well-sequenced',
]);
const IRREGULAR_PARTICIPLES = new Set(['set', 'kept', 'done', 'given', 'seen', 'made', 'held', 'taught', 'known', 'shown', 'written', 'sent', 'built', 'run', 'met', 'understood', 'undertaken', 'taken', 'led', 'signed', 'read']);
const FINITE = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'can', 'cannot',
  "can't", 'will', "won't", 'should', 'must', 'may', 'might', 'could', 'would', 'shall', "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", 'feel', 'feels', 'felt', 'say', 'says', 'said', 'value', 'values', 'know', 'knows', 'need', 'needs',
  'want', 'wants', 'get', 'gets', 'receive', 'receives', 'find', 'finds', 'use', 'uses', 'lack', 'lacks', 'meet', 'meets',
  'ensure', 'ensures', 'provide', 'provides', 'include', 'includes', 'attend', 'attends', 'visits', 'take', 'takes',
  'make', 'makes', 'show', 'shows', 'support', 'supports', 'understand', 'understands', 'like', 'likes', 'covers', 'cover',
  'maps', 'refers', 'sets', 'leads', 'lead', 'accepts', 'recommends', 'thought', 'went', 'walked', 'spent',
  'praise', 'appreciate', 'enjoy', 'mention', 'describe', 'complain', 'welcome', 'love', 'see', 'exists', 'exist', 'works',
  'could', 'explain', 'explained', 'seem', 'seems', 'appear', 'appears', 'rely', 'relies', 'happen', 'happens', 'come', 'comes',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'all', 'some', 'most', 'many', 'few', 'no', 'any', 'their', 'its', 'our', 'his', 'her', 'both', 'one', 'several', 'other', 'another', 'such', 'few', 'much', 'more', 'less', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'about', 'than', 'as', 'but']);
const PREPOSITIONS = new Set(['since', 'in', 'on', 'at', 'by', 'for', 'until', 'before', 'after', 'during', 'from', 'to', 'with', 'across', 'throughout', 'within', 'this', 'last', 'each', 'per', 'against', 'about', 'because', 'and', 'but', 'so', 'yet', 'or', 'as', 'where', 'when', 'via', 'under', 'over']);
/** People nouns: a bare past tense after them is their action ("mentors attended"), not a passive. */
const PEOPLE = /^(trainees?|mentors?|tutors?|leaders?|staff|teachers?|managers?|inspectors?|pupils?|students?|governors?|headteachers?|coordinators?|team|lead|leads|officer|officers|panel|examiners?|partners?|schools?|provider|university|they|colleagues?|everyone|all|applicants?|candidates?|someone|one|two|three|four|five|six|seven|eight|nine|\d+)$/i;
const MASS_NOUNS = /^(training|feedback|information|guidance|support|mentoring|provision|assessment|safeguarding|workload|wellbeing|well-being|induction|moderation|evidence|communication|research|quality|planning|behaviour|leadership|management|recruitment|selection|data|progress|attendance|english|mathematics|science|phonics|reading|teaching|learning|practice|knowledge|understanding|oversight|governance|monitoring|tracking|recording|admissions|liaison|marking|supervision|funding|capacity|time|pastoral|subject|curriculum\w*|partnership\w*|quality assurance|self-evaluation|professional development|everything|nothing|all|most|some|none)$/i;

/** "the" for a bare singular count noun at the start ("tutor visits …" → "The tutor visits …"). */
function addDeterminer(words: string[], head: number): void {
  const first = words[0]!.toLowerCase();
  if (DETERMINERS.has(first) || /^\d/.test(first) || /^[A-Z]{2,}/.test(words[0]!) || /'s$/.test(first)) return;
  if (/^(inspectors?|leaders|trainees|mentors|tutors|staff|teachers|managers|there|it|they|he|she|we|everyone|none|nobody|everything)$/i.test(first)) return;
  const headWord = words[head]?.toLowerCase() ?? first;
  if (isPlural(headWord) || MASS_NOUNS.test(headWord) || /ing$/.test(headWord)) return;
  // Proper names of places and programmes keep their capital (and stay bare).
  if (words.slice(0, head + 1).some((word, index) => index > 0 && /^[("'“]?[A-Z]/.test(word))) return;
  if (/^[A-Z]/.test(words[0]!) && !COUNT_NOUN.test(first) && !MASS_NOUNS.test(first) && !/^(website|curriculum|second|first|final|weekly|termly|annual|central|online|external|internal|initial|joint|early|self-evaluation|in-school|org|exam|assessment|placement|mentor|trainee|tutor)$/i.test(first)) return;
  const keepCapital = /^(English|[A-Z][a-z]+(?:ish|ese|ian))$/.test(words[0]!);
  words[0] = `the ${keepCapital ? words[0] : words[0]!.charAt(0).toLowerCase() + words[0]!.slice(1)}`;
}

function isPlural(word: string): boolean {
  if (/^[A-Z]{2,}s?$/.test(word.replace(/[^A-Za-z]/g, '')) && !/^[A-Z]{2,}s$/.test(word)) return false; // DBS, SCITT
  const w = word.toLowerCase().replace(/[^a-z'-]/g, '');
  if (/^(staff|data|people|children|minutes|records)$/.test(w)) return true;
  if (/(ss|us|is|ics|ness|ous)$/.test(w)) return false;
  return /[^']s$/.test(w);
}

/** The subject's head noun: the last word before its first preposition ("attendance by school reps" → attendance). */
function subjectIsPlural(subject: string[]): boolean {
  if (subject.length === 0) return false;
  const joined = subject.join(' ');
  if (/^(?:\w+\s+)?of\s+\d+\b|\b\d+\s+of\s+\d+\b|^(?:all|most|many|some|several|both|few)\b/.test(joined)) return true;
  const cut = subject.findIndex((word, index) => index > 0 && /^(of|by|for|in|on|from|with|at|about|across|to)$/.test(word));
  const head = cut > 0 ? subject.slice(0, cut) : subject;
  if (head.includes('and') && cut !== 1) return true;
  return isPlural(head[head.length - 1]!);
}

/** Gives a verbless fragment its copula: "write-ups very brief" → "write-ups are very brief". */
function insertCopula(clause: string): string {
  // Only the clause's first comma-part is a candidate subject + predicate; the rest is a list.
  const comma = clause.search(/,\s/);
  const head = comma > 0 ? clause.slice(0, comma) : clause;
  const tail = comma > 0 ? clause.slice(comma) : '';
  // "Workload: weekly tasks …" — a short label before a colon is not the subject.
  const label = /^([^:]{1,30}:\s+)(.*)$/.exec(head);
  if (label && label[1]!.trim().split(' ').length <= 4) {
    return `${insertCopula(label[1]!.replace(/:\s+$/, ''))}: ${insertCopula(label[2]! + tail)}`;
  }
  const words = head.split(' ');
  const lower = words.map((word) => word.toLowerCase().replace(/^[("'‘“]+|[.,;:!?)"'’”]+$/g, ''));
  if (lower.length < 2) return clause;
  const asIs = (): string => {
    // "tutor visits each half-term" → "the tutor visits each half-term".
    if (COUNT_NOUN.test(lower[0]!) && FINITE.has(lower[1]!)) addDeterminer(words, 0);
    return words.join(' ') + tail;
  };
  const startsWithNo = lower[0] === 'no';
  // A fragment opening on a participle or preposition ("sequenced from …") has no subject to give a verb.
  if ((/[a-z]ed$/.test(lower[0]!) && !startsWithNo) || PREPOSITIONS.has(lower[0]!)) return clause;
  const multiword = /^(in place|on track|in post|up to date|on time|behind schedule|in progress|out of date|at risk)\b/;
  let depth = 0;
  for (let i = 1; i < lower.length; i++) {
    depth += (words[i - 1]!.match(/\(/g)?.length ?? 0) - (words[i - 1]!.match(/\)/g)?.length ?? 0);
    if (depth > 0 || words[i]!.startsWith('(') || words[i]!.startsWith('"') || words[i]!.startsWith('“')) continue;
    if (FINITE.has(lower[i - 1]!)) return asIs();
    const word = lower[i]!;
    const previous = lower[i - 1]!;
    const year = /^(19|20)\d\d$/.test(previous) && i > 1;
    if (DETERMINERS.has(previous) || PREPOSITIONS.has(previous) || ADVERBS.has(previous) || /^(it|them|this|that)$/.test(previous) || (/^\d[\d.,%]*$/.test(previous) && !year)) continue;
    if (FINITE.has(word)) return asIs();
    const next = lower[i + 1];
    const phrase = multiword.test(lower.slice(i).join(' '));
    const participle = (/[a-z]ed$/.test(word) && word.length > 4) || IRREGULAR_PARTICIPLES.has(word);
    const adverb = ADVERBS.has(word) && next !== undefined && !['all', 'both', 'only', 'now', 'still', 'already', 'yet', 'too'].includes(word);
    const adjective = PREDICATE_ADJECTIVES.has(word) || (/^(un|in|non-)?[a-z]{3,}(ive|ful|less|ous|able|ible)$/.test(word) && !/table$/.test(word));
    let passive = false;
    if (participle && !adjective) {
      // A bare past tense after a person is an action, not a state; one followed by an object is too.
      if (PEOPLE.test(previous)) return asIs();
      const objectFollows = next !== undefined && !PREPOSITIONS.has(next) && !/^\d/.test(next) && !ADVERBS.has(next) && next !== 'not';
      if (objectFollows) return asIs();
      passive = true;
    }
    if (!adverb && !adjective && !passive && !phrase) continue;
    const plural = subjectIsPlural(lower.slice(0, i).filter((_, index) => !/^\(|\)$/.test(words[index]!)));
    const copula = startsWithNo && passive ? (plural ? 'have been' : 'has been') : plural ? 'are' : 'is';
    addDeterminer(words, i - 1);
    return [...words.slice(0, i), copula, ...words.slice(i)].join(' ') + tail;
  }
  if (startsWithNo && !lower.some((word) => FINITE.has(word)) && !hasOwnVerb(lower.slice(2).join(' '))) {
    const rest = words.slice(1).join(' ');
    const since = /\bsince\b/.test(head);
    const plural = isPlural(headNoun(lower.slice(1)));
    return `there ${since ? (plural ? 'have been' : 'has been') : plural ? 'are' : 'is'} no ${rest}${tail}`;
  }
  return asIs();
}

/** True when compromise finds a finite verb (not "to check", not "-ing") in the text. */
function hasOwnVerb(text: string): boolean {
  if (!text) return false;
  const verbs = nlp(text).match('(#PresentTense|#PastTense)').not('#Infinitive').not('#Gerund').not('#Participle').out('array') as string[];
  // Plural nouns in notes ("visit reports") are often read as verbs; trust only clear verb forms.
  return verbs.some((verb) => !/s$/i.test(verb) || /^(exists|happens|takes|covers|includes|works|shows|means|seems|appears|remains|needs|lacks|relies|depends|goes|comes|gets|has|does|is)$/i.test(verb));
}

const COUNT_NOUN = /^(director|manager|chair|board|deputy|tutor|mentor|trainee|programme|course|handbook|agreement|policy|website|calendar|portal|tracker|plan|process|system|session|module|audit|survey|report|document|page|file|headteacher|school|provider|university|team|lead|examiner|board|committee|spreadsheet|grid|platform|map|schedule|panel|officer|coordinator|partnership)$/;

/** First person and the inspector's own actions → third person. */
function thirdPerson(clause: string): string {
  let text = clause
    .replace(/^(?:I|we)\s+(?:think|feel|felt|thought|reckon|believe)\s+(?:that\s+)?/i, '')
    .replace(/^(?:think|feel|seems?)\s+(?:that\s+)?/i, (m) => (/^seems?/i.test(m) ? m : ''))
    .replace(/\b(?:I|we)\b(?=\s)/g, 'inspectors')
    .replace(/\b(?:told|showed|gave|sent|asked|walked)\s+(?:me|us)\b/gi, (m) => m.replace(/\b(me|us)\b/i, 'inspectors'))
    .replace(/\b(?:to|with)\s+(?:me|us)\b/gi, (m) => m.replace(/\b(me|us)\b/i, 'inspectors'));
  // A line opening with the inspector's activity verb ("Met 3 trainees", "Saw 9 wks of records").
  if (/^(?:watched|listened|sat|met|saw|observed|visited|spoke|looked|checked|reviewed|sampled|scrutinised|scrutinized|talked|interviewed|heard|asked|read|went|attended|examined|joined|toured|inspected)\b/i.test(text)) {
    text = `inspectors ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }
  return text;
}

/** A trainee's or mentor's quotation becomes reported speech, first person turned to third. */
function reportedSpeech(line: string): string | null {
  const quote = /["“”]([^"“”]{3,})["“”]/.exec(line);
  if (!quote) return null;
  const before = line.slice(0, quote.index).replace(/[\s:,–—-]+$/, '').trim();
  const after = line.slice(quote.index + quote[0].length).replace(/^[\s:,–—()-]+|[\s)]+$/g, '').trim();
  const roles = '(trainees?|mentors?|tutors?|headteacher|head teacher|leaders?|staff|pupils?|governors?|coordinators?|HT|SENCO|DSL|link tutor|programme lead|course leader)';
  // Only whole-line quotations attributed to someone: "'…' - trainee, Cairo" or "Trainee [name]: '…'".
  const afterMatch = new RegExp(`^(?:said\\s+|says\\s+|per\\s+)?(?:an?\\s+|one\\s+)?${roles}\\b`, 'i').exec(after);
  const beforeMatch = new RegExp(`^(?:an?\\s+|one\\s+)?${roles}(?:\\s+\\[?[A-Z][\\w'’-]*\\]?){0,3}\\s*(?:said|says)?$`, 'i').exec(before);
  // "'…' - Raj, Bengaluru": attributed to a bare name — keep the words, drop the name.
  const bareName = /^(?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?(?:,\s*([\w' -]+))?$/.exec(after);
  if (after && !afterMatch && !before && bareName) {
    const quoteText = quote[1]!.trim().replace(/[.!]+$/, '');
    return `One person${bareName[1] ? ` in ${bareName[1]}` : ''} said: "${quoteText}".`;
  }
  if ((after && !afterMatch) || (!after && !beforeMatch) || (after && before)) return null;
  const speakerText = after || before;
  const speakerMatch = (afterMatch ?? beforeMatch)!;
  const role = speakerMatch[1]!.toLowerCase() === 'ht' ? 'headteacher' : speakerMatch[1]!.toLowerCase();
  const plural = /s$/.test(role) && role !== 'headteacher';
  const speaker = plural ? role : `one ${role.replace(/^(trainee|mentor|tutor|leader|pupil|governor|coordinator)s$/, '$1')}`;
  const place = /,\s*([A-Z][\w' -]+)$/.exec(speakerText)?.[1];
  let said = quote[1]!.trim().replace(/[.!]+$/, '');
  said = said
    .replace(/\bI'm\b/g, 'they are')
    .replace(/\bI've\b/g, 'they have')
    .replace(/\bI'd\b/g, 'they would')
    .replace(/\bI\b/g, 'they')
    .replace(/\b(?:my)\b/gi, 'their')
    .replace(/\b(?:me)\b/gi, 'them')
    .replace(/\b(?:we)\b/gi, 'they')
    .replace(/\b(?:our)\b/gi, 'their')
    .replace(/\bus\b/g, 'them');
  said = expandShorthand(said);
  if (/^(the|a|an|it|it's|this|that|there|they|their|you|sessions?|everyone|nobody|no|we|all)\b/i.test(said)) said = said.charAt(0).toLowerCase() + said.slice(1);
  return `${capitalise(speaker)}${place ? ` in ${place}` : ''} said that ${said}.`;
}

function capitalise(text: string): string {
  if (/^[a-z][A-Z]/.test(text)) return text; // iQTS, eVision
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a sentence's first letter unless it starts an acronym or proper name. */
export function decapitalise(sentence: string): string {
  const first = (sentence.split(' ')[0] ?? '').replace(/[^A-Za-z'-]/g, '');
  if (/^[A-Z]{2,}|^[A-Z][a-z]*[A-Z]/.test(first) || /^(English|Keeping|Core|Teachers'|iQTS|I)$/.test(first)) return sentence;
  // Only ordinary words lose their capital; an unknown capitalised word may be a name or a place.
  if (!isOrdinaryWord(first)) return sentence;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(the|a|an|this|that|these|those|there|it|they|most|some|all|no|not|one|two|three|four|five|six|seven|eight|nine|many|few|each|every|both|only|in|on|at|for|with|from|since|after|before|when|while|if)$/.test(lower)) return true;
  const tags = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  if (tags !== undefined) return !(Array.isArray(tags) ? tags : [tags]).some((tag) => /Name$|^Person$|Place|City|Country|Region|Demonym|Language/.test(tag));
  return /(tion|sion|ment|ness|ship|ance|ence|ity|ing|ers|ees|ors|als|ies|ed|ly)$/.test(lower) || COUNT_NOUN.test(lower) || MASS_NOUNS.test(lower);
}

function finishSentence(clause: string): string {
  let text = clause.trim().replace(/\s+([,.;:])/g, '$1').replace(/[,;:\s–—-]+$/, '');
  if (!text) return '';
  // "not updated since last summer" is a state that began in the past: "has not been updated since".
  text = text.replace(/\b(is|are) not ([a-z]+ed)\b(?=[^.]*\bsince\b)/, (_m, verb: string, participle: string) => `${verb === 'are' ? 'have' : 'has'} not been ${participle}`);
  text = numbersToWords(text);
  text = capitalise(text);
  if (!/[.!?]$/.test(text)) text += '.';
  return text.replace(/\s{2,}/g, ' ');
}

/** Strips list markers and labels note-takers put in front of a line. */
export function stripNoteMarkers(line: string): string {
  return line
    .replace(/^\s*(?:[-*•·>+]|\d+[.)]|\(\w\))\s+/, '')
    .replace(/^\s*(?:AFI|AfI|EBI|WWW|strength|strengths|str|weakness|concern|issue|positive|negative|s|w|\+|-|!|\?)\s*[:\-–]\s+/i, '')
    .replace(/\s*\((?:\?|check|tbc)\)\s*/gi, ' ')
    .trim();
}

/** True when the note line itself flags uncertainty ("(?)", "check", "tbc"). */
export function flagsUncertainty(line: string): boolean {
  return /\(\?\)|\?\s*$|\(check\)|\btbc\b|\bto be confirmed\b/i.test(line);
}

/** One note line (or observation text) → sentences in report register. */
export function toReportSentences(noteText: string, heading: string | null = null): string[] {
  const line = stripNoteMarkers(noteText);
  if (!line) return [];
  const speech = reportedSpeech(line);
  if (speech) return [speech];
  // A bare quotation: attribute it to the role the activity heading names, quoted as said.
  const bare = /^["“']([^"“”']{3,})["”']\.?$/.exec(line);
  if (bare) {
    const role = /\b(mentor training lead|programme lead|programme leader|course leader|link tutors?|designated safeguarding lead|headteacher|HT|trainees?|mentors?|tutors?|leaders?|staff)\b/i
      .exec(expandShorthand(heading ?? ''))?.[1]
      ?.toLowerCase()
      .replace(/^ht$/, 'headteacher');
    const speaker = !role ? 'Inspectors were told' : role.endsWith('s') || role === 'staff' ? `One of the ${role.replace(/^staff$/, 'staff')}` : /^(trainee|mentor|tutor|leader|link tutor)$/.test(role) ? `One ${role}` : `The ${role}`;
    return [role ? `${speaker} said: "${bare[1]!.trim()}".` : `${speaker}: "${bare[1]!.trim()}".`];
  }
  // Quotations are evidence: keep their words exactly (no expansion, no pronoun changes).
  const quotes: string[] = [];
  const masked = line.replace(/["“][^"“”]{1,200}["”]/g, (quote) => `QUOTE${quotes.push(quote) - 1}Q`);
  const expanded = expandShorthand(masked);
  // Clauses: semicolons, spaced dashes and sentence stops separate thoughts in notes.
  const clauses: string[] = [];
  for (const part of expanded.split(/\s*;\s*|(?<=[a-z0-9)])\.\s+(?=[A-Za-z])/)) {
    const pieces = part.split(/\s+[–—-]\s+/).map((piece) => piece.trim()).filter(Boolean);
    // "GCSE maths equivalence - 2 files had no evidence": a short verbless topic before a dash labels what follows.
    for (let index = 0; index < pieces.length - 1; index++) {
      const topic = pieces[index]!;
      const words = topic.toLowerCase().split(' ');
      if (words.length <= 6 && !words.some((word) => FINITE.has(word)) && insertCopula(topic) === topic && !/[:.]/.test(topic)) {
        pieces.splice(index, 2, `${topic}: ${decapitalise(pieces[index + 1]!)}`);
      }
    }
    clauses.push(...pieces);
  }
  const sentences: string[] = [];
  // "HT unaware … - thought the univ did it all": a clause opening on a verb shares the previous subject.
  for (let index = clauses.length - 1; index > 0; index--) {
    const first = clauses[index]!.split(' ')[0]!.toLowerCase();
    if (/^[a-z]{3,}ed$/.test(first) && !/^(inspectors|need)/.test(first)) {
      clauses.splice(index - 1, 2, `${clauses[index - 1]!.replace(/[.,;:\s]+$/, '')}, ${clauses[index]!}`);
      continue;
    }
    if ((FINITE.has(first) || /^(recommends|relies|thought|said|says|accepts|admits|agreed|wants|needs|lacks)$/.test(first)) && !/^(is|are|was|were|has|have|had)$/.test(first)) {
      clauses.splice(index - 1, 2, `${clauses[index - 1]!.replace(/[.,;:\s]+$/, '')} and ${clauses[index]!}`);
    }
  }
  // "v. thorough", "mostly generic (…)": a bare evaluation refers back to what the line just said.
  for (let index = 1; index < clauses.length; index++) {
    const bare = clauses[index]!.replace(/\([^)]*\)|QUOTE\d+Q/g, '').trim().toLowerCase().split(/\s+/);
    if (bare.length <= 4 && bare.every((word) => ADVERBS.has(word) || PREDICATE_ADJECTIVES.has(word) || word === 'and')) {
      clauses[index] = `this is ${clauses[index]!.charAt(0).toLowerCase()}${clauses[index]!.slice(1)}`;
    }
  }
  for (const clause of clauses) {
    // "A but B" stays one sentence; each side gets its own verb.
    const parts = clause.split(/,?\s+but\s+/);
    const rewritten = parts.map((part) => insertCopula(thirdPerson(part.replace(/^[,\s]+/, ''))));
    // "targets set each week, but mostly generic": the second side is about the first's subject.
    for (let index = 1; index < rewritten.length; index++) {
      const first = rewritten[index]!.split(' ')[0]!.toLowerCase();
      if (!(ADVERBS.has(first) || PREDICATE_ADJECTIVES.has(first)) || ['all', 'both', 'only', 'now', 'still', 'already', 'yet'].includes(first)) continue;
      const verb = /\b(is|are|was|were|has|have)\b/i.exec(rewritten[index - 1]!)?.[1]?.toLowerCase();
      if (!verb) continue;
      const plural = verb === 'are' || verb === 'were' || verb === 'have';
      rewritten[index] = `${plural ? 'they are' : 'it is'} ${rewritten[index]}`;
    }
    const joined = rewritten.map(joinCommaClauses).join(', but ');
    const sentence = finishSentence(joined).replace(/QUOTE(\d+)Q/g, (_m, index: string) => quotes[Number(index)]!);
    if (sentence.length > 1) sentences.push(sentence);
  }
  // "… clear and accurate - entry reqs, age range 3-11": a verbless list after a statement details it.
  for (let index = sentences.length - 1; index > 0; index--) {
    const previous = sentences[index - 1]!;
    const current = sentences[index]!;
    if (!/\.$/.test(previous) || isVerbless(previous) || !repairFragment(current).fragment) continue;
    const items = current.replace(/[.]+$/, '').split(/,\s+(?![^(]*\))/);
    items[0] = `${lowerFirstWord(items[0]!.split(' ')[0]!)}${items[0]!.slice(items[0]!.split(' ')[0]!.length)}`;
    sentences.splice(index - 1, 2, `${previous.replace(/\.$/, '')}: ${andList(items)}.`);
  }
  return sentences;
}

/* ---------- Sentence repair: fragments, pronouns (used per sentence by the report model) ---------- */

const AUXILIARY = /^(is|are|was|were|be|been|being|has|have|had|do|does|did|can|cannot|could|will|would|should|must|may|might|shall|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|mustn't|isn’t|aren’t|hasn’t|haven’t|hadn’t|don’t|doesn’t|didn’t|can’t|couldn’t|won’t|wouldn’t)$/;
/** Subjects a verb may follow in a note-derived sentence (compromise tags "All" as an adverb). */
const SUBJECT_TAG = /^(Noun|Pronoun|Plural|Singular|Acronym|ProperNoun|Actor|Value|Cardinal)$/;

/**
 * True when the sentence has no finite verb: a note fragment ("Entry requirements, age range 3-11.")
 * rather than a sentence. Quotations and brackets are ignored; a verb counts only after a subject
 * in the same clause (compromise reads "Police checks" and "age range" as verbs).
 */
export function isVerbless(sentence: string): boolean {
  const known = verblessCache.get(sentence);
  if (known !== undefined) return known;
  const result = checkVerbless(sentence);
  // Bounded: a long-running worker drafts many reports.
  if (verblessCache.size > 5000) verblessCache.clear();
  verblessCache.set(sentence, result);
  return result;
}
const verblessCache = new Map<string, boolean>();
/** Caches live for one report (so a bench that drafts the same notes twice measures real work). */
export function clearSentenceCaches(): void {
  verblessCache.clear();
}

/** How many comma-separated items the sentence's terms form (a list reads as nouns). */
function listItems(flat: Array<{ post: string }>): number {
  return flat.filter((term) => /,/.test(term.post)).length + 1;
}

function checkVerbless(sentence: string): boolean {
  const text = sentence.replace(/["“][^"“”]*["”]|\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const words = text.toLowerCase().match(/[a-z'’-]+/g) ?? [];
  // Only auxiliaries count on sight: "support", "use", "visits" are as often nouns in notes.
  if (words.some((word) => AUXILIARY.test(word))) return false;
  const terms = nlp(text).terms().json() as Array<{ terms: Array<{ text: string; pre: string; post: string; tags: string[] }> }>;
  const flat = terms.flatMap((term) => term.terms);
  for (let index = 1; index < flat.length; index++) {
    const term = flat[index]!;
    if (!term.tags.includes('PresentTense') && !term.tags.includes('PastTense')) continue;
    if ((term.tags.includes('Participle') && !term.tags.includes('PastTense')) || term.tags.includes('Gerund')) continue;
    const previous = flat[index - 1]!;
    if (/[,;:]/.test(previous.post)) continue;
    // "term dates," / "visit reports." — an -s word that ends its list item is a plural noun.
    if (/s$/i.test(term.text) && term.tags.includes('PresentTense') && (/[,;:.]/.test(term.post) || index === flat.length - 1) && listItems(flat) > 1) continue;
    if (previous.tags.some((tag) => SUBJECT_TAG.test(tag)) || /^(all|both|most|some|many|several|few|none)$/i.test(previous.text)) return false;
  }
  return true;
}

const FREQUENCY = /^(termly|half-termly|weekly|fortnightly|monthly|daily|annually|yearly|regularly)$/i;
const EVALUATIVE_START = (word: string): boolean => PREDICATE_ADJECTIVES.has(word.toLowerCase()) || /^(very|highly|generally|mostly|largely)$/i.test(word);

/** "a"/"an" by sound, roughly: vowels, and acronyms read with a vowel sound (an MoU, an SEN…). */
function article(word: string): string {
  if (/^(uni|use|usu|eu|one|once)/i.test(word)) return 'a';
  if (/^[aeiou]/i.test(word) || /^[FHLMNRSX][A-Z]/.test(word) || /^hour|^honest/i.test(word)) return 'an';
  return 'a';
}

/** "a, b, c" → "a, b and c" (lists in notes are comma-only). */
function andList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface Repaired {
  text: string;
  /** True when the sentence is still a fragment the inspector should rewrite. */
  fragment: boolean;
}

/**
 * Makes a verbless fragment a sentence where the grammar allows, with form words only:
 * "Partnership meetings termly." → "Partnership meetings take place termly.";
 * "Police checks from … for all 10 before placement." → "There are police checks from …".
 * A fragment that opens on an evaluation with no subject ("Secure subject knowledge, good
 * questioning.") cannot be mended without guessing whose it is, so it comes back flagged.
 */
export function repairFragment(sentence: string): Repaired {
  // "No workload survey any of the trainees could recall" → "There is no workload survey that any of …".
  const absence = /^No\s+(.+?)\s+((?:any|none|all|some|most|one|each)\s+of\s+the\s+[a-z]+|[a-z]+s)\s+(could|can|did|would|had)\s+(.+)$/.exec(sentence);
  if (absence && !/\b(is|are|was|were|has|have)\b/.test(absence[1]!)) {
    const plural = isPlural(headNoun(absence[1]!.split(/\s+or\s+|\s+/)));
    return { text: `There ${plural ? 'are' : 'is'} no ${absence[1]} that ${absence[2]} ${absence[3]} ${absence[4]}`, fragment: false };
  }
  if (!isVerbless(sentence)) return { text: sentence, fragment: false };
  const body = sentence.replace(/[.!?]+$/, '');
  const items = body.split(/,\s+(?![^(]*\))/).map((item) => item.trim()).filter(Boolean);
  const first = items[0] ?? '';
  const words = first.split(/\s+/);
  // Noun phrase + frequency: "Partnership meetings termly" — a meeting "takes place".
  const last = words[words.length - 1] ?? '';
  if (items.length === 1 && words.length >= 2 && FREQUENCY.test(last) && !EVALUATIVE_START(words[0]!)) {
    const subject = words.slice(0, -1);
    const plural = isPlural(headNoun(subject));
    return { text: `${subject.join(' ')} ${plural ? 'take' : 'takes'} place ${last.toLowerCase()}.`, fragment: false };
  }
  // "Wellbeing lead visible": a noun phrase then its evaluation takes the copula before the adjective.
  const tail = /^((?:[A-Za-z0-9'’-]+\s+){1,9}?)((?:(?:very|highly|not|always|consistently|clearly|fully|well|still|yet|now|often|sometimes|mostly|largely|too)\s+)*)([a-z-]+)$/.exec(body);
  if (items.length === 1 && tail && (PREDICATE_ADJECTIVES.has(tail[3]!) || /^[a-z]{3,}(ible|able|ive|ful|ous)$/.test(tail[3]!)) && !EVALUATIVE_START(words[0]!)) {
    const subject = tail[1]!.trim().split(/\s+/);
    const plural = isPlural(headNoun(subject));
    const head = headNoun(subject);
    const needsThe = !plural && !MASS_NOUNS.test(head) && !/ing$/.test(head) && !DETERMINERS.has(subject[0]!.toLowerCase()) && !/^[A-Z]{2,}/.test(subject[0]!);
    const opener = lowerFirstWord(subject[0]!);
    const text = `${needsThe ? 'The ' : ''}${needsThe ? opener : capitalise(opener)}${subject.length > 1 ? ' ' + subject.slice(1).join(' ') : ''} ${plural ? 'are' : 'is'} ${tail[2]}${tail[3]}.`;
    return { text, fragment: false };
  }
  // A substantial noun phrase (not an evaluation, not a label "X: …"): "There is/are …".
  // "There is" only before a noun phrase with no verb hiding in it ("one person leads …",
  // "board chair challenges leaders …": an -s word before an object is a verb).
  const lower = words.map((word) => word.toLowerCase().replace(/[^a-z'’-]/g, ''));
  const hiddenVerb = lower.some(
    (word, index) =>
      (index < words.length - 1 && FINITE.has(word) && !/^(need|use|value|support|lack|lead|cover|visit|make|show|take)$/.test(word)) ||
      (index >= 1 && /[^s']s$/.test(word) && /^(the|a|an|their|its|every|each|all|leaders|trainees|mentors|tutors|staff|schools|pupils)$/.test(lower[index + 1] ?? '')),
  );
  const numeric = /^(\d|one|two|three|four|five|six|seven|eight|nine)\b/i.test(words[0]!);
  if (numeric && !hiddenVerb && !/\bof\b/i.test(words.slice(0, 3).join(' ')) && words.length >= 3 && !body.includes(':')) {
    // "Two Vietnamese schools still using the 2022 draft" → "There are two Vietnamese schools still using …".
    const plural = !/^(one|1)$/i.test(words[0]!);
    return { text: `There ${plural ? 'are' : 'is'} ${lowerFirstWord(words[0]!)} ${[...words.slice(1), ...(items.length > 1 ? [] : [])].join(' ')}${items.length > 1 ? `, ${andList(items.slice(1))}` : ''}.`, fragment: false };
  }
  if (words.length >= 4 && !numeric && !hiddenVerb && !/^(the|this|that|these|those|its|their|his|her|both|several|any|either|neither)$/i.test(words[0]!) && !/^["“'‘]/.test(body) && !body.includes(':') && !EVALUATIVE_START(words[0]!) && !/^(no|not|only|all|every|each|some|most|many|few)$/i.test(words[0]!) && !/^[a-z]+ed$/i.test(words[0]!)) {
    const head = headNoun(words);
    const plural = isPlural(head);
    const mass = MASS_NOUNS.test(head) || /ing$/.test(head);
    const opener = lowerFirstWord(words[0]!);
    const determiner = plural || mass || DETERMINERS.has(opener.toLowerCase()) || /^\d/.test(opener) ? '' : `${article(opener)} `;
    // Participle items straight after the first ("re-checked at midpoint") qualify it; the rest are a list.
    let qualifiers = '';
    const nouns: string[] = [];
    for (const item of items.slice(1)) {
      // "re-checked at midpoint" qualifies; "targeted support for …" is a new noun phrase.
      const itemWords = item.split(/\s+/);
      const qualifies = /^[a-z-]+ed$/i.test(itemWords[0]!) && (itemWords.length === 1 || PREPOSITIONS.has(itemWords[1]!.toLowerCase()) || ADVERBS.has(itemWords[1]!.toLowerCase()));
      if (qualifies && nouns.length === 0) qualifiers += `, ${item}`;
      else nouns.push(item);
    }
    const firstText = `${determiner}${[opener, ...words.slice(1)].join(' ')}${qualifiers}`;
    const all = [firstText, ...nouns];
    const joined = qualifiers && nouns.length ? `${all.slice(0, -1).join(', ')}, and ${all[all.length - 1]}` : andList(all);
    return { text: `There ${plural ? 'are' : 'is'} ${joined}.`, fragment: false };
  }
  return { text: sentence, fragment: true };
}

/** Lower-cases a sentence-initial common word; acronyms, languages, names and places keep their capital. */
function lowerFirstWord(word: string): string {
  const bare = word.replace(/[^A-Za-z'-]/g, '');
  if (/^[A-Z]{2,}|^[A-Z][a-z]*[A-Z]|^[a-z]/.test(bare) || /^(English|Welsh|French|Spanish|Arabic|British|Keeping|Core|Teachers')$/.test(bare)) return word;
  if (isOrdinaryWord(bare)) return word.charAt(0).toLowerCase() + word.slice(1);
  const tags = (nlp(bare).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  const common = tags.some((tag) => /^(Noun|Adjective|Singular|Plural|Verb|Determiner)$/.test(tag)) && !tags.some((tag) => /ProperNoun|Person|Place|Organization|Name/.test(tag));
  return common ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

function headNoun(words: string[]): string {
  // The head is the last word before a preposition, a participle or an adverb ("schools still using …").
  const cut = words.findIndex(
    (word, index) => index > 0 && (/^(of|by|for|in|on|from|with|at|about|across|to|before|after|during|that|which|who|since|until|till|per|this|last|each|every|so|but)$/i.test(word) || (/^[a-z]{3,}(ing|ed)$/.test(word) && index > 1) || (ADVERBS.has(word.toLowerCase()) && !/^(all|both)$/i.test(word))),
  );
  const head = cut > 0 ? words.slice(0, cut) : words;
  return (head[head.length - 1] ?? '').replace(/[^A-Za-z'-]/g, '');
}

const PEOPLE_PLURAL = /\b(trainees|mentors|link tutors|tutors|headteachers|leaders|staff|teachers|pupils|governors|schools|partners|employers|managers|students)\b/i;
const PEOPLE_SINGULAR = /\b(trainee|mentor|tutor|headteacher|leader|teacher|pupil|governor|school|partner|employer|manager|student)s?\b/i;

/** The group a note's heading names ("trainee focus group (8 trainees)" → "trainees"), or null. */
export function peopleOf(heading: string | null): string | null {
  if (!heading) return null;
  const text = expandShorthand(heading);
  const plural = PEOPLE_PLURAL.exec(text)?.[1];
  if (plural) return plural.toLowerCase();
  const singular = PEOPLE_SINGULAR.exec(text)?.[1];
  return singular ? `${singular.toLowerCase()}s` : null;
}

export interface Resolved {
  text: string;
  /** True when a pronoun was left without a referent (the sentence should be checked). */
  dangling: boolean;
}

/**
 * A pronoun that pointed at the note's heading ("all valued this", "any of them could recall")
 * loses its referent once the line sits in a report paragraph: name the heading's group instead,
 * or report it as dangling. Only for a sentence that opens its note line (later ones keep theirs).
 */
export function resolvePronouns(sentence: string, heading: string | null, opensLine = true): Resolved {
  const group = peopleOf(heading);
  let dangling = false;
  let text = sentence.replace(/\b(any|all|none|some|most|each|both|many|several|few|one|two|three|four|five|six|seven|eight|nine)\s+of\s+them\b/gi, (match, quantifier: string) => {
    if (group) return `${quantifier} of the ${group}`;
    dangling = true;
    return match;
  });
  // "Three of eight had no …": a count of the heading's group.
  const count = /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|\d+) of (one|two|three|four|five|six|seven|eight|nine|\d+|them) (\w+)/.exec(text);
  if (count && (FINITE.has(count[3]!.toLowerCase()) || AUXILIARY.test(count[3]!.toLowerCase()) || /^[a-z]+ed$/.test(count[3]!) || ADVERBS.has(count[3]!))) {
    if (group) text = `${count[1]} of the ${count[2] === 'them' ? '' : `${count[2]} `}${group} ${text.slice(count[0].length - count[3]!.length)}`;
    else dangling = true;
  }
  // A bare quantifier as subject: "All valued this." (but not "All files …", a quantifier with its noun).
  const bare = /^(All|Most|Some|Both|Many|Several|Few|None)\s+(\w+)/.exec(text);
  if (bare && (FINITE.has(bare[2]!.toLowerCase()) || AUXILIARY.test(bare[2]!.toLowerCase()) || /^[a-z]+ed$/.test(bare[2]!) || ADVERBS.has(bare[2]!.toLowerCase()))) {
    if (group) text = `${bare[1]} ${bare[1] === 'None' ? 'of the ' : ''}${group}${text.slice(bare[1]!.length)}`;
    else dangling = true;
  }
  // "They …" later in a line points at that line's own subject; only an opening one is orphaned.
  const pronoun = opensLine ? /^(They|Them|These|Those)\s+(\w+)/.exec(text) : null;
  if (pronoun && (FINITE.has(pronoun[2]!.toLowerCase()) || AUXILIARY.test(pronoun[2]!.toLowerCase()) || /^[a-z]+ed$/.test(pronoun[2]!) || ADVERBS.has(pronoun[2]!.toLowerCase()))) {
    if (group) text = `The ${group}${text.slice(pronoun[1]!.length)}`;
    else dangling = true;
  }
  return { text, dangling };
}
