// Review against real reports: the two published samples must pass without error or warning
// findings, and planted copies of them must have every planted fault found.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { createReviewContext } from '../../src/review/default-context.js';
import { reviewReports } from '../../src/review/index.js';
import type { Finding, Report } from '../../src/schemas/index.js';

const root = new URL('../../', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);

async function report(url: URL, name: string): Promise<Report> {
  const doc = await parseDocument(await readFile(url), name);
  if (doc.kind !== 'report') throw new Error(`${name} did not parse as a report`);
  return doc;
}

const derby = () => report(new URL('corpus/samples/reports/iqts-university-of-derby-2024.txt', root), 'derby.txt');
const loughborough = () => report(new URL('corpus/samples/reports/ite-2015-loughborough-university-2018.txt', root), 'loughborough.txt');
const plantedA = () => report(new URL('iqts-planted-a.txt', fixtures), 'planted-a.txt');
const plantedB = () => report(new URL('iqts-planted-b.txt', fixtures), 'planted-b.txt');

const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');
const of = (findings: Finding[], file: string, kind: string) => findings.filter((f) => f.file === file && f.kind === kind);

describe('reviewReports on the real samples', () => {
  it('passes the Derby iQTS and Loughborough ITE reports with no error or warning, alone or together', async () => {
    const reports = [await derby(), await loughborough()];
    const context = createReviewContext();
    expect(serious(reviewReports([reports[0]], context))).toEqual([]);
    expect(serious(reviewReports([reports[1]], context))).toEqual([]);
    expect(serious(reviewReports(reports, context))).toEqual([]);
  });

  it('notes, as info only, the Derby paragraphs whose "However" weakness is not among its areas for improvement', async () => {
    const findings = reviewReports([await derby()], createReviewContext());
    expect(findings.map((f) => [f.severity, f.kind, f.location.paragraph])).toEqual([
      ['info', 'summary-body', 7],
      ['info', 'summary-body', 14],
      ['info', 'summary-body', 26],
    ]);
  });
});

describe('reviewReports on planted faults', () => {
  it('finds every fault planted in a copy of the Derby report', async () => {
    const findings = reviewReports([await plantedA()], createReviewContext());
    const file = 'planted-a.txt';

    const grade = of(findings, file, 'grade-narrative');
    expect(grade).toHaveLength(1);
    expect(grade[0].severity).toBe('warning');
    expect(grade[0].message).toMatch(/Grade 1 is the top grade.*5 areas for improvement/);

    const summary = of(findings, file, 'summary-body').filter((f) => f.severity === 'warning');
    expect(summary.map((f) => f.message)).toEqual([expect.stringMatching(/^Summary area for improvement 3 \("Procedures to monitor trainees' workload/)]);

    expect(of(findings, file, 'numbering').map((f) => [f.location.paragraph, f.message])).toEqual([[12, 'Numbering jumps from 10 to 12: paragraph 11 is missing.']]);

    const names = of(findings, file, 'personal-name');
    expect(names.map((f) => [f.severity, f.location.paragraph])).toEqual([
      ['error', 21],
      ['error', 25],
    ]);
    // Located by position and initials; the name itself never appears in a finding.
    expect(names[0].message).toContain('Mrs O…');
    expect(names[1].message).toContain('D… H…');
    for (const f of findings) expect(f.message).not.toMatch(/Okafor|Daniel|Hughes/);

    const shorthand = of(findings, file, 'shorthand');
    expect(shorthand.filter((f) => f.severity === 'error').map((f) => f.location.paragraph)).toEqual([20]);
    expect(shorthand.filter((f) => f.location.paragraph === 19).map((f) => f.message)).toEqual([
      expect.stringContaining('"v."'),
      expect.stringContaining('"w/"'),
      expect.stringContaining('trainee 3'),
    ]);

    expect(of(findings, file, 'style').map((f) => [f.severity, f.location.paragraph])).toEqual([['warning', 22]]);
    expect(of(findings, file, 'terminology').map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringContaining('"well-being" (1×) and "wellbeing"')],
    ]);
  });

  it('finds a paragraph copied across reports and the same wording judged both ways', async () => {
    const findings = reviewReports([await derby(), await plantedB()], createReviewContext());
    const boilerplate = findings.filter((f) => f.kind === 'boilerplate');
    expect(boilerplate.map((f) => [f.file, f.location.paragraph, f.severity])).toEqual([
      ['derby.txt', 17, 'warning'],
      ['planted-b.txt', 5, 'warning'],
    ]);
    const polarity = findings.filter((f) => f.kind === 'polarity-inconsistency');
    expect(polarity.map((f) => [f.file, f.location.paragraph])).toEqual([
      ['derby.txt', 16],
      ['planted-b.txt', 4],
    ]);
    expect(polarity[0].message).toMatch(/judged a strength.*planted-b\.txt paragraph 4.*judged a weakness/);
    const terms = findings.filter((f) => f.kind === 'terminology');
    expect(terms.map((f) => [f.file, f.severity])).toEqual([
      ['derby.txt', 'info'],
      ['planted-b.txt', 'info'],
    ]);
    expect(terms[1].message).toContain('"QA"');
  });

  it('reports a report that repeats another almost whole once, not paragraph by paragraph', async () => {
    const findings = reviewReports([await plantedA(), await derby()], createReviewContext()).filter((f) => f.kind === 'boilerplate');
    expect(findings.map((f) => [f.file, f.severity, f.location.paragraph])).toEqual([
      ['planted-a.txt', 'warning', null],
      ['derby.txt', 'warning', null],
    ]);
    expect(findings[0].message).toMatch(/^32 of 32 paragraphs and summary points are nearly identical to derby\.txt/);
  });

  it('compares with reference reports without raising findings on them', async () => {
    const findings = reviewReports([await plantedB()], createReviewContext({ reference: [await derby()] }));
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['planted-b.txt']));
    expect(findings.filter((f) => f.kind === 'boilerplate').map((f) => f.message)).toEqual([expect.stringContaining('derby.txt paragraph 17')]);
    expect(findings.filter((f) => f.kind === 'polarity-inconsistency')).toHaveLength(1);
  });
});
