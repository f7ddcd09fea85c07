import type { Framework, NotesInput, Observation, Polarity } from '../schemas/index.js';
import { compile, scoreCriteria, scorePolarity, type ClassifierModel, type CompiledModel } from './model.js';
import { redactNames } from './redact-names.js';
import { splitNotes, type NotePiece } from './split-notes.js';
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
  /** A section the text is known to belong to (an area heading above it). */
  section?: string | null;
  /** Heading text above the statement: weak extra evidence for the criterion. */
  heading?: string | null;
  /** A polarity the heading above names ("Strengths", "Areas for improvement", "Context"). */
  polarity?: Polarity | null;
}

const HEADING_POLARITY: Array<[RegExp, Polarity]> = [
  [/\b(?:areas? (?:for|of) (?:improvement|development)|afis?|weakness(?:es)?|concerns?|issues?|shortfalls?|to improve|improvements? needed|development points?|next steps|recommendations?|minus(?:es)?|negatives?|cons|risks?|gaps?)\b/i, 'improvement'],
  [/\b(?:strengths?|positives?|good practice|pluses|pros|what works|highlights?|successes|effective practice)\b/i, 'strength'],
  [/^(?:context|background|facts?|info(?:rmation)?|set[- ]?up|provider (?:info|details|information)|logistics|numbers|the provider)\b/i, 'context'],
];

/** The polarity a heading names, if any: notes are often grouped under "Strengths" and "AFIs". */
export function polarityOfHeading(heading: string): Polarity | null {
  const head = heading.split(/\s[-–—:]\s|:\s|\(/)[0].trim();
  if (head.split(/\s+/).length > 5) return null;
  for (const [pattern, polarity] of HEADING_POLARITY) if (pattern.test(head)) return polarity;
  return null;
}

/** Polarity, section and criterion of a single statement (a note line or a report sentence). */
export function classifyText(text: string, model: ClassifierModel, framework: Framework, options: ClassifyTextOptions = {}): TextClassification {
  const compiled = compile(model);
  const polarity = scorePolarity(compiled, text, options.polarity ?? null);
  const placement = placeCriterion(compiled, framework, polarity.tokens, options);
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

function placeCriterion(compiled: CompiledModel, framework: Framework, text: string | string[], options: ClassifyTextOptions): Placement {
  const model = compiled.model;
  const raw = scoreCriteria(compiled, text, options.heading ?? undefined);
  const n = raw.length;
  const adjusted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const section = compiled.sectionIndex.get(model.criteria.sections[i]);
    adjusted[i] = raw[i] * (1 + (section === undefined ? 0 : model.sections.bias[section]));
  }
  const hint = options.section && compiled.sectionIndex.has(options.section) ? options.section : null;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (hint && model.criteria.sections[i] !== hint) continue;
    if (best < 0 || adjusted[i] > adjusted[best]) best = i;
  }
  // Ranked alternatives across all sections (a hinted section still shows what else matched).
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === best || raw[i] <= 0) continue;
    let at = order.length;
    while (at > 0 && adjusted[order[at - 1]] < adjusted[i]) at--;
    if (at < 3) {
      order.splice(at, 0, i);
      if (order.length > 3) order.pop();
    }
  }
  const top = best >= 0 ? adjusted[best] : 0;
  const second = order.length ? adjusted[order[0]] : 0;
  const total = top + order.reduce((sum, i) => sum + adjusted[i], 0);
  const share = (value: number) => (total > 0 ? round(value / total) : 0);
  if (best < 0 || top <= 0) {
    const section = hint ?? defaultSection(framework);
    const fallback = best >= 0 ? best : 0;
    return {
      section,
      criterion: { id: model.criteria.ids[fallback] ?? 'none', title: model.criteria.titles[fallback] ?? '', score: 0 },
      alternatives: [],
      confidence: 0,
    };
  }
  // Confidence: the margin over the runner-up, discounted when the evidence itself is thin.
  const margin = top / (top + second);
  const strength = 1 - Math.exp(-top / 4);
  return {
    section: hint ?? model.criteria.sections[best],
    criterion: { id: model.criteria.ids[best], title: model.criteria.titles[best], score: share(top) },
    alternatives: order.map((i) => ({ id: model.criteria.ids[i], score: share(adjusted[i]) })),
    confidence: Math.min(1, margin * 1.2) * (0.4 + 0.6 * strength),
  };
}

