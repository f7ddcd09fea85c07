import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedDocument, Report } from '../../src/schemas/index.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const IQTS_TXT = `${root}corpus/samples/reports/iqts-university-of-derby-2024.txt`;
export const ITE_TXT = `${root}corpus/samples/reports/ite-2015-loughborough-university-2018.txt`;
export const iqtsText = () => readFileSync(IQTS_TXT, 'utf8');
export const iteText = () => readFileSync(ITE_TXT, 'utf8');

export function asReport(doc: ParsedDocument): Report {
  expect(doc.kind).toBe('report');
  return doc as Report;
}

/** Every contract field of the iQTS seed (University of Derby, 2024). */
export function expectIqtsSample(r: Report): void {
  expect(r.framework).toBe('iqts');
  expect(r.provider).toBe('University of Derby');
  expect(r.inspectorate).toBe('Independent Schools Inspectorate');
  expect(r.providerType).toBe('HEI');
  expect(r.inspectionDates).toEqual(['2024-03-18', '2024-03-21']);
  expect(r.phases).toEqual(['Primary']);
  expect(r.grades).toEqual([{ judgement: 'Overall grade', phase: null, grade: 'Grade 3' }]);
  expect(r.overallGrade).toBe('Grade 3');
  expect(r.compliance).toBe('The provider is compliant with the iQTS criteria.');
  expect(r.strengths).toHaveLength(1);
  expect(r.strengths[0]).toMatch(/^The evidence-based central training programme .* considerable teaching experience\.$/);
  expect(r.areasForImprovement).toHaveLength(5);
  expect(r.areasForImprovement[4]).toMatch(/^Protocols for information sharing .* partnership agreement\.$/);
  expect(r.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  expect(r.paragraphs.filter((p) => p.section === 'Quality of leadership and management').map((p) => p.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  expect(r.paragraphs.filter((p) => p.section === 'Quality of programme delivery and design').map((p) => p.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 15));
  // paragraph 12 and 18 were split across a page break mid-sentence
  expect(r.paragraphs[11].text).toContain('Separate data sharing and processing agreements outline');
  expect(r.paragraphs[11].text).toMatch(/relevant to each partner school\.$/);
  expect(r.paragraphs[17].text).toContain('training sessions are scheduled to work across different time zones');
  expect(r.paragraphs[27].text).toMatch(/^Course leaders have implemented adequate procedures .* end of their programme\.$/);
  for (const p of r.paragraphs) expect(p.text).not.toMatch(/\n|Page \d+ of|^\d+\./);
  expect(r.details['Grade descriptor']).toMatch(/^The provision is compliant .* minor issues identified for improvement\.$/);
  expect(r.details['In-person inspection activities']).toContain('visiting one overseas placement school');
}

/** Every contract field of the Ofsted ITE 2015-handbook seed (Loughborough University, 2018). */
export function expectIteSample(r: Report): void {
  expect(r.framework).toBe('ite-2015');
  expect(r.provider).toBe('Loughborough University ITE Partnership');
  expect(r.inspectorate).toBe('Ofsted');
  expect(r.providerType).toBe('HEI');
  expect(r.inspectionDates).toEqual(['2018-04-23', '2018-10-01']);
  expect(r.phases).toEqual(['Secondary QTS']);
  expect(r.grades).toEqual([
    { judgement: 'Overall effectiveness', phase: null, grade: '1' },
    { judgement: 'The outcomes for trainees', phase: null, grade: '1' },
    { judgement: 'The quality of training across the partnership', phase: null, grade: '1' },
    { judgement: 'The quality of leadership and management across the partnership', phase: null, grade: '1' },
  ]);
  expect(r.overallGrade).toBe('1');
  expect(r.strengths).toHaveLength(11);
  expect(r.strengths[0]).toBe("Outstanding leadership has secured trainees' outstanding outcomes.");
  expect(r.areasForImprovement).toHaveLength(2);
  expect(r.areasForImprovement[0]).toMatch(/^ensure that all trainees' end-of-programme targets .* so that: trainees know their next steps in their NQT year; leaders of employing schools know precisely/);
  expect(r.areasForImprovement[1]).toMatch(/^further develop initiatives .* female trainees achieve\.$/);
  expect(r.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  expect(new Set(r.paragraphs.map((p) => p.section))).toEqual(new Set(['Inspection judgements']));
  expect(r.paragraphs[7].text).toContain('Committee members provide effective challenge');
  expect(r.paragraphs[14].text).toContain('They established clear routines, had high expectations');
  expect(r.compliance).toBe('The provider complies fully with the statutory criteria that all providers of initial teacher training must meet.');
  expect(r.details).toMatchObject({
    'Unique reference number': '70042',
    'Inspection number': '1040483',
    'Type of ITE partnership': 'Higher education institute',
    'Phases provided': 'Secondary',
    'Date of previous inspection': '10–14 January 2011',
    'Lead inspector': 'Simon Hollingsworth, HMI',
  });
  expect(r.details['Provider address']).toMatch(/LE11 3TU$/);
}
