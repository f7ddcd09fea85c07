// Opens the written .docx as data (document.xml, comments.xml, numbering.xml) to check what an
// inspector will see in Word: section order, one running paragraph numbering, anchored comments,
// highlighted placeholders, no personal names; and that LibreOffice renders it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDraft } from '../../src/draft/index.js';
import { loadFramework } from '../../src/frameworks/index.js';
import type { DraftRequest, Framework } from '../../src/schemas/index.js';
import { allDocxText, convertToPdf, decode, docxParagraphs, hasSoffice, pdfText, readDocxPart } from '../helpers/docx.js';
import { iqtsObservations, plantedNames } from './fixtures/iqts-observations.js';
import { iteObservations } from './fixtures/ite-2025-observations.js';
import { obs } from './fixtures/make.js';

const dir = mkdtempSync(path.join(tmpdir(), 'drafter-draft-'));
let iqts: Framework;
let ite: Framework;

function request(out: string, framework: 'iqts' | 'ite-2025' = 'iqts', extra: Partial<DraftRequest> = {}): DraftRequest {
  return {
    notes: { file: 'notes.md', text: '', firstLine: 1 },
    framework,
    provider: framework === 'iqts' ? 'Northbridge University' : 'Riverside Teacher Training Partnership',
    dates: ['2026-03-09', '2026-03-12'],
    out,
    force: false,
    corpusDir: dir,
    ...extra,
  };
}

beforeAll(async () => {
  iqts = await loadFramework('iqts');
  ite = await loadFramework('ite-2025');
});

describe('writeDraft (iQTS)', () => {
  const out = path.join(dir, 'iqts.docx');
  let documentXml = '';
  let paragraphs: ReturnType<typeof docxParagraphs> = [];

  beforeAll(async () => {
    const result = await writeDraft(request(out), iqtsObservations, { framework: iqts });
    expect(result).toMatchObject({ out, observations: iqtsObservations.length, suggestedGrade: 'Grade 4' });
    expect(result.paragraphs).toBeGreaterThan(8);
    expect(result.placeholders).toBeGreaterThan(0);
    expect(result.lowConfidence).toBeGreaterThan(0);
    documentXml = readDocxPart(out, 'word/document.xml');
    paragraphs = docxParagraphs(documentXml);
  });

  it('lays the report out in the published section order, as real headings', () => {
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([
      'Summary of iQTS inspection and grading',
      'Purpose of iQTS inspection',
      'Information about this iQTS provider',
      'In-person inspection activities',
      'Remote inspection activities',
      'Summary of inspection findings',
      'Areas of strength',
      'Areas identified for improvement',
      'Compliance of provision with iQTS criteria',
      'Quality of leadership and management',
      'Quality of programme design and delivery',
      'Next steps',
      'Contact us',
      'Glossary of terms',
      'Annex A: Inspection gradings',
    ]);
    expect(documentXml).toMatch(/TOC \\h \\o &quot;1-2&quot;/); // a real contents field
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(iqts.text.reportTitle);
    expect(paragraphs.some((p) => p.text === 'Northbridge University')).toBe(true);
    expect(documentXml).toContain('9 to 12 March 2026');
  });

  it('numbers every judgement paragraph with one Word numbering that runs across sections', () => {
    const headingIndex = (text: string) => paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === text);
    const numbered = (from: number, to: number) => paragraphs.slice(from, to).filter((p) => p.numId && /<w:ilvl w:val="0"/.test(p.xml) && !p.text.startsWith('['));
    const lm = numbered(headingIndex('Quality of leadership and management'), headingIndex('Quality of programme design and delivery'));
    const pdd = numbered(headingIndex('Quality of programme design and delivery'), headingIndex('Next steps'));
    expect(lm.length).toBeGreaterThan(3);
    expect(pdd.length).toBeGreaterThan(3);
    const ids = new Set([...lm, ...pdd].map((p) => p.numId));
    expect(ids.size).toBe(1); // same w:num instance → numbering continues (1–n, then n+1…)
    const numbering = readDocxPart(out, 'word/numbering.xml');
    const numId = [...ids][0]!;
    const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
    expect(abstractId).toBeDefined();
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    expect(abstract).toContain('<w:numFmt w:val="decimal"/>');
    expect(abstract).toContain('<w:lvlText w:val="%1."/>');
    // Only this one instance uses the definition, so nothing restarts the count part-way.
    expect(numbering.match(new RegExp(`<w:abstractNumId w:val="${abstractId}"/>`, 'g'))).toHaveLength(1);
  });

  it('anchors every comment on a range of text and names note lines, criterion and confidence', () => {
    const comments = readDocxPart(out, 'word/comments.xml');
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(start, `comment ${id} start`).toBeGreaterThan(-1);
      expect(end, `comment ${id} end`).toBeGreaterThan(start);
      expect(documentXml).toContain(`<w:commentReference w:id="${id}"/>`);
      const ranged = documentXml.slice(start, end);
      expect(ranged, `comment ${id} covers text`).toMatch(/<w:t[ >][^<]+<\/w:t>/);
    }
    const text = decode(comments.replace(/<[^>]+>/g, ' '));
    expect(text).toMatch(/notes\.md:\d+/);
    expect(text).toMatch(/Criterion: LM2\.5/);
    expect(text).toMatch(/Classifier confidence: 0\.\d\d/);
    expect(text).toMatch(/Suggested overall grade: Grade 4/);
  });

  it('highlights every placeholder, low-confidence text and suggested grades', () => {
    const runs = [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    const placeholderRuns = runs.filter((run) => /<w:t[^>]*>[^<]*\[Inspector to complete/.test(run));
    expect(placeholderRuns.length).toBeGreaterThan(2);
    for (const run of placeholderRuns) expect(run).toContain('<w:highlight w:val="yellow"/>');
    expect(documentXml).toContain('[Inspector to complete: inspectorate]');
    expect(runs.some((run) => run.includes('<w:highlight w:val="cyan"/>') && /workload survey/i.test(run))).toBe(true);
    expect(runs.some((run) => run.includes('<w:highlight w:val="green"/>') && run.includes('Grade 4 (suggested)'))).toBe(true);
  });

  it('writes report register, not note shorthand', () => {
    const body = paragraphs.filter((p) => p.numId).map((p) => p.text).join('\n');
    expect(body).not.toMatch(/\b(v\.|QA|mtgs?|obs|esp\.|w\/|stds|reqs|wks)\b/);
    expect(body).toContain('However, mentor training is limited');
  });

  it('keeps every planted personal name out of the whole file, comments included', () => {
    const everything = allDocxText(out);
    for (const name of plantedNames) expect(everything).not.toContain(name);
  });

  it('has a header and a "Page X of Y" footer', () => {
    const footer = readDocxPart(out, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(readDocxPart(out, 'word/header1.xml')).toContain('Northbridge University');
  });
});

describe('writeDraft (ITE toolkit 2025)', () => {
  it('drafts one section per evaluation area with a suggested grade and compliance met / not met', async () => {
    const out = path.join(dir, 'ite.docx');
    const result = await writeDraft(request(out, 'ite-2025', { inspectorate: 'Ofsted' }), iteObservations, { framework: ite });
    expect(result.suggestedGrade).toMatch(/Inclusion: .+; .*Leadership: /);
    const paragraphs = docxParagraphs(readDocxPart(out, 'word/document.xml'));
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const areas = ite.sections.filter((s) => s.graded).map((s) => s.title);
    for (const area of areas) expect(headings).toContain(area);
    expect(headings.indexOf('Inclusion')).toBeLessThan(headings.indexOf('Leadership'));
    expect(paragraphs.filter((p) => p.style === 'GradeCallout').map((p) => p.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Grade: (Needs attention|Expected standard|Strong standard) \(suggested\)$/)]),
    );
    expect(paragraphs.some((p) => p.text === 'Compliance, including safeguarding')).toBe(true);
    expect(paragraphs.some((p) => /^Leaders should/.test(p.text))).toBe(true);
    expect(paragraphs[0]!.text).toBe('Ofsted');
  });
});

