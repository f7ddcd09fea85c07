import type { Framework, NotesInput, Observation, Polarity } from '../schemas/index.js';
import { headingSection, lineFiling, polarityOfHeadings } from './headings.js';
import {
  compile,
  criterionQuery,
  headingScores,
  neighbourScores,
  placeStems,
  POLARITIES,
  scorePolarity,
  sumScores,
  type ClassifierModel,
  type SectionPlacement,
  type CompiledModel,
  type CriterionQuery,
  type PolarityResult,
} from './model.js';
import { redactNames } from './redact-names.js';
import { decodeLine } from './joints.js';
import { jointOf, nearbyLines, neighbourLines, noteLines, splitNotes, stepQuote, type NotePiece } from './split-notes.js';
import { contentStems } from './text.js';

/** What classifyText says about one statement. */
export interface TextClassification {
  polarity: Polarity;
  polarityConfidence: number;
  section: string;
  criterion: { id: string; title: string; score: number };
  alternatives: Array<{ id: string; score: number }>;
  /**
   * The model's probability that both polarity and section are right (their product); below
   * LOW_CONFIDENCE means "check me". Leave-one-file-out, observations under 0.5 are wrong more
   * often than right (53-55%), and they hold 36-41% of the mistakes.
   */
  confidence: number;
}

export interface ClassifyTextOptions {
  /** The section an area heading above the text names: strong evidence the section model weighs. */
  section?: string | null;
  /** Heading text above the statement: weak extra evidence for the criterion. */
  heading?: string | null;
  /** Every heading above the statement, nearest first (defaults to `heading`). */
  headings?: string[];
  /** The note lines around the statement: weak evidence of the area it is about. */
  neighbours?: string[];
  /** A polarity the heading above names ("Strengths", "Areas for improvement", "Context"). */
  polarity?: Polarity | null;
  /** A criterion id the line names itself ("PD2.3 - …"): the inspector's own filing, taken as given. */
  criterion?: string | null;
}

export { polarityOfHeading } from './headings.js';

/** Polarity, section and criterion of a single statement (a note line or a report sentence). */
export function classifyText(text: string, model: ClassifierModel, framework: Framework, options: ClassifyTextOptions = {}): TextClassification {
  const compiled = compile(model);
  const polarity = polarityOf(compiled, text, options);
  return placeStatement(compiled, framework, polarity, queryOf(compiled, polarity), neighbourScores(compiled, options.neighbours ?? []), options);
}

/** The BM25 query of a statement whose polarity is known: its content stems were gathered on the way. */
function queryOf(compiled: CompiledModel, polarity: PolarityResult): CriterionQuery {
  return criterionQuery(compiled, polarity.stems ?? contentStems(polarity.tokens), polarity.cues);
}

/** The polarity half of classifyText: all that grouping a note line's pieces needs. */
function polarityOf(compiled: CompiledModel, text: string, options: ClassifyTextOptions): PolarityResult {
  const headings = options.headings ?? (options.heading ? [options.heading] : []);
  return scorePolarity(compiled, text, options.polarity ?? null, options.heading ?? headings[0] ?? null);
}

/**
 * The rest of classifyText, given the statement's polarity and BM25 query and the summed BM25
 * scores of the lines around it: section, criterion and confidence.
 */
function placeStatement(
  compiled: CompiledModel,
  framework: Framework,
  polarity: PolarityResult,
  query: CriterionQuery,
  around: readonly number[] | null,
  options: ClassifyTextOptions,
): TextClassification {
  return withPlacement(polarity, placeCriterion(compiled, framework, query, sectionsOf(compiled, query, around, options), options));
}

/** A statement's section (and criterion model) probabilities from its own words, headings and the area they name. */
function sectionsOf(compiled: CompiledModel, query: CriterionQuery, around: readonly number[] | null, options: ClassifyTextOptions): SectionPlacement {
  const headings = options.headings ?? (options.heading ? [options.heading] : []);
  const hint = options.section && compiled.sectionIndex.has(options.section) ? options.section : null;
  return placeStems(compiled, query, headings, hint, around);
}

