// Queue bench: N report drafts in-process, then the same N through BullMQ with 1 and with 2
// `drafter worker` processes (throughput relative to in-process), and the queue's own overhead per
// job (tiny classify jobs through a worker vs the same calls in-process; and bare no-op jobs).
// Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); uses its own queue prefix and cleans up.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { checkRedis, redisOptions } from '../../queues/connection.js';
import { createQueueRunner } from '../../queues/runner.js';
import { readNotesFile } from '../../src/cli/read-notes.js';
import { packageRoot, samplesDir } from '../../src/paths.js';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import type { Runner } from '../../src/pipeline/runner.js';
import type { DraftRequest, FrameworkId, NotesInput } from '../../src/schemas/index.js';

const N = Number(process.env.BENCH_QUEUE_DRAFTS ?? 20);
const TINY = 40;
const NOOP = 2000;
const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export async function run(): Promise<void> {
  try {
    await checkRedis(url);
  } catch (error) {
    // The other benches still run on a machine without Redis.
    console.log(`skipped: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'drafter-bench-queues-'));
  const corpusDir = join(dir, 'corpus');
  const inProcess = createInProcessRunner();
  try {
    // A corpus of the bundled samples, and the model trained once, so every run below is warm.
    const sampleFiles = (await Promise.all(['reports', 'frameworks'].map(async (folder) => (await readdir(join(samplesDir, folder))).map((name) => join(samplesDir, folder, name))))).flat();
    await inProcess.ingest(sampleFiles.map((path) => ({ path, corpusDir })));
    const notes = await benchNotes();
    const requests = (tag: string): DraftRequest[] =>
      Array.from({ length: N }, (_, i) => {
        const sample = notes[i % notes.length];
        return { notes: sample.notes, framework: sample.framework, provider: 'Bench Provider', dates: [], out: join(dir, `${tag}-${i}.docx`), force: true, corpusDir };
      });
    await inProcess.draft(requests('warm')[0]);

    const rows: string[][] = [];
    const started = performance.now();
    for (const request of requests('in-process')) await inProcess.draft(request);
    const inProcessMs = performance.now() - started;
    rows.push(['in-process (sequential)', fmt(inProcessMs), rate(N, inProcessMs), '1.00']);

    for (const workers of [1, 2]) {
      const ms = await throughQueue(workers, requests(`queue-${workers}`));
      rows.push([`BullMQ, ${workers} worker process${workers > 1 ? 'es' : ''}`, fmt(ms), rate(N, ms), (inProcessMs / ms).toFixed(2)]);
    }
    console.log(`${N} drafts (${notes.map((n) => n.notes.file).join(', ')}), ${cpus().length} cores, concurrency 1 per worker process`);
    table(['run', 'total s', 'drafts/s', 'throughput vs in-process'], rows);

    // Queue overhead: the same tiny classify call sequentially in-process and through one worker.
    const tiny = { notes: { file: 'tiny.md', text: '- mentor meetings weekly, targets recorded', firstLine: 1 }, framework: 'iqts' as FrameworkId, corpusDir };
    await inProcess.classify(tiny);
    let t = performance.now();
    for (let i = 0; i < TINY; i++) await inProcess.classify(tiny);
    const tinyInProcess = (performance.now() - t) / TINY;
    const tinyQueue = await withWorkers(1, async (runner) => {
      await runner.classify(tiny);
      const start = performance.now();
      for (let i = 0; i < TINY; i++) await runner.classify(tiny);
      return (performance.now() - start) / TINY;
    });
    const noop = await noopJobs();
    console.log('\nQueue overhead per job');
    table(
      ['measure', 'ms per job'],
      [
        [`tiny classify, in-process (mean of ${TINY})`, tinyInProcess.toFixed(2)],
        [`tiny classify, via 1 worker, sequential round trip`, tinyQueue.toFixed(2)],
        ['  => queue round trip overhead (sandboxed processor)', (tinyQueue - tinyInProcess).toFixed(2)],
        [`no-op jobs, ${NOOP} added in bulk, 1 in-process worker, concurrency 1`, noop.serial.toFixed(3)],
        [`no-op jobs, ${NOOP} added in bulk, 1 in-process worker, concurrency 8`, noop.parallel.toFixed(3)],
      ],
    );
  } finally {
    await inProcess.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchNotes(): Promise<Array<{ notes: NotesInput; framework: FrameworkId }>> {
  const folder = join(packageRoot, 'test', 'fixtures', 'notes');
  const files = (await readdir(folder)).filter((name) => /-dev-\d+\.md$/.test(name)).sort();
  return Promise.all(files.map(async (name) => ({ notes: await readNotesFile(join(folder, name)), framework: (name.startsWith('ite-2025') ? 'ite-2025' : 'iqts') as FrameworkId })));
}

/** Starts `count` worker processes on a fresh prefix, runs `body` with a queue runner, stops and cleans up. */
async function withWorkers<T>(count: number, body: (runner: Runner) => Promise<T>): Promise<T> {
  const prefix = `bench-${randomUUID()}`;
  const children: ChildProcess[] = [];
  const previous = process.env.DRAFTER_QUEUE_PREFIX;
  process.env.DRAFTER_QUEUE_PREFIX = prefix;
  let runner: Runner | undefined;
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), 'worker', '--concurrency', '1'], {
          env: { ...process.env, REDIS_URL: url, DRAFTER_QUEUE_PREFIX: prefix },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        return new Promise<void>((resolve, reject) => {
          let output = '';
          child.stdout!.on('data', (chunk) => {
            output += chunk;
            if (/serving /.test(output)) resolve();
          });
          child.on('exit', () => reject(new Error(`worker exited: ${output}`)));
        });
      }),
    );
    runner = await createQueueRunner(url);
    return await body(runner);
  } finally {
    await runner?.close();
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
    if (previous === undefined) delete process.env.DRAFTER_QUEUE_PREFIX;
    else process.env.DRAFTER_QUEUE_PREFIX = previous;
    for (const name of ['ingest', 'classify', 'draft']) {
      const queue = new Queue(name, { connection: redisOptions(url), prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }
}

/** N drafts submitted at once through `workers` worker processes (after one warm-up draft per worker). */
function throughQueue(workers: number, requests: DraftRequest[]): Promise<number> {
  return withWorkers(workers, async (runner) => {
    await Promise.all(requests.slice(0, workers).map((request) => runner.draft({ ...request, out: request.out.replace('.docx', '-warm.docx') })));
    const started = performance.now();
    await Promise.all(requests.map((request) => runner.draft(request)));
    return performance.now() - started;
  });
}

/** Bare BullMQ cost: no-op jobs through an in-process (not sandboxed) worker. */
async function noopJobs(): Promise<{ serial: number; parallel: number }> {
  const result = { serial: 0, parallel: 0 };
  for (const concurrency of [1, 8]) {
    const prefix = `bench-${randomUUID()}`;
    const queue = new Queue('noop', { connection: redisOptions(url), prefix });
    const events = new QueueEvents('noop', { connection: redisOptions(url), prefix });
    await events.waitUntilReady();
    let done = 0;
    const finished = new Promise<void>((resolve) => events.on('completed', () => ++done === NOOP && resolve()));
    const started = performance.now();
    await queue.addBulk(Array.from({ length: NOOP }, (_, i) => ({ name: 'noop', data: { i } })));
    const worker = new Worker('noop', async () => null, { connection: redisOptions(url), prefix, concurrency });
    await finished;
    const ms = (performance.now() - started) / NOOP;
    if (concurrency === 1) result.serial = ms;
    else result.parallel = ms;
    await worker.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return result;
}

const fmt = (ms: number) => (ms / 1000).toFixed(2);
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(2);

function table(header: string[], rows: string[][]): void {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  for (const [index, row] of all.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}
