/** FNV-1a 32-bit hash of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: mixes a shingle hash with a per-permutation seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: 128 }, (_, i) => mix(i + 1, 0x9e3779b9));

/** MinHash signature of a set of shingles: `permutations` minima of seeded hashes. */
export function minhash(shingles: Iterable<string>, permutations: number): Uint32Array {
  const signature = new Uint32Array(permutations).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = fnv1a(shingle);
    for (let i = 0; i < permutations; i++) {
      const h = mix(base, SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/**
 * Candidate pairs from locality-sensitive hashing: items whose signatures agree on every row of at
 * least one band. With b bands of r rows, pairs above Jaccard ≈ (1/b)^(1/r) are very likely caught;
 * callers verify each candidate with the exact Jaccard.
 */
export function lshCandidates(signatures: Uint32Array[], bands: number, rows: number): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const key = Array.from(signature.subarray(band * rows, band * rows + rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const key = `${bucket[i]},${bucket[j]}`;
          if (pairs.has(key)) continue;
          pairs.add(key);
          out.push([bucket[i], bucket[j]]);
        }
      }
    }
  }
  return out;
}
