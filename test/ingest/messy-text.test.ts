import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ingest/index.js';
import { asReport, expectIqtsSample, expectIteSample, iqtsText, iteText, root } from './samples.js';

/** Inserts page furniture (running title, "Page N of M") after the given line numbers (1-based). */
function withPageBreaks(text: string, afterLines: number[], header: string, style: (n: number) => string): string {
  const lines = text.split('\n');
  let page = 1;
  return lines
    .map((l, i) => (afterLines.includes(i + 1) ? `${l}\n\n${style(++page)}\n${header}\n\n` : l))
    .join('\n');
}

describe('messy extracted text', () => {
  it('mends a paragraph broken mid-sentence by a page break with a running header and "Page X of Y" footer', async () => {
    // break inside paragraph 12 and 18 (mid-sentence) and between other paragraphs
    const lines = iqtsText().split('\n');
    const p12 = lines.findIndex((l) => l.startsWith('12. ')) + 1;
    const p18 = lines.findIndex((l) => l.startsWith('18. ')) + 1;
    const text = withPageBreaks(iqtsText(), [45, 98, p12, 150, p18, 165], 'University of Derby iQTS inspection report', (n) => `Page ${n} of 12`);
    const r = asReport(await parseText(text, 'paged.txt'));
    expectIqtsSample(r);
    expect(r.diagnostics.map((d) => d.code)).toContain('page-debris-removed');
    expect(JSON.stringify(r)).not.toMatch(/Page \d+ of 12|iQTS inspection report University/);
  });

  it('drops bare page numbers between blank lines and keeps numbered paragraphs running across headings', async () => {
    const text = withPageBreaks(iteText(), [40, 84, 94, 105], 'Loughborough University ITE Partnership, 23 April 2018', (n) => String(n));
    expectIteSample(asReport(await parseText(text, 'numbers.txt')));
  });

  it('removes a contents list with dot leaders and page numbers', async () => {
    const text = iqtsText().replace(/^(.+)\t(\d+)$/gm, '$1 ........ $2');
    const r = asReport(await parseText(text, 'contents.txt'));
    expectIqtsSample(r);
    expect(r.diagnostics.find((d) => d.code === 'contents-removed')).toBeTruthy();
  });

  it.each([
    ['•', '•'],
    ['◼', '◼'],
    ['¢', '¢'],
    ['*', '*'],
    ['–', '–'],
  ])('reads summary lists bulleted with %s', async (_name, glyph) => {
    const text = iqtsText().replace(/^- /gm, `${glyph} `).replace(/^ - /gm, `  ${glyph} `);
    expectIqtsSample(asReport(await parseText(text, 'bullets.txt')));
    const ite = iteText().replace(/^- /gm, `${glyph} `).replace(/^ - /gm, `  ${glyph} `);
    expectIteSample(asReport(await parseText(ite, 'bullets.txt')));
  });

  it('reads summary lists numbered 1. 2. 3. (not taken for judgement paragraphs)', async () => {
    let n = 0;
    const text = iqtsText().replace(/^- (?=(?:The mentor|Quality assurance|Procedures|Mechanisms|Protocols))/gm, () => `${++n}. `);
    expect(n).toBe(5);
    expectIqtsSample(asReport(await parseText(text, 'numbered-list.txt')));
  });

  it('reads other templates\' summary headings ("Strengths", "Recommendations")', async () => {
    const text = iqtsText().replace(/^Area of strength$/m, 'Strengths').replace(/^Areas identified for improvement$/m, 'Recommendations');
    expectIqtsSample(asReport(await parseText(text, 'headings.txt')));
  });

  it('reads paragraph numbers extracted on a line of their own', async () => {
    expectIqtsSample(asReport(await parseText(iqtsText().replace(/^(\d+)\. /gm, '$1.\n'), 'bare-numbers.txt')));
  });

  it('reads a wrapped report (hard line breaks inside paragraphs, CRLF)', async () => {
    const wrapped = iqtsText()
      .split('\n')
      .map((l) => (l.length > 90 && /^\d+\. /.test(l) ? l.replace(/(.{60,80}?) /g, '$1\n') : l))
      .join('\r\n');
    expectIqtsSample(asReport(await parseText(wrapped, 'wrapped.txt')));
  });

  it('reads the iQTS report flattened onto one line', async () => {
    const flat = iqtsText().replace(/\s+/g, ' ');
    expect(flat).not.toContain('\n');
    const r = asReport(await parseText(flat, 'flat.txt'));
    expectIqtsSample(r);
    expect(r.diagnostics.map((d) => d.code)).toContain('text-flattened');
  });

  it('reads PDF text flattened onto one line, running header and "Page X of Y" inside the text', async () => {
    const { readPdfPages } = await import('../../src/ingest/read-pdf.js');
    const pages = await readPdfPages(readFileSync(`${root}test/fixtures/pdf/iqts-derby.pdf`), 'iqts-derby.pdf');
    const flat = pages.join(' ').replace(/\s+/g, ' ');
    expect(flat.match(/University of Derby · iQTS pilot inspection report/g)!.length).toBe(7);
    const r = asReport(await parseText(flat, 'flat-pdf.txt'));
    expectIqtsSample(r);
    expect(JSON.stringify(r.paragraphs)).not.toMatch(/Page \d of 7|iQTS pilot inspection report/);
  });

  it('reads the ITE PDF text flattened onto one line (its running header opens the first page too)', async () => {
    const { readPdfPages } = await import('../../src/ingest/read-pdf.js');
    const pages = await readPdfPages(readFileSync(`${root}test/fixtures/pdf/ite-2015-loughborough.pdf`), 'ite.pdf');
    const r = asReport(await parseText(pages.join(' ').replace(/\s+/g, ' '), 'flat-ite-pdf.txt'));
    expectIteSample(r);
  });

  it('reads the ITE 2015 report flattened onto one line, grade table included', async () => {
    const flat = iteText().replace(/\s+/g, ' ');
    expectIteSample(asReport(await parseText(flat, 'flat.txt')));
  });

  it('reads a flattened multi-phase grade table whose grades sit inside the row label', async () => {
    const text = readFileSync(`${root}test/fixtures/text/ite-2015-three-phase.txt`, 'utf8')
      .replace(/Overall effectiveness How well does the partnership secure consistently high-quality outcomes for trainees\?\t1\t2\t1/, 'Overall effectiveness How well does the partnership secure 1 2 1 consistently high-quality outcomes for trainees?')
      .replace(/\s+/g, ' ');
    expect(text).toContain('secure 1 2 1 consistently');
    const r = asReport(await parseText(text, 'flat-multi.txt'));
    expect(r.grades.filter((g) => g.judgement === 'Overall effectiveness')).toEqual([
      { judgement: 'Overall effectiveness', phase: 'Early years ITT', grade: '1' },
      { judgement: 'Overall effectiveness', phase: 'Primary QTS', grade: '2' },
      { judgement: 'Overall effectiveness', phase: 'Secondary QTS', grade: '1' },
    ]);
    expect(r.grades).toHaveLength(12);
    expect(r.paragraphs).toHaveLength(6);
  });
});

