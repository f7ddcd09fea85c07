import type { Framework, NotesInput, Observation, Polarity } from '../schemas/index.js';
import { headingSection, polarityOfHeadings } from './headings.js';
import { compile, headingScores, placeStems, scorePolarity, type ClassifierModel, type CompiledModel, type PolarityResult } from './model.js';
import { redactNames } from './redact-names.js';
import { neighbourTexts, noteLines, splitNotes, type NotePiece } from './split-notes.js';
import { contentStems } from './text.js';

/** What classifyText says about one statement. */
export interface TextClassification {
  polarity: Polarity;
  polarityConfidence: number;
  section: string;
  criterion: { id: string; title: string; score: number };
  alternatives: Array<{ id: string; score: number }>;
  /** Below 0.5 means "check me": weak criterion evidence or an unsure polarity. */
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
}

export { polarityOfHeading } from './headings.js';

/** Polarity, section and criterion of a single statement (a note line or a report sentence). */
export function classifyText(text: string, model: ClassifierModel, framework: Framework, options: ClassifyTextOptions = {}): TextClassification {
  const compiled = compile(model);
  return placeStatement(compiled, framework, polarityOf(compiled, text, options), options);
}

/** The polarity half of classifyText: all that grouping a note line's pieces needs. */
function polarityOf(compiled: CompiledModel, text: string, options: ClassifyTextOptions): PolarityResult {
  const headings = options.headings ?? (options.heading ? [options.heading] : []);
  return scorePolarity(compiled, text, options.polarity ?? null, options.heading ?? headings[0] ?? null);
}

/** The rest of classifyText, given the statement's polarity: section, criterion and confidence. */
function placeStatement(compiled: CompiledModel, framework: Framework, polarity: PolarityResult, options: ClassifyTextOptions): TextClassification {
  return withPlacement(polarity, placeByStems(compiled, framework, polarity.stems ?? contentStems(polarity.tokens), options));
}

function placeByStems(compiled: CompiledModel, framework: Framework, stems: string[], options: ClassifyTextOptions): Placement {
  const headings = options.headings ?? (options.heading ? [options.heading] : []);
  return placeCriterion(compiled, framework, stems, headings, options);
}

