// The web face on queue workers: the same routes with the BullMQ runner and a real `drafter worker`,
// and the /admin/queues page (counts only; job data holds notes and never appears).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueRunner } from '../../queues/runner.js';
import { queueStatus } from '../../queues/status.js';
import type { Runner } from '../../src/pipeline/runner.js';
import { buildServer } from '../../src/server/index.js';
import { cleanPrefix, redisUrl, testPrefix, workerPool } from '../helpers/redis.js';
import { unzip } from './unzip.js';

const NOTES = [
  '## Trainee focus group, School C',
  '- Trainees say weekly mentor meetings always happen; Mr Ashworth Pellinger (mentor) sets specific targets',
  '- 3 of 8 trainees had no second placement arranged by March',
  '- Safeguarding training completed by all trainees in induction week',
].join('\n');

const prefix = testPrefix();
const pool = workerPool(prefix);
let root: string;
let runner: Runner;
let app: FastifyInstance;

beforeAll(async () => {
  process.env.DRAFTER_QUEUE_PREFIX = prefix;
  root = await mkdtemp(join(tmpdir(), 'drafter-serve-queues-'));
  await pool.start().ready();
  runner = await createQueueRunner(redisUrl);
  app = await buildServer({
    runner,
    corpusDir: join(root, 'corpus'),
    outDir: join(root, 'out'),
    queueStatus: { where: 'test redis', read: () => queueStatus(redisUrl, prefix) },
  });
});

afterAll(async () => {
  await app?.close();
  await runner?.close();
  await pool.stopAll();
  await cleanPrefix(prefix);
  await rm(root, { recursive: true, force: true });
});

describe('drafter serve with REDIS_URL', () => {
  it('drafts through the workers and shows queue counts without job data', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/draft', payload: { notes: NOTES, framework: 'iqts', provider: 'Fenwick SCITT' } });
    expect(response.statusCode).toBe(200);
    const xml = unzip(response.rawPayload).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Fenwick SCITT');
    expect(xml).not.toMatch(/Ashworth|Pellinger/);

    const status = await app.inject({ method: 'GET', url: '/admin/queues' });
    const { queues } = JSON.parse(status.body) as { queues: Array<{ name: string; workers: number | null; counts: Record<string, number> }> };
    expect(queues.map((queue) => queue.name).sort()).toEqual(['classify', 'draft', 'ingest']);
    const draft = queues.find((queue) => queue.name === 'draft')!;
    expect(draft.workers === null || draft.workers >= 1).toBe(true);

    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<td>draft</td>');
    expect(page.body).not.toMatch(/Ashworth|Pellinger|Safeguarding|Fenwick/);
  });
});
