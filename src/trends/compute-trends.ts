import type { Framework, FrameworkId, Report } from '../schemas/index.js';
import { breakdownBy, countThemes, UNMAPPED, yearTrends, type Breakdown, type CriterionTally, type YearTrend } from './count-themes.js';
import { DIMENSIONS, type Dimension } from './dimensions.js';
import { distinctiveTerms, type CriterionTerms } from './distinctive-terms.js';
import { memoizeMapper, type StatementKind, type StatementMapper } from './mapper.js';
import { extractStatements, type ReportRef, type TrendStatement } from './statements.js';

/**
 * Synthetic reports (made by `drafter generate`) never mix silently into real figures:
 * 'auto' leaves them out unless every report is synthetic (a test or benchmark corpus), and the
 * result says what it did.
 */
export type SyntheticPolicy = 'auto' | 'include' | 'exclude' | 'only';

export interface TrendsOptions {
  /** Taxonomies of the frameworks to report on; reports under other frameworks are skipped. */
  frameworks: Framework[];
  /** A statement mapper per framework (the classifier, or keywordMapper). */
  mapperFor: (framework: Framework) => StatementMapper;
  synthetic?: SyntheticPolicy;
  /** Distinctive terms listed per criterion (default 8). */
  topTerms?: number;
  /** Years with fewer reports are left out of the year-trend slope (default 5). */
  minReportsPerYear?: number;
}

export interface CriterionTrends extends CriterionTally {
  /** Change in the share of reports raising it as an area for improvement, per year; null if too few years. */
  yearTrend: YearTrend | null;
}

export interface FrameworkTrends {
  framework: FrameworkId;
  title: string;
  /** The framework's sections (report sections or evaluation areas), for labelling criteria. */
  sections: Array<{ id: string; title: string }>;
  reports: number;
  statements: Record<StatementKind, number> & { unmapped: Record<StatementKind, number> };
  criteria: CriterionTrends[];
  breakdowns: Record<Dimension, Breakdown>;
  /** Terms most distinctive of each criterion's areas for improvement. */
  distinctiveTerms: CriterionTerms[];
}

export interface TrendsResult {
  corpus: {
    /** Reports handed in. */
    reports: number;
    /** Reports counted (framework asked for, synthetic policy applied). */
    included: number;
    /** Synthetic reports left out by the policy. */
    excludedSynthetic: number;
    /** Synthetic reports counted: when non-zero, the figures are not real-world findings. */
    includedSynthetic: number;
    /** Reports under frameworks not asked for. */
    otherFrameworks: number;
    syntheticPolicy: SyntheticPolicy;
  };
  frameworks: FrameworkTrends[];
}

/** Reports and statements per framework, for drill-down and export beside the counts. */
export interface TrendsData {
  result: TrendsResult;
  statements: Map<FrameworkId, { refs: ReportRef[]; statements: TrendStatement[] }>;
}

/**
 * A generated report: flagged synthetic in the store, or named "Synthetic Provider NNNN" (the name
 * every generated report carries, so a `generate --text` file ingested as text is still recognised).
 */
export function isSyntheticReport(report: Report): boolean {
  return report.source?.synthetic === true || /^Synthetic Provider \d{4,}$/.test(report.provider.trim());
}

/** Applies the synthetic policy: which reports count, and how many synthetic ones were dropped. */
export function selectReports(reports: Report[], policy: SyntheticPolicy): { kept: Report[]; excluded: number } {
  const isSynthetic = isSyntheticReport;
  const synthetic = reports.filter(isSynthetic).length;
  const keepSynthetic = policy === 'include' || policy === 'only' || (policy === 'auto' && synthetic === reports.length);
  const kept = reports.filter((r) => (isSynthetic(r) ? keepSynthetic : policy !== 'only'));
  return { kept, excluded: keepSynthetic ? 0 : synthetic };
}

/**
 * Trend mining over parsed reports, by framework version: per criterion, how often it is raised as
 * an area for improvement and as a strength; the same by year, grade, phase, inspectorate and
 * provider type; year-on-year slope; distinctive terms. Pure: the mapper does the only judgement.
 */
