import type { Finding, FindingKind, Severity } from '../schemas/index.js';
import type { AnalysedReport } from './analyse.js';

/** Builds a finding located in a report. */
export function findingIn(
  report: AnalysedReport,
  severity: Severity,
  kind: FindingKind,
  section: string | null,
  paragraph: number | null,
  message: string,
): Finding {
  return { file: report.file, severity, kind, location: { section, paragraph }, message };
}

/** Section names for the summary lists, as the framework's report template prints them. */
export function summaryHeading(report: AnalysedReport, list: 'strengths' | 'improvements'): string {
  const text = report.framework?.text ?? {};
  const key = list === 'strengths' ? 'strengthsHeading' : 'improvementsHeading';
  const printed = text[key];
  if (typeof printed === 'string' && printed.trim()) return printed.trim();
  return list === 'strengths' ? 'Key strengths' : 'Areas for improvement';
}

/** "paragraphs 3, 4 and 9" */
export function listNumbers(numbers: number[], max = 6): string {
  const shown = numbers.slice(0, max).map(String);
  const more = numbers.length > max ? ` and ${numbers.length - max} more` : '';
  if (shown.length <= 1) return `${shown.join('')}${more}`;
  if (more) return `${shown.join(', ')}${more}`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
