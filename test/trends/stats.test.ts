import { describe, expect, it } from 'vitest';
import { chiSquaredSurvival, independenceTest, normalCdf, trendTest } from '../../src/trends/stats.js';

describe('significance tests', () => {
  it('match tabulated values', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(chiSquaredSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquaredSurvival(5.991465, 2)).toBeCloseTo(0.05, 6);
    expect(chiSquaredSurvival(18.307038, 10)).toBeCloseTo(0.05, 6);
    expect(chiSquaredSurvival(0, 3)).toBe(1);
  });

  it('test a trend in proportions (Cochran\u2013Armitage), worked by hand', () => {
    // n = 2, 2, 1; raised 1, 2, 0; scores −1, 0, 1: p̄ = 0.6, T = −0.4, Var = 0.24 × (3 − 1/5) = 0.672.
    const result = trendTest([
      { x: -1, n: 2, raised: 1 },
      { x: 0, n: 2, raised: 2 },
      { x: 1, n: 1, raised: 0 },
    ]);
    expect(result?.z).toBeCloseTo(-0.4 / Math.sqrt(0.672), 10);
    expect(result?.p).toBeCloseTo(0.62557, 4);
    // A steady strong rise is significant; nothing raised is no test at all.
    const rise = trendTest([0.1, 0.2, 0.3, 0.4, 0.5].map((share, i) => ({ x: i, n: 100, raised: share * 100 })));
    expect(rise!.z).toBeGreaterThan(5);
    expect(rise!.p).toBeLessThan(0.001);
    expect(trendTest([{ x: 0, n: 3, raised: 0 }, { x: 1, n: 4, raised: 0 }])).toBeNull();
  });

  it('test independence of groups (chi-squared), worked by hand', () => {
    // HEI 2 of 2, SCITT 0 of 2, school-led 1 of 1: p̄ = 0.6; χ² = 1.333 + 3 + 0.667 = 5, df 2, p = e^(−2.5).
    const result = independenceTest([
      { n: 2, raised: 2 },
      { n: 2, raised: 0 },
      { n: 1, raised: 1 },
    ]);
    expect(result?.chi2).toBeCloseTo(5, 10);
    expect(result?.df).toBe(2);
    expect(result?.p).toBeCloseTo(Math.exp(-2.5), 6);
    expect(independenceTest([{ n: 5, raised: 2 }])).toBeNull();
  });
});
