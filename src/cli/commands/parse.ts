import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import type cliProgress from 'cli-progress';
import type { ParsedDocument, Progress } from '../../schemas/index.js';

/** A few readable lines about a parsed document (parse and corpus show without --json). */
export function describeDocument(doc: ParsedDocument): string {
  const out: string[] = [];
  if (doc.kind === 'framework') {
    out.push(`${doc.title} (framework ${doc.id}, version ${doc.version})`);
    out.push(`Grade scale: ${doc.gradeScale.map((g) => g.grade).join(' / ')}`);
    out.push(`Sections: ${doc.sections.map((s) => s.title).join('; ')}`);
    out.push(`Criteria: ${doc.criteria.length}`);
  } else {
    out.push(`${doc.provider || '(provider not found)'}: ${doc.title} [${doc.framework}]${doc.inspectorate ? `, ${doc.inspectorate}` : ''}`);
    out.push(`Inspection dates: ${doc.inspectionDates.join(', ') || '(none found)'}`);
    if (doc.phases.length) out.push(`Phases: ${doc.phases.join(', ')}`);
    if (doc.providerType) out.push(`Provider type: ${doc.providerType}`);
    if (doc.overallGrade) out.push(`Overall grade: ${doc.overallGrade}`);
    for (const g of doc.grades) out.push(`  ${g.judgement}${g.phase ? ` (${g.phase})` : ''}: ${g.grade}`);
    if (doc.compliance) out.push(`Compliance: ${doc.compliance}`);
    out.push(`Strengths: ${doc.strengths.length}`);
    for (const s of doc.strengths) out.push(`  + ${s}`);
    out.push(`Areas for improvement: ${doc.areasForImprovement.length}`);
    for (const s of doc.areasForImprovement) out.push(`  - ${s}`);
    const bySection = new Map<string, number[]>();
    for (const p of doc.paragraphs) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p.number]);
    out.push(`Paragraphs: ${doc.paragraphs.length}`);
    for (const [section, numbers] of bySection) out.push(`  ${section}: ${numbers[0]}–${numbers[numbers.length - 1]}`);
    for (const [k, v] of Object.entries(doc.details)) if (v.length <= 120) out.push(`${k}: ${v}`);
  }
  if (doc.source) out.push(`Source: ${doc.source.file} (${doc.source.format}${doc.source.pages ? `, ${doc.source.pages} pages` : ''}), sha256 ${doc.source.hash.slice(0, 12)}`);
  for (const d of doc.diagnostics) out.push(`${d.severity}: [${d.code}] ${d.message}${d.line ? ` (line ${d.line})` : ''}${d.page ? ` (page ${d.page})` : ''}`);
  return out.join('\n');
}

/** Reads a file a user named, with one-line errors for the usual mistakes. */
export async function readInputFile(path: string): Promise<Buffer> {
  const absolute = resolve(path);
  try {
    if ((await stat(absolute)).isDirectory()) throw new DrafterError('invalid-argument', `${path} is a folder; give a file (drafter ingest reads folders)`);
    return await readFile(absolute);
  } catch (error) {
    if (DrafterError.is(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DrafterError('file-not-found', `${path}: no such file`);
    throw new DrafterError('file-unreadable', `${path}: cannot read (${code ?? 'unknown error'})`, { cause: error });
  }
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse one report or framework (PDF, Word .docx, text or Markdown) and print what was read')
    .argument('<file>', 'the document to parse')
    .option('--json', 'print the parsed document as JSON (the ParsedDocument contract)')
    .addHelpText(
      'after',
      `
Reads iQTS inspection reports, Ofsted ITE reports (2015 handbook and 2020 framework) and
inspection frameworks. Page headers, footers, page numbers and contents lines are removed.
Problems the parser could live with are listed as diagnostics; unreadable files exit 1 with a
one-line reason ([pdf-encrypted], [pdf-no-text-layer], [pdf-corrupt], [file-empty], ...).

Examples:
  drafter parse report.pdf
  drafter parse report.pdf --json > report.json`,
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const bytes = await readInputFile(file);
      // Loaded here, not at the top: `drafter --help` and the other commands start without the parser.
      const [{ parseDocument }, { default: progress }] = await Promise.all([import('../../ingest/index.js'), import('cli-progress')]);
      // a long PDF takes a while: show pages read on a terminal
      let bar: cliProgress.SingleBar | null = null;
      const onProgress = (p: Progress) => {
        if (!process.stderr.isTTY || p.total < 30) return;
        bar ??= new progress.SingleBar({ format: 'reading [{bar}] {value}/{total} pages', clearOnComplete: true, stream: process.stderr }, progress.Presets.shades_classic);
        if (p.done === 0 || !bar.isActive) bar.start(p.total, p.done);
        else bar.update(p.done);
      };
      let doc;
      try {
        doc = await parseDocument(bytes, basename(file), { onProgress });
      } finally {
        (bar as cliProgress.SingleBar | null)?.stop();
      }
      process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : `${describeDocument(doc)}\n`);
    });
}
