import type { Framework, FrameworkId, Report } from '../schemas/index.js';
import { dimensionValues, DIMENSIONS, type Dimension } from './dimensions.js';
import type { MappedCriterion, StatementKind, StatementMapper } from './mapper.js';

/** Where a statement came from: enough for an analyst to find the report and quote it. */
export interface ReportRef {
  /** Content hash (corpus key) where known, else the provider name. */
  id: string;
  provider: string;
  file: string | null;
  framework: FrameworkId;
  synthetic: boolean;
  /** The report's group on each dimension (phase may hold several). */
  groups: Record<Dimension, string[]>;
}

/** One strength or area for improvement from a report's summary, mapped to a criterion. */
export interface TrendStatement {
  kind: StatementKind;
  text: string;
  /** Position in the report's list, from 1. */
  position: number;
  criterion: MappedCriterion | null;
  report: ReportRef;
}

/** Describes a report for trends: its id and its group on every dimension. */
export function describeReport(report: Report, framework: Framework): ReportRef {
  const groups = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionValues(report, framework, d)])) as Record<Dimension, string[]>;
  return {
    id: report.source?.hash ?? report.provider,
    provider: report.provider,
    file: report.source?.file ?? null,
    framework: report.framework,
    synthetic: report.source?.synthetic === true || /^Synthetic Provider \d{4,}$/.test(report.provider.trim()),
    groups,
  };
}

/** Every summary strength and area for improvement of the reports, each mapped by `mapper`. */
export function extractStatements(reports: Report[], framework: Framework, mapper: StatementMapper): { refs: ReportRef[]; statements: TrendStatement[] } {
  const refs: ReportRef[] = [];
  const statements: TrendStatement[] = [];
  for (const report of reports) {
    const ref = describeReport(report, framework);
    refs.push(ref);
    const lists: Array<[StatementKind, string[]]> = [
      ['strength', report.strengths],
      ['improvement', report.areasForImprovement],
    ];
    for (const [kind, texts] of lists) {
      texts.forEach((raw, k) => {
        const text = raw.replace(/\s+/g, ' ').trim();
        if (!text) return;
        statements.push({ kind, text, position: k + 1, criterion: mapper(text, kind), report: ref });
      });
    }
  }
  return { refs, statements };
}