describe('flattened 2020-framework report', () => {
  it('reads the word grades per phase and the improvement points from one line', async () => {
    const flat = readFileSync(`${root}test/fixtures/text/ite-2020-two-phase.txt`, 'utf8').replace(/\s+/g, ' ');
    const r = asReport(await parseText(flat, 'flat2020.txt'));
    expect(r.framework).toBe('ite-2020');
    expect(r.grades).toHaveLength(6);
    expect(r.grades).toContainEqual({ judgement: 'Leadership and management', phase: 'Secondary age-phase', grade: 'Requires improvement' });
    expect(r.phases).toEqual(['Primary age-phase', 'Secondary age-phase']);
    expect(r.areasForImprovement).toHaveLength(3);
    expect(r.paragraphs.map((p) => p.section.split(':')[0])).toEqual(['Primary phase', 'Secondary phase']);
  });
});

describe('a report whose judgement table was lost in extraction', () => {
  it("takes each phase's overall effectiveness grade from its own section", async () => {
    const text = readFileSync(`${root}test/fixtures/text/ite-2015-three-phase.txt`, 'utf8').replace(/\tEarly years ITT[\s\S]*?across the partnership\t1\t3\t1\n/, '');
    const r = asReport(await parseText(text, 'no-table.txt'));
    expect(r.grades).toEqual([{ judgement: 'Overall effectiveness', phase: 'Early years', grade: '1' }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['grade-table-missing', 'grades-from-phase-sections']));
  });
});

describe('consistency', () => {
  it('warns when the judgement table and the phase section print different overall grades', async () => {
    const r = asReport(await parseText(iteText().replace('Grade: 1', 'Grade: 2'), 'mismatch.txt'));
    expect(r.diagnostics.find((d) => d.code === 'grade-mismatch')?.message).toBe('overall effectiveness is 1 in the judgement table but 2 in the Secondary section');
    expect(asReport(await parseText(iteText(), 'ok.txt')).diagnostics.find((d) => d.code === 'grade-mismatch')).toBeUndefined();
  });
});

describe('grade tables extracted one cell per line', () => {
  it('keeps grade cells separated by blank lines (they are not page numbers)', async () => {
    const text = readFileSync(`${root}test/fixtures/text/ite-2015-three-phase.txt`, 'utf8')
      .replace(/^(.*?)\t(\d)\t(\d)\t(\d)$/gm, '$1\n\n$2\n\n$3\n\n$4\n')
      .replace(/^\t(Early years ITT)\t(Primary QTS)\t(Secondary QTS)$/m, '$1\n$2\n$3');
    const r = asReport(await parseText(text, 'cells.txt'));
    expect(r.grades).toHaveLength(12);
    expect(r.grades.filter((g) => g.phase === 'Primary QTS').map((g) => g.grade)).toEqual(['2', '2', '2', '3']);
  });
});

