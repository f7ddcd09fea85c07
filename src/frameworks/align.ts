/**
 * Order-preserving alignment of parsed items to taxonomy items: the pairing with the highest total
 * similarity that keeps both orders (a weighted longest common subsequence). Pairs below `minScore`
 * are never made, so an item the document added, or one it dropped, stays unpaired.
 */
export function alignInOrder<A, B>(
  doc: readonly A[],
  taxonomy: readonly B[],
  score: (a: A, b: B) => number,
  minScore = 0.2,
): Array<{ doc: number; taxonomy: number; score: number }> {
  const m = doc.length;
  const n = taxonomy.length;
  const s: number[][] = doc.map((a) => taxonomy.map((b) => score(a, b)));
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const take = s[i][j] >= minScore ? s[i][j] + best[i + 1][j + 1] : -Infinity;
      best[i][j] = Math.max(take, best[i + 1][j], best[i][j + 1]);
    }
  }
  const pairs: Array<{ doc: number; taxonomy: number; score: number }> = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (s[i][j] >= minScore && best[i][j] === s[i][j] + best[i + 1][j + 1]) {
      pairs.push({ doc: i, taxonomy: j, score: s[i][j] });
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}