/**
 * Share of the nearby lines' section and criterion-model probabilities in a note line's own.
 * Neighbouring lines are usually about one area (64% / 72% of adjacent labelled lines share a
 * section, against 37% / 21% by chance). LOFO at 0.3: section +1.0 (iqts) and +1.7 (ite-2025)
 * points, less at 0.1 or 0.4; criterion top-3 +0.5 / +0.8.
 */
const NEARBY_SHARE = 0.3;

/** `placed` with the nearby lines' probabilities (their weighted mean) blended in. */
function withNearby(placed: SectionPlacement, nearby: SectionPlacement | null): SectionPlacement {
  if (!nearby) return placed;
  const blend = (own: number[], near: number[]) => own.map((p, k) => (1 - NEARBY_SHARE) * p + NEARBY_SHARE * near[k]);
  return { sections: blend(placed.sections, nearby.sections), criteria: blend(placed.criteria, nearby.criteria) };
}

/** A statement's classification from its polarity and a placement (its own, or its whole line's). */
function withPlacement(polarity: PolarityResult, placement: Placement): TextClassification {
  const confidence = Math.min(1, Math.max(0, polarity.confidence * placement.confidence));
  return {
    polarity: polarity.polarity,
    polarityConfidence: round(polarity.confidence),
    section: placement.section,
    criterion: placement.criterion,
    alternatives: placement.alternatives,
    confidence: round(confidence),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

interface Placement {
  section: string;
  criterion: { id: string; title: string; score: number };
  alternatives: Array<{ id: string; score: number }>;
  confidence: number;
}

/** The section a statement with no criterion evidence falls back to: leadership where the framework has it. */
function defaultSection(framework: Framework): string {
  const ids = framework.sections.map((section) => section.id);
  return ids.find((id) => id.startsWith('leadership')) ?? ids.find((id) => id !== 'compliance') ?? ids[0] ?? 'general';
}

/** Section and criterion of a statement, given its BM25 query and its section probabilities. */
function placeCriterion(compiled: CompiledModel, framework: Framework, query: CriterionQuery, placed: SectionPlacement, options: ClassifyTextOptions): Placement {
  const model = compiled.model;
  const sectionProbabilities = placed.sections;
  // A criterion the line names (and its section) is taken as given.
  const named = options.criterion ? model.criteria.ids.indexOf(options.criterion) : -1;
  const namedSection = named >= 0 ? compiled.criterionSections[named] : -1;
  let bestSection = 0;
  for (let s = 1; s < sectionProbabilities.length; s++) if (sectionProbabilities[s] > sectionProbabilities[bestSection]) bestSection = s;
  if (namedSection >= 0) bestSection = namedSection;
  const section = model.sections.ids[bestSection] ?? defaultSection(framework);
  // The criterion: BM25 (the heading adds a little) reranked within the predicted section.
  const own = query.scores;
  let bm25 = own;
  if (options.heading) {
    const extra = headingScores(compiled, options.heading);
    // A copy: the query's scores may be a neighbour line's too.
    const withHeading = new Array<number>(own.length);
    for (let i = 0; i < own.length; i++) withHeading[i] = own[i] + 0.3 * extra[i];
    bm25 = withHeading;
  }
  const raw = criterionRanking(bm25, placed.criteria, model.criterionModel.blend > 0 ? CRITERION_MODEL_SHARE : 0);
  const n = raw.length;
  let best = namedSection >= 0 ? named : -1;
  if (best < 0) {
    for (let i = 0; i < n; i++) {
      if (compiled.criterionSections[i] !== bestSection) continue;
      if (best < 0 || raw[i] > raw[best]) best = i;
    }
  }
  // Ranked alternatives across all sections (what else matched).
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === best || raw[i] <= 0) continue;
    let at = order.length;
    while (at > 0 && raw[order[at - 1]] < raw[i]) at--;
    if (at < 3) {
      order.splice(at, 0, i);
      if (order.length > 3) order.pop();
    }
  }
  const top = best >= 0 ? raw[best] : 0;
  const total = top + order.reduce((sum, i) => sum + raw[i], 0);
  const share = (value: number) => (total > 0 ? round(value / total) : 0);
  // A section the line files itself under is the inspector's own, not the model's guess.
  const sectionConfidence = namedSection >= 0 ? 1 : (sectionProbabilities[bestSection] ?? 0);
  if (best < 0 || top <= 0 || !bm25.some((score) => score > 0)) {
    const fallback = best >= 0 ? best : model.criteria.sections.indexOf(section);
    return {
      section,
      criterion: { id: model.criteria.ids[fallback] ?? model.criteria.ids[0] ?? 'none', title: model.criteria.titles[fallback] ?? model.criteria.titles[0] ?? '', score: best >= 0 ? share(top) : 0 },
      alternatives: order.map((i) => ({ id: model.criteria.ids[i], score: share(raw[i]) })),
      // No word of the line is in any criterion's text: the criterion is the criterion model's
      // guess from its other words (or, without one, the section's first), so check it.
      confidence: 0.3 * sectionConfidence,
    };
  }
  // Confidence: the probability that the section is right. The criterion's own uncertainty shows
  // in its score against the alternatives'; multiplying in a criterion factor too (BM25 margin
  // and strength) would flag a third of all observations, most of them right (LOFO).
  return {
    section,
    criterion: { id: model.criteria.ids[best], title: model.criteria.titles[best], score: share(top) },
    alternatives: order.map((i) => ({ id: model.criteria.ids[i], score: share(raw[i]) })),
    confidence: sectionConfidence,
  };
}

