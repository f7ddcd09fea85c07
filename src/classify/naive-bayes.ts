/**
 * A naive Bayes view of polarity over the same features the linear model reads, counted on the
 * labelled notes lines only. It weighs a feature by how much more often one class uses it, where
 * the linear model spreads credit across correlated features; mixed in at a small share, the two
 * disagree usefully (leave-one-file-out macro-F1 +0.002 ITE, +0.003 iQTS). Written here rather
 * than taken from natural: its BayesClassifier tokenises raw text itself (our negation scopes,
 * cues and bigrams would be lost) and builds a vector over the whole vocabulary per document.
 */
import { storedWeight, type CompiledSoftmax, type SoftmaxExample } from './softmax.js';

/** Stored: per feature, its centred log probability per class; per class, its log prior. */
export interface NaiveBayesWeights {
  weights: Record<string, number[]>;
  prior: number[];
  /** Its share of the polarity decision (mixed geometrically). */
  share: number;
}

/** Additive smoothing per feature and class. */
const ALPHA = 0.5;

/**
 * Multinomial naive Bayes over feature presence, each example counted at its weight. Only the
 * features in `keep` (the linear model's) are stored, so the two share one lookup when scoring.
 */
export function trainNaiveBayes(examples: readonly SoftmaxExample[], classes: number, keep: Readonly<Record<string, unknown>>, share: number): NaiveBayesWeights {
  const counts = new Map<string, number[]>();
  const totals = new Array<number>(classes).fill(0);
  const classWeight = new Array<number>(classes).fill(0);
  for (const example of examples) {
    classWeight[example.label] += example.weight;
    for (const name of example.features.keys()) {
      if (!Object.hasOwn(keep, name)) continue;
      let row = counts.get(name);
      if (!row) counts.set(name, (row = new Array<number>(classes).fill(0)));
      row[example.label] += example.weight;
      totals[example.label] += example.weight;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [name, row] of counts) {
    const logs = row.map((n, c) => Math.log((n + ALPHA) / (totals[c] + ALPHA * counts.size)));
    // Centred: a feature every class uses alike adds nothing, and the stored numbers stay small.
    const mean = logs.reduce((a, b) => a + b, 0) / classes;
    weights[name] = logs.map((value) => storedWeight(value - mean));
  }
  const all = classWeight.reduce((a, b) => a + b, 0) || 1;
  return { weights, prior: classWeight.map((w) => storedWeight(Math.log(Math.max(w, 1e-9) / all))), share };
}

/** The stored weights laid out like the linear model's rows (same offsets), for scoring by row. */
export interface CompiledNaiveBayes {
  w: Float64Array;
  prior: readonly number[];
  share: number;
}

export function compileNaiveBayes(stored: NaiveBayesWeights | undefined, linear: CompiledSoftmax): CompiledNaiveBayes | null {
  if (!stored || !stored.share) return null;
  const w = new Float64Array(linear.w.length);
  for (const [name, at] of linear.index) {
    const row = stored.weights[name];
    if (row) for (let c = 0; c < linear.classes; c++) w[at + c] = row[c];
  }
  return { w, prior: stored.prior, share: stored.share };
}

/**
 * Class log scores (unnormalised) of a statement given as the linear model's row offsets, each
 * feature counted at `scale` (the linear model's length scaling, which also tempers naive Bayes'
 * overconfidence on long lines).
 */
export function naiveBayesScores(model: CompiledNaiveBayes, rows: readonly number[], scale: number): number[] {
  const scores = model.prior.slice();
  const classes = scores.length;
  for (const at of rows) for (let c = 0; c < classes; c++) scores[c] += model.w[at + c] * scale;
  return scores;
}
