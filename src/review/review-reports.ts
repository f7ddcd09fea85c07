import type { Finding, Report } from '../schemas/index.js';
import { analyseReport, cachedPolarity, reportFile, thresholdsOf, type AnalysedReport } from './analyse.js';
import { checkBoilerplate, checkPolarityConsistency, checkTerminology } from './checks/across-reports.js';
import { checkGradeNarrative } from './checks/grade-narrative.js';
import { checkLeftoverMarkers, checkShorthand, checkStyle } from './checks/house-style.js';
import { checkNumbering } from './checks/numbering.js';
import { checkPersonalNames } from './checks/personal-names.js';
import { checkSummaryBody } from './checks/summary-body.js';
import type { ReviewContext } from './context.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Orders findings by file (input order), then severity, then position in the report. */
export function sortFindings(findings: Finding[], fileOrder: string[]): Finding[] {
  const rank = new Map(fileOrder.map((file, i) => [file, i]));
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.file) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.file) ?? Number.MAX_SAFE_INTEGER) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.location.paragraph ?? -1) - (b.location.paragraph ?? -1) ||
      a.kind.localeCompare(b.kind),
  );
}

/**
 * Reviews reports for consistency: each report on its own (grade against narrative, summary against
 * body, names, numbering, shorthand, style) and the set together (boilerplate, polarity
 * inconsistency, terminology). Pure: everything it needs arrives in `context`.
 */
export function reviewReports(documents: Report[], context: ReviewContext): Finding[] {
  const thresholds = thresholdsOf(context);
  const judge = cachedPolarity(context);
  const analysed: AnalysedReport[] = documents.map((report, i) => analyseReport(report, reportFile(report, i), context, judge, true));
  const reference = (context.reference ?? []).map((report, i) => analyseReport(report, reportFile(report, documents.length + i), context, judge, false));
  const findings: Finding[] = [];
  for (const report of analysed) {
    findings.push(
      ...checkGradeNarrative(report, thresholds),
      ...checkSummaryBody(report, thresholds),
      ...checkPersonalNames(report, context.findNames),
      ...checkNumbering(report),
      ...checkShorthand(report),
      ...checkStyle(report, thresholds),
      ...checkLeftoverMarkers(report, context.documentLines?.get(report.file) ?? []),
    );
  }
  const all = [...analysed, ...reference];
  findings.push(...checkBoilerplate(all, thresholds), ...checkPolarityConsistency(all, thresholds), ...checkTerminology(all));
  return sortFindings(findings, analysed.map((a) => a.file));
}
