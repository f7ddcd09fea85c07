/**
 * Small significance tests for counts of reports: is a rise across years, or a difference between
 * groups, more than chance? Each report either raises a criterion or not, so these are tests on
 * proportions. Reference: Cochran–Armitage test for trend; Pearson's chi-squared test of independence.
 */

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 via erf; error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** ln Γ(x), Lanczos approximation. */
function logGamma(x: number): number {
  const g = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += g[i] / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised lower incomplete gamma P(s, x), by series or continued fraction (Numerical Recipes gammp). */
function gammaP(s: number, x: number): number {
  if (x <= 0) return 0;
  if (x < s + 1) {
    let sum = 1 / s;
    let term = sum;
    for (let n = 1; n < 500; n++) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-14) break;
    }
    return sum * Math.exp(-x + s * Math.log(x) - logGamma(s));
  }
  let b = x + 1 - s;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  return 1 - Math.exp(-x + s * Math.log(x) - logGamma(s)) * h;
}

/** Upper tail of the chi-squared distribution: P(X ≥ x) with `df` degrees of freedom. */
export function chiSquaredSurvival(x: number, df: number): number {
  return Math.min(1, Math.max(0, 1 - gammaP(df / 2, x / 2)));
}

export interface GroupCount {
  /** Reports in the group. */
  n: number;
  /** Reports raising the criterion. */
  raised: number;
}

/**
 * Cochran–Armitage test for a trend in proportions across ordered groups with scores `x` (years).
 * Returns z (positive for a rise) and the two-sided p-value; null when nothing varies.
 */
export function trendTest(groups: Array<GroupCount & { x: number }>): { z: number; p: number } | null {
  const N = groups.reduce((s, g) => s + g.n, 0);
  const R = groups.reduce((s, g) => s + g.raised, 0);
  if (N === 0 || R === 0 || R === N) return null;
  const pBar = R / N;
  const t = groups.reduce((s, g) => s + g.x * (g.raised - g.n * pBar), 0);
  const sx = groups.reduce((s, g) => s + g.n * g.x, 0);
  const sxx = groups.reduce((s, g) => s + g.n * g.x * g.x, 0);
  const variance = pBar * (1 - pBar) * (sxx - (sx * sx) / N);
  if (variance <= 0) return null;
  const z = t / Math.sqrt(variance);
  return { z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * Pearson's chi-squared test that the share of reports raising a criterion is the same in every
 * group (a k × 2 table). Groups must not overlap. Null with fewer than two groups or nothing varying.
 */
export function independenceTest(groups: GroupCount[]): { chi2: number; df: number; p: number } | null {
  const used = groups.filter((g) => g.n > 0);
  const N = used.reduce((s, g) => s + g.n, 0);
  const R = used.reduce((s, g) => s + g.raised, 0);
  if (used.length < 2 || R === 0 || R === N) return null;
  const pBar = R / N;
  const chi2 = used.reduce((s, g) => s + (g.raised - g.n * pBar) ** 2 / (g.n * pBar * (1 - pBar)), 0);
  const df = used.length - 1;
  return { chi2, df, p: chiSquaredSurvival(chi2, df) };
}