/** Weight of the criterion model against BM25 in ranking criteria (leave-one-file-out: top-3 +0.8 / +1.0 points at 0.25-0.5). */
const CRITERION_MODEL_SHARE = 0.5;

/**
 * Criterion ranking scores: BM25 relative to the best criterion, plus `share` times the criterion
 * model's probability relative to its best. Both are scaled to their best because BM25 grows with
 * the line's length and the model's probabilities do not. Where no word of the line is in any
 * criterion's text, the model's probabilities alone rank them.
 */
function criterionRanking(bm25: readonly number[], probabilities: readonly number[], share: number): readonly number[] {
  if (share <= 0) return bm25;
  let topBm25 = 0;
  let topProbability = 0;
  for (let i = 0; i < bm25.length; i++) {
    if (bm25[i] > topBm25) topBm25 = bm25[i];
    if (probabilities[i] > topProbability) topProbability = probabilities[i];
  }
  const out = new Array<number>(bm25.length);
  for (let i = 0; i < bm25.length; i++) out[i] = (topBm25 > 0 ? bm25[i] / topBm25 : 0) + (topProbability > 0 ? (share * probabilities[i]) / topProbability : 0);
  return out;
}

/**
 * The section a heading names, if it names one: "L&M", "PDD", "Inclusion", "Compliance",
 * "Curriculum - secondary deep dive", "C2.2", "Mentoring". Activity headings ("Tues: focus group
 * w/ ECTs") name none.
 */
export function sectionOfHeading(heading: string, _compiled: CompiledModel, framework: Framework): string | null {
  return headingSection(heading, framework);
}

// Words that join a point to the one before and say nothing of it themselves ("In contrast, …").
// Not "so far" or "overall completion": there the word is part of the point.
const LEADING_CONNECTIVE = /^(?:but|however|although|though|whereas|yet|and|so(?! far\b)|in contrast|by contrast|on the other hand|that said|even so|nonetheless|nevertheless|in addition|additionally|overall(?=\s*,)|in particular)\b[,\s]*/i;

function cleanText(text: string): string {
  const stripped = text.replace(LEADING_CONNECTIVE, '').replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  return stripped || text.trim();
}

const PROGRESS_EVERY = 2000;

