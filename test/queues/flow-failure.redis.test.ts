// A report flow whose classify child fails for good must fail its draft parent at once, with the
// child's own reason reaching the client, rather than leaving the parent waiting for ever.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueClient } from '../../queues/client.js';
import { draftThroughFlow } from '../../queues/runner.js';
import type { DraftRequest } from '../../src/schemas/index.js';
import { cleanPrefix, redisUrl, testPrefix, workerPool } from '../helpers/redis.js';

describe('draft report flow', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('fails the parent with the reason of a child that failed', async () => {
    const prefix = testPrefix();
    const dir = await mkdtemp(join(tmpdir(), 'drafter-flow-'));
    const workers = workerPool(prefix);
    const client = new QueueClient(redisUrl, prefix);
    cleanups.push(() => rm(dir, { recursive: true, force: true }), () => cleanPrefix(prefix), () => workers.stopAll(), () => client.close());
    await workers.start(['--queues', 'classify,draft']).ready();

    const request: DraftRequest = {
      notes: { file: 'notes.md', text: '## Leadership\n- leaders know the programme well', firstLine: 1 },
      framework: 'iqts',
      provider: 'Test Provider',
      dates: [],
      out: join(dir, 'draft.docx'),
      force: false,
      corpusDir: dir,
    };
    // The second chunk is not a valid request (line numbers start at 1): the worker refuses it
    // without retrying, and the parent must fail with that reason.
    const chunks = [request.notes, { file: 'notes.md', text: '- a second chunk', firstLine: 0 }];
    const error = await draftThroughFlow(client, request, chunks).then(
      () => null,
      (caught: unknown) => caught as { code: string; message: string },
    );
    expect(error?.code).toBe('invalid-job-data');
    expect(error?.message).toMatch(/has invalid data: notes\.firstLine/);

    const failed = await client.queue('draft').getFailed();
    expect(failed).toHaveLength(1);
    expect(failed[0].failedReason).toMatch(/^child .*classify.* failed$/);
    expect(await client.queue('draft').getJobCountByTypes('waiting-children', 'waiting', 'active')).toBe(0);
  });
});
