import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DrafterError, formatIssues } from '../errors.js';
import { contentHash, parseLines, readDocument } from '../ingest/index.js';
import { ParsedDocument, type Finding, type Report } from '../schemas/index.js';

export interface LoadedReports {
  reports: Report[];
  /** Each report's cleaned text lines, by file as given (JSON input has none). */
  lines: Map<string, Array<{ text: string; line: number }>>;
  /** One 'unreadable' error finding per file that could not be reviewed. */
  problems: Finding[];
}

function problem(file: string, message: string): Finding {
  return { file, severity: 'error', kind: 'unreadable', location: { section: null, paragraph: null }, message };
}

/** Reads one file as a report: PDF, Word (drafts included), text/Markdown, or the JSON `drafter parse --json` prints. */
async function readReport(file: string): Promise<{ report: Report; lines?: Array<{ text: string; line: number }> }> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).isDirectory()) throw new DrafterError('invalid-argument', `${file}: is a folder, not a report`);
    bytes = await readFile(file);
  } catch (error) {
    if (DrafterError.is(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DrafterError('file-not-found', `${file}: no such file`);
    throw new DrafterError('file-unreadable', `${file}: cannot read (${code ?? 'error'})`, { cause: error });
  }
  if (bytes.length === 0) throw new DrafterError('file-empty', `${file}: is empty`);
  let parsed: ParsedDocument;
  let lines: Array<{ text: string; line: number }> | undefined;
  if (path.extname(file).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new DrafterError('not-a-report-or-framework', `${file}: not valid JSON`);
    }
    const result = ParsedDocument.safeParse(json);
    if (!result.success) throw new DrafterError('not-a-report-or-framework', `${file}: not a parsed document (${formatIssues(result.error.issues)})`);
    parsed = result.data;
  } else {
    // readDocument + parseLines is parseDocument, keeping the lines for the placeholder scan.
    const name = path.basename(file);
    const read = await readDocument(bytes, name);
    lines = read.lines.map((l) => ({ text: l.text, line: l.line }));
    parsed = await parseLines(read.lines, { file: name, hash: contentHash(bytes), format: read.format, ...(read.pages ? { pages: read.pages } : {}), synthetic: false }, read.diagnostics, read.rawText);
  }
  if (parsed.kind !== 'report') throw new DrafterError('not-a-report-or-framework', `${file}: is a framework, not a report`);
  // Findings name the file as the user gave it, so two drafts with one base name stay apart.
  return { report: { ...parsed, source: parsed.source ? { ...parsed.source, file } : undefined } as Report, lines };
}

/**
 * Reads every file given to `drafter review`. A file that cannot be read or parsed becomes one
 * 'unreadable' finding (its message names the file and the reason, never its text) and the rest
 * are still reviewed.
 */
export async function loadReportFiles(files: string[]): Promise<LoadedReports> {
  const reports: Report[] = [];
  const problems: Finding[] = [];
  const lines = new Map<string, Array<{ text: string; line: number }>>();
  for (const file of files) {
    try {
      const { report, lines: text } = await readReport(file);
      if (!report.source) report.source = { file, hash: '', format: 'text', synthetic: false };
      reports.push(report);
      if (text) lines.set(file, text);
    } catch (error) {
      const reason = DrafterError.is(error) ? error.toLine() : `[file-unreadable] ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      problems.push(problem(file, reason));
    }
  }
  return { reports, lines, problems };
}

/** Drops reference reports that are the reviewed reports themselves (same bytes, or same provider and dates). */
export function withoutReviewed(reference: Report[], reviewed: Report[]): Report[] {
  const hashes = new Set(reviewed.map((r) => r.source?.hash).filter(Boolean));
  const keys = new Set(reviewed.map((r) => `${r.provider.toLowerCase()}|${r.inspectionDates.join(',')}`));
  return reference.filter((r) => !(r.source?.hash && hashes.has(r.source.hash)) && !keys.has(`${r.provider.toLowerCase()}|${r.inspectionDates.join(',')}`));
}
