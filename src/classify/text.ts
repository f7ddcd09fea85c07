import { createRequire } from 'node:module';

// The Porter stemmer alone, by deep path: `import natural from 'natural'` loads mongoose, pg and
// redis clients (≈1 s, 865 modules) that the classifier never uses.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer') as { stem: (word: string) => string };

/**
 * Inspection shorthand → words, so "v. brief", "mtgs" and "obs" mean to the model what the corpus's
 * report prose says in full. Keys are lower case; matched as whole tokens (with their dot).
 */
export const SHORTHAND: Readonly<Record<string, string>> = {
  'v.': 'very',
  v: 'very',
  'esp.': 'especially',
  esp: 'especially',
  'e.g.': 'for example',
  'eg': 'for example',
  'i.e.': 'that is',
  'etc.': 'etcetera',
  'approx.': 'approximately',
  obs: 'observations',
  'obs.': 'observations',
  ob: 'observation',
  mtg: 'meeting',
  mtgs: 'meetings',
  mins: 'minutes',
  agmt: 'agreement',
  agmts: 'agreements',
  abt: 'about',
  w: 'with',
  'w/': 'with',
  'w/o': 'without',
  b4: 'before',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks',
  prog: 'programme',
  progs: 'programmes',
  univ: 'university',
  uni: 'university',
  insp: 'inspection',
  subj: 'subject',
  stds: 'standards',
  std: 'standard',
  reqs: 'requirements',
  req: 'requirement',
  mgmt: 'management',
  mgt: 'management',
  fb: 'feedback',
  docs: 'documents',
  doc: 'document',
  info: 'information',
  ext: 'external',
  int: 'internal',
  dept: 'department',
  quals: 'qualifications',
  qual: 'qualification',
  exp: 'experience',
  'exp.': 'experience',
  govt: 'government',
  tchr: 'teacher',
  tchrs: 'teachers',
  sch: 'school',
  'sch.': 'school',
  schs: 'schools',
  ht: 'headteacher',
  dht: 'deputy headteacher',
  slt: 'senior leaders',
  qa: 'quality assurance',
  sef: 'self evaluation',
  sed: 'self evaluation',
  pd: 'professional development',
  cpd: 'professional development',
  ccf: 'core content framework',
  ittecf: 'core content framework',
  kcsie: 'keeping children safe safeguarding',
  dsl: 'safeguarding lead',
  send: 'special educational needs',
  sen: 'special educational needs',
  senco: 'special educational needs coordinator',
  eal: 'english additional language',
  ssp: 'systematic synthetic phonics',
  ect: 'early career teacher',
  ects: 'early career teachers',
  nqt: 'newly qualified teacher',
  nqts: 'newly qualified teachers',
  itt: 'initial teacher training',
  ite: 'initial teacher education',
  'l&m': 'leadership management',
  pdd: 'programme design delivery',
  'pd&d': 'programme design delivery',
  'pb&w': 'professional behaviours wellbeing',
  'pbw': 'professional behaviours wellbeing',
  'pdbw': 'professional behaviours wellbeing',
  'c&t': 'curriculum teaching',
  'ct&t': 'curriculum teaching training',
  kspbs: 'knowledge skills behaviours',
  vle: 'online platform',
  '2nd': 'second',
  '1st': 'first',
  '3rd': 'third',
  '&': 'and',
  '+': 'and',
  '+ve': 'positive',
  '-ve': 'negative',
  'n/a': 'not applicable',
  dbs: 'dbs safeguarding check',
  'yr.': 'year',
};

/** Words too common in every statement to tell classes or criteria apart. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or of to in on at for by with from as is are was were be been being it its this that these those ' +
    'there their they them he she his her we our us i you your which who whom whose what when where while ' +
    'has have had do does did so than then also into onto over such can could would will shall may might ' +
    'about up out per each any some other own same both very just only more most much many well ' +
    'trainee trainees provider inspector inspectors etcetera').split(' '),
);

// Negators open a scope: stems inside it are marked so "not consistent" ≠ "consistent".
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'without', 'lack', 'lacks', 'lacking', 'cannot', 'nor',
  'neither', 'hardly', 'rarely', 'seldom', 'unable', 'absent', 'isnt', 'arent', 'doesnt', 'dont', 'didnt',
  'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'shouldnt', 'wouldnt',
]);

const stemCache = new Map<string, string>();

// One string object per name: the stems, joined names and the compiled model's keys all come from
// here, so a Map lookup of a feature finds its key by identity (no character compare, no cons-string
// walk). Bounded: when full it starts afresh, which costs only that identity, never a result.
const internTable = new Map<string, string>();

/** The canonical string object for a name (see internTable). */
export function intern(name: string): string {
  let hit = internTable.get(name);
  if (hit === undefined) {
    if (internTable.size >= 2_000_000) internTable.clear();
    internTable.set(name, name);
    hit = name;
  }
  return hit;
}