describe('writeDraft with tracked changes', () => {
  it('inserts note-derived text as tracked insertions by Drafter, leaving fixed text untracked', async () => {
    const out = path.join(dir, 'tracked.docx');
    await writeDraft(request(out, 'iqts', { trackChanges: true }), iqtsObservations, { framework: iqts });
    const xml = readDocxPart(out, 'word/document.xml');
    const insertions = [...xml.matchAll(/<w:ins [^>]*w:author="Drafter"[^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')));
    expect(insertions.join(' ')).toContain('However, mentor training is limited');
    expect(insertions.join(' ')).not.toContain('The purpose of iQTS inspection is to');
  });
});

describe('writeDraft refuses bad input with a one-line error', () => {
  it('never overwrites an existing file without force, and replaces it with force', async () => {
    const out = path.join(dir, 'exists.docx');
    writeFileSync(out, 'keep me');
    await expect(writeDraft(request(out), iqtsObservations, { framework: iqts })).rejects.toMatchObject({ code: 'output-exists' });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await writeDraft(request(out, 'iqts', { force: true }), iqtsObservations, { framework: iqts });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('reports an unwritable output folder', async () => {
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    // Root can write anywhere, so use a folder path that runs through a file: unwritable for anyone.
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const target = process.getuid?.() === 0 ? path.join(blocker, 'sub', 'draft.docx') : path.join(locked, 'draft.docx');
    await expect(writeDraft(request(target), iqtsObservations, { framework: iqts })).rejects.toMatchObject({ code: 'output-unwritable' });
  });

  it('refuses notes with no judgement at all', async () => {
    const out = path.join(dir, 'none.docx');
    await expect(writeDraft(request(out), [obs(1, 'context', 'compliance', 'C1.1', 'met the team')], { framework: iqts })).rejects.toMatchObject({
      code: 'no-observations',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a framework with no template', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'drafter-templates-'));
    await expect(writeDraft(request(path.join(dir, 'x.docx')), iqtsObservations, { framework: iqts, templatesDir: empty })).rejects.toMatchObject({
      code: 'template-missing',
    });
  });
});

describe.skipIf(!hasSoffice())('LibreOffice', () => {
  it('converts the iQTS and toolkit drafts to PDF with every section on the page', async () => {
    const iqtsOut = path.join(dir, 'lo-iqts.docx');
    const iteOut = path.join(dir, 'lo-ite.docx');
    await writeDraft(request(iqtsOut), iqtsObservations, { framework: iqts });
    await writeDraft(request(iteOut, 'ite-2025'), iteObservations, { framework: ite });
    const iqtsText = pdfText(convertToPdf(iqtsOut));
    expect(iqtsText).toContain('Quality of programme design and delivery');
    expect(iqtsText).toMatch(/Page 1 of \d/);
    expect(iqtsText).toMatch(/^\s*1\.\s+\S/m);
    const iteText = pdfText(convertToPdf(iteOut));
    expect(iteText).toContain('Professional behaviours, personal development and well-being');
  }, 120_000);
});
