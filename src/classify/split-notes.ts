/**
 * Splitting an inspector's notes into pieces: headings recognised, bullets stripped, lines cut into
 * sentences and note fragments (semicolons, spaced dashes) and at contrast words, with offsets kept
 * so pieces of one line can be joined again when they turn out to say the same thing.
 */

import { polarityFeatures, type Cue } from './features.js';

/** How a piece was separated from the piece before it on the same line. */
export type PieceBoundary = 'line' | 'sentence' | 'fragment' | 'contrast';

/** One candidate observation: a sentence or fragment of one note line. */
export interface NotePiece {
  text: string;
  /** 1-based line number in the original file (firstLine honoured). */
  line: number;
  /** Nearest heading above the line, as written. */
  heading: string | null;
  /** Every heading above the line, nearest first (an area heading may sit above an activity heading). */
  headings: string[];
  /** Offsets of the piece in its (bullet-stripped) line, so neighbours can be rejoined. */
  start: number;
  end: number;
  /** The bullet-stripped line the piece came from. */
  lineText: string;
  boundary: PieceBoundary;
}

// Words before a full stop that do not end a sentence. Lower case, without the dot.
const ABBREVIATIONS = new Set([
  'v', 'vs', 'esp', 'e.g', 'eg', 'i.e', 'ie', 'cf', 'approx', 'dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'st', 'no', 'nos',
  'p', 'pp', 'para', 'fig', 'sch', 'obs', 'mtgs', 'mtg', 'incl', 'inc', 'dept', 'univ', 'govt', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'exp', 'ext', 'int', 'yr', 'yrs', 'wk', 'wks', 'approx', 'max', 'min', 'ref', 'refs', 'rev', 'ed', 'eds',
  'co', 'ltd', 'assoc', 'grp', 'intl', 'nat', 'sec', 'prim', 'sci', 'eng', 'geog', 'hist', 'mfl', 're', 'pe', 'ict',
]);

const DAY = /^(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|day \d+)\b/i;
const BULLET = /^\s*(?:[-*•◦▪◼·–—>]|\d{1,2}[.)]|[a-z][.)](?=\s)|\[[ x]\])\s+/i;

// "Morning: meetings with the DSL", "Late afternoon - compliance": a part of the day and what it held.
const TIME_OF_DAY = /^(?:early |late |mid-?)?(?:morning|afternoon|evening)\s*(?::|[-–—]\s)/i;

// Cues that make a line a point, whatever its shape: "Morning - DSL training too brief", "NB NO DBS
// CHECKS FOR 2 MENTORS" say something; "Morning: meetings with the DSL" does not. The classifier's
// judging cues less full-count: "MTG W/ ALL TRAINEES", "Tues - every mentor" name who, not how well.
const JUDGING: ReadonlySet<Cue> = new Set(['positive', 'negated-positive', 'shortfall', 'negated-shortfall', 'absence', 'recommendation', 'partial-count', 'outdated', 'delay']);
const judges = (line: string) => polarityFeatures(line).cues.some((cue) => JUDGING.has(cue));

/** "Tues: focus group", "Morning - meetings with leaders": a day or part of one, then what it held. */
const opensWithWhen = (line: string) => DAY.test(line) || TIME_OF_DAY.test(line);

