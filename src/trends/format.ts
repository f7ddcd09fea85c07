/** Plain-text tables of trend results for the terminal (no colour: it pastes cleanly into notes). */
import type { DrillDownRow, FrameworkTrends, TrendsResult } from './compute-trends.js';
import { UNMAPPED } from './count-themes.js';
import type { Dimension } from './dimensions.js';

export interface FormatOptions {
  /** Breakdown to show beside the totals. */
  by?: Dimension;
  /** Criteria rows shown per table (default 15). */
  top?: number;
  /** Distinctive-term lines shown (default 6). */
  termRows?: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}\u2026` : text;
}

function table(header: string[], rows: string[][], align: Array<'l' | 'r'>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Short ids ("LM2.5") lead the label; long path-like ids get their own last column instead. */
function label(id: string, title: string, width = 56): string {
  return truncate(id.length <= 6 ? `${id} ${title}` : title, width);
}

function needsIdColumn(ids: string[]): boolean {
  return ids.some((id) => id.length > 6 && id !== UNMAPPED);
}

function slope(fw: FrameworkTrends, id: string): string {
  const trend = fw.criteria.find((c) => c.id === id)?.yearTrend;
  if (!trend) return '';
  const points = trend.slope * 100;
  return `${points >= 0 ? '+' : ''}${points.toFixed(1)}`;
}

/** p-value as analysts write it. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return '';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

function corpusLine(result: TrendsResult): string[] {
  const c = result.corpus;
  const lines = [`${c.included} of ${c.reports} report${c.reports === 1 ? '' : 's'} counted`];
  if (c.excludedSynthetic > 0) lines.push(`${c.excludedSynthetic} synthetic report(s) left out (--include-synthetic to count them)`);
  if (c.otherFrameworks > 0) lines.push(`${c.otherFrameworks} under other frameworks`);
  const out = [lines.join('; ') + '.'];
  if (c.includedSynthetic > 0) {
    out.push(
      `NOTE: ${c.includedSynthetic === c.included ? 'all' : c.includedSynthetic} of these are SYNTHETIC reports made by drafter generate: the figures describe generated data, not real inspections.`,
    );
  }
  return out;
}

/** Totals per criterion, the chosen breakdown and distinctive terms, framework by framework. */
export function formatTrends(result: TrendsResult, options: FormatOptions = {}): string {
  const top = options.top ?? 15;
  const out: string[] = [...corpusLine(result)];
  if (result.frameworks.length === 0) out.push('', 'No reports to count.');
  for (const fw of result.frameworks) {
    out.push(
      '',
      `== ${fw.title} (${fw.framework}) ==`,
      `${fw.reports} reports; ${fw.statements.improvement} areas for improvement, ${fw.statements.strength} strengths` +
        (fw.statements.unmapped.improvement + fw.statements.unmapped.strength > 0
          ? ` (${fw.statements.unmapped.improvement + fw.statements.unmapped.strength} not mapped to a criterion)`
          : ''),
      '',
    );
    const rows = fw.criteria.filter((c) => c.improvement.statements + c.strength.statements > 0).slice(0, top);
    const hasTrend = rows.some((c) => c.yearTrend);
    const idColumn = needsIdColumn(rows.map((c) => c.id));
    out.push(
      'Criteria most raised as areas for improvement (reports raising it, share of reports; strengths alike)',
      table(
        ['criterion', 'AFI reports', 'AFI share', ...(hasTrend ? ['pts/yr', 'trend p'] : []), 'strength reports', 'strength share', ...(idColumn ? ['id'] : [])],
        rows.map((c) => [
          label(c.id, c.title, idColumn ? 48 : 56),
          String(c.improvement.reports),
          pct(c.improvement.share),
          ...(hasTrend ? [slope(fw, c.id), formatP(c.yearTrend?.p)] : []),
          String(c.strength.reports),
          pct(c.strength.share),
          ...(idColumn ? [c.id] : []),
        ]),
        ['l', 'r', 'r', ...(hasTrend ? (['r', 'r'] as const) : []), 'r', 'r', ...(idColumn ? (['l'] as const) : [])],
      ),
    );
    if (hasTrend) {
      out.push(
        '(pts/yr: change in the share of reports raising it as an area for improvement, percentage points a year, least squares over years with 5+ reports; trend p: Cochran\u2013Armitage test, small means a real trend)',
      );
    }
    if (options.by) out.push('', ...formatBreakdown(fw, options.by, top));
    const terms = fw.distinctiveTerms.filter((t) => t.criterionId !== UNMAPPED && t.terms.length > 0).slice(0, options.termRows ?? 6);
    if (terms.length) {
      out.push('', 'Terms most distinctive of each criterion\u2019s areas for improvement (log-odds z-score)');
      const titles = new Map(fw.criteria.map((c) => [c.id, c.title]));
      for (const entry of terms) {
        out.push(`  ${label(entry.criterionId, titles.get(entry.criterionId) ?? '', 48)}: ${entry.terms.slice(0, 6).map((t) => t.term).join(', ')}`);
      }
    }
  }
  return out.join('\n');
}

/** Share of each group's reports raising each criterion as an area for improvement. */
export function formatBreakdown(fw: FrameworkTrends, dimension: Dimension, top = 15): string[] {
  const b = fw.breakdowns[dimension];
  const criteria = fw.criteria.filter((c) => c.id !== UNMAPPED && c.improvement.reports > 0).slice(0, top);
  const cells = new Map(b.cells.filter((c) => c.kind === 'improvement').map((c) => [`${c.group}\u0000${c.criterionId}`, c]));
  const tests = new Map(b.tests.map((t) => [t.criterionId, t]));
  const withP = dimension !== 'phase' && b.groups.length > 1;
  const idColumn = needsIdColumn(criteria.map((c) => c.id));
  const lines = [
    `Areas for improvement by ${dimension}: share of each group's reports raising the criterion` +
      (dimension === 'phase' ? ' (a report covering several phases counts in each)' : ''),
    table(
      ['criterion', ...b.groups.map((g) => `${g.value} (${g.reports})`), ...(withP ? ['p'] : []), ...(idColumn ? ['id'] : [])],
      criteria.map((c) => [
        label(c.id, c.title, 48),
        ...b.groups.map((g) => pct(cells.get(`${g.value}\u0000${c.id}`)?.share ?? 0)),
        ...(withP ? [formatP(tests.get(c.id)?.p)] : []),
        ...(idColumn ? [c.id] : []),
      ]),
      ['l', ...b.groups.map(() => 'r' as const), ...(withP ? (['r'] as const) : []), ...(idColumn ? (['l'] as const) : [])],
    ),
  ];
  if (withP) lines.push('(p: chi-squared test that the share is the same in every group; small means the groups really differ)');
  return lines;
}

/** The statements behind a count, one block per statement. */
export function formatDrillDown(rows: DrillDownRow[], criterion: string): string {
  if (rows.length === 0) return `No statements mapped to ${criterion}.`;
  const out = [`${rows.length} statement${rows.length === 1 ? '' : 's'} mapped to ${label(rows[0].criterionId, rows[0].criterionTitle, 90)}`];
  let kind = '';
  for (const r of rows) {
    if (r.kind !== kind) {
      kind = r.kind;
      out.push('', kind === 'improvement' ? 'Areas for improvement' : 'Strengths');
    }
    out.push(
      `  ${r.year}  ${r.grade}  ${r.providerType}  ${r.inspectorate}  ${r.phase.join('/')}  ${r.provider}${r.synthetic ? ' (synthetic)' : ''}  [${r.report.slice(0, 12)}]`,
      `    ${r.position}. ${r.text}`,
    );
  }
  return out.join('\n');
}
