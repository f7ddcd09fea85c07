import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { DrafterError, formatIssues } from '../errors.js';
import { looksLikeFramework, parseFramework } from '../frameworks/index.js';
import { ParsedDocument, Report, type Diagnostic, type Progress, type SourceFormat, type SourceInfo } from '../schemas/index.js';
import { normaliseText, stripMarkup, toLines, type Line } from './lines.js';
import { stripContents, stripPageFurniture, stripTextDebris } from './page-debris.js';
import { readDocxText } from './read-docx.js';
import { readPdfPages } from './read-pdf.js';
import { decodeText } from './read-text.js';
import { isHeading } from './report/headings.js';
import { detectReportShape, parseReportLines } from './report/index.js';
import { looksFlattened, unflatten } from './unflatten.js';

export { detectReportShape } from './report/index.js';
export { extractDates } from './report/dates.js';

export interface ParseOptions {
  /** Called as pages are read (large PDFs). */
  onProgress?: (progress: Progress) => void;
  /** A user corpus whose frameworks/<id>.json taxonomies override the package's (framework documents). */
  corpusDir?: string;
}

/** What a reader produced: text lines with page numbers where known, debris already removed. */
export interface ReadResult {
  format: SourceFormat;
  pages?: number;
  lines: Line[];
  /** The text before report-specific clean-up (repeated-line and contents removal), for framework parsing. */
  rawText: string;
  diagnostics: Diagnostic[];
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** PDF, Word or text, by content first (magic bytes), then by extension. */
export function detectFormat(bytes: Buffer, fileName: string): SourceFormat {
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const ext = extname(fileName).toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (ext === '.docx' || ext === '.docm' || ext === '.dotx' || bytes.includes('word/')) return 'docx';
    throw new DrafterError('unsupported-format', `${fileName}: a zip archive that is not a Word document`, { hint: 'Drafter reads .pdf, .docx, .txt and .md' });
  }
  if (ext === '.pdf') throw new DrafterError('pdf-corrupt', `${fileName}: named .pdf but has no PDF header`);
  if (ext === '.docx') throw new DrafterError('docx-corrupt', `${fileName}: named .docx but is not a Word (zip) document`);
  if (ext === '.doc' || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw new DrafterError('unsupported-format', `${fileName}: old binary Word (.doc) format`, { hint: 'save it as .docx or PDF' });
  }
  return 'text';
}

const debrisOptions = { isHeading };

/** Cleans plain text: markup residue, flattened lines, contents lists, page numbers, running titles. */
export function cleanText(text: string, diagnostics: Diagnostic[]): Line[] {
  let t = stripMarkup(normaliseText(text))
    .split('\n')
    .map((l) => (/^\s*\|.*\|\s*$/.test(l) ? (/^\s*\|[\s:|-]+\|\s*$/.test(l) ? '' : l.trim().replace(/^\||\|$/g, '').replace(/\s*\|\s*/g, '\t')) : l))
    .join('\n');
  const flat = t.split('\n').filter((l) => looksFlattened(l));
  if (flat.length > 0) {
    t = t
      .split('\n')
      .map((l) => (looksFlattened(l) ? unflatten(l) : l))
      .join('\n');
    diagnostics.push({ code: 'text-flattened', severity: 'info', message: 'the text had no line breaks; headings, bullets and numbered paragraphs were found in running text' });
  }
  let lines = toLines(t);
  lines = stripContents(lines, debrisOptions, diagnostics);
  lines = stripTextDebris(lines, debrisOptions, diagnostics);
  return lines;
}

