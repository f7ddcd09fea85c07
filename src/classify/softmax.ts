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

/**
 * Examples as the trainers read them: each feature with a value numbered in the order first seen,
 * and each example as sparse rows. Built once where several models learn from the same examples.
 */
export interface SparseExamples {
  names: string[];
  rows: SparseRow[];
}

export function sparseExamples(examples: readonly SoftmaxExample[]): SparseExamples {
  const index = new Map<string, number>();
  const names: string[] = [];
  // Scratch rows as long as the longest example; each row is copied out at its length.
  let ids = new Int32Array(64);
  let values = new Float64Array(64);
  let n = 0;
  // forEach, not for…of: no [name, value] pair is allocated per feature.
  const add = (value: number, name: string) => {
    if (value === 0) return;
    let id = index.get(name);
    if (id === undefined) {
      id = names.length;
      index.set(name, id);
      names.push(name);
    }
    ids[n] = id;
    values[n] = value;
    n++;
  };
  const rows = examples.map((example): SparseRow => {
    if (example.features.size > ids.length) {
      ids = new Int32Array(example.features.size * 2);
      values = new Float64Array(example.features.size * 2);
    }
    n = 0;
    example.features.forEach(add);
    return { ids: ids.slice(0, n), values: values.slice(0, n), label: example.label, weight: example.weight };
  });
  return { names, rows };
}

/** Only the features found in at least `minCount` examples, renumbered in the same order. */
export function commonFeatures(data: SparseExamples, minCount: number): SparseExamples {
  const counts = new Int32Array(data.names.length);
  for (const row of data.rows) for (let k = 0; k < row.ids.length; k++) counts[row.ids[k]]++;
  const renumbered = new Int32Array(data.names.length).fill(-1);
  const names: string[] = [];
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] < minCount) continue;
    renumbered[id] = names.length;
    names.push(data.names[id]);
  }
  const rows = data.rows.map((row): SparseRow => {
    const ids: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < row.ids.length; k++) {
      const id = renumbered[row.ids[k]];
      if (id < 0) continue;
      ids.push(id);
      values.push(row.values[k]);
    }
    return { ids: Int32Array.from(ids), values: Float64Array.from(values), label: row.label, weight: row.weight };
  });
  return { names, rows };
}

/** Examples as given, or as sparse rows already. */
export function asSparse(examples: readonly SoftmaxExample[] | SparseExamples): SparseExamples {
  return 'rows' in examples ? examples : sparseExamples(examples);
}

/** A weight as models store it: three decimals keep the model files small and lose nothing a decision notices. */
export function storedWeight(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Fit the model. Deterministic for a given seed; weights under 1e-3 are dropped from the result. */
export function trainSoftmax(examples: readonly SoftmaxExample[] | SparseExamples, classes: number, options: SoftmaxOptions = {}): SoftmaxWeights {
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.rate ?? 0.3;
  const { names, rows } = asSparse(examples);
  const d = names.length;
  const w = new Float64Array(d * classes);
  const g2 = new Float64Array(d * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasG2 = new Float64Array(classes).fill(1e-8);
  const scores = new Float64Array(classes);
  const errors = new Float64Array(classes);
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
      const { ids, values, label, weight } = rows[r];
      // Feature by feature, each row's classes side by side in memory. Every class's sum is added
      // up in the same order as class by class, and each weight's update reads only itself, so
      // the fit is the same to the bit.
      for (let c = 0; c < classes; c++) scores[c] = bias[c];
      for (let k = 0; k < ids.length; k++) {
        const base = ids[k] * classes;
        const value = values[k];
        for (let c = 0; c < classes; c++) scores[c] += w[base + c] * value;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) if (scores[c] > max) max = scores[c];
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (scores[c] = Math.exp(scores[c] - max));
      for (let c = 0; c < classes; c++) {
        const error = (scores[c] / sum - (c === label ? 1 : 0)) * weight;
        errors[c] = error;
        biasG2[c] += error * error;
        bias[c] -= (rate * error) / Math.sqrt(biasG2[c]);
      }
      for (let k = 0; k < ids.length; k++) {
        const base = ids[k] * classes;
        const value = values[k];
        for (let c = 0; c < classes; c++) {
          const at = base + c;
          const grad = errors[c] * value + l2 * w[at];
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
  for (let id = 0; id < d; id++) {
    const name = names[id];
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