const CRITERION_ID = /\b([A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?)\b/g;

/**
 * The section a heading names, if it names one: "L&M", "PDD", "Inclusion", "Compliance",
 * "Curriculum - secondary deep dive", "C2.2", "Mentoring". Activity headings ("Tues: focus group
 * w/ ECTs") name none.
 */
export function sectionOfHeading(heading: string, compiled: CompiledModel, framework: Framework): string | null {
  const model = compiled.model;
  for (const match of heading.matchAll(CRITERION_ID)) {
    const index = compiled.criterionById.get(match[1]);
    if (index !== undefined) return model.criteria.sections[index];
  }
  // The area is named first: "Curriculum - secondary science deep dive", "Inclusion:".
  const head = heading.split(/\s[-–—:]\s|:\s|\(/)[0];
  const stems = contentStems(head);
  if (stems.length === 0 || stems.length > 5) return null;
  let best: string | null = null;
  let bestShare = 0;
  model.sections.stems.forEach((sectionStems, index) => {
    if (sectionStems.length === 0) return;
    const set = new Set(sectionStems);
    const hits = stems.filter((s) => set.has(s)).length;
    const shareOfHeading = hits / stems.length;
    if (hits > 0 && shareOfHeading >= 0.5 && shareOfHeading > bestShare) {
      bestShare = shareOfHeading;
      best = model.sections.ids[index];
    }
  });
  if (best) return best;
  // A heading that is a criterion's title ("Strategic leadership", "Governance and oversight").
  // Keywords alone do not decide: "Admissions" or "Mentoring" can sit under more than one section.
  const joined = stems.join(' ');
  for (const criterion of framework.criteria) {
    if (contentStems(criterion.title).join(' ') === joined) return criterion.section;
  }
  return null;
}

const LEADING_CONNECTIVE = /^(?:but|however|although|though|whereas|yet|and|so)\b[,\s]*/i;

function cleanText(text: string): string {
  const stripped = text.replace(LEADING_CONNECTIVE, '').replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  return stripped || text.trim();
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Classify notes into observations. Pure: names are replaced by roles before anything else, so no
 * observation (text or heading) carries a personal name. Line numbers honour `notes.firstLine`.
 */
export function classifyNotes(notes: NotesInput, model: ClassifierModel, framework: Framework): Observation[] {
  const compiled = compile(model);
  const { text } = redactNames(notes.text);
  const pieces = splitNotes(text, notes.firstLine ?? 1);
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
  while (lineStart < pieces.length) {
    let lineEnd = lineStart;
    while (lineEnd + 1 < pieces.length && pieces[lineEnd + 1].line === pieces[lineStart].line) lineEnd++;
    const linePieces = pieces.slice(lineStart, lineEnd + 1);
    const section = sectionFor(linePieces[0]);
    const heading = linePieces[0].heading;
    const headingPolarity = linePieces[0].headings.map(polarityOfHeading).find((p) => p !== null) ?? null;
    const options: ClassifyTextOptions = { section, heading, polarity: headingPolarity };
    const results = linePieces.map((piece) => classifyText(cleanText(piece.text), model, framework, options));

    // Join neighbours that say the same kind of thing; keep apart halves that differ in polarity.
    // A label of one or two words ("2 files", "Workload") joins its neighbour and takes its polarity.
    const groups: Array<{ from: number; to: number; polarity: Polarity; mixed: boolean }> = [];
    for (let i = 0; i < linePieces.length; i++) {
      const last = groups[groups.length - 1];
      const piece = linePieces[i];
      const result = results[i];
      if (last) {
        const short = wordCount(piece.text) <= 2 || (last.from === last.to && wordCount(linePieces[last.from].text) <= 2);
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
      const result = group.from === group.to ? results[group.from] : classifyText(observationText, model, framework, options);
      if (group.mixed) {
        // The longest piece carries the line's judgement; the label beside it does not.
        let longest = group.from;
        for (let i = group.from; i <= group.to; i++) if (wordCount(linePieces[i].text) > wordCount(linePieces[longest].text)) longest = i;
        group.polarity = results[longest].polarity;
      }
      const polarityConfidence = group.from === group.to ? result.polarityConfidence : results.slice(group.from, group.to + 1).filter((r) => r.polarity === group.polarity).reduce((m, r) => Math.max(m, r.polarityConfidence), 0) || result.polarityConfidence;
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
