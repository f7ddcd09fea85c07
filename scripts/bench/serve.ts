// Web face figures: what an inspector waits for. First draft on a fresh corpus (model trained),
// then warm preview and draft latency per notes file, over a real socket (fetch + multipart upload),
// and requests per second for the page. Figures scale with machine load, printed first.
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import { buildServer } from '../../src/server/index.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/notes/', import.meta.url));
const FILES = [
  { file: 'iqts-dev-1.md', framework: 'iqts' },
  { file: 'iqts-dev-2.md', framework: 'iqts' },
  { file: 'ite-2025-dev-1.md', framework: 'ite-2025' },
  { file: 'ite-2025-dev-2.md', framework: 'ite-2025' },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const root = mkdtempSync(join(tmpdir(), 'drafter-bench-serve-'));
  const runner = createInProcessRunner();
  const app = await buildServer({ runner, corpusDir: join(root, 'corpus'), outDir: join(root, 'out') });
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const post = async (path: string, file: string, framework: string): Promise<{ ms: number; bytes: number; status: number }> => {
      const body = new FormData();
      body.append('framework', framework);
      body.append('provider', 'Bench University');
      body.append('notesFile', new Blob([readFileSync(join(fixtures, file))]), file);
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { method: 'POST', body });
      const bytes = (await response.arrayBuffer()).byteLength;
      return { ms: performance.now() - started, bytes, status: response.status };
    };

    for (const framework of ['iqts', 'ite-2025']) {
      const first = await post('/api/draft', FILES.find((f) => f.framework === framework)!.file, framework);
      console.log(`first draft on a fresh corpus (${framework}, trains the classifier): ${first.ms.toFixed(0)} ms, status ${first.status}, ${first.bytes} bytes`);
    }
    console.log('warm, median of 5 (upload + classify, or upload + classify + draft + send .docx):');
    for (const { file, framework } of FILES) {
      const lines = readFileSync(join(fixtures, file), 'utf8').split('\n').length;
      const preview: number[] = [];
      const draft: number[] = [];
      for (let i = 0; i < 5; i++) {
        preview.push((await post('/api/classify', file, framework)).ms);
        draft.push((await post('/api/draft', file, framework)).ms);
      }
      console.log(`  ${file} (${lines} lines): preview ${median(preview).toFixed(0)} ms, draft ${median(draft).toFixed(0)} ms`);
    }

    const n = 300;
    const started = performance.now();
    for (let i = 0; i < n; i++) await (await fetch(`${base}/`)).text();
    console.log(`GET / : ${(n / ((performance.now() - started) / 1000)).toFixed(0)} pages/s (sequential, keep-alive)`);
  } finally {
    await app.close();
    await runner.close();
    await rm(root, { recursive: true, force: true });
  }
}