// Cues that make a piece a judgement: a short piece with one ("logs sparse") stands alone; one
// without ("Workload", "2 files") is a label for the piece beside it.
const JUDGING_CUES: ReadonlySet<string> = new Set(['positive', 'negated-positive', 'shortfall', 'negated-shortfall', 'absence', 'recommendation', 'partial-count', 'full-count', 'outdated', 'delay']);

// Where notes join two judgements without a contrast word: "clear on the standards, vague on
// assessment", "joint obs done, none moderated", "sample checked -> 3 unsigned".
const SOFT_CUT = /, |\s->\s|\s\?\s/g;
/** How sure both halves must be, each of the opposite judgement, for a soft cut to split a line (LOFO: 0.55–0.85 alike). */
const SOFT_CUT_CONFIDENCE = 0.7;
// ", the lead mentor, meets them weekly": a comma that opens a short aside naming who, not a new point.
const APPOSITIVE = /^(?:an?|the) [^,;.]{1,40},/i;
// "ensure that schools keep to the plan, so that workload is reasonable": what the point is for, not a second point.
const PURPOSE = /^(?:so that|so as to|in order to|in order that)\b/i;

/**
 * A strength and an area for improvement joined by a comma or an arrow: the two halves, when each
 * is judged the opposite way with confidence; otherwise null. Of several cuts, the surest wins.
 * Never cuts inside a quotation.
 */
function softCutHalves(compiled: CompiledModel, text: string, options: ClassifyTextOptions): Array<{ text: string; polarity: PolarityResult }> | null {
  if (wordCount(text) < 5) return null;
  let best: Array<{ text: string; polarity: PolarityResult }> | null = null;
  let bestScore = 0;
  const quote = { double: false, single: false };
  let scanned = 0;
  SOFT_CUT.lastIndex = 0;
  for (let match = SOFT_CUT.exec(text); match; match = SOFT_CUT.exec(text)) {
    for (; scanned < match.index; scanned++) stepQuote(quote, text, scanned);
    if (quote.double || quote.single) break;
    const rest = text.slice(match.index + match[0].length);
    if (match[0] === ', ' && (APPOSITIVE.test(rest) || PURPOSE.test(rest))) continue;
    const before = text.slice(0, match.index);
    // A connective alone ("In contrast, …") is no half.
    if (!before.replace(LEADING_CONNECTIVE, '').trim()) continue;
    const left = cleanText(before);
    const right = cleanText(rest);
    if (wordCount(left) < 2 || wordCount(right) < 2) continue;
    const first = polarityOf(compiled, left, options);
    if (first.polarity === 'context' || first.confidence < SOFT_CUT_CONFIDENCE || isLabel(wordCount(left), first)) continue;
    const second = polarityOf(compiled, right, options);
    if (second.polarity === 'context' || second.polarity === first.polarity || isLabel(wordCount(right), second)) continue;
    const score = Math.min(first.confidence, second.confidence);
    if (score >= SOFT_CUT_CONFIDENCE && score > bestScore) {
      bestScore = score;
      best = [
        { text: left, polarity: first },
        { text: right, polarity: second },
      ];
    }
  }
  return best;
}

const WHITESPACE = /\s/;

/** Two words or fewer with no judging cue ("4 wks", "Workload"): a label for what is beside it, not a point of its own. */
function isLabel(words: number, polarity: PolarityResult): boolean {
  return words <= 2 && !polarity.cues.some((cue) => JUDGING_CUES.has(cue));
}

/** Whitespace-separated words, counted without building them (it runs several times per line). */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // What \S+ splits on: ASCII blanks decided here, the rare Unicode spaces by the regex itself.
    const blank = code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 160 && WHITESPACE.test(text[i]);
    if (blank) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

/**
 * How sure the whole line must be that it is context for its pieces, read as differing judgements,
 * to stay one context observation. Leave-one-file-out macro-F1, ITE / iQTS: never 0.8755 / 0.8735;
 * at 0.5 ITE 0.8766, 0.7 0.8770, 0.85 0.8772 / 0.8741 (context recall 882 -> 891 of 1,109 lines, ITE).
 */
