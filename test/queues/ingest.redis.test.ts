// Ingest through the queue: the job id is the document's content hash (per corpus), so the same
// bytes submitted twice, even at once and under two names, are parsed by one job.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueRunner } from '../../queues/runner.js';
import type { Runner } from '../../src/pipeline/runner.js';
import { projectRoot } from '../helpers/cli.js';
import { cleanPrefix, redisUrl, testPrefix, workerPool, type WorkerProcess } from '../helpers/redis.js';

const REPORT = join(projectRoot, 'corpus/samples/reports/iqts-university-of-derby-2024.txt');

describe('ingest through the queue', () => {
  const prefix = testPrefix();
  const workers = workerPool(prefix);
  let worker: WorkerProcess;
  let dir: string;
  let first: Runner;
  let second: Runner;
  const completed = () => worker.output.match(/ ingest \S+ completed/g)?.length ?? 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drafter-ingest-'));
    worker = workers.start(['--queues', 'ingest', '--concurrency', '2']);
    await worker.ready();
    process.env.DRAFTER_QUEUE_PREFIX = prefix;
    [first, second] = await Promise.all([createQueueRunner(redisUrl), createQueueRunner(redisUrl)]);
    delete process.env.DRAFTER_QUEUE_PREFIX;
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await workers.stopAll();
    await cleanPrefix(prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('does one piece of work for the same document submitted twice', async () => {
    const copy = join(dir, 'same-report-renamed.txt');
    await copyFile(REPORT, copy);
    const corpusDir = join(dir, 'corpus');

    // Two clients at once, one of them with the same bytes twice under two names.
    const [a, b] = await Promise.all([first.ingest([{ path: REPORT, corpusDir }]), second.ingest([{ path: copy, corpusDir }, { path: REPORT, corpusDir }])]);
    const outcomes = [...a, ...b];
    expect(outcomes.map((outcome) => outcome.file)).toEqual(['iqts-university-of-derby-2024.txt', 'same-report-renamed.txt', 'iqts-university-of-derby-2024.txt']);
    expect(new Set(outcomes.map((outcome) => outcome.hash)).size).toBe(1);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['duplicate', 'duplicate', 'ingested']);

    await worker.waitFor(/ ingest \S+ completed/);
    expect(completed()).toBe(1);
    const index = JSON.parse(await readFile(join(corpusDir, 'index.json'), 'utf8')) as { documents: unknown[] };
    expect(index.documents).toHaveLength(1);

    // Again later (the finished job is retained): still no new work, reported as a duplicate.
    const [again] = await first.ingest([{ path: copy, corpusDir }]);
    expect(again.status).toBe('duplicate');
    expect(completed()).toBe(1);
  });

  it('reports a missing file as failed with its code, like the in-process runner', async () => {
    const [missing] = await first.ingest([{ path: join(dir, 'no-such-file.pdf'), corpusDir: join(dir, 'corpus-2') }]);
    expect(missing).toMatchObject({ file: 'no-such-file.pdf', status: 'failed', code: 'file-not-found' });
    // Missing input is the stage's outcome, not a job failure: one job, completed, never retried.
    await worker.waitFor(/ ingest \S+ completed failed \[file-not-found\]/);
    expect(worker.output).not.toMatch(/will retry/);
  });
});