describe('report shapes written by us (multi-phase)', () => {
  it('reads an ITE 2015 report with three phase columns, one GradeEntry per phase', async () => {
    const r = asReport(await parseText(readFileSync(`${root}test/fixtures/text/ite-2015-three-phase.txt`, 'utf8'), 'three.txt'));
    expect(r.framework).toBe('ite-2015');
    expect(r.provider).toBe('Fenland Teacher Training Partnership');
    expect(r.phases).toEqual(['Early years ITT', 'Primary QTS', 'Secondary QTS']);
    expect(r.inspectionDates).toEqual(['2016-05-09', '2016-11-14']);
    expect(r.grades).toHaveLength(12);
    expect(r.grades.find((g) => g.judgement.startsWith('The quality of leadership') && g.phase === 'Primary QTS')?.grade).toBe('3');
    expect(r.overallGrade).toBeNull();
    expect(r.providerType).toBe('SCITT');
    expect(r.strengths).toHaveLength(5);
    expect(r.areasForImprovement).toEqual([
      "share its best practice in assessing young children's progress across all placement settings.",
      "improve leaders' evaluation of the impact of training, so that: plans for improvement are sharply focused; governors hold leaders to account more effectively",
      "ensure that trainees' targets are precise.",
      'increase the proportion of trainees who gain employment in the region.',
    ]);
    expect(r.paragraphs.map((p) => `${p.section} ${p.number}`)).toEqual([
      'The early years phase: Inspection judgements 1',
      'The early years phase: Inspection judgements 2',
      'The primary phase: Inspection judgements 1',
      'The primary phase: Inspection judgements 2',
      'The secondary phase: Inspection judgements 1',
      'The secondary phase: Inspection judgements 2',
    ]);
    expect(r.compliance).toBe('The partnership complies with all the statutory initial teacher training criteria.');
  });

  it('reads an ITE 2020-framework report: per-phase word grades, improvement points, prose paragraphs', async () => {
    const r = asReport(await parseText(readFileSync(`${root}test/fixtures/text/ite-2020-two-phase.txt`, 'utf8'), 'ite2020.txt'));
    expect(r.framework).toBe('ite-2020');
    expect(r.provider).toBe('Harbourside Teacher Education Partnership');
    expect(r.inspectionDates).toEqual(['2022-02-28', '2022-03-03']);
    expect(r.phases).toEqual(['Primary age-phase', 'Secondary age-phase']);
    expect(r.grades).toContainEqual({ judgement: 'Overall effectiveness', phase: 'Secondary age-phase', grade: 'Requires improvement' });
    expect(r.grades).toContainEqual({ judgement: 'The quality of education and training', phase: 'Primary age-phase', grade: 'Good' });
    expect(r.grades).toHaveLength(6);
    expect(r.details['Previous inspection grade (Primary age-phase)']).toBe('Outstanding');
    expect(r.details['Inspection number']).toBe('10212345');
    expect(r.areasForImprovement).toHaveLength(3);
    expect(r.paragraphs).toHaveLength(5);
    expect(r.paragraphs[3].section).toBe('Secondary phase: What does the ITE partnership do well and what does it need to do better?');
    expect(r.providerType).toBe('SCITT');
    expect(r.compliance).toMatch(/^The partnership meets the DfE's initial teacher training criteria/);
    expect(r.diagnostics.map((d) => d.code)).toContain('paragraphs-unnumbered');
  });

  it('reads a renewed-framework (2026) report card: a grade per evaluation area, compliance met, narrative per area', async () => {
    const r = asReport(await parseText(readFileSync(`${root}test/fixtures/text/ite-2025-report-card.txt`, 'utf8'), 'card.txt'));
    expect(r.framework).toBe('ite-2025');
    expect(r.provider).toBe('Riverbank Teacher Training Partnership');
    expect(r.inspectionDates).toEqual(['2026-03-10', '2026-03-13']);
    expect(r.grades.map((g) => `${g.judgement}: ${g.grade}`)).toEqual([
      'Inclusion: Strong standard',
      'Curriculum, teaching and training: Expected standard',
      'Achievement: Expected standard',
      'Professional behaviours, personal development and well-being: Strong standard',
      'Leadership: Needs attention',
      'Compliance, including safeguarding: Met',
    ]);
    expect(r.overallGrade).toBeNull();
    expect(r.areasForImprovement).toHaveLength(2);
    expect(r.paragraphs.map((p) => p.section)).toEqual([
      'Inclusion',
      'Inclusion',
      'Curriculum, teaching and training',
      'Achievement',
      'Professional behaviours, personal development and well-being',
      'Leadership',
    ]);
    expect(r.paragraphs[0].text).toMatch(/^Leaders make sure/);
    expect(r.compliance).toBe("The provider meets the DfE's initial teacher training criteria.");
  });
});
