/** Sparse TF-IDF vector: stem → weight, with its norm kept for cosine. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Inverse document frequencies over a set of documents (each a list of stems), smoothed so unseen stems still count. */
export class Idf {
  private readonly df = new Map<string, number>();
  private readonly documents: number;

  constructor(documents: string[][]) {
    this.documents = documents.length;
    for (const doc of documents) for (const term of new Set(doc)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  weight(term: string): number {
    return Math.log((1 + this.documents) / (1 + (this.df.get(term) ?? 0))) + 1;
  }

  /** Sub-linear TF times IDF, so one repeated word cannot dominate a short summary item. */
  vector(stems: string[]): Vector {
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [term, count] of counts) {
      const w = (1 + Math.log(count)) * this.weight(term);
      weights.set(term, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

export function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}