/** A line that heads the lines below it rather than saying something itself. */
export function headingOf(rawLine: string): string | null {
  const line = rawLine.trim();
  if (!line) return null;
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
  if (markdown) return markdown[1].replace(/\*\*/g, '').trim();
  const bold = /^\*\*([^*]+)\*\*:?$/.exec(line) ?? /^__([^_]+)__:?$/.exec(line);
  if (bold) return bold[1].trim();
  if (BULLET.test(rawLine)) return null;
  const words = line.split(/\s+/);
  if (line.endsWith(':') && words.length <= 10) return line.slice(0, -1).trim();
  if (/[.!?;]$/.test(line) || /["“]/.test(line)) return null;
  // "Tues: focus group w/ ECTs", "Wed - Sri Cempaka Intl, KL": an activity on a day or part of one.
  // An aside in brackets ("(interp: Ms Yoo, partly)") does not make the line a point.
  if (DAY.test(line) && line.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean).length <= 12) return line;
  if (TIME_OF_DAY.test(line) && words.length <= 12 && !judges(line)) return line;
  if (words.length <= 6) {
    // Short title-case or all-caps lines: "Context", "L&M", "PDD", "Meeting with trainees, School B".
    const capitalised = words.filter((word) => /^[A-Z0-9&(]/.test(word) || /^(?:and|of|the|with|w\/|for|in|on|at|to|a|-|–|&)$/i.test(word));
    if (/^[A-Z0-9]/.test(words[0]) && capitalised.length === words.length) return line;
    if (words.length <= 2 && /^[A-Z]/.test(line)) return line;
  }
  // "Recruitment and selection", "Leadership, vision and management": an area named as a list.
  if (AREA_LIST.test(line) && !judges(line)) return line;
  return null;
}

const AREA_LIST = /^[A-Z][a-z]+(?:,? [a-z]+){0,2},? (?:and|&) [a-z]+$/;

/**
 * In notes written as bullets, a short capitalised line with no bullet, no figures and no closing
 * punctuation that introduces a bullet list is a heading ("EY route (Mr Aziz, EY lead)").
 */
function leadInHeading(rawLine: string, next: string | undefined, previous: string | undefined): string | null {
  const line = rawLine.trim();
  if (BULLET.test(rawLine) || !next || !BULLET.test(next)) return null;
  // Typed in lower case: a bare topic of up to three words, set off by a blank line ("entry reqs",
  // "safeguarding / suitability", "partnership & QA").
  if (/^[a-z]/.test(line)) return !previous?.trim() && /^[a-z][a-z&+/ -]*$/i.test(line) && line.split(/\s+/).length <= 3 ? line : null;
  if (!/^[A-Z]/.test(line) || /[.!?;,]$/.test(line) || /\d/.test(line) || /["“]/.test(line)) return null;
  return line.split(/\s+/).length <= 8 && !judges(line) ? line : null;
}

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*\|/;
const GREETING_LINE = /^\s*(?:hi|hello|dear|hey)\b[^.!?:;\n]{0,40}[,!]?\s*$/i;
const SIGN_OFF_LINE = /^\s*(?:cheers|thanks|thank you|many thanks|best|best wishes|all the best|regards|kind regards|warm regards)\s*[,!.]?\s*$/i;

// What a notes file's title line says of itself: whose notes, of what inspection, in what form.
const TITLE_WORDS = /\b(?:[Nn]otes|[Ii]nsp|[Ii]nspection|[Ii]nspector(?:'s)?|LI|TI|OI|[Ww]orking (?:file|notes|doc)|[Ee]vidence (?:log|forms?|base)|write-ups|[Tt]imeline|[Dd]esk review|[Ss]cribbles)\b/;
// The separators a title strings its parts with ("Provider - route - LI notes"); not a comma or colon, which points use too.
const TITLE_SEPARATOR = /\s[-–—|/]\s/;

/**
 * The first line of a whole notes file, when it names the notes rather than saying something of the
 * provider ("Kestrel Bay Univ - iQTS sec - LI wk notes (insp 3-6 Mar)"): a title, neither a point
 * nor a heading whose words would place the lines under it.
 */
function isTitle(rawLine: string): boolean {
  const line = rawLine.trim();
  if (BULLET.test(rawLine) || /^#/.test(line) || line.split(/\s+/).length > 30) return false;
  // An email's subject line.
  if (/^subject\s*:/i.test(line)) return true;
  return TITLE_WORDS.test(line) && TITLE_SEPARATOR.test(line) && !judges(line);
}

/**
 * Letters in capitals, of all letters outside brackets and quotations; 0 where those are most of
 * the line ('T3: "I'd struggle…"' is a quotation, not a heading in capitals). One pass over the
 * characters: it runs on every line.
 */
function capitalShare(line: string): number {
  let letters = 0;
  let bare = 0;
  let upper = 0;
  let bracket = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '(') bracket++;
    else if (c === ')') bracket = Math.max(0, bracket - 1);
    else if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    else {
      const code = line.charCodeAt(i);
      const isUpper = code < 128 ? code >= 65 && code <= 90 : c !== c.toLowerCase();
      if (!(isUpper || (code < 128 ? code >= 97 && code <= 122 : c !== c.toUpperCase()))) continue;
      letters++;
      if (bracket > 0 || quoted) continue;
      bare++;
      if (isUpper) upper++;
    }
  }
  if (bare < 8 || bare * 2 < letters) return 0;
  return upper / bare;
}

/**
 * "MTG W/ DIRECTOR + iQTS lead", "SCHOOL VISIT - Colegio Andino (tue)": a short line in capitals in
 * notes otherwise typed in ordinary case heads the lines after it.
 */
function capitalsHeading(rawLine: string, share: number, capitalLines: number, lines: number): string | null {
  const line = rawLine.trim();
  if (BULLET.test(rawLine) || /[.!?;]$/.test(line) || capitalLines * 3 > lines) return null;
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 14 && !/^NB\b/.test(line) && share >= CAPITALS && !judges(line) ? line : null;
}

/** The share of a line's letters in capitals (capitalShare) from which it is written in capitals. */
const CAPITALS = 0.75;

/**
 * "Tues 10:15 - centre session obs, "Map skills KS3" (tutor)": a day's activity that opens a run of
 * bullets is its heading, though it quotes a title.
 */
function dayLeadIn(rawLine: string, next: string | undefined): string | null {
  const line = rawLine.trim();
  if (BULLET.test(rawLine) || !next || !BULLET.test(next) || /[.!?;]$/.test(line)) return null;
  return opensWithWhen(line) && line.split(/\s+/).length <= 16 && !judges(line) ? line : null;
}

/**
 * Split notes into pieces. `firstLine` is the line number of the first line of `text` (a chunk of
 * a larger file keeps its true line numbers). Headings become provenance, not pieces.
 */
export function splitNotes(text: string, firstLine = 1): NotePiece[] {
  const lines = text.split(/\r\n|\n|\r/);
  const pieces: NotePiece[] = [];
  // Heading stack by level: Markdown levels 1–6; other headings count as level 2 (below a title).
  const stack: Array<{ level: number; text: string }> = [];
  let headings: string[] | null = null;
  const bulleted = lines.filter((line) => BULLET.test(line)).length;
  const written = lines.filter((line) => line.trim());
  const usesBullets = bulleted >= 3 && bulleted >= written.length / 3;
  // Each line's share of capitals, once: the file's count of such lines and each line's own test read it.
  const capitalShares = lines.map((line) => (line.trim() ? capitalShare(line) : 0));
  const capitalLines = capitalShares.filter((share) => share >= CAPITALS).length;
  // Only a whole file (or its first chunk) opens with its title.
  const titleAt = firstLine === 1 ? lines.findIndex((line) => line.trim()) : -1;
  let signedOff = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    if (!raw.trim()) continue;
    if (index === titleAt && isTitle(raw)) continue;
    // A table's header row (the row above its |---| line) names columns; an email's greeting and
    // sign-off name the reader and the writer: none of them is a point or a heading.
    if (TABLE_SEPARATOR.test(lines[index + 1] ?? '') && /^\s*\|/.test(raw)) continue;
    const signOff = SIGN_OFF_LINE.test(raw);
    if (signOff || GREETING_LINE.test(raw)) {
      signedOff = signOff;
      continue;
    }
    if (signedOff && raw.trim().split(/\s+/).length <= 5 && !/[.!?;:]/.test(raw)) continue;
    signedOff = false;
    const heading =
      headingOf(raw) ??
      (usesBullets ? (leadInHeading(raw, lines[index + 1], lines[index - 1]) ?? dayLeadIn(raw, lines[index + 1])) : null) ??
      capitalsHeading(raw, capitalShares[index], capitalLines, written.length);
    if (heading !== null) {
      const markdown = /^\s*(#{1,6})\s/.exec(raw);
      const level = markdown ? markdown[1].length : 2;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, text: heading });
      headings = null;
      continue;
    }
    const lineText = raw.replace(BULLET, '').replace(/\*\*/g, '').trimEnd();
    const leading = lineText.length - lineText.trimStart().length;
    // One array per heading context, shared by the lines under it (nobody mutates it).
    if (headings === null) headings = stack.map((entry) => entry.text).reverse();
    for (const span of splitLine(lineText, leading)) {
      pieces.push({
        text: span.text,
        line: firstLine + index,
        heading: headings[0] ?? null,
        headings,
        start: span.start,
        end: span.end,
        lineText,
        boundary: span.boundary,
      });
    }
  }
  return pieces;
}

interface Span {
  text: string;
  start: number;
  end: number;
  boundary: PieceBoundary;
}

/** A contrast word opening the text: the word a contrast cut was made at (jointOf names the cut by it). */
const CONTRAST_WORD = /^(but|however|although|though|whereas|yet)\b/i;
/** First letters of the contrast words: most spaces are followed by none of them. */
const CONTRAST_INITIAL = new Set('bhatwyBHATWY');

/** Whether the scan so far is inside a quotation: "…", “…”, or '…' / ‘…’. */
export interface QuoteState {
  double: boolean;
  single: boolean;
}

const SINGLE_OPEN_AFTER = /[\s(\[:;,-]/;
const SINGLE_CLOSE_BEFORE = /[\s,.;:!?)\]-]/;
const LETTER = /\p{L}/u;
const SINGLE_CLOSE_AHEAD = /\S['’](?:$|[\s,.;:!?)\]-])/;

/**
 * Move `state` over the character at `i`. A single quote opens after a space or a bracket before a
 * letter ("'I didn't know why, now I do'") and closes before a space or a stop; an apostrophe
 * inside a word ("didn't", "trainees' files" outside a quotation) is neither.
 */
export function stepQuote(state: QuoteState, line: string, i: number): void {
  const ch = line[i];
  if (ch === '"') state.double = !state.double;
  else if (ch === '“') state.double = true;
  else if (ch === '”') state.double = false;
  else if (ch === "'" || ch === '‘' || ch === '’') {
    if (state.double) return;
    if (!state.single) {
      // Not "'80s", "('22-'23)" or "'Tis fine": an elision opens no quotation, and one that never closes is none.
      if (ch !== '’' && (i === 0 || SINGLE_OPEN_AFTER.test(line[i - 1])) && LETTER.test(line[i + 1] ?? '') && SINGLE_CLOSE_AHEAD.test(line.slice(i + 2, i + 400))) state.single = true;
    } else if (ch !== '‘' && i > 0 && !/\s/.test(line[i - 1]) && (i + 1 === line.length || SINGLE_CLOSE_BEFORE.test(line[i + 1]))) state.single = false;
  }
}

/** Cut one line into sentences, fragments and contrast halves, keeping offsets. */
export function splitLine(line: string, from = 0): Span[] {
  const cuts: Array<{ at: number; skip: number; boundary: PieceBoundary }> = [];
  const n = line.length;
  const quote = { double: false, single: false };
  // Where the last quotation closed: a dash just after it may open its attribution.
  let closedAt = -1;
  for (let i = from; i < n; i++) {
    const ch = line[i];
    const open = quote.double || quote.single;
    stepQuote(quote, line, i);
    if (open && !quote.double && !quote.single) closedAt = i;
    if (quote.double || quote.single) continue; // a quotation is one voice: never cut inside it
    if (ch === ';') {
      cuts.push({ at: i, skip: 1, boundary: 'fragment' });
    } else if ((ch === '.' || ch === '!' || ch === '?') && isSentenceEnd(line, i)) {
      cuts.push({ at: i + 1, skip: 0, boundary: 'sentence' });
    } else if ((ch === '-' || ch === '–' || ch === '—') && line[i - 1] === ' ' && line[i + 1] === ' ') {
      if (!(closedAt === i - 2 && isAttribution(line, i))) cuts.push({ at: i - 1, skip: 3, boundary: 'fragment' });
    } else if (ch === ' ' && CONTRAST_INITIAL.has(line[i + 1])) {
      const rest = line.slice(i + 1, i + 12).toLowerCase();
      const word = CONTRAST_WORD.exec(rest);
      if (word && isContrast(line, i, word[1])) cuts.push({ at: i, skip: 1, boundary: 'contrast' });
    }
  }
  const spans: Span[] = [];
  let start = from;
  let boundary: PieceBoundary = 'line';
  for (const cut of [...cuts, { at: n, skip: 0, boundary: 'line' as PieceBoundary }]) {
    pushSpan(spans, line, start, cut.at, boundary);
    start = cut.at + cut.skip;
    boundary = cut.boundary;
  }
  // A leading "Although X, Y": the contrast is inside the first clause.
  return spans.flatMap((span) => splitLeadingConcession(line, span));
}

// Who said a quotation, after its dash: '"…parents" - a trainee, now an ECT at Saltings Primary'.
// It says who, not what: it stays with the quotation. Not a judgement after the quote ("- but none
// of that is written down", "- nothing in between"): 3 of 228 such tails in the training notes.
// Names are roles by now (redaction comes first), so an attribution opens with a role.
const ATTRIBUTION_TAIL = /^(?:(?:a|an|the|one|two|three|four|\d+|our|his|her|their|another)\s+)?(?:[\w&/.-]+,?\s+){0,3}?(?:trainees?|mentors?|tutors?|ects?|nqts?|heads?|hts?|dht|headteachers?|teachers?|member of staff|staff|leaders?|lead|director|dsl|senco|principal|governors?|chair|apprentices?|students?|pupils?|parents?|examiner|manager|officer|co-?ordinator|coord|ceo|hod|completers?|fg|focus group)\b[^;"“”]*$/i;
// A tail that says something ("- mentors disagree strongly", "- QA grid shows trainees behind") is a point.
const NOT_ATTRIBUTION = /\b(?:but|however|although|though|yet|not|no|none|nothing|never|only|is|are|was|were|has|have|had|shows?|showed|disagree\w*|agree\w*|thinks?|feels?|felt|seems?|looks?|does|do|did|can|could|will|would|should|must)\b|n['’]t\b/i;
/** An attribution is short: a longer tail is never one (and is never scanned to the line's end). */
const ATTRIBUTION_MAX = 120;

/** Whether the dash at `dash` (a space each side), straight after a quotation closed, opens its attribution. */
function isAttribution(line: string, dash: number): boolean {
  // Looked for within the longest tail only: a semicolon further on makes the tail too long anyway.
  const semicolon = line.slice(dash, dash + ATTRIBUTION_MAX + 1).indexOf(';');
  const end = semicolon < 0 ? line.length : dash + semicolon;
  if (end - dash > ATTRIBUTION_MAX) return false;
  const tail = line.slice(dash + 2, end).trim();
  return ATTRIBUTION_TAIL.test(tail) && tail.split(/\s+/).length <= 12 && !NOT_ATTRIBUTION.test(tail);
}

function pushSpan(spans: Span[], line: string, start: number, end: number, boundary: PieceBoundary): void {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:\-–—]/.test(line[s])) s++;
  while (e > s && /[\s,;:\-–—]/.test(line[e - 1])) e--;
  if (e - s < 2 || !/[A-Za-z0-9]/.test(line.slice(s, e))) return;
  spans.push({ text: line.slice(s, e), start: s, end: e, boundary });
}

function splitLeadingConcession(line: string, span: Span): Span[] {
  const match = /^(?:although|though|while|whilst|despite)\b[^,]{3,}?,\s*/i.exec(span.text);
  if (!match || match[0].length >= span.text.length - 3) return [span];
  const comma = span.start + match[0].trimEnd().length - 1;
  const first: Span = { text: line.slice(span.start, comma), start: span.start, end: comma, boundary: span.boundary };
  const secondStart = span.start + match[0].length;
  const second: Span = { text: line.slice(secondStart, span.end), start: secondStart, end: span.end, boundary: 'contrast' };
  return [first, second];
}

// "all but three trainees", "nothing but praise": "but" here means "except", no contrast
// ("done for all but only 3 had content reduced" is one).
const EXCEPT_BEFORE = /\b(?:nothing|anything)$/i;
const EXCEPT_AROUND = /\b(?:all|every\w*)$/i;
const COUNT_AFTER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a handful|a couple)\b/i;
// A contrast may end on one judging word ("thorough but slow", "useful, yet late"), not on a
// word that needs more after it ("but also", "but then").
const LONE_WORD = /^(?!(?:also|then|not|now|still|only|one|two|few|more|less|that|this|which|who|what|why|how|here|there|when|so)\b)[a-z]{3,}[.!]?$/i;

const SENTENCE_WINDOW = 64;
/** Two words or more, wherever they stand. */
const TWO_WORDS = /\S\s+\S/;

/** "but" and friends start a contrast only with a clause before and a judgement after ("all but one" is not one). */
function isContrast(line: string, space: number, word: string): boolean {
  const before = nearWords(line.slice(0, space).trimEnd(), 'before');
  const after = nearWords(line.slice(space + 1 + word.length).trimStart(), 'after');
  if (!TWO_WORDS.test(before) || EXCEPT_BEFORE.test(before) || (EXCEPT_AROUND.test(before) && COUNT_AFTER.test(after))) return false;
  if (!TWO_WORDS.test(after) && !LONE_WORD.test(after)) return false;
  if (word === 'but' && /^(?:one|two|a few|not|also)\b/i.test(after)) return false;
  if (word === 'yet' && !/,$/.test(before)) return false;
  return true;
}

/**
 * The words next to a cut, trimmed: a window of the text on that side, or all of it where the
 * window holds less than two words. The contrast tests read no further than that, and reading the
 * rest of the line at every "but" made a notes file that is one long line quadratic.
 */
function nearWords(side: string, which: 'before' | 'after'): string {
  const window = which === 'before' ? side.slice(-SENTENCE_WINDOW) : side.slice(0, SENTENCE_WINDOW);
  return (window.length < side.length && !TWO_WORDS.test(window) ? side : window).trim();
}

/** Whether the full stop at `i` ends a sentence: not after an abbreviation ("incl.", "esp.") or an initial. */
export function isSentenceEnd(line: string, i: number): boolean {
  if (i + 1 >= line.length) return true;
  // A sentence ends at "." followed by space and a capital, a digit or a quote. Both tests read a
  // window around the stop, not the rest of the text: redaction asks this of a whole notes file,
  // and a "$"-anchored pattern over everything before the stop made a 10 MB file quadratic.
  const after = line.slice(i + 1, i + 1 + SENTENCE_WINDOW);
  if (!/^\s+["“(]?[A-Z0-9]/.test(/^\s*$/.test(after) ? line.slice(i + 1) : after)) return false;
  const from = Math.max(0, i - SENTENCE_WINDOW);
  let before = /([A-Za-z.&]+)$/.exec(line.slice(from, i));
  // A run that fills the window may go on before it: read it whole (only a very long "word" does).
  if (before && from > 0 && before[1].length === i - from) before = /([A-Za-z.&]+)$/.exec(line.slice(0, i));
  if (!before) return true;
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return false;
  if (/^[a-z]$/i.test(word) && /^[A-Z]$/.test(before[1])) return false; // an initial: "K. Adeyemi"
  if (/\./.test(word)) return false; // "e.g", "i.e", "a.m"
  return true;
}

/**
 * What joins a piece to the piece before it on its line: "start" for a line's first piece, "." a
 * sentence, ";" or "-" a fragment, the contrast word ("but", "however", ...) or "concession" (the
 * clause after "Although X,"). How often the two sides of each differ is learnt from labelled notes.
 */
export function jointOf(piece: NotePiece): string {
  switch (piece.boundary) {
    case 'line':
      return 'start';
    case 'sentence':
      return '.';
    case 'fragment':
      return piece.lineText.slice(0, piece.start).trimEnd().endsWith(';') ? ';' : '-';
    case 'contrast': {
      const word = CONTRAST_WORD.exec(piece.text);
      return word ? word[1].toLowerCase() : 'concession';
    }
  }
}

/** One note line: its pieces' line number, headings and bullet-stripped text. */
export interface NoteLine {
  line: number;
  headings: string[];
  text: string;
}

/** The note lines the pieces came from, in order. */
export function noteLines(pieces: NotePiece[]): NoteLine[] {
  const out: NoteLine[] = [];
  for (const piece of pieces) {
    if (out.length && out[out.length - 1].line === piece.line) continue;
    out.push({ line: piece.line, headings: piece.headings, text: piece.lineText });
  }
  return out;
}

/**
 * The indices of the lines just before and after line i under the same nearest heading (and, under
 * none, in the same block): notes run in topics, so neighbours say which area a terse line is about.
 */
export function neighbourLines(lines: NoteLine[], i: number): number[] {
  return [i - 1, i + 1].filter((j) => sameRun(lines, i, j));
}

/**
 * Whether line j exists and is in line i's run: under the same nearest heading, and, under none,
 * with no blank line (gap in line numbers) between them. A blank line is the only break such notes
 * have, and where they are cut into chunks: taking it as a break keeps a chunked file's
 * classification the same as the whole file's.
 */
function sameRun(lines: NoteLine[], i: number, j: number): boolean {
  if (j < 0 || j >= lines.length || (lines[j].headings[0] ?? null) !== (lines[i].headings[0] ?? null)) return false;
  if (lines[i].headings.length > 0) return true;
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from; k < to; k++) if (lines[k + 1].line - lines[k].line > 1) return false;
  return true;
}

/**
 * Lines near line i under the same heading (or block), with how much each says about its topic: the lines
 * either side (1), and the lines two away (0.5; LOFO section +0.3 / +0.1 points over either side alone).
 */
export function nearbyLines(lines: NoteLine[], i: number): Array<{ line: number; weight: number }> {
  const out: Array<{ line: number; weight: number }> = [];
  for (const [j, weight] of [[i - 1, 1], [i + 1, 1], [i - 2, 0.5], [i + 2, 0.5]]) if (sameRun(lines, i, j)) out.push({ line: j, weight });
  return out;
}

/** The text of neighbourLines(lines, i). */
export function neighbourTexts(lines: NoteLine[], i: number): string[] {
  return neighbourLines(lines, i).map((j) => lines[j].text);
}
