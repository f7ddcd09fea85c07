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
  const headings = options.headings ?? (options.heading ? [options.heading] : []);
  const placement = placeCriterion(compiled, framework, polarity.stems ?? contentStems(polarity.tokens), headings, options);
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
        const short = words[i] <= 2 || (last.from === last.to && words[last.from] <= 2);
        const same = result.polarity === last.polarity;
        if (same || (short && piece.boundary !== 'contrast')) {
          last.to = i;
          if (!same) last.mixed = true;
          continue;
        }
      }
      groups.push({ from: i, to: i, polarity: result.polarity, mixed: false });
    }

    for (const group of groups) {
      const first = linePieces[group.from];
      const lastPiece = linePieces[group.to];
      const joined = group.from === group.to ? first.text : first.lineText.slice(first.start, lastPiece.end);
      const observationText = cleanText(joined);
      const single = group.from === group.to;
      const result = placeStatement(compiled, framework, single ? polarities[group.from] : polarityOf(compiled, observationText, options), options);
      if (group.mixed) {
        // The joined text decides: in "research reading - limited" or "Workload - v. good" the
        // short piece is the judgement, in "2 files - signed off late" the long one (LOFO +0.005).
        group.polarity = result.polarity;
      }
      let polarityConfidence = result.polarityConfidence;
      if (!single) {
        let most = 0;
        for (let i = group.from; i <= group.to; i++) if (polarities[i].polarity === group.polarity) most = Math.max(most, round(polarities[i].confidence));
        polarityConfidence = most || result.polarityConfidence;
      }
      observations.push({
        text: observationText,
        source: { file: notes.file, line: first.line, heading },
        polarity: group.polarity,
        section: result.section,
        criterion: result.criterion,
        alternatives: result.alternatives,
        confidence: result.confidence,
        polarityConfidence,
      });
    }
    lineStart = lineEnd + 1;
  }
  return observations;
}
