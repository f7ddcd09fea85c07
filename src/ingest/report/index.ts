import type { Diagnostic, Report } from '../../schemas/index.js';
import type { Line } from '../lines.js';
import { segment } from './sections.js';
import { parseIqtsReport } from './iqts.js';
import { parseIte2015Report } from './ite2015.js';
import { parseIte2020Report } from './ite2020.js';
import { looksLikeIte2025Report, parseIte2025Report } from './ite2025.js';

export type ReportShape = 'iqts' | 'ite-2015' | 'ite-2020' | 'ite-2025';

/** Which report shape the text has, or null when it does not read as an inspection report. */
export function detectReportShape(text: string): ReportShape | null {
  const head = text.slice(0, 4000);
  const isReportTitle = /inspection report/i.test(head.slice(0, 1500)) && /Inspection dates?\b/i.test(head);
  const iqts = /\biQTS\b|International qualified teacher status/i.test(head);
  const ite20 = /What is it like to be a trainee|do well and what does it need to do better|quality of education and training/i.test(text);
  const ite15 =
    /Key to judgements|Key strengths of the|The outcomes for trainees|need to do to improve further|Initial teacher education inspection report/i.test(text);
  let structural = 0;
  if (/\n\s*(?:\d{1,2})\.\s+[A-Z]/.test(text)) structural++;
  if (/Areas? (?:identified )?for improvement|need to do to improve/i.test(text)) structural++;
  if (/Areas? of strength|Key strengths/i.test(text)) structural++;
  if (/\bGrade:?\s*[1-4]\b|Overall effectiveness/i.test(text)) structural++;
  const ite25 = looksLikeIte2025Report(text);
  if (ite25) structural++;
  if (!isReportTitle && structural < 3) return null;
  if (ite25 && !iqts) return 'ite-2025';
  if (iqts && !ite20 && !/Key to judgements/i.test(head)) return 'iqts';
  if (ite20) return 'ite-2020';
  if (ite15) return 'ite-2015';
  if (iqts) return 'iqts';
  return null;
}

export function parseReportLines(shape: ReportShape, lines: Line[], diagnostics: Diagnostic[]): Omit<Report, 'kind' | 'source' | 'diagnostics'> {
  const sections = segment(lines);
  switch (shape) {
    case 'iqts':
      return parseIqtsReport(sections, diagnostics);
    case 'ite-2015':
      return parseIte2015Report(sections, diagnostics);
    case 'ite-2020':
      return parseIte2020Report(sections, diagnostics);
    case 'ite-2025':
      return parseIte2025Report(sections, diagnostics);
  }
}
