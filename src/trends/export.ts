import type { TrendsResult, DrillDownRow, FrameworkTrends } from './compute-trends.js';
import { UNMAPPED } from './count-themes.js';
import { DIMENSIONS } from './dimensions.js';
import type { StatementKind } from './mapper.js';

/** Column order of the counts CSV (one row per framework × grouping × criterion × kind, zeros included). */
export const COUNT_COLUMNS = [
  'framework',
  'dimension',
  'group',
  'criterion_id',
  'criterion_title',
  'section',
  'kind',
  'statements',
  'reports',
  'group_reports',
  'share',
] as const;

export const TERM_COLUMNS = ['framework', 'criterion_id', 'criterion_title', 'rank', 'term', 'score', 'statements_with_term', 'statements'] as const;

export const DRILL_DOWN_COLUMNS = [
  'framework',
  'criterion_id',
  'criterion_title',
  'kind',
  'year',
  'grade',
  'phase',
  'inspectorate',
  'provider_type',
  'provider',
  'report',
  'file',
  'synthetic',
  'position',
  'text',
] as const;

/** One CSV field (RFC 4180). Text that a spreadsheet would run as a formula is prefixed with '. */
export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: Array<Array<string | number | boolean | null>>): string {
  return [header.join(','), ...rows.map((row) => row.map(csvField).join(','))].join('\r\n') + '\r\n';
}

const share = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Tidy counts table: for each framework, the totals (dimension "all") and every breakdown, one row
 * per group × criterion × kind with zeros written out, ready for a pivot table or R/pandas.
 */
export function countsCsv(result: TrendsResult): string {
  const rows: Array<Array<string | number | boolean | null>> = [];
  const kinds: StatementKind[] = ['improvement', 'strength'];
  for (const fw of result.frameworks) {
    for (const c of fw.criteria) {
      for (const kind of kinds) {
        const t = c[kind];
        rows.push([fw.framework, 'all', 'all', c.id, c.title, c.section, kind, t.statements, t.reports, fw.reports, share(t.share)]);
      }
    }
    for (const dimension of DIMENSIONS) {
      const breakdown = fw.breakdowns[dimension];
      const cells = new Map(breakdown.cells.map((cell) => [`${cell.group}\u0000${cell.criterionId}\u0000${cell.kind}`, cell]));
      for (const group of breakdown.groups) {
        for (const c of criteriaWithCounts(fw)) {
          for (const kind of kinds) {
            const cell = cells.get(`${group.value}\u0000${c.id}\u0000${kind}`);
            rows.push([
              fw.framework,
              dimension,
              group.value,
              c.id,
              c.title,
              c.section,
              kind,
              cell?.statements ?? 0,
              cell?.reports ?? 0,
              group.reports,
              share(cell?.share ?? 0),
            ]);
          }
        }
      }
    }
  }
  return csv(COUNT_COLUMNS, rows);
}

/** Every criterion of the framework, and the unmapped bucket only when something is in it. */
function criteriaWithCounts(fw: FrameworkTrends) {
  return fw.criteria.filter((c) => c.id !== UNMAPPED || c.improvement.statements + c.strength.statements > 0);
}

/** Distinctive terms of each criterion's areas for improvement, ranked. */
export function termsCsv(result: TrendsResult): string {
  const rows: Array<Array<string | number | boolean | null>> = [];
  for (const fw of result.frameworks) {
    const titles = new Map(fw.criteria.map((c) => [c.id, c.title]));
    for (const entry of fw.distinctiveTerms) {
      entry.terms.forEach((term, i) => {
        rows.push([fw.framework, entry.criterionId, titles.get(entry.criterionId) ?? '', i + 1, term.term, term.score, term.count, entry.statements]);
      });
    }
  }
  return csv(TERM_COLUMNS, rows);
}

/** The statements behind a count. */
export function drillDownCsv(rows: DrillDownRow[]): string {
  return csv(
    DRILL_DOWN_COLUMNS,
    rows.map((r) => [
      r.framework,
      r.criterionId,
      r.criterionTitle,
      r.kind,
      r.year,
      r.grade,
      r.phase.join('; '),
      r.inspectorate,
      r.providerType,
      r.provider,
      r.report,
      r.file,
      r.synthetic,
      r.position,
      r.text,
    ]),
  );
}
