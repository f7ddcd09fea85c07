/**
 * A one-hidden-layer network (ReLU, softmax output) over the same sparse named features as the
 * softmax model, trained by AdaGrad with L2. The linear model weighs each feature alone; this one
 * can weigh them together ("only" with a count, a cue under a heading, a positive word in a
 * quote). Its inputs are sparse, so an example costs its feature count times the hidden width.
 */

import { Prng } from '../prng.js';
import { asSparse, commonFeatures, softmaxInPlace, storedWeight, type SoftmaxExample, type SparseExamples } from './softmax.js';

export interface MlpOptions {
  hidden?: number;
  epochs?: number;
  l2?: number;
  rate?: number;
  seed?: number;
  /** A feature must occur in this many examples to get an input row (one-off words say nothing of another file). */
  minCount?: number;
}

/**
 * Stored network: the input features' names, and their rows (one weight per hidden unit) end to end
 * in one array, row i for names[i]; hidden biases; output weights (hidden × classes, row-major) and
 * biases. One flat array, not a record of rows: a loaded model stays in memory, and the garbage
 * collector marks one array where it would mark one per feature.
 */
export interface MlpWeights {
  hidden: number;
  names: string[];
  inputs: number[];
  hiddenBias: number[];
  output: number[];
  outputBias: number[];
}

export function trainMlp(examples: readonly SoftmaxExample[] | SparseExamples, classes: number, options: MlpOptions = {}): MlpWeights {
  // A multiple of four: addInput is unrolled by four.
  const H = Math.max(4, Math.ceil((options.hidden ?? 32) / 4) * 4);
  const epochs = options.epochs ?? 8;
  const l2 = options.l2 ?? 1e-5;
  const rate = options.rate ?? 0.05;
  const { names, rows } = commonFeatures(asSparse(examples), options.minCount ?? 2);
  const d = names.length;
  const prng = new Prng(options.seed ?? 11);
  const W1 = new Float64Array(d * H);
  // Polarity inputs come scaled to a norm of 3 (polarityVector), section inputs are ones and BM25
  // evidence: ±0.5 weights keep the hidden sums of order one to a few. The small positive biases
  // start every unit active.
  const scale1 = 0.5;
  for (let i = 0; i < W1.length; i++) W1[i] = (prng.next() * 2 - 1) * scale1;
  const b1 = new Float64Array(H).fill(0.1);
  const W2 = new Float64Array(H * classes);
  const scale2 = Math.sqrt(6 / (H + classes));
  for (let i = 0; i < W2.length; i++) W2[i] = (prng.next() * 2 - 1) * scale2;
  const b2 = new Float64Array(classes);
  const g1 = new Float64Array(d * H).fill(1e-8);
  const gb1 = new Float64Array(H).fill(1e-8);
  const g2 = new Float64Array(H * classes).fill(1e-8);
  const gb2 = new Float64Array(classes).fill(1e-8);
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const out = new Float64Array(classes);
  let order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    order = prng.shuffle(order);
    for (const r of order) {
      const row = rows[r];
      for (let u = 0; u < H; u++) h[u] = b1[u];
      for (let k = 0; k < row.ids.length; k++) {
        const base = row.ids[k] * H;
        const v = row.values[k];
        for (let u = 0; u < H; u++) h[u] += W1[base + u] * v;
      }
      for (let u = 0; u < H; u++) if (h[u] < 0) h[u] = 0;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        let s = b2[c];
        for (let u = 0; u < H; u++) s += W2[u * classes + c] * h[u];
        out[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (out[c] = Math.exp(out[c] - max));
      dh.fill(0);
      for (let c = 0; c < classes; c++) {
        const error = (out[c] / sum - (c === row.label ? 1 : 0)) * row.weight;
        gb2[c] += error * error;
        b2[c] -= (rate * error) / Math.sqrt(gb2[c]);
        for (let u = 0; u < H; u++) {
          if (h[u] === 0) continue;
          const at = u * classes + c;
          dh[u] += error * W2[at];
          const grad = error * h[u] + l2 * W2[at];
          g2[at] += grad * grad;
          W2[at] -= (rate * grad) / Math.sqrt(g2[at]);
        }
      }
      for (let u = 0; u < H; u++) {
        if (h[u] === 0) continue;
        const grad = dh[u];
        gb1[u] += grad * grad;
        b1[u] -= (rate * grad) / Math.sqrt(gb1[u]);
      }
      for (let k = 0; k < row.ids.length; k++) {
        const base = row.ids[k] * H;
        const v = row.values[k];
        for (let u = 0; u < H; u++) {
          if (h[u] === 0) continue;
          const at = base + u;
          const grad = dh[u] * v + l2 * W1[at];
          g1[at] += grad * grad;
          W1[at] -= (rate * grad) / Math.sqrt(g1[at]);
        }
      }
    }
  }
  return { hidden: H, names, inputs: Array.from(W1, storedWeight), hiddenBias: Array.from(b1, storedWeight), output: Array.from(W2, storedWeight), outputBias: Array.from(b2, storedWeight) };
}

export interface CompiledMlp {
  hidden: number;
  classes: number;
  index: Map<string, number>;
  /** Input rows, single precision: the weights are stored to three decimals, and half the bytes to read per feature. */
  W1: Float32Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
  /** Scratch for the hidden layer: predictMlp runs per statement and allocates nothing else. */
  h: Float64Array;
}

export function compileMlp(weights: MlpWeights): CompiledMlp {
  const H = weights.hidden;
  const W1 = Float32Array.from(weights.inputs);
  const index = new Map<string, number>(weights.names.map((name, i) => [name, i * H]));
  return { hidden: H, classes: weights.outputBias.length, index, W1, b1: Float64Array.from(weights.hiddenBias), W2: Float64Array.from(weights.output), b2: Float64Array.from(weights.outputBias), h: new Float64Array(H) };
}

/** Start the hidden layer's sums (`model.h`) at its biases, before addInput. */
export function startHidden(model: CompiledMlp): void {
  model.h.set(model.b1);
}

/** Add an input row (an offset into W1), times `value`, to the hidden layer's sums. Unrolled by four: the width is a multiple of four, and this is the hot loop. */
export function addInput(model: CompiledMlp, base: number, value: number): void {
  const { h, W1 } = model;
  for (let u = 0; u < h.length; u += 4) {
    h[u] += W1[base + u] * value;
    h[u + 1] += W1[base + u + 1] * value;
    h[u + 2] += W1[base + u + 2] * value;
    h[u + 3] += W1[base + u + 3] * value;
  }
}

/** Class probabilities for input rows (offsets into W1, each once), all of one value. */
export function predictMlp(model: CompiledMlp, rows: readonly number[], value: number): number[] {
  startHidden(model);
  for (let r = 0; r < rows.length; r++) addInput(model, rows[r], value);
  return outputOf(model);
}

/** Class probabilities from the hidden layer's sums in `model.h` (startHidden, then addInput per feature). */
export function outputOf(model: CompiledMlp): number[] {
  const { hidden: H, classes, W2, h } = model;
  const scores = Array.from(model.b2);
  for (let u = 0; u < H; u++) {
    const a = h[u];
    if (a <= 0) continue;
    for (let c = 0; c < classes; c++) scores[c] += W2[u * classes + c] * a;
  }
  return softmaxInPlace(scores);
}
