import type { Framework } from '../schemas/index.js';
import { groupOrder, type Dimension } from './dimensions.js';
import type { StatementKind } from './mapper.js';
import { independenceTest, trendTest } from './stats.js';
import type { ReportRef, TrendStatement } from './statements.js';

/** The criterion id under which statements no criterion fits are counted. */
export const UNMAPPED = '(unmapped)';

/** How often something is raised in a set of reports. */
export interface Tally {
  /** Statements raising it (a report may raise it twice). */
  statements: number;
  /** Reports raising it at least once. */
  reports: number;
  /** reports / reports in the set: comparable across sets of different size. */
  share: number;
}

export interface CriterionTally {
  id: string;
  title: string;
  section: string;
  improvement: Tally;
  strength: Tally;
}

/** One cell of a breakdown: a criterion within one group of reports. */
export interface BreakdownCell {
  group: string;
  criterionId: string;
  kind: StatementKind;
  statements: number;
  reports: number;
  share: number;
}

export interface Breakdown {
  dimension: Dimension;
  /** Groups in display order with their report counts. Phase groups overlap (a report can cover several phases). */
  groups: Array<{ value: string; reports: number }>;
  /** Only non-zero cells; absent means 0. */
  cells: BreakdownCell[];
  /**
   * Per criterion raised as an area for improvement: chi-squared test that its share is the same in
   * every group (p small: the groups really differ). Empty for phase, whose groups overlap.
   */
  tests: Array<{ criterionId: string; chi2: number; df: number; p: number }>;
}

/** Change in the share of reports raising a criterion as an area for improvement, per year. */
export interface YearTrend {
  /** Least-squares slope of share against year (0.05 = five percentage points a year). */
  slope: number;
  /** Years used (each with at least `minReports` reports). */
  years: number;
  first: { year: number; share: number };
  last: { year: number; share: number };
  /** Cochran–Armitage trend test over the same years: z (positive for a rise) and two-sided p; null if nothing varies. */
  z: number | null;
  p: number | null;
}

function tally(statements: TrendStatement[], groupReports: number): Tally {
  const reports = new Set(statements.map((s) => s.report.id)).size;
  return { statements: statements.length, reports, share: groupReports ? reports / groupReports : 0 };
}

/** Statements grouped by criterion id (unmapped ones under UNMAPPED). */
function byCriterion(statements: TrendStatement[]): Map<string, TrendStatement[]> {
  const out = new Map<string, TrendStatement[]>();
  for (const s of statements) {
    const id = s.criterion?.id ?? UNMAPPED;
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(s);
  }
  return out;
}

/**
 * How often each criterion of the framework is raised as a strength and as an area for improvement
 * across the reports: every criterion (zeros included), then the unmapped bucket if any, most
 * raised as an area for improvement first.
 */
