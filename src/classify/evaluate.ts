import { LOW_CONFIDENCE, type Framework, type LabelledStatement, type Observation, type Polarity } from '../schemas/index.js';
import { classifyNotes, classifyText } from './classify-notes.js';
import { Prng } from '../prng.js';
import { compile, POLARITIES, scorePolarity, trainClassifier, type ClassifierModel } from './model.js';

/** Per-class precision, recall and F1, macro-F1 and the confusion matrix (rows: truth, columns: predicted). */
export interface PolarityMetrics {
  classes: Polarity[];
  confusion: number[][];
  perClass: Record<Polarity, { precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  accuracy: number;
  n: number;
}

export interface EvaluationResult {
  name: string;
  /** Absent where this result only scores sections and criteria (polarity was reported once already). */
  polarity?: PolarityMetrics;
  section: {
    accuracy: number;
    n: number;
    /** Rows truth, columns predicted, in `ids` order (the framework's); `unplaced`: lines outside it (no observation, or a section not in `ids`). */
    confusion?: { ids: string[]; matrix: number[][]; unplaced: number };
  };
  criterion: { top1: number; top3: number; n: number };
  /** Planted names found in any observation (notes evaluation only). Never printed, only counted. */
  nameLeaks?: { leaked: number; planted: number; files: string[] };
  lowConfidence?: number;
  /**
   * How well the low-confidence flag points at mistakes (notes evaluation only): of the labelled
   * lines judged, how many were flagged, how many of those were wrong (polarity or section), and
   * how many were wrong in all.
   */
  flag?: { judged: number; flagged: number; flaggedWrong: number; wrong: number };
}

export function polarityMetrics(pairs: Array<{ truth: Polarity; predicted: Polarity }>): PolarityMetrics {
  const k = POLARITIES.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const { truth, predicted } of pairs) confusion[POLARITIES.indexOf(truth)][POLARITIES.indexOf(predicted)]++;
  const perClass = {} as PolarityMetrics['perClass'];
  let f1Sum = 0;
  let correct = 0;
  POLARITIES.forEach((polarity, c) => {
    const tp = confusion[c][c];
    correct += tp;
    const predicted = confusion.reduce((sum, row) => sum + row[c], 0);
    const support = confusion[c].reduce((sum, n) => sum + n, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[polarity] = { precision, recall, f1, support };
    f1Sum += f1;
  });
  return { classes: [...POLARITIES], confusion, perClass, macroF1: f1Sum / k, accuracy: pairs.length ? correct / pairs.length : 0, n: pairs.length };
}

/** A labelled notes fixture: `<name>.md` + `<name>.labels.json`. */
export interface LabelledNotes {
  file: string;
  text: string;
  framework: string;
  names: string[];
  labels: Array<{ line: number; polarity: Polarity; section: string; criterion: string | null; text: string }>;
}

/** The running counts behind an EvaluationResult, shared by every kind of evaluation. */
class Tally {
  readonly pairs: Array<{ truth: Polarity; predicted: Polarity }> = [];
  lowConfidence = 0;
  private sectionHits = 0;
  private sectionN = 0;
  private readonly sectionMatrix: number[][];
  private unplaced = 0;
  private top1 = 0;
  private top3 = 0;
  private criterionN = 0;
  private readonly flag = { judged: 0, flagged: 0, flaggedWrong: 0, wrong: 0 };

  /** The framework's sections, in its order: the confusion matrix's rows and columns. */
  private readonly sectionIds: readonly string[];

  constructor(framework: Framework) {
    this.sectionIds = framework.sections.map((section) => section.id);
    this.sectionMatrix = this.sectionIds.map(() => new Array<number>(this.sectionIds.length).fill(0));
  }

  section(predicted: string | undefined, truth: string): void {
    this.sectionN++;
    if (predicted === truth) this.sectionHits++;
    const row = this.sectionIds.indexOf(truth);
    const column = predicted === undefined ? -1 : this.sectionIds.indexOf(predicted);
    if (row < 0 || column < 0) this.unplaced++;
    else this.sectionMatrix[row][column]++;
  }

  /** `ranked`: the chosen criterion, then its alternatives, best first. */
  criterion(ranked: string[], truth: string): void {
    this.criterionN++;
    if (ranked[0] === truth) this.top1++;
    if (ranked.slice(0, 3).includes(truth)) this.top3++;
  }

  /** One labelled line's judgement: whether it was flagged low confidence, and whether it was right. */
  judgement(flagged: boolean, right: boolean): void {
    this.flag.judged++;
    if (flagged) this.flag.flagged++;
    if (!right) this.flag.wrong++;
    if (flagged && !right) this.flag.flaggedWrong++;
  }

