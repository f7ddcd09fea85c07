import { loadFrameworkSync } from '../frameworks/index.js';
import type { Framework, FrameworkId, LabelledStatement, ParsedDocument, Polarity, Report } from '../schemas/index.js';
import { polarityFeatures, type Cue } from './features.js';
import { splitLine } from './split-notes.js';
import { contentStems } from './text.js';

/**
 * Labelled statements from the corpus: what the classifier learns polarity and criterion wording
 * from. Reports give their strengths list, their areas-for-improvement list and the sentences of
 * their judgement paragraphs (judged by cue words, "However, …" clauses as improvements, plain
 * facts as context); frameworks give their descriptors per grade level (expectations and
 * secure-or-better levels as strengths, below-expectation levels as improvements).
 */

const IMPROVEMENT_CUES: ReadonlySet<Cue> = new Set<Cue>(['shortfall', 'negated-positive', 'absence', 'recommendation', 'outdated', 'delay', 'partial-count']);
const STRENGTH_CUES: ReadonlySet<Cue> = new Set<Cue>(['positive', 'negated-shortfall', 'met', 'full-count']);

export interface DeriveOptions {
  /** Taxonomies to map sections and criteria against; loaded from the package when missing. */
  frameworks?: Partial<Record<FrameworkId, Framework>>;
}

/** Statements from every report and framework document given. */
export function deriveTrainingStatements(documents: ParsedDocument[], options: DeriveOptions = {}): LabelledStatement[] {
  const out: LabelledStatement[] = [];
  const frameworkFor = (id: FrameworkId): Framework | null => {
    const given = options.frameworks?.[id];
    if (given) return given;
    try {
      return loadFrameworkSync(id);
    } catch {
      return null; // a framework without a taxonomy file still gives polarity statements
    }
  };
  for (const document of documents) {
    if (document.kind === 'report') out.push(...fromReport(document, frameworkFor(document.framework)));
    else out.push(...fromFramework(document));
  }
  return out;
}

function sourceOf(document: ParsedDocument): { hash: string; file: string } {
  return { hash: document.source?.hash ?? '', file: document.source?.file ?? (document.kind === 'framework' ? `${document.id}.json` : document.provider) };
}

/** Judge one report sentence by its cues: shortfall beats praise ("X, but not consistently"). */
export function judgeSentence(sentence: string, previous: Polarity | null): Polarity {
  const cues = polarityFeatures(sentence).cues;
  const trimmed = sentence.trim();
  if (/^(?:however|but|although|despite|nevertheless)\b/i.test(trimmed)) return 'improvement';
  if (cues.some((cue) => IMPROVEMENT_CUES.has(cue))) return 'improvement';
  if (cues.some((cue) => STRENGTH_CUES.has(cue))) return 'strength';
  // An example illustrates the judgement before it.
  if (/^(?:for example|for instance|as a result|this|these|consequently)\b/i.test(trimmed) && previous && previous !== 'context') return previous;
  return 'context';
}

/** Report sentences: split with the notes splitter's sentence rules (abbreviations, initials). */
export function reportSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  // splitLine also cuts at contrast words, dashes and semicolons; a report sentence stays whole.
  const ranges: Array<{ start: number; end: number }> = [];
  for (const span of splitLine(flat)) {
    if (span.boundary === 'sentence' || span.boundary === 'line' || ranges.length === 0) ranges.push({ start: span.start, end: span.end });
    else ranges[ranges.length - 1].end = span.end;
  }
  return ranges.map((range) => flat.slice(range.start, range.end)).filter((sentence) => sentence.split(' ').length >= 3);
}

/** Map a report's section heading ("Quality of programme delivery and design") to a framework section id. */
export function sectionForHeading(heading: string, framework: Framework | null): string | null {
  if (!framework || !heading) return null;
  const headingStems = new Set(contentStems(heading));
  if (headingStems.size === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const section of framework.sections) {
    const titleStems = new Set([...contentStems(section.title), ...contentStems(section.id.replace(/-/g, ' '))]);
    let overlap = 0;
    for (const s of titleStems) if (headingStems.has(s)) overlap++;
    const score = overlap / titleStems.size;
    if (score > bestScore) {
      bestScore = score;
      best = section.id;
    }
  }
  return bestScore >= 0.6 ? best : null;
}