/** Reads a document's bytes to clean lines. Throws DrafterError for unreadable input. */
export async function readDocument(bytes: Buffer, fileName: string, options: ParseOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) throw new DrafterError('file-empty', `${fileName}: the file is empty`);
  const format = detectFormat(bytes, fileName);
  const diagnostics: Diagnostic[] = [];
  if (format === 'pdf') {
    const pages = await readPdfPages(bytes, fileName, options.onProgress);
    // a partly scanned document: some pages are images with no text to read
    const blank = pages.map((p, i) => (p.replace(/\s+/g, '').length < 20 ? i + 1 : 0)).filter((n) => n > 0);
    if (blank.length > 0 && blank.length < pages.length) {
      diagnostics.push({
        code: 'pdf-pages-without-text',
        severity: 'warning',
        message: `${blank.length} of ${pages.length} pages have no text (scanned images or blank pages: ${blank.slice(0, 10).join(', ')}${blank.length > 10 ? ', …' : ''}); any text on them is missing`,
        page: blank[0],
      });
    }
    const pageLines = pages.map((p) => stripMarkup(normaliseText(p)).split('\n'));
    if (!bytes.subarray(Math.max(0, bytes.length - 2048)).includes('%%EOF')) {
      diagnostics.push({ code: 'pdf-truncated', severity: 'warning', message: 'the PDF has no end-of-file marker; it may be truncated and text may be missing' });
    }
    let lines = stripPageFurniture(pageLines, debrisOptions, diagnostics);
    const rawText = lines.map((l) => l.text).join('\n');
    lines = stripContents(lines, debrisOptions, diagnostics);
    lines = stripTextDebris(lines, { ...debrisOptions, repeatedLines: false }, diagnostics);
    return { format, pages: pages.length, lines, rawText, diagnostics };
  }
  const text = format === 'docx' ? await readDocxText(bytes, fileName) : decodeText(bytes, fileName);
  if (!text.trim()) throw new DrafterError('file-empty', `${fileName}: the file has no text`);
  return { format, lines: cleanText(text, diagnostics), rawText: normaliseText(text), diagnostics };
}

/** Whether text reads as a framework document rather than a report: title words in its opening. */
function titleSaysFramework(text: string): boolean {
  const head = text.slice(0, 600);
  return /inspection (?:framework|handbook|toolkit)|\btoolkit\b|criteria for providers/i.test(head) && !/inspection report/i.test(head);
}

/**
 * Parses one document (PDF, .docx, text or Markdown) into a validated ParsedDocument: a report
 * (iQTS; Ofsted ITE 2015 handbook, 2020 framework, or renewed-framework report card) or a framework
 * (via src/frameworks).
 * Fatal input problems throw a DrafterError with a stable code; content problems become
 * diagnostics on the document.
 */
export async function parseDocument(bytes: Buffer, fileName: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const read = await readDocument(bytes, fileName, options);
  const source: SourceInfo = { file: fileName, hash: contentHash(bytes), format: read.format, ...(read.pages ? { pages: read.pages } : {}), synthetic: false };
  return parseLines(read.lines, source, read.diagnostics, read.rawText, options);
}

/** Parses already-clean lines (the second half of parseDocument). */
export async function parseLines(
  lines: Line[],
  source: SourceInfo,
  diagnostics: Diagnostic[] = [],
  rawText?: string,
  options: Pick<ParseOptions, 'corpusDir'> = {},
): Promise<ParsedDocument> {
  const text = lines.map((l) => l.text).join('\n');
  const frameworkText = rawText ?? text;
  const shape = titleSaysFramework(frameworkText) ? null : detectReportShape(text);
  if (!shape) {
    if (looksLikeFramework(frameworkText)) {
      const framework = parseFramework(frameworkText, source, { corpusDir: options.corpusDir });
      framework.diagnostics.unshift(...diagnostics);
      return framework;
    }
    throw new DrafterError('not-a-report-or-framework', `${source.file}: not an inspection report or framework Drafter recognises`, {
      hint: 'expected an iQTS or Ofsted ITE inspection report, or an inspection framework',
    });
  }
  const body = parseReportLines(shape, lines, diagnostics);
  const report = Report.safeParse({ kind: 'report', ...body, source, diagnostics });
  if (!report.success) {
    throw new DrafterError('corpus-invalid', `${source.file}: the parsed report failed validation (${formatIssues(report.error.issues)})`);
  }
  return report.data;
}

/** Parses text directly (tests, the draft/review engineers' in-memory documents). */
export async function parseText(text: string, fileName = 'text.txt'): Promise<ParsedDocument> {
  return parseDocument(Buffer.from(text, 'utf8'), fileName);
}