  result(name: string): EvaluationResult {
    const { sectionHits, sectionN, top1, top3, criterionN } = this;
    return {
      name,
      polarity: polarityMetrics(this.pairs),
      section: {
        accuracy: sectionN ? sectionHits / sectionN : 0,
        n: sectionN,
        ...(sectionN > 0 ? { confusion: { ids: [...this.sectionIds], matrix: this.sectionMatrix.map((row) => [...row]), unplaced: this.unplaced } } : {}),
      },
      criterion: { top1: criterionN ? top1 / criterionN : 0, top3: criterionN ? top3 / criterionN : 0, n: criterionN },
      // Only notes evaluations judge lines: k-fold results carry no flag figures.
      ...(this.flag.judged > 0 ? { flag: { ...this.flag } } : {}),
    };
  }
}

/**
 * Classify labelled notes and add them to `tally`. A line with one label is judged by the line's
 * judgement (its most confident non-context observation, or context when it has none); a line with
 * two labels (a contrast split left to right) by its first and last observations.
 */
function tallyNotes(fixtures: LabelledNotes[], model: ClassifierModel, framework: Framework, tally: Tally): NonNullable<EvaluationResult['nameLeaks']> {
  let leaked = 0;
  let planted = 0;
  const leakFiles: string[] = [];
  for (const fixture of fixtures) {
    const observations = classifyNotes({ file: fixture.file, text: fixture.text, firstLine: 1 }, model, framework);
    tally.lowConfidence += observations.filter((o) => o.confidence < LOW_CONFIDENCE).length;
    const byLine = new Map<number, Observation[]>();
    for (const observation of observations) {
      const list = byLine.get(observation.source.line) ?? [];
      list.push(observation);
      byLine.set(observation.source.line, list);
    }
    const labelsByLine = new Map<number, LabelledNotes['labels']>();
    for (const label of fixture.labels) labelsByLine.set(label.line, [...(labelsByLine.get(label.line) ?? []), label]);
    for (const [line, labels] of labelsByLine) {
      const found = byLine.get(line) ?? [];
      labels.forEach((label, index) => {
        let observation: Observation | undefined;
        if (labels.length === 1) {
          const judged = found.filter((o) => o.polarity !== 'context').sort((a, b) => (b.polarityConfidence ?? 0) - (a.polarityConfidence ?? 0));
          observation = judged[0] ?? found[0];
        } else {
          observation = index === 0 ? found[0] : found[found.length - 1];
        }
        tally.pairs.push({ truth: label.polarity, predicted: observation?.polarity ?? 'context' });
        tally.section(observation?.section, label.section);
        tally.judgement(observation !== undefined && observation.confidence < LOW_CONFIDENCE, (observation?.polarity ?? 'context') === label.polarity && observation?.section === label.section);
        if (label.criterion) {
          tally.criterion(observation ? [observation.criterion.id, ...observation.alternatives.map((a) => a.id)] : [], label.criterion);
        }
      });
    }
    // Name leak check: a planted name (as a whole word) in any observation text or heading.
    let fileLeaks = 0;
    for (const plantedName of fixture.names) {
      planted++;
      const pattern = new RegExp(`(?<![\\w'-])${plantedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w'-])`);
      if (observations.some((o) => pattern.test(o.text) || (o.source.heading !== null && pattern.test(o.source.heading)))) fileLeaks++;
    }
    if (fileLeaks) leakFiles.push(fixture.file);
    leaked += fileLeaks;
  }
  return { leaked, planted, files: leakFiles };
}

/** Score classified notes against hand labels, with a name-leak check. */
export function evaluateNotes(name: string, fixtures: LabelledNotes[], model: ClassifierModel, framework: Framework): EvaluationResult {
  const tally = new Tally(framework);
  const nameLeaks = tallyNotes(fixtures, model, framework, tally);
  return { ...tally.result(name), nameLeaks, lowConfidence: tally.lowConfidence };
}

/**
 * k-fold held-out evaluation over corpus statements: train on k−1 folds, judge the held-out fold.
 * Polarity over every statement; section and criterion over the framework's statements that carry
 * them (descriptor statements are left out of the criterion figures: the taxonomy indexes them).
 */
export function crossValidate(statements: LabelledStatement[], framework: Framework, k = 5): EvaluationResult {
  // A seeded shuffle, so k-fold figures are repeatable.
  const data = new Prng(42).shuffle(statements);
  const tally = new Tally(framework);
  for (let fold = 0; fold < k; fold++) {
    const train = data.filter((_, i) => i % k !== fold);
    const test = data.filter((_, i) => i % k === fold);
    const model = trainClassifier(train, framework);
    const compiled = compile(model);
    for (const statement of test) {
      tally.pairs.push({ truth: statement.polarity, predicted: scorePolarity(compiled, statement.text).polarity });
      if (statement.framework !== framework.id || statement.origin === 'descriptor') continue;
      if (statement.section) {
        const result = classifyText(statement.text, model, framework);
        tally.section(result.section, statement.section);
        if (statement.criterion) tally.criterion([result.criterion.id, ...result.alternatives.map((a) => a.id)], statement.criterion);
      }
    }
  }
  return tally.result(`${k}-fold over ${statements.length} corpus statements`);
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const f3 = (n: number) => n.toFixed(3);

/** The human-readable report `drafter eval` prints. */
export function formatEvaluation(result: EvaluationResult): string {
  const lines: string[] = [];
  const m = result.polarity;
  lines.push(`${result.name}`);
  if (m) {
    lines.push(`  polarity (n=${m.n}): macro-F1 ${f3(m.macroF1)}, accuracy ${pct(m.accuracy)}`);
    lines.push(`    ${'class'.padEnd(12)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`);
    for (const polarity of m.classes) {
      const c = m.perClass[polarity];
      lines.push(`    ${polarity.padEnd(12)} ${f3(c.precision).padStart(9)} ${f3(c.recall).padStart(7)} ${f3(c.f1).padStart(6)} ${String(c.support).padStart(8)}`);
    }
    lines.push(`    confusion (rows truth, columns predicted: ${m.classes.map((c) => c.slice(0, 4)).join(' / ')})`);
    m.confusion.forEach((row, i) => lines.push(`    ${m.classes[i].padEnd(12)} ${row.map((n) => String(n).padStart(5)).join(' ')}`));
  }
  if (result.section.n === 0) {
    lines.push('  section and criterion: no held-out statements (the corpus holds no reports of this framework; its descriptors index the criteria)');
  } else {
    lines.push(`  section accuracy: ${pct(result.section.accuracy)} (n=${result.section.n})`);
    const confusion = result.section.confusion;
    if (confusion) {
      const short = confusion.ids.map((id) => id.slice(0, 4));
      lines.push(`    confusion (rows truth, columns predicted: ${short.join(' / ')})`);
      const width = Math.max(...confusion.ids.map((id) => id.length)) + 1;
      confusion.matrix.forEach((row, i) => lines.push(`    ${confusion.ids[i].padEnd(width)} ${row.map((n) => String(n).padStart(5)).join(' ')}`));
      if (confusion.unplaced) lines.push(`    ${confusion.unplaced} more outside the matrix (no observation, or a section not in this framework)`);
    }
    lines.push(`  criterion: top-1 ${pct(result.criterion.top1)}, top-3 ${pct(result.criterion.top3)} (n=${result.criterion.n})`);
  }
  if (result.nameLeaks) {
    lines.push(`  name leaks: ${result.nameLeaks.leaked} of ${result.nameLeaks.planted} planted names appear in observations${result.nameLeaks.files.length ? ` (files: ${result.nameLeaks.files.join(', ')})` : ''}`);
  }
  if (result.lowConfidence !== undefined) lines.push(`  observations flagged low confidence (<${LOW_CONFIDENCE}): ${result.lowConfidence}`);
  const flag = result.flag;
  if (flag && flag.judged > 0) {
    const share = (n: number, of: number) => (of ? pct(n / of) : 'n/a');
    lines.push(
      `  low-confidence flag on labelled lines: ${flag.flagged} of ${flag.judged} flagged, ${share(flag.flaggedWrong, flag.flagged)} of them wrong; it catches ${flag.flaggedWrong} of the ${flag.wrong} wrong (${share(flag.flaggedWrong, flag.wrong)}; wrong = polarity or section)`,
    );
  }
  return lines.join('\n');
}

/**
 * Leave-one-file-out over labelled training notes: each file is one inspection written in one
 * voice, so a model trained on the other files (plus the corpus statements) and judged on the
 * held-out file estimates how the classifier does on an unseen inspector's notes. The held-out
 * file's labels are removed from training by their source file.
 */
export function crossValidateNotes(
  name: string,
  statements: LabelledStatement[],
  files: LabelledNotes[],
  framework: Framework,
  train: (statements: LabelledStatement[], framework: Framework) => ClassifierModel = trainClassifier,
): EvaluationResult {
  const tally = new Tally(framework);
  for (const file of files) {
    const model = train(statements.filter((s) => !(s.origin === 'notes-fixture' && s.source.file === file.file)), framework);
    tallyNotes([file], model, framework, tally);
  }
  return { ...tally.result(name), lowConfidence: tally.lowConfidence };
}
