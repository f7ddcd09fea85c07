// A fresh draft from the sample notes, read back and reviewed (the inspector's first check): the
// read-back has the draft's provider, grades, lists and numbered paragraphs, and the only errors are
// the parts the inspector must complete (placeholders, suggested grades). Calls the stages
// directly; the CLI faces of draft and review have their own end-to-end tests.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDraft } from '../../src/draft/index.js';
import { createReviewContext } from '../../src/review/default-context.js';
import { loadReportFiles } from '../../src/review/review-files.js';
import { reviewReports } from '../../src/review/index.js';
import type { Finding, Report } from '../../src/schemas/index.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'drafter-roundtrip-'));
});

async function draftAndReview(framework: 'iqts' | 'ite-2025', notes: string, provider: string, dates: string[]): Promise<{ report: Report; findings: Finding[] }> {
  const out = path.join(work, `${framework}.docx`);
  await runDraft({
    notes: { file: path.basename(notes), text: readFileSync(notes, 'utf8'), firstLine: 1 },
    framework,
    provider,
    dates,
    out,
    force: true,
    corpusDir: path.join(work, 'corpus'),
  });
  const { reports, lines, problems } = await loadReportFiles([out]);
  expect(problems).toEqual([]);
  expect(reports).toHaveLength(1);
  const findings = reviewReports(reports, createReviewContext({ documentLines: lines }));
  return { report: reports[0], findings };
}

/** The errors a fresh draft must carry: what the inspector has to complete, nothing else. */
function expectOnlyInspectorErrors(findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.kind).toBe('shorthand');
    expect(e.message).toMatch(/placeholder was left to fill in|suggested judgement was never confirmed/);
  }
  expect(errors.some((e) => /suggested judgement/.test(e.message))).toBe(true);
  expect(errors.some((e) => /placeholder/.test(e.message))).toBe(true);
  // a draft is numbered in order from 1, so the numbering check has nothing to say
  expect(findings.filter((f) => f.kind === 'numbering')).toEqual([]);
  expect(findings.filter((f) => f.kind === 'personal-name')).toEqual([]);
}

function expectCleanParagraphs(report: Report): void {
  expect(report.paragraphs.length).toBeGreaterThan(5);
  expect(report.paragraphs.map((p) => p.number)).toEqual(report.paragraphs.map((_, i) => i + 1));
  for (const p of report.paragraphs) {
    expect(p.text).not.toMatch(/^(?:\d{1,3}[.)]\s|[•\-*]\s|Recommendations\b|Grade:)/);
  }
}

describe('a fresh draft, read back and reviewed', () => {
  it('iQTS: provider, dates, overall grade, lists and paragraphs from 1 (the compliance statement is not a paragraph)', async () => {
    const { report, findings } = await draftAndReview('iqts', 'corpus/samples/notes/iqts-sample-notes.md', 'University of Testshire', ['2024-03-18', '2024-03-21']);
    expect(report.framework).toBe('iqts');
    expect(report.provider).toBe('University of Testshire');
    expect(report.inspectionDates).toEqual(['2024-03-18', '2024-03-21']);
    expect(report.grades.map((g) => g.judgement)).toContain('Overall grade');
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(report.areasForImprovement.length).toBeGreaterThan(0);
    expect(report.paragraphs.some((p) => /compliant with the iQTS criteria/i.test(p.text))).toBe(false);
    expectCleanParagraphs(report);
    expectOnlyInspectorErrors(findings);
  }, 60_000);

  it('ITE 2025: provider (not the inspectorate), area grades, strengths, recommendations as improvements, numbered paragraphs', async () => {
    const { report, findings } = await draftAndReview('ite-2025', 'corpus/samples/notes/ite-2025-sample-notes.md', 'Riverside Teacher Training Partnership', ['2026-05-18', '2026-05-21']);
    expect(report.framework).toBe('ite-2025');
    expect(report.provider).toBe('Riverside Teacher Training Partnership');
    expect(report.inspectionDates).toEqual(['2026-05-18', '2026-05-21']);
    expect(report.grades.map((g) => g.judgement)).toEqual([
      'Inclusion',
      'Curriculum, teaching and training',
      'Achievement',
      'Professional behaviours, personal development and well-being',
      'Leadership',
      'Compliance, including safeguarding',
    ]);
    for (const g of report.grades) expect(g.grade).toMatch(/^(?:Exceptional|Strong standard|Expected standard|Needs attention|Urgent improvement|Met|Not met)$/);
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(report.areasForImprovement.length).toBeGreaterThan(0);
    // each recommendation once, though the draft prints it under its area and in the summary list
    expect(new Set(report.areasForImprovement).size).toBe(report.areasForImprovement.length);
    expectCleanParagraphs(report);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('grade-missing');
    expectOnlyInspectorErrors(findings);
  }, 60_000);
});