/** Porter stem, memoised (the hot path sees the same few thousand words over and over). */
export function stem(word: string): string {
  let hit = stemCache.get(word);
  if (hit === undefined) {
    hit = intern(word.length <= 3 ? word : porter.stem(word));
    if (stemCache.size < 200_000) stemCache.set(word, hit);
  }
  return hit;
}

// A Map, not the record: a note that says "constructor" or "toString" must not find Object.prototype's.
const SHORTHAND_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SHORTHAND));
/** A word the notes' shorthand expands ("curric", "fb", "lang"): a note word, never a name. */
export function isShorthand(word: string): boolean {
  return SHORTHAND_MAP.has(word);
}
// The expansions already split into words (tokenize pushes each).
const SHORTHAND_WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SHORTHAND).map(([key, value]) => [key, value.split(' ')]));

const TOKEN = /[a-z0-9][a-z0-9'’&/+.-]*[a-z0-9+]|[a-z0-9]|[&+]|[.;:!?,()"“”]|\b-\b|\s[-–—]\s/g;

/**
 * Lower-cased word tokens with shorthand expanded, apostrophes of negatives folded ("doesn't" →
 * "doesnt") and punctuation kept as boundary tokens (",", ";", "." end a negation scope).
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/n't\b/g, 'nt').replace(/\bcan't\b/g, 'cant');
  const raw = lower.match(TOKEN) ?? [];
  const out: string[] = [];
  for (let token of raw) {
    // A spaced dash token is always three characters: test only those (most tokens skip the regex).
    if (token.length === 3 && /^\s[-–—]\s$/.test(token)) {
      out.push(';');
      continue;
    }
    const expanded = SHORTHAND_WORDS.get(token);
    if (expanded !== undefined) {
      for (let i = 0; i < expanded.length; i++) out.push(expanded[i]);
      continue;
    }
    if (token.endsWith('.') && token.length > 1) {
      const bare = token.replace(/\.+$/, '');
      const again = SHORTHAND_MAP.get(bare);
      if (again !== undefined) {
        for (const part of again.split(' ')) out.push(part);
      } else if (bare) {
        pushWord(out, bare);
      }
      out.push('.');
      continue;
    }
    if (token.includes("'")) token = token.replace(/'s$/, '').replace(/'/g, '');
    pushWord(out, token);
  }
  return out;
}

function pushWord(out: string[], token: string): void {
  // "3/7", "12/12", "2023-24", "11-19" stay whole (they carry counts); "tutor/mentor" splits.
  if ((token.includes('/') || token.includes('-')) && /[a-z]/.test(token) && !/^[a-z]+-[a-z]+$/.test(token)) {
    for (const part of token.split(/[/-]/)) if (part) out.push(SHORTHAND_MAP.get(part) ?? part);
    return;
  }
  out.push(token);
}

/** True for a punctuation token that closes a negation scope or a clause. */
export function isBoundary(token: string): boolean {
  return token.length === 1 && ';.,:!?()"“”'.includes(token);
}

/** Content stems of a text, stopwords and punctuation dropped: the criterion index's terms. */
export function contentStems(text: string | string[]): string[] {
  const out: string[] = [];
  for (const token of typeof text === 'string' ? tokenize(text) : text) {
    if (isBoundary(token) || STOPWORDS.has(token) || NEGATORS.has(token)) continue;
    if (/^\d+$/.test(token) && token !== '120') continue;
    out.push(stem(token));
  }
  return out;
}

// Interned feature and term names. Stems come from the stem cache as the same string objects, so a
// Map lookup by them is cheap; handing back the same name object each time means no string is
// built per line and the name's hash is already computed when the model's weight maps look it up.
const joinCache = new Map<string, Map<string, Map<string, string>>>();
let joinCount = 0;
// The "_" joins (every bigram) skip the lookup by separator.
let underscoreJoins = new Map<string, Map<string, string>>();
joinCache.set('_', underscoreJoins);

/** `${a}${sep}${b}`, interned (bigrams "a_b", prefixed names "W_a", "NOT_a"). */
export function joinName(a: string, sep: string, b: string): string {
  let bySep = sep === '_' ? underscoreJoins : joinCache.get(sep);
  if (bySep === undefined) {
    bySep = new Map();
    joinCache.set(sep, bySep);
  }
  let inner = bySep.get(a);
  if (inner === undefined) {
    if (joinCount > 500_000) {
      joinCache.clear();
      underscoreJoins = new Map();
      joinCache.set('_', underscoreJoins);
      joinCount = 0;
      return `${a}${sep}${b}`;
    }
    inner = new Map();
    bySep.set(a, inner);
  }
  let hit = inner.get(b);
  if (hit === undefined) {
    hit = intern(`${a}${sep}${b}`);
    inner.set(b, hit);
    joinCount++;
  }
  return hit;
}