/** Best criterion of the framework for a statement by shared content stems (keywords and title weigh most). */
export function matchCriterion(text: string, framework: Framework | null, section: string | null): { id: string; section: string } | null {
  if (!framework) return null;
  const stems = new Set(contentStems(text));
  let best: { id: string; section: string } | null = null;
  let bestScore = 0;
  for (const criterion of framework.criteria) {
    if (section && criterion.section !== section) continue;
    let score = 0;
    const title = new Set(contentStems(criterion.title));
    for (const s of title) if (stems.has(s)) score += 2;
    for (const keyword of criterion.keywords) {
      const parts = contentStems(keyword);
      if (parts.length && parts.every((part) => stems.has(part))) score += 1 + parts.length;
    }
    if (score > bestScore) {
      bestScore = score;
      best = { id: criterion.id, section: criterion.section };
    }
  }
  return bestScore >= 3 ? best : null;
}

function fromReport(report: Report, framework: Framework | null): LabelledStatement[] {
  const source = sourceOf(report);
  const out: LabelledStatement[] = [];
  const push = (text: string, polarity: Polarity, origin: LabelledStatement['origin'], section: string | null) => {
    const clean = text.replace(/^\s*(?:[-•◼¢*]|\d+\.)\s*/, '').replace(/\s+/g, ' ').trim();
    if (clean.split(' ').length < 3) return;
    const match = polarity === 'context' ? null : matchCriterion(clean, framework, section);
    out.push({ text: clean, polarity, framework: report.framework, section: section ?? match?.section ?? null, criterion: match?.id ?? null, origin, source });
  };
  for (const strength of report.strengths) push(strength, 'strength', 'strength-list', null);
  for (const area of report.areasForImprovement) push(area, 'improvement', 'improvement-list', null);
  for (const paragraph of report.paragraphs) {
    const section = sectionForHeading(paragraph.section, framework);
    let previous: Polarity | null = null;
    for (const sentence of reportSentences(paragraph.text)) {
      const polarity = judgeSentence(sentence, previous);
      push(sentence, polarity, 'paragraph-clause', section);
      previous = polarity;
    }
  }
  return out;
}

/** Descriptors by grade level: expectations and levels at or above the expected standard read as strengths. */
function fromFramework(framework: Framework): LabelledStatement[] {
  const source = sourceOf(framework);
  const out: LabelledStatement[] = [];
  const standing = new Map(framework.gradeScale.flatMap((level) => [
    [level.grade.toLowerCase(), level.standing],
    [level.label.toLowerCase(), level.standing],
  ]));
  const polarityOf = (grade: string): Polarity | null => {
    const known = standing.get(grade.toLowerCase());
    if (known) return known === 'below' || known === 'failing' ? 'improvement' : 'strength';
    if (/causing concern|attention needed|needs attention|urgent improvement|inadequate|requires improvement|not met|grade 4|^4$|unsatisfactory/i.test(grade)) return 'improvement';
    if (/secure|strong|exemplary|exceptional|expected standard|outstanding|good|met|grade [123]|^[123]$/i.test(grade)) return 'strength';
    return null;
  };
  const push = (text: string, polarity: Polarity, section: string | null, criterion: string | null) => {
    for (const sentence of reportSentences(text)) {
      out.push({ text: sentence, polarity, framework: framework.id, section, criterion, origin: 'descriptor', source });
    }
  };
  for (const criterion of framework.criteria) {
    for (const descriptor of criterion.descriptors) push(descriptor, 'strength', criterion.section, criterion.id);
    for (const level of criterion.levels) {
      const polarity = polarityOf(level.grade);
      if (polarity) push(level.text, polarity, criterion.section, criterion.id);
    }
  }
  for (const level of framework.gradeScale) {
    const polarity = polarityOf(level.grade) ?? (level.standing === 'below' || level.standing === 'failing' ? 'improvement' : 'strength');
    if (level.descriptor) push(level.descriptor, polarity, null, null);
  }
  return out;
}
