/**
 * Multinomial logistic regression (softmax) over sparse, named features, trained by AdaGrad with
 * L2. Written here rather than taken from natural: its LogisticRegressionClassifier takes ~10 s
 * per 1.6k documents (PACKAGES.md), and this fits ~3k note lines × ~20k features in well under a
 * second. Features are (name, value) pairs; the stored model is plain JSON.
 */

import { Prng } from '../prng.js';

/** One training example: features with values, the class index and an example weight. */
export interface SoftmaxExample {
  features: ReadonlyMap<string, number>;
  label: number;
  weight: number;
}

export interface SoftmaxOptions {
  epochs?: number;
  /** L2 penalty per example seen (applied to the weights an example touches). */
  l2?: number;
  /** AdaGrad base step. */
  rate?: number;
  seed?: number;
  /** Return the average of the weights over the last half of the updates (steadier on unseen text). */
  average?: boolean;
}

/** Stored weights: feature name → one weight per class; plus per-class biases. */
export interface SoftmaxWeights {
  weights: Record<string, number[]>;
  bias: number[];
}

/** An example as the trainers read it: its features' ids and values (zero values left out), label and weight. */
export interface SparseRow {
  ids: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

/** Examples as sparse rows; `idOf` numbers a feature name, or leaves it out (undefined). */
export function sparseRows(examples: readonly SoftmaxExample[], idOf: (name: string) => number | undefined): SparseRow[] {
  return examples.map((example) => {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [name, value] of example.features) {
      if (value === 0) continue;
      const id = idOf(name);
      if (id === undefined) continue;
      ids.push(id);
      values.push(value);
    }
    return { ids: Int32Array.from(ids), values: Float64Array.from(values), label: example.label, weight: example.weight };
  });
}

/** A weight as models store it: three decimals keep the model files small and lose nothing a decision notices. */
export function storedWeight(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Fit the model. Deterministic for a given seed; weights under 1e-3 are dropped from the result. */
export function trainSoftmax(examples: SoftmaxExample[], classes: number, options: SoftmaxOptions = {}): SoftmaxWeights {
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.rate ?? 0.3;
  // Every feature with a value gets an id, in the order first seen.
  const index = new Map<string, number>();
  const rows = sparseRows(examples, (name) => {
    let id = index.get(name);
    if (id === undefined) {
      id = index.size;
      index.set(name, id);
    }
    return id;
  });
  const d = index.size;
  const w = new Float64Array(d * classes);
  const g2 = new Float64Array(d * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasG2 = new Float64Array(classes).fill(1e-8);
  const scores = new Float64Array(classes);
  let order = rows.map((_, i) => i);
  // Averaging: sums of the weights after each example, over the second half of the epochs.
  const average = options.average ?? false;
  const wSum = average ? new Float64Array(d * classes) : null;
  const bSum = average ? new Float64Array(classes) : null;
  let averaged = 0;

  const prng = new Prng(options.seed ?? 7);
  for (let epoch = 0; epoch < epochs; epoch++) {
    order = prng.shuffle(order);
    for (const r of order) {
      const row = rows[r];
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        let s = bias[c];
        for (let k = 0; k < row.ids.length; k++) s += w[row.ids[k] * classes + c] * row.values[k];
        scores[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (scores[c] = Math.exp(scores[c] - max));
      for (let c = 0; c < classes; c++) {
        const error = (scores[c] / sum - (c === row.label ? 1 : 0)) * row.weight;
        biasG2[c] += error * error;
        bias[c] -= (rate * error) / Math.sqrt(biasG2[c]);
        for (let k = 0; k < row.ids.length; k++) {
          const at = row.ids[k] * classes + c;
          const grad = error * row.values[k] + l2 * w[at];
          g2[at] += grad * grad;
          w[at] -= (rate * grad) / Math.sqrt(g2[at]);
        }
      }
    }
    if (wSum && bSum && epoch >= epochs / 2) {
      for (let i = 0; i < w.length; i++) wSum[i] += w[i];
      for (let c = 0; c < classes; c++) bSum[c] += bias[c];
      averaged++;
    }
  }
  if (wSum && bSum && averaged) {
    for (let i = 0; i < w.length; i++) w[i] = wSum[i] / averaged;
    for (let c = 0; c < classes; c++) bias[c] = bSum[c] / averaged;
  }
  const kept: Array<[string, number[]]> = [];
  for (const [name, id] of index) {
    const row = Array.from(w.subarray(id * classes, (id + 1) * classes), storedWeight);
    if (row.some((x) => x !== 0)) kept.push([name, row]);
  }
  // fromEntries defines own properties: a feature named like an Object.prototype member stays data.
  const weights: Record<string, number[]> = Object.fromEntries(kept);
  return { weights, bias: Array.from(bias, storedWeight) };
}

/**
 * Weights laid out for prediction: feature name → offset of its row in one flat array. A lookup
 * yields a small integer, not a row object to follow, and the rows sit side by side in memory.
 */
export interface CompiledSoftmax {
  index: Map<string, number>;
  w: Float64Array;
  bias: number[];
  classes: number;
}

/** Compile stored weights; `key` maps each name to the string object the hot path will look up with. */
export function compileSoftmax(weights: Record<string, number[]>, bias: number[], key: (name: string) => string = (name) => name): CompiledSoftmax {
  const classes = bias.length;
  const names = Object.keys(weights);
  const w = new Float64Array(names.length * classes);
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const row = weights[name];
    for (let c = 0; c < classes; c++) w[i * classes + c] = row[c];
    index.set(key(name), i * classes);
  });
  return { index, w, bias, classes };
}

/**
 * Class probabilities for features given as row offsets (each once, in order), all of one value:
 * the softmax of bias plus each row's weights times the value.
 */
export function predictRows(model: CompiledSoftmax, rows: readonly number[], value: number): number[] {
  const classes = model.classes;
  const scores = model.bias.slice();
  const w = model.w;
  for (const at of rows) for (let c = 0; c < classes; c++) scores[c] += w[at + c] * value;
  return softmaxInPlace(scores);
}

/** Linear scores → probabilities, in place (max-shifted for stability). */
export function softmaxInPlace(scores: number[]): number[] {
  const classes = scores.length;
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += (scores[c] = Math.exp(scores[c] - max));
  for (let c = 0; c < classes; c++) scores[c] /= sum;
  return scores;
}