const WHOLE_LINE_CONTEXT = 0.85;

/** Pieces of one note line that are placed as one observation. */
interface PieceGroup {
  from: number;
  to: number;
  polarity: Polarity;
  /** The observation's text: the pieces joined as written, cleaned. */
  text: string;
  /** The polarity of that text (a single piece's own). */
  result: PolarityResult;
  /** Its BM25 query, once asked for. */
  query: CriterionQuery | null;
  /** One half of a group a soft cut parted: its confidence is its own, not its pieces'. */
  half: boolean;
}

/** A note line read: how its pieces group, and what each group says. Placing comes after. */
interface LineReading {
  pieces: NotePiece[];
  options: ClassifyTextOptions;
  polarities: PolarityResult[];
  groups: PieceGroup[];
  /** The line names its own area or criterion ("L&M: …", "PD2.3 - …"): the lines near it do not move it. */
  filed: boolean;
}

function readLine(compiled: CompiledModel, framework: Framework, linePieces: NotePiece[], sectionAbove: string | null): LineReading {
  const headings = linePieces[0].headings;
  const filing = lineFiling(linePieces[0].lineText, framework);
  const options: ClassifyTextOptions = { section: filing.section ?? sectionAbove, heading: linePieces[0].heading, headings, polarity: filing.polarity ?? polarityOfHeadings(headings), criterion: filing.criterion };
  // Polarity first: it decides how the pieces group. Only a piece that stays alone is placed
  // (section, criterion); a group of pieces is placed once, as its joined text.
  const polarities = linePieces.map((piece) => polarityOf(compiled, cleanText(piece.text), options));
  const words = linePieces.map((piece) => wordCount(piece.text));

  // A label of one or two words ("2 files", "Workload") joins its neighbour: one unit, judged as
  // written together. Then the units are read together: each one's own polarity and the joints
  // between them ("but", ";", " - ") give the likeliest polarities; neighbours that agree are one
  // observation, neighbours that differ are two.
  const labelLike = (k: number) => isLabel(words[k], polarities[k]);
  const units: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < linePieces.length; i++) {
    const last = units[units.length - 1];
    if (last && linePieces[i].boundary !== 'contrast' && (labelLike(i) || (last.from === last.to && labelLike(last.from)))) last.to = i;
    else units.push({ from: i, to: i });
  }
  const joinedText = (from: number, to: number) => (from === to ? linePieces[from].text : linePieces[from].lineText.slice(linePieces[from].start, linePieces[to].end));
  const unitResults = units.map((unit) => (unit.from === unit.to ? polarities[unit.from] : polarityOf(compiled, cleanText(joinedText(unit.from, unit.to)), options)));
  const joints = compiled.model.joints;
  const states =
    joints && units.length > 1
      ? decodeLine(
          unitResults.map((result) => result.probabilities),
          units.map((unit) => jointOf(linePieces[unit.from])),
          joints,
        )
      : unitResults.map((result) => POLARITIES.indexOf(result.polarity));
  const spans: Array<{ from: number; to: number; firstUnit: number; units: number; polarity: Polarity }> = [];
  units.forEach((unit, u) => {
    const last = spans[spans.length - 1];
    if (last && POLARITIES[states[u]] === last.polarity) {
      last.to = unit.to;
      last.units++;
    } else spans.push({ from: unit.from, to: unit.to, firstUnit: u, units: 1, polarity: POLARITIES[states[u]] });
  });
  const filed = filing.section !== null || filing.criterion !== null;
  // A line of facts can read piece by piece as judgements ("completion: primary 94%; secondary
  // 86%" as a strength then a shortfall) where the whole line reads as the record it is. Asked
  // only where a piece reads as context already (the same leave-one-file-out figures, fewer calls).
  if (spans.length > 1 && spans.some((span) => span.polarity === 'context')) {
    const text = cleanText(joinedText(0, linePieces.length - 1));
    const whole = polarityOf(compiled, text, options);
    if (whole.polarity === 'context' && whole.confidence >= WHOLE_LINE_CONTEXT) {
      return { pieces: linePieces, options, polarities, groups: [{ from: 0, to: linePieces.length - 1, polarity: 'context', text, result: whole, query: null, half: false }], filed };
    }
  }
  // Each span is one observation, unless a soft cut parts two opposite judgements inside it.
  const groups = spans.flatMap((span, k): PieceGroup[] => {
    const joined = joinedText(span.from, span.to);
    const halves = softCutHalves(compiled, joined, options);
    if (halves) return halves.map((h) => ({ from: span.from, to: span.to, polarity: h.polarity.polarity, text: h.text, result: h.polarity, query: null, half: true }));
    const text = cleanText(joined);
    const own = span.units === 1 ? unitResults[span.firstUnit] : polarityOf(compiled, text, options);
    // Several units are judged by their joined text ("2 DBS pending at start, both cleared by Oct"
    // is one fact, whatever its halves say alone: LOFO macro-F1 +0.003 over the decoded polarity);
    // one unit by the line read together, which may judge it otherwise than it judges itself
    // ("slow" after "but").
    if (span.units > 1) return [{ from: span.from, to: span.to, polarity: own.polarity, text, result: own, query: null, half: false }];
    const result = own.polarity === span.polarity ? own : { ...own, polarity: span.polarity, confidence: own.probabilities[POLARITIES.indexOf(span.polarity)] };
    // "slow" of "induction thorough but slow" says nothing alone: the observation reads from the
    // start of the point it answers, so the inspector (and the draft) sees what is slow.
    const terseContrast = k > 0 && span.from === span.to && linePieces[span.from].boundary === 'contrast' && words[span.from] <= 2;
    const shown = terseContrast ? cleanText(joinedText(spans[k - 1].from, span.to)) : text;
    return [{ from: span.from, to: span.to, polarity: span.polarity, text: shown, result, query: null, half: false }];
  });
  return { pieces: linePieces, options, polarities, groups, filed };
}

