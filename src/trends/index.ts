export {
  computeTrends,
  computeTrendsData,
  selectReports,
  isSyntheticReport,
  drillDown,
  type TrendsOptions,
  type TrendsResult,
  type TrendsData,
  type FrameworkTrends,
  type CriterionTrends,
  type SyntheticPolicy,
  type DrillDownQuery,
  type DrillDownRow,
} from './compute-trends.js';
export { countThemes, breakdownBy, yearTrends, UNMAPPED, type Tally, type CriterionTally, type Breakdown, type BreakdownCell, type YearTrend } from './count-themes.js';
export { distinctiveTerms, type DistinctiveTerm, type CriterionTerms } from './distinctive-terms.js';
export { extractStatements, describeReport, type TrendStatement, type ReportRef } from './statements.js';
export { keywordMapper, memoizeMapper, type StatementMapper, type StatementKind, type MappedCriterion } from './mapper.js';
export {
  DIMENSIONS,
  UNKNOWN,
  dimensionValues,
  reportYear,
  reportGrade,
  reportPhases,
  reportInspectorate,
  reportProviderType,
  gradeIndex,
  type Dimension,
} from './dimensions.js';
export { countsCsv, termsCsv, drillDownCsv, csvField, COUNT_COLUMNS, TERM_COLUMNS, DRILL_DOWN_COLUMNS } from './export.js';
export { trendCharts, afiByCriterionChart, afiShareByYearChart, afiByGroupChart, renderSvg, svgToPng, renderChart, criterionLabel, type ChartDefinition, type RenderedChart } from './charts.js';
