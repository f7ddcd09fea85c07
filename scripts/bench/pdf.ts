// PDF reading and whole-report parsing: pdf-parse (pdf.js, per page) against poppler's pdftotext on
// the same files, and the time to parse a whole report (read + clean + parse) from PDF and text.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseDocument } from '../../src/ingest/index.js';
import { readPdfPages } from '../../src/ingest/read-pdf.js';
import { longReportPages, textPdf } from '../../test/ingest/text-pdf.js';

const run$ = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push((await time(fn))[0]);
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

async function hasPdftotext(): Promise<boolean> {
  try {
    await run$('pdftotext', ['-v']);
    return true;
  } catch {
    return false;
  }
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'drafter-bench-pdf-'));
  try {
    const files: Array<{ name: string; path: string; pages: number }> = [
      { name: 'iqts-derby.pdf', path: join(root, 'test/fixtures/pdf/iqts-derby.pdf'), pages: 0 },
      { name: 'ite-2015-loughborough.pdf', path: join(root, 'test/fixtures/pdf/ite-2015-loughborough.pdf'), pages: 0 },
    ];
    const long = longReportPages(500);
    const longPath = join(work, 'generated-500-pages.pdf');
    writeFileSync(longPath, textPdf(long.pages));
    files.push({ name: 'generated-500-pages.pdf', path: longPath, pages: 0 });

    const poppler = await hasPdftotext();
    console.log('file                          pages  pdf-parse cold  pdf-parse warm  pages/s  pdftotext  pages/s  ratio  whole parse');
    let first = true;
    for (const f of files) {
      const bytes = readFileSync(f.path);
      const [cold, pages] = await time(() => readPdfPages(bytes, f.name));
      f.pages = pages.length;
      const warm = await median(f.pages > 100 ? 1 : 3, () => readPdfPages(bytes, f.name));
      const pp = (f.pages / warm) * 1000;
      const pt = poppler ? await median(3, () => run$('pdftotext', ['-layout', f.path, '-'], { maxBuffer: 64 * 1024 * 1024 })) : NaN;
      const ptRate = (f.pages / pt) * 1000;
      const whole = await median(f.pages > 100 ? 1 : 3, () => parseDocument(bytes, f.name));
      console.log(
        [
          f.name.padEnd(28),
          String(f.pages).padStart(5),
          `${cold.toFixed(0)} ms${first ? '*' : ' '}`.padStart(15),
          `${warm.toFixed(0)} ms`.padStart(15),
          pp.toFixed(0).padStart(8),
          poppler ? `${pt.toFixed(0)} ms`.padStart(10) : '       n/a',
          poppler ? ptRate.toFixed(0).padStart(8) : '     n/a',
          poppler ? `${(ptRate / pp).toFixed(1)}x`.padStart(6) : '   n/a',
          `${whole.toFixed(0)} ms`.padStart(12),
        ].join(' '),
      );
      first = false;
    }
    const doc = await parseDocument(readFileSync(longPath), 'generated-500-pages.pdf');
    console.log(`500-page check: ${doc.kind === 'report' ? doc.paragraphs.length : 0} of ${long.paragraphs} paragraphs recovered`);
    for (const seed of ['iqts-university-of-derby-2024.txt', 'ite-2015-loughborough-university-2018.txt']) {
      const bytes = readFileSync(join(root, 'corpus/samples/reports', seed));
      const ms = await median(5, () => parseDocument(bytes, seed));
      console.log(`text report parse ${seed}: ${ms.toFixed(1)} ms`);
    }
    console.log('* cold = first pdf.js load in this process (module import + worker set-up); ratio = pdftotext pages/s ÷ pdf-parse warm pages/s');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