/** A statement's classification from its polarity and a placement (its own, or its whole line's). */
function withPlacement(polarity: PolarityResult, placement: Placement): TextClassification {
  const confidence = Math.min(1, Math.max(0, 0.5 * polarity.confidence + 0.5 * placement.confidence));
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

function placeCriterion(compiled: CompiledModel, framework: Framework, stems: string[], headings: string[], options: ClassifyTextOptions): Placement {
  const model = compiled.model;
  const hint = options.section && compiled.sectionIndex.has(options.section) ? options.section : null;
  const { own, sections: sectionProbabilities } = placeStems(compiled, stems, headings, hint, options.neighbours ?? []);
  let bestSection = 0;
  for (let s = 1; s < sectionProbabilities.length; s++) if (sectionProbabilities[s] > sectionProbabilities[bestSection]) bestSection = s;
  const section = model.sections.ids[bestSection] ?? defaultSection(framework);
  // The criterion: BM25 (the heading adds a little) reranked within the predicted section.
  const raw = own;
  if (options.heading) {
    const extra = headingScores(compiled, options.heading);
    // In place (own is this call's own array); a loop, not Float64Array#map.
    for (let i = 0; i < own.length; i++) raw[i] = own[i] + 0.3 * extra[i];
  }
  const n = raw.length;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (compiled.criterionSections[i] !== bestSection) continue;
    if (best < 0 || raw[i] > raw[best]) best = i;
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
  const sectionConfidence = sectionProbabilities[bestSection] ?? 0;
  if (best < 0 || top <= 0) {
    const fallback = best >= 0 ? best : model.criteria.sections.indexOf(section);
    return {
      section,
      criterion: { id: model.criteria.ids[fallback] ?? model.criteria.ids[0] ?? 'none', title: model.criteria.titles[fallback] ?? model.criteria.titles[0] ?? '', score: 0 },
      alternatives: order.map((i) => ({ id: model.criteria.ids[i], score: share(raw[i]) })),
      confidence: 0.3 * sectionConfidence,
    };
  }
  // Confidence: the section model's probability, discounted when the criterion evidence is thin
  // or another criterion in the section scores nearly as well.
  let second = 0;
  for (let i = 0; i < n; i++) if (i !== best && compiled.criterionSections[i] === bestSection && raw[i] > second) second = raw[i];
  const margin = top / (top + second);
  const strength = 1 - Math.exp(-top / 4);
  return {
    section,
    criterion: { id: model.criteria.ids[best], title: model.criteria.titles[best], score: share(top) },
    alternatives: order.map((i) => ({ id: model.criteria.ids[i], score: share(raw[i]) })),
    confidence: sectionConfidence * Math.min(1, margin * 1.3) * (0.5 + 0.5 * strength),
  };
}

/**
 * The section a heading names, if it names one: "L&M", "PDD", "Inclusion", "Compliance",
 * "Curriculum - secondary deep dive", "C2.2", "Mentoring". Activity headings ("Tues: focus group
 * w/ ECTs") name none.
 */
export function sectionOfHeading(heading: string, _compiled: CompiledModel, framework: Framework): string | null {
  return headingSection(heading, framework);
}

const LEADING_CONNECTIVE = /^(?:but|however|although|though|whereas|yet|and|so)\b[,\s]*/i;

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

/**
 * A strength and an area for improvement joined by a comma or an arrow: the two halves, when each
 * is judged the opposite way with confidence; otherwise null. Of several cuts, the surest wins.
 * Never cuts inside a quotation.
 */
function softCutHalves(compiled: CompiledModel, text: string, options: ClassifyTextOptions): Array<{ text: string; polarity: PolarityResult }> | null {
  if (wordCount(text) < 5) return null;
  let best: Array<{ text: string; polarity: PolarityResult }> | null = null;
  let bestScore = 0;
  let quotes = 0;
  let scanned = 0;
  SOFT_CUT.lastIndex = 0;
  for (let match = SOFT_CUT.exec(text); match; match = SOFT_CUT.exec(text)) {
    for (; scanned < match.index; scanned++) if (QUOTE_MARK.test(text[scanned])) quotes++;
    if (quotes % 2 === 1) break;
    const left = cleanText(text.slice(0, match.index));
    const right = cleanText(text.slice(match.index + match[0].length));
    if (wordCount(left) < 2 || wordCount(right) < 2) continue;
    const first = polarityOf(compiled, left, options);
    if (first.polarity === 'context' || first.confidence < SOFT_CUT_CONFIDENCE) continue;
    const second = polarityOf(compiled, right, options);
    if (second.polarity === 'context' || second.polarity === first.polarity) continue;
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
const QUOTE_MARK = /["“”]/;

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/**
 * Classify notes into observations. Pure: names are replaced by roles before anything else, so no
 * observation (text or heading) carries a personal name. Line numbers honour `notes.firstLine`.
 */
export function classifyNotes(notes: NotesInput, model: ClassifierModel, framework: Framework, onProgress?: (done: number, total: number) => void): Observation[] {
  const compiled = compile(model);
  const { text } = redactNames(notes.text);
  const pieces = splitNotes(text, notes.firstLine ?? 1);
  const lines = noteLines(pieces);
  const lineIndex = new Map(lines.map((line, i) => [line.line, i]));
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

  const observations: Observation[] = [];
  let lineStart = 0;
  // Big notes (a term's worth pasted into one file) take seconds: report every few thousand pieces.
  let reportAt = PROGRESS_EVERY;
  while (lineStart < pieces.length) {
    if (onProgress && lineStart >= reportAt) {
      onProgress(lineStart, pieces.length);
      reportAt = lineStart + PROGRESS_EVERY;
    }
    let lineEnd = lineStart;
    while (lineEnd + 1 < pieces.length && pieces[lineEnd + 1].line === pieces[lineStart].line) lineEnd++;
    const linePieces = pieces.slice(lineStart, lineEnd + 1);
    const section = sectionFor(linePieces[0]);
    const heading = linePieces[0].heading;
    const headingPolarity = polarityOfHeadings(linePieces[0].headings);
    const neighbours = neighbourTexts(lines, lineIndex.get(linePieces[0].line)!);
    const options: ClassifyTextOptions = { section, heading, headings: linePieces[0].headings, polarity: headingPolarity, neighbours };
    // Polarity first: it decides how the pieces group. Only a piece that stays alone is placed
    // (section, criterion); a group of pieces is placed once, as its joined text.
    const polarities = linePieces.map((piece) => polarityOf(compiled, cleanText(piece.text), options));
    const words = linePieces.map((piece) => wordCount(piece.text));

    // Join neighbours that say the same kind of thing; keep apart halves that differ in polarity.
    // A label of one or two words ("2 files", "Workload") joins its neighbour and takes its polarity.
    const groups: Array<{ from: number; to: number; polarity: Polarity; mixed: boolean }> = [];
    for (let i = 0; i < linePieces.length; i++) {
      const last = groups[groups.length - 1];
      const piece = linePieces[i];
      const result = polarities[i];
      if (last) {
        const labelLike = (k: number) => words[k] <= 2 && !polarities[k].cues.some((cue) => JUDGING_CUES.has(cue));
        const short = labelLike(i) || (last.from === last.to && labelLike(last.from));
        const same = result.polarity === last.polarity;
        if (same || (short && piece.boundary !== 'contrast')) {
          last.to = i;
          if (!same) last.mixed = true;
          continue;
        }
      }
      groups.push({ from: i, to: i, polarity: result.polarity, mixed: false });
    }

    // Each group is one observation, unless a soft cut parts two opposite judgements inside it.
    const drafts: Array<{ text: string; polarity: Polarity; result: PolarityResult; polarityConfidence: number }> = [];
    for (const group of groups) {
      const first = linePieces[group.from];
      const lastPiece = linePieces[group.to];
      const single = group.from === group.to;
      const joined = single ? first.text : first.lineText.slice(first.start, lastPiece.end);
      const halves = softCutHalves(compiled, joined, options);
      if (halves) {
        for (const half of halves) drafts.push({ text: half.text, polarity: half.polarity.polarity, result: half.polarity, polarityConfidence: round(half.polarity.confidence) });
        continue;
      }
      const observationText = cleanText(joined);
      const result = single ? polarities[group.from] : polarityOf(compiled, observationText, options);
      // The joined text decides a mixed group: in "research reading - limited" or "Workload - v.
      // good" the short piece is the judgement, in "2 files - signed off late" the long one.
      if (group.mixed) group.polarity = result.polarity;
      let polarityConfidence = round(result.confidence);
      if (!single) {
        let most = 0;
        for (let i = group.from; i <= group.to; i++) if (polarities[i].polarity === group.polarity) most = Math.max(most, round(polarities[i].confidence));
        polarityConfidence = most || polarityConfidence;
      }
      drafts.push({ text: observationText, polarity: group.polarity, result, polarityConfidence });
    }
    // One observation is placed by its own words. Several from one line are placed together, by the
    // whole line: a half ("logs sparse") says too little of its topic alone (LOFO section +1.6 points).
    const whole =
      drafts.length > 1 ? placeByStems(compiled, framework, contentStems(linePieces[0].lineText.slice(linePieces[0].start, linePieces[linePieces.length - 1].end)), options) : null;
    for (const draft of drafts) {
      const classified = whole ? withPlacement(draft.result, whole) : placeStatement(compiled, framework, draft.result, options);
      observations.push({
        text: draft.text,
        source: { file: notes.file, line: linePieces[0].line, heading },
        polarity: draft.polarity,
        section: classified.section,
        criterion: classified.criterion,
        alternatives: classified.alternatives,
        confidence: classified.confidence,
        polarityConfidence: draft.polarityConfidence,
      });
    }
    lineStart = lineEnd + 1;
  }
  return observations;
}