export function countThemes(statements: TrendStatement[], reports: ReportRef[], framework: Framework): CriterionTally[] {
  const kinds: StatementKind[] = ['improvement', 'strength'];
  const grouped = Object.fromEntries(kinds.map((kind) => [kind, byCriterion(statements.filter((s) => s.kind === kind))])) as Record<
    StatementKind,
    Map<string, TrendStatement[]>
  >;
  const rows: CriterionTally[] = framework.criteria.map((criterion) => ({
    id: criterion.id,
    title: criterion.title,
    section: criterion.section,
    improvement: tally(grouped.improvement.get(criterion.id) ?? [], reports.length),
    strength: tally(grouped.strength.get(criterion.id) ?? [], reports.length),
  }));
  const known = new Set(framework.criteria.map((c) => c.id));
  // A mapper may return ids outside this taxonomy (an older model): keep them visible, not dropped.
  const extra = new Set([...grouped.improvement.keys(), ...grouped.strength.keys()].filter((id) => !known.has(id)));
  for (const id of extra) {
    const sample = [...(grouped.improvement.get(id) ?? []), ...(grouped.strength.get(id) ?? [])][0];
    rows.push({
      id,
      title: id === UNMAPPED ? 'Not mapped to a criterion' : (sample?.criterion?.title ?? id),
      section: id === UNMAPPED ? '' : (sample?.criterion?.section ?? ''),
      improvement: tally(grouped.improvement.get(id) ?? [], reports.length),
      strength: tally(grouped.strength.get(id) ?? [], reports.length),
    });
  }
  const order = new Map(rows.map((row, i) => [row.id, i]));
  return rows.sort(
    (a, b) =>
      Number(a.id === UNMAPPED) - Number(b.id === UNMAPPED) ||
      b.improvement.reports - a.improvement.reports ||
      b.improvement.statements - a.improvement.statements ||
      b.strength.reports - a.strength.reports ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

/** Counts per criterion within each group of reports along one dimension. */
export function breakdownBy(statements: TrendStatement[], reports: ReportRef[], framework: Framework, dimension: Dimension): Breakdown {
  const groupSize = new Map<string, number>();
  for (const ref of reports) for (const value of ref.groups[dimension]) groupSize.set(value, (groupSize.get(value) ?? 0) + 1);
  const cells = new Map<string, { statements: number; reports: Set<string>; cell: Omit<BreakdownCell, 'statements' | 'reports' | 'share'> }>();
  for (const s of statements) {
    const criterionId = s.criterion?.id ?? UNMAPPED;
    for (const group of s.report.groups[dimension]) {
      const key = `${group}\u0000${criterionId}\u0000${s.kind}`;
      let entry = cells.get(key);
      if (!entry) cells.set(key, (entry = { statements: 0, reports: new Set(), cell: { group, criterionId, kind: s.kind } }));
      entry.statements++;
      entry.reports.add(s.report.id);
    }
  }
  const order = groupOrder(dimension, framework);
  const groups = [...groupSize.entries()].map(([value, n]) => ({ value, reports: n })).sort((a, b) => order(a.value, b.value));
  const groupIndex = new Map(groups.map((g, i) => [g.value, i]));
  const tests: Breakdown['tests'] = [];
  if (dimension !== 'phase') {
    const criteria = new Set([...cells.values()].filter((e) => e.cell.kind === 'improvement').map((e) => e.cell.criterionId));
    for (const criterionId of criteria) {
      const result = independenceTest(
        groups.map((g) => ({ n: g.reports, raised: cells.get(`${g.value}\u0000${criterionId}\u0000improvement`)?.reports.size ?? 0 })),
      );
      if (result) tests.push({ criterionId, ...result });
    }
    tests.sort((a, b) => a.p - b.p || a.criterionId.localeCompare(b.criterionId));
  }
  return {
    dimension,
    groups,
    tests,
    cells: [...cells.values()]
      .map(({ statements: n, reports: set, cell }) => ({
        ...cell,
        statements: n,
        reports: set.size,
        share: set.size / (groupSize.get(cell.group) ?? 1),
      }))
      .sort(
        (a, b) =>
          (groupIndex.get(a.group) ?? 0) - (groupIndex.get(b.group) ?? 0) ||
          a.kind.localeCompare(b.kind) ||
          b.reports - a.reports ||
          a.criterionId.localeCompare(b.criterionId),
      ),
  };
}

/**
 * For each criterion, the least-squares slope of the share of reports raising it as an area for
 * improvement against year, over years with at least `minReports` reports; null with fewer than 3 such years.
 */
export function yearTrends(byYear: Breakdown, minReports = 5): Map<string, YearTrend> {
  const years = byYear.groups.filter((g) => /^\d{4}$/.test(g.value) && g.reports >= minReports);
  const out = new Map<string, YearTrend>();
  if (years.length < 3) return out;
  const criteria = new Set(byYear.cells.filter((c) => c.kind === 'improvement').map((c) => c.criterionId));
  const xs = years.map((g) => Number(g.value));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  for (const id of criteria) {
    const ys = years.map(
      (g) => byYear.cells.find((c) => c.kind === 'improvement' && c.criterionId === id && c.group === g.value)?.share ?? 0,
    );
    const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sxy = xs.reduce((a, x, i) => a + (x - meanX) * (ys[i] - meanY), 0);
    const test = trendTest(
      years.map((g, i) => ({
        x: xs[i] - meanX,
        n: g.reports,
        raised: byYear.cells.find((c) => c.kind === 'improvement' && c.criterionId === id && c.group === g.value)?.reports ?? 0,
      })),
    );
    out.set(id, {
      slope: sxy / sxx,
      years: xs.length,
      first: { year: xs[0], share: ys[0] },
      last: { year: xs[xs.length - 1], share: ys[ys.length - 1] },
      z: test ? test.z : null,
      p: test ? test.p : null,
    });
  }
  return out;
}