export function computeTrendsData(reports: Report[], options: TrendsOptions): TrendsData {
  const policy = options.synthetic ?? 'auto';
  const wanted = new Map(options.frameworks.map((f) => [f.id, f]));
  const inScope = reports.filter((r) => wanted.has(r.framework));
  const { kept, excluded } = selectReports(inScope, policy);
  const frameworks: FrameworkTrends[] = [];
  const statementsBy = new Map<FrameworkId, { refs: ReportRef[]; statements: TrendStatement[] }>();
  for (const framework of options.frameworks) {
    const mine = kept.filter((r) => r.framework === framework.id);
    if (mine.length === 0) continue;
    const { refs, statements } = extractStatements(mine, framework, memoizeMapper(options.mapperFor(framework)));
    statementsBy.set(framework.id, { refs, statements });
    const breakdowns = Object.fromEntries(DIMENSIONS.map((d) => [d, breakdownBy(statements, refs, framework, d)])) as Record<Dimension, Breakdown>;
    const slopes = yearTrends(breakdowns.year, options.minReportsPerYear ?? 5);
    const count = (kind: StatementKind, mapped: boolean) =>
      statements.filter((s) => s.kind === kind && (s.criterion !== null) === mapped).length;
    frameworks.push({
      framework: framework.id,
      title: framework.title,
      sections: framework.sections.map((section) => ({ id: section.id, title: section.title })),
      reports: refs.length,
      statements: {
        improvement: count('improvement', true) + count('improvement', false),
        strength: count('strength', true) + count('strength', false),
        unmapped: { improvement: count('improvement', false), strength: count('strength', false) },
      },
      criteria: countThemes(statements, refs, framework).map((row) => ({ ...row, yearTrend: row.id === UNMAPPED ? null : (slopes.get(row.id) ?? null) })),
      breakdowns,
      distinctiveTerms: distinctiveTerms(statements, { top: options.topTerms ?? 8 }),
    });
  }
  return {
    result: {
      corpus: {
        reports: reports.length,
        included: kept.length,
        excludedSynthetic: excluded,
        includedSynthetic: kept.filter(isSyntheticReport).length,
        otherFrameworks: reports.length - inScope.length,
        syntheticPolicy: policy,
      },
      frameworks,
    },
    statements: statementsBy,
  };
}

/** As computeTrendsData, the figures only. */
export function computeTrends(reports: Report[], options: TrendsOptions): TrendsResult {
  return computeTrendsData(reports, options).result;
}

export interface DrillDownQuery {
  criterion: string;
  kind?: StatementKind;
  /** Only reports in this group of this dimension. */
  dimension?: Dimension;
  group?: string;
}

/** One statement behind a count, with where it came from. */
export interface DrillDownRow {
  framework: FrameworkId;
  criterionId: string;
  criterionTitle: string;
  kind: StatementKind;
  text: string;
  position: number;
  provider: string;
  report: string;
  file: string | null;
  synthetic: boolean;
  year: string;
  grade: string;
  phase: string[];
  inspectorate: string;
  providerType: string;
}

/**
 * The statements behind a count: every statement mapped to `criterion` (UNMAPPED for the rest), of one
 * kind or both, optionally within one group; ordered by year, provider and position.
 */
export function drillDown(data: TrendsData, query: DrillDownQuery): DrillDownRow[] {
  const rows: DrillDownRow[] = [];
  for (const [framework, { statements }] of data.statements) {
    for (const s of statements) {
      if ((s.criterion?.id ?? UNMAPPED) !== query.criterion) continue;
      if (query.kind && s.kind !== query.kind) continue;
      if (query.dimension && query.group !== undefined && !s.report.groups[query.dimension].includes(query.group)) continue;
      const g = s.report.groups;
      rows.push({
        framework,
        criterionId: s.criterion?.id ?? UNMAPPED,
        criterionTitle: s.criterion?.title ?? 'Not mapped to a criterion',
        kind: s.kind,
        text: s.text,
        position: s.position,
        provider: s.report.provider,
        report: s.report.id,
        file: s.report.file,
        synthetic: s.report.synthetic,
        year: g.year[0],
        grade: g.grade[0],
        phase: g.phase,
        inspectorate: g.inspectorate[0],
        providerType: g['provider-type'][0],
      });
    }
  }
  return rows.sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) || a.year.localeCompare(b.year) || a.provider.localeCompare(b.provider, 'en', { numeric: true }) || a.position - b.position,
  );
}