/**
 * Classify notes into observations. Pure: names are replaced by roles before anything else, so no
 * observation (text or heading) carries a personal name. Line numbers honour `notes.firstLine`.
 */
export function classifyNotes(notes: NotesInput, model: ClassifierModel, framework: Framework, onProgress?: (done: number, total: number) => void): Observation[] {
  const compiled = compile(model);
  const { text } = redactNames(notes.text);
  const pieces = splitNotes(text, notes.firstLine ?? 1);
  const lines = noteLines(pieces);
  // Where each line's pieces start (noteLines gives one line per run of pieces with one line number).
  const firstPiece: number[] = [];
  for (let p = 0; p < pieces.length; p++) if (p === 0 || pieces[p].line !== pieces[p - 1].line) firstPiece.push(p);
  const headingSections = new Map<string, string | null>();
  const sectionFor = (piece: NotePiece): string | null => {
    for (const heading of piece.headings) {
      let section = headingSections.get(heading);
      if (section === undefined) {
        section = sectionOfHeading(heading, compiled, framework);
        headingSections.set(heading, section);
      }
      if (section) return section;
    }
    return null;
  };

  // A line is read (polarity, groups) one line ahead of placing, because the line after is a
  // neighbour: when a whole line is one group (most are), its BM25 query serves both.
  const readings: Array<LineReading | undefined> = [];
  const read = (i: number): LineReading => {
    let reading = readings[i];
    if (!reading) {
      const linePieces = pieces.slice(firstPiece[i], firstPiece[i + 1] ?? pieces.length);
      reading = readings[i] = readLine(compiled, framework, linePieces, sectionFor(linePieces[0]));
    }
    return reading;
  };
  const groupQuery = (group: PieceGroup) => (group.query ??= queryOf(compiled, group.result));
  const lineQueries: Array<CriterionQuery | undefined> = [];
  const lineQuery = (i: number): CriterionQuery => {
    let query = lineQueries[i];
    if (!query) {
      const { groups } = read(i);
      query = lineQueries[i] =
        groups.length === 1 && groups[0].text === lines[i].text ? groupQuery(groups[0]) : criterionQuery(compiled, contentStems(lines[i].text), [...new Set(groups.flatMap((group) => group.result.cues))]);
    }
    return query;
  };
  const lineScores = (i: number): readonly number[] => lineQuery(i).scores;
  // Each line's neighbours' summed BM25 scores, and its section probabilities as a whole: for the
  // lines near it, for itself when it is one observation, and for its parts (they share `around`).
  const lineContexts: Array<{ around: number[] | null; placed: SectionPlacement } | undefined> = [];
  const lineContext = (i: number) => {
    let context = lineContexts[i];
    if (!context) {
      const around = sumScores(neighbourLines(lines, i).map(lineScores));
      context = lineContexts[i] = { around, placed: sectionsOf(compiled, lineQuery(i), around, read(i).options) };
    }
    return context;
  };
  const linePlacement = (i: number): SectionPlacement => lineContext(i).placed;
  const nearbyPlacement = (i: number): SectionPlacement | null => {
    const near = nearbyLines(lines, i);
    if (near.length === 0) return null;
    const total = near.reduce((sum, { weight }) => sum + weight, 0);
    const mean = (of: (placement: SectionPlacement) => number[]): number[] => {
      const out = new Array<number>(of(linePlacement(near[0].line)).length).fill(0);
      for (const { line, weight } of near) {
        const values = of(linePlacement(line));
        for (let k = 0; k < out.length; k++) out[k] += (weight / total) * values[k];
      }
      return out;
    };
    return { sections: mean((p) => p.sections), criteria: mean((p) => p.criteria) };
  };

  const observations: Observation[] = [];
  // Big notes (a term's worth pasted into one file) take seconds: report every few thousand pieces.
  let reportAt = PROGRESS_EVERY;
  for (let i = 0; i < lines.length; i++) {
    const lineStart = firstPiece[i];
    if (onProgress && lineStart >= reportAt) {
      onProgress(lineStart, pieces.length);
      reportAt = lineStart + PROGRESS_EVERY;
    }
    const { pieces: linePieces, options, polarities, groups, filed } = read(i);
    const nearby = filed ? null : nearbyPlacement(i);
    const place = (query: CriterionQuery, placed: SectionPlacement) => placeCriterion(compiled, framework, query, withNearby(placed, nearby), options);
    // One observation is placed by its own words. Several from one line are placed once, by the
    // whole line's: a half ("logs sparse") says too little of its topic alone (LOFO section +1.6 points).
    // Either way a line that is one observation as written has its placement worked out already.
    const wholeLine = groups.length > 1 || groups[0]?.text === lines[i].text ? place(lineQuery(i), linePlacement(i)) : null;
    for (const group of groups) {
      const first = linePieces[group.from];
      const single = group.from === group.to || group.half;
      const placement = wholeLine ?? place(groupQuery(group), sectionsOf(compiled, groupQuery(group), lineContext(i).around, options));
      const result = withPlacement(group.result, placement);
      let polarityConfidence = result.polarityConfidence;
      if (!single) {
        let most = 0;
        for (let k = group.from; k <= group.to; k++) if (polarities[k].polarity === group.polarity) most = Math.max(most, round(polarities[k].confidence));
        polarityConfidence = most || result.polarityConfidence;
      }
      observations.push({
        text: group.text,
        source: { file: notes.file, line: first.line, heading: options.heading ?? null },
        polarity: group.polarity,
        section: result.section,
        criterion: result.criterion,
        alternatives: result.alternatives,
        confidence: result.confidence,
        polarityConfidence,
      });
    }
    // Line i + 1 has lines i and i + 2 around it: what line i - 1 left is done with.
    if (i > 0) readings[i - 1] = lineQueries[i - 1] = undefined;
    // Line i + 1 has lines i - 1 to i + 3 near it.
    if (i > 1) lineContexts[i - 2] = undefined;
  }
  return observations;
}
