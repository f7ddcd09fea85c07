import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import type { IngestOutcome, IngestRequest } from '../../schemas/index.js';
import { getRunner } from '../runner.js';

/** Extensions taken from folders; a file named explicitly is always tried. */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.md', '.markdown', '.text']);

/** The files under PATHs: files as given, folders walked recursively (hidden entries and the corpus itself skipped). */
export async function collectFiles(paths: string[], corpusDir: string): Promise<string[]> {
  const files: string[] = [];
  const skip = resolve(corpusDir);
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // a folder's own paperwork is not a document to ingest (named explicitly, it is tried)
      if (e.isFile() && /^(?:readme|attribution|licen[cs]e|changelog|notice)(?:\.|$)/i.test(e.name)) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (full === join(skip, 'documents') || full === join(skip, 'model')) continue;
        await walk(full);
      } else if (e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) throw new DrafterError('file-not-found', `${p}: no such file or folder`);
    if (info.isDirectory()) await walk(full);
    else files.push(full);
  }
  return [...new Set(files)];
}

export function summarise(outcomes: IngestOutcome[]): string {
  const n = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const sameReport = outcomes.filter((o) => o.status === 'duplicate' && o.reason).length;
  const dup = `${n('duplicate')} skipped as duplicate${sameReport ? ` (${sameReport} the same report in another file)` : ''}`;
  return `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: ${n('ingested')} ingested, ${dup}, ${n('failed')} failed`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Add reports and frameworks (PDF, .docx, text, Markdown; files or folders) to the corpus, idempotent by content hash')
    .argument('<paths...>', 'files or folders (folders are read recursively for .pdf .docx .txt .md; README, ATTRIBUTION and LICENSE files are skipped)')
    .option('--corpus <dir>', 'corpus folder', './corpus')
    .option('--json', 'print one outcome per file as JSON instead of the summary')
    .addHelpText(
      'after',
      `
Each document is stored once, as <corpus>/documents/<sha256>.json, and listed in <corpus>/index.json.
Ingesting the same bytes again is skipped as a duplicate. A file that cannot be read (encrypted
or scanned PDF, empty, not a report) is reported with its reason and the rest carry on.
With REDIS_URL set, the work runs on queue workers (drafter worker).

Exit status: 0 when at least one file was ingested or already present; 1 when every file failed,
no document was found, or the arguments are wrong.

Examples:
  drafter ingest reports/ frameworks/iqts.pdf
  drafter ingest ~/Downloads/ofsted --corpus ./my-corpus`,
    )
    .action(async (paths: string[], options: { corpus: string; json?: boolean }) => {
      const corpusDir = resolve(options.corpus);
      const files = await collectFiles(paths, corpusDir);
      if (files.length === 0) throw new DrafterError('invalid-argument', `no .pdf, .docx, .txt or .md files found in ${paths.join(', ')}`);
      const requests: IngestRequest[] = files.map((path) => ({ path, corpusDir }));
      const tty = Boolean(process.stderr.isTTY) && !options.json;
      const bar = tty
        ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(files.length, 0, { file: '' });
      const held: string[] = [];
      const runner = await getRunner();
      let outcomes: IngestOutcome[];
      try {
        outcomes = await runner.ingest(requests, {
          onProgress: (p) => bar?.update(p.done, { file: p.label ?? '' }),
          onOutcome: (o) => {
            if (o.status !== 'failed') return;
            // with a bar on screen, hold the lines until it is gone so they do not tear it
            if (bar) held.push(`drafter: ${o.reason}`);
            else process.stderr.write(`drafter: ${o.reason}\n`);
          },
          warn: (message) => {
            if (bar) held.push(`drafter: warning: ${message}`);
            else process.stderr.write(`drafter: warning: ${message}\n`);
          },
        });
      } finally {
        bar?.stop();
        await runner.close();
        for (const line of held) process.stderr.write(`${line}\n`);
      }
      if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
      else process.stdout.write(`${summarise(outcomes)} (corpus ${options.corpus})\n`);
      if (outcomes.length > 0 && outcomes.every((o) => o.status === 'failed')) process.exitCode = 1;
    });
}
