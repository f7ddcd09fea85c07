// Workers that die or are stopped: a worker SIGKILLed mid-job leaves the job to stall, and another
// worker picks it up and finishes it with the same result; SIGTERM lets a worker finish the job in
// hand and exit 0. Locks are shortened (1 s) so recovery takes seconds; the jobs run for longer than
// that, so finishing without a stall also shows the CPU-heavy stage does not block lock renewal.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueClient } from '../../queues/client.js';
import { JobName } from '../../queues/names.js';
import { runClassify } from '../../src/classify/index.js';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import type { ClassifyRequest, Observation } from '../../src/schemas/index.js';
import { projectRoot } from '../helpers/cli.js';
import { cleanPrefix, redisUrl, testPrefix, workerPool, type WorkerProcess } from '../helpers/redis.js';

function sandboxChildren(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'bullmq/dist/cjs/classes/main'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const FAST_LOCKS = { DRAFTER_LOCK_MS: '1000', DRAFTER_STALLED_MS: '500' };

describe('worker failure and shutdown', () => {
  const prefix = testPrefix();
  const workers = workerPool(prefix, FAST_LOCKS);
  const client = new QueueClient(redisUrl, prefix);
  let dir: string;
  let request: ClassifyRequest;
  let secondRequest: ClassifyRequest;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drafter-resilience-'));
    const corpusDir = join(dir, 'corpus');
    // A long notes file (several seconds of classification) and a corpus whose model is already trained.
    const base = await readFile(join(projectRoot, 'test/fixtures/notes/ite-2025-dev-1.md'), 'utf8');
    const local = createInProcessRunner();
    await local.ingest([{ path: join(projectRoot, 'corpus/samples/reports/iqts-university-of-derby-2024.txt'), corpusDir }]);
    await local.classify({ notes: { file: 'warm.md', text: '- mentors meet trainees weekly', firstLine: 1 }, framework: 'ite-2025', corpusDir });
    // Size the job by this machine's speed so it reliably outlasts the 1 s lock: about 5 s of work as
    // measured here, a wide margin because other test files share the cores while the probe runs.
    // Every copy's lines are made distinct ("(visit 3)"): the classifier caches scores by text, so
    // identical copies would cost nothing after the first and the job would end before the lock does.
    const notes = (tag: string, count: number) =>
      Array.from({ length: count }, (_, i) => base.replace(/^(.*\S.*)$/gm, `$1 (${tag} ${i + 1})`)).join('\n');
    const sample = { notes: { file: 'probe.md', text: notes('probe', 10), firstLine: 1 }, framework: 'ite-2025' as const, corpusDir };
    const started = performance.now();
    await local.classify(sample);
    const copies = Math.min(1000, Math.max(30, Math.ceil((10 * 5000) / Math.max(1, performance.now() - started))));
    request = { notes: { file: 'long-notes.md', text: notes('visit', copies), firstLine: 1 }, framework: 'ite-2025', corpusDir };
    // the SIGTERM test's job goes to the warm survivor of the first test: other text, so no cached scores
    secondRequest = { ...request, notes: { ...request.notes, text: notes('revisit', copies) } };
    await local.close();
  });
  afterAll(async () => {
    await client.close();
    await workers.stopAll();
    await cleanPrefix(prefix);
    await rm(dir, { recursive: true, force: true });
  });

  /** Adds a long classify job and resolves once its stage is classifying (so, mid-job). */
  async function addLongJob(data: ClassifyRequest = request): Promise<Job> {
    const events = await client.queueEvents('classify');
    const job = await client.queue('classify').add(JobName.classify, data);
    await new Promise<void>((resolve) => {
      const onProgress = ({ data }: { data: unknown }) => {
        if ((data as { label?: string }).label === 'classifying') {
          events.off(`progress:${job.id}` as 'progress', onProgress as never);
          resolve();
        }
      };
      events.on(`progress:${job.id}` as 'progress', onProgress as never);
    });
    return job;
  }

  let survivor: WorkerProcess;

  it('finishes on another worker a job whose worker was SIGKILLed mid-job, with the same result', async () => {
    const expected = runClassify(request); // in this process, meanwhile
    const pair = [workers.start(['--queues', 'classify']), workers.start(['--queues', 'classify'])];
    await Promise.all(pair.map((worker) => worker.ready()));
    const job = await addLongJob();
    // The worker running the job is the one with a sandboxed child process.
    const children = pair.map((worker) => sandboxChildren(worker.child.pid!));
    const index = children.findIndex((pids) => pids.length > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const doomed = pair[index];
    survivor = pair[1 - index];
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const observations = await client.wait<Observation[]>('classify', job);
    expect(observations).toEqual(await expected);
    await survivor.waitFor(new RegExp(` classify ${job.id} completed ${observations.length} observations`));
    expect(survivor.output).toMatch(new RegExp(` classify ${job.id} stalled`));
    expect(doomed.output).not.toMatch(/completed/);
    const finished = await client.queue('classify').getJob(job.id!);
    expect(finished?.attemptsStarted).toBe(2);
    // The killed worker's sandboxed child exits once its computation yields; it is not left running.
    await waitUntil(() => children[index].every((pid) => !alive(pid)));
  });

  it('lets a worker finish the job in hand on SIGTERM, then exit 0', async () => {
    // The survivor of the previous test: its sandboxed child is warm, so the job starts at once.
    const worker = survivor;
    const job = await addLongJob(secondRequest);
    worker.child.kill('SIGTERM');
    const exit = await worker.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    const lines = worker.output.split('\n');
    const order = [/SIGTERM, finishing 1 job\(s\) in hand/, new RegExp(` classify ${job.id} completed`), /: stopped$/].map((pattern) =>
      lines.findIndex((line) => pattern.test(line)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const finished = await client.queue('classify').getJob(job.id!);
    expect(await finished?.getState()).toBe('completed');
    // Longer than the 1 s lock, yet never stalled: lock renewal ran while the child computed.
    expect(finished!.finishedOn! - finished!.processedOn!).toBeGreaterThan(1000);
    expect(finished?.stalledCounter ?? 0).toBe(0);
    expect(finished?.attemptsStarted).toBe(1);
  });
});
