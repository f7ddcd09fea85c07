import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../../src/ingest/index.js';
import { asReport, expectIqtsSample, expectIteSample, iqtsText, iteText, root } from './samples.js';

const fixture = (name: string) => readFileSync(`${root}test/fixtures/pdf/${name}`);

/** The fields that must not depend on the file format. */
function contract(r: ReturnType<typeof asReport>) {
  const { provider, framework, inspectionDates, phases, grades, overallGrade, strengths, areasForImprovement, paragraphs, compliance, providerType } = r;
  return { provider, framework, inspectionDates, phases, grades, overallGrade, strengths, areasForImprovement, paragraphs, compliance, providerType };
}

describe('real multi-page PDFs (LibreOffice, running header, "Page X of Y" footer)', () => {
  it('parses the iQTS PDF to the same report as the text', async () => {
    const pdf = asReport(await parseDocument(fixture('iqts-derby.pdf'), 'iqts-derby.pdf'));
    expectIqtsSample(pdf);
    expect(pdf.source).toMatchObject({ format: 'pdf', pages: 7 });
    expect(contract(pdf)).toEqual(contract(asReport(await parseText(iqtsText()))));
    expect(pdf.diagnostics.find((d) => d.code === 'page-furniture-removed')?.message).toMatch(/from 7 pages/);
    expect(JSON.stringify(pdf)).not.toMatch(/Page \d of 7|pilot inspection report University of Derby ·/);
  });

  it('parses the ITE 2015 PDF to the same report as the text', async () => {
    const pdf = asReport(await parseDocument(fixture('ite-2015-loughborough.pdf'), 'ite.pdf'));
    expectIteSample(pdf);
    expect(contract(pdf)).toEqual(contract(asReport(await parseText(iteText()))));
    expect(pdf.details['Previous inspection report']).toBe('https://reports.ofsted.gov.uk/provider/41/70042');
  });
});

describe('Word documents', () => {
  it('keeps Word auto-numbering (one definition continuing across headings) and bullets', async () => {
    const doc = asReport(await parseDocument(fixture('iqts-derby.docx'), 'iqts-derby.docx'));
    expectIqtsSample(doc);
    expect(doc.source?.format).toBe('docx');
    // headers and footers are not body text
    expect(JSON.stringify(doc)).not.toContain('Page ');
  });

  it('reads the ITE 2015 Word version, nested bullets included', async () => {
    const doc = asReport(await parseDocument(fixture('ite-2015-loughborough.docx'), 'ite.docx'));
    expectIteSample(doc);
  });
});

describe('long PDFs', () => {
  it('reads a 60-page PDF page by page with progress, removing the header and footer of every page', async () => {
    const { textPdf, longReportPages } = await import('./text-pdf.js');
    const { pages, paragraphs } = longReportPages(60);
    const progress: number[] = [];
    const r = asReport(await parseDocument(textPdf(pages), 'long.pdf', { onProgress: (p) => progress.push(p.done) }));
    expect(progress.at(-1)).toBe(60);
    expect(progress.length).toBeGreaterThan(2);
    expect(r.source?.pages).toBe(60);
    expect(r.provider).toBe('Northfield Institute of Education');
    expect(r.paragraphs).toHaveLength(paragraphs);
    for (const p of r.paragraphs) expect(p.text).toMatch(new RegExp(`^[A-Z][a-z]+.* record what they find .* so that paragraph ${p.number} is one whole paragraph however the pages fall\\.$`));
    expect(r.diagnostics.find((d) => d.code === 'page-furniture-removed')?.message).toMatch(/removed 120 /);
  });
});

describe('partly scanned PDFs', () => {
  it('parses the text pages and warns about the pages with no text', async () => {
    const { textPdf, longReportPages } = await import('./text-pdf.js');
    const { pages } = longReportPages(6);
    pages.splice(3, 0, []);
    const r = asReport(await parseDocument(textPdf(pages), 'mixed.pdf'));
    const warning = r.diagnostics.find((d) => d.code === 'pdf-pages-without-text');
    expect(warning).toMatchObject({ severity: 'warning', page: 4 });
    expect(warning?.message).toMatch(/^1 of 7 pages have no text/);
  });
});
