/**
 * How the pieces of one note line relate. Writers put a strength and a shortfall on one line
 * ("assignment fb thorough but slow"), and the joint between them says a good deal: two sides of a
 * "but" are a strength then an area for improvement five times in six; two sides of a " - " are
 * nearly always one point. Learnt from labelled notes as a table per joint, and used to read a
 * line's pieces together (the best sequence of polarities), not each alone.
 */
import { Polarity, type LabelledStatement } from '../schemas/index.js';

/** In the order of every probability vector the classifier gives (the schema's order). */
const POLARITIES = Polarity.options;

const K = POLARITIES.length;

/** Per joint (see jointOf), log [P(left, right | joint) / (P(left) P(right))], row left, column right. */
export interface JointModel {
  /** How much the joints count against the pieces' own probabilities. */
  weight: number;
  byJoint: Record<string, number[]>;
  /** For a joint never seen in training: all joints pooled. */
  pooled: number[];
}

/** Pseudo-counts drawn from the pooled table: a joint seen a few times stays near it. */
const SMOOTHING = 10;

export function trainJoints(statements: ReadonlyArray<Pick<LabelledStatement, 'linePieces'>>, weight: number): JointModel {
  const counts = new Map<string, number[]>();
  const pooled = new Array<number>(K * K).fill(0);
  for (const statement of statements) {
    const pieces = statement.linePieces;
    if (!pieces) continue;
    for (let i = 1; i < pieces.length; i++) {
      const cell = POLARITIES.indexOf(pieces[i - 1].polarity) * K + POLARITIES.indexOf(pieces[i].polarity);
      let table = counts.get(pieces[i].joint);
      if (!table) counts.set(pieces[i].joint, (table = new Array<number>(K * K).fill(0)));
      table[cell]++;
      pooled[cell]++;
    }
  }
  // Pooled probabilities with a count of one in every cell, so no pair is impossible.
  const pooledTotal = pooled.reduce((a, b) => a + b, 0) + K * K;
  const pooledP = pooled.map((n) => (n + 1) / pooledTotal);
  const left = POLARITIES.map((_, p) => pooledP.slice(p * K, p * K + K).reduce((a, b) => a + b, 0));
  const right = POLARITIES.map((_, q) => POLARITIES.reduce((sum, _p, p) => sum + pooledP[p * K + q], 0));
  const pmi = (p: number[]) => p.map((value, cell) => Math.log(value / (left[Math.floor(cell / K)] * right[cell % K])));
  const byJoint: Record<string, number[]> = {};
  for (const [joint, table] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const total = table.reduce((a, b) => a + b, 0) + SMOOTHING;
    byJoint[joint] = pmi(table.map((n, cell) => (n + SMOOTHING * pooledP[cell]) / total));
  }
  return { weight, byJoint, pooled: pmi(pooledP) };
}

/**
 * The most likely polarities of a line's pieces in order: each piece's own probabilities (in
 * POLARITIES order) and, between neighbours, the table of the joint before the later one. Viterbi.
 */
export function decodeLine(probabilities: ReadonlyArray<readonly number[]>, joints: readonly string[], model: JointModel): number[] {
  const n = probabilities.length;
  if (n === 0) return [];
  const log = (p: number) => Math.log(Math.max(p, 1e-9));
  let score = probabilities[0].map(log);
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const table = model.byJoint[joints[i]] ?? model.pooled;
    const next: number[] = [];
    const from: number[] = [];
    for (let q = 0; q < K; q++) {
      let best = -Infinity;
      let bestP = 0;
      for (let p = 0; p < K; p++) {
        const s = score[p] + model.weight * table[p * K + q];
        if (s > best) {
          best = s;
          bestP = p;
        }
      }
      next.push(best + log(probabilities[i][q]));
      from.push(bestP);
    }
    back.push(from);
    score = next;
  }
  let state = score.indexOf(Math.max(...score));
  const out = [state];
  for (let i = n - 2; i >= 0; i--) {
    state = back[i][state];
    out.push(state);
  }
  return out.reverse();
}
