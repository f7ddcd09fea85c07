import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Finding, Severity } from '../schemas/index.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Findings by file, in the order files were given. */
export function groupByFile(findings: Finding[], files: string[] = []): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>(files.map((f) => [f, []]));
  for (const finding of findings) {
    const list = groups.get(finding.file) ?? [];
    list.push(finding);
    groups.set(finding.file, list);
  }
  return groups;
}

function counts(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function locationText(finding: Finding): string {
  const { section, paragraph } = finding.location;
  if (section && paragraph !== null) return `${section}, ¶${paragraph}`;
  if (paragraph !== null) return `¶${paragraph}`;
  return section ?? 'whole report';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line of totals: "2 errors, 5 warnings, 3 info in 4 reports". */
export function summaryLine(findings: Finding[], reports: number): string {
  const c = counts(findings);
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${plural(reports, 'report')}`;
}

/** The terminal listing: per file, one finding per line (severity, kind, where), the message indented below. */
export function formatTerminal(findings: Finding[], files: string[], options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColour: Record<Severity, string> = { error: '31;1', warning: '33', info: '36' };
  const lines: string[] = [];
  for (const [file, list] of groupByFile(findings, files)) {
    const c = counts(list);
    lines.push(paint('1', file) + `  (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)`);
    if (list.length === 0) lines.push('  no findings');
    for (const f of list) {
      lines.push(`  ${paint(severityColour[f.severity], f.severity.padEnd(7))} ${f.kind.padEnd(22)} ${locationText(f)}`);
      lines.push(`      ${f.message}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(findings, files.length));
  return lines.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface ReviewMeta {
  title?: string;
  generatedAt?: Date;
}

function kindsOf(list: Finding[]): string {
  const tally = new Map<string, number>();
  for (const f of list) tally.set(f.kind, (tally.get(f.kind) ?? 0) + 1);
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** A self-contained HTML review report: a summary table per file, then each file's findings. */
export function renderHtml(findings: Finding[], files: string[], meta: ReviewMeta = {}): string {
  const title = meta.title ?? 'Drafter consistency review';
  const when = (meta.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const groups = groupByFile(findings, files);
  const summaryRows = [...groups]
    .map(([file, list]) => {
      const c = counts(list);
      return `<tr><td><a href="#f${[...groups.keys()].indexOf(file)}">${escapeHtml(file)}</a></td><td class="n error">${c.error}</td><td class="n warning">${c.warning}</td><td class="n info">${c.info}</td><td>${escapeHtml(kindsOf(list))}</td></tr>`;
    })
    .join('\n');
  const sections = [...groups]
    .map(([file, list], i) => {
      const rows = list
        .map(
          (f) =>
            `<tr class="${f.severity}"><td>${f.severity}</td><td>${escapeHtml(f.kind)}</td><td>${escapeHtml(f.location.section ?? '')}</td><td class="n">${f.location.paragraph ?? ''}</td><td>${escapeHtml(f.message)}</td></tr>`,
        )
        .join('\n');
      return `<h2 id="f${i}">${escapeHtml(file)}</h2>\n${
        list.length
          ? `<table><thead><tr><th>Severity</th><th>Kind</th><th>Section</th><th>¶</th><th>Finding</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
          : '<p>No findings.</p>'
      }`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#0b0c0c;max-width:70em}
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #b1b4b6;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f3f2f1}td.n{text-align:right}tr.error td:first-child,td.error{color:#d4351c;font-weight:bold}
tr.warning td:first-child,td.warning{color:#b35900}tr.info td:first-child,td.info{color:#1d70b8}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summaryLine(findings, groups.size))}. Generated ${escapeHtml(when)} UTC. Personal names are shown by initials only.</p>
<table><thead><tr><th>Report</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Kinds</th></tr></thead><tbody>
${summaryRows}
</tbody></table>
${sections}
</body></html>
`;
}

const SEVERITY_FILL: Record<Severity, string> = { error: 'F6D7D2', warning: 'FCE8C8', info: 'D2E2F1' };

function cell(text: string, options: { bold?: boolean; fill?: string; width?: number; align?: 'right' } = {}): TableCell {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : undefined,
        children: [new TextRun({ text, bold: options.bold, size: 18 })],
      }),
    ],
  });
}

/** A circulable Word review report: summary table, then a findings table per report. */
export async function renderDocx(findings: Finding[], files: string[], meta: ReviewMeta = {}): Promise<Buffer> {
  const title = meta.title ?? 'Drafter consistency review';
  const when = (meta.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const groups = groupByFile(findings, files);
  const header = (labels: string[], widths: number[]) =>
    new TableRow({ tableHeader: true, children: labels.map((l, i) => cell(l, { bold: true, fill: 'F3F2F1', width: widths[i] })) });
  const summary = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      header(['Report', 'Errors', 'Warnings', 'Info', 'Kinds'], [36, 9, 9, 9, 37]),
      ...[...groups].map(([file, list]) => {
        const c = counts(list);
        return new TableRow({
          children: [
            cell(file),
            cell(String(c.error), { align: 'right', fill: c.error ? SEVERITY_FILL.error : undefined }),
            cell(String(c.warning), { align: 'right', fill: c.warning ? SEVERITY_FILL.warning : undefined }),
            cell(String(c.info), { align: 'right' }),
            cell(kindsOf(list)),
          ],
        });
      }),
    ],
  });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun(`${summaryLine(findings, groups.size)}. Generated ${when} UTC. Personal names are shown by initials only.`)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Summary')] }),
    summary,
  ];
  for (const [file, list] of groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(file)] }));
    if (list.length === 0) {
      children.push(new Paragraph('No findings.'));
      continue;
    }
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          header(['Severity', 'Kind', 'Where', 'Finding'], [10, 15, 20, 55]),
          ...list.map(
            (f) =>
              new TableRow({
                cantSplit: true,
                children: [cell(f.severity, { bold: f.severity === 'error', fill: SEVERITY_FILL[f.severity] }), cell(f.kind), cell(locationText(f)), cell(f.message)],
              }),
          ),
        ],
      }),
    );
  }
  const document = new Document({
    creator: 'Drafter',
    title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}
