// The whole notes-to-draft path through separate `drafter worker` processes: a report flow whose
// classify chunks are spread over two workers and whose draft parent writes the .docx. The
// observations must be exactly those of the in-process runner, and the draft must carry no personal
// name from the notes. (Ingest through the queue has its own suite.)
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueRunner } from '../../queues/runner.js';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import type { Runner } from '../../src/pipeline/runner.js';
import type { Progress } from '../../src/schemas/index.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { cleanPrefix, redisUrl, testPrefix, workerPool, type WorkerProcess } from '../helpers/redis.js';

const NOTES = join(projectRoot, 'test/fixtures/notes/ite-2025-dev-1.md');

describe('notes to draft through worker processes', () => {
  const prefix = testPrefix();
  const workers = workerPool(prefix);
  let dir: string;
  let corpusDir: string;
  let pool: WorkerProcess[];
  let runner: Runner;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drafter-flow-'));
    corpusDir = join(dir, 'corpus');
    pool = [workers.start(['--queues', 'classify,draft']), workers.start(['--queues', 'classify'])];
    await Promise.all(pool.map((worker) => worker.ready()));
    // Chunks of about 40 lines, so this 110-line file makes a flow of several classify children.
    process.env.DRAFTER_QUEUE_PREFIX = prefix;
    process.env.DRAFTER_CHUNK_LINES = '40';
    runner = await createQueueRunner(redisUrl);
  });
  afterAll(async () => {
    delete process.env.DRAFTER_QUEUE_PREFIX;
    delete process.env.DRAFTER_CHUNK_LINES;
    await runner?.close();
    await workers.stopAll();
    await cleanPrefix(prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests, classifies and drafts with the same results as in-process', async () => {
    // The corpus, and the classifier trained from it, made in-process; the workers load the cached model.
    const local = createInProcessRunner();
    const samples = ['reports/iqts-university-of-derby-2024.txt', 'reports/ite-2015-loughborough-university-2018.txt'];
    await local.ingest(samples.map((file) => ({ path: join(projectRoot, 'corpus/samples', file), corpusDir })));
    const notes = { file: 'ite-2025-dev-1.md', text: await readFile(NOTES, 'utf8'), firstLine: 1 };
    await local.classify({ notes, framework: 'ite-2025', corpusDir });
    const out = join(dir, 'out', 'riverside.docx');
    const progress: Progress[] = [];
    // Meanwhile, a CLI client in Redis mode whose job fails: one line with the stage's own code, exit 1.
    const blank = join(dir, 'blank-notes.md');
    await writeFile(blank, '  \n\n   \n');
    const failing = runCli(['classify', blank, '--framework', 'ite-2025', '--corpus', corpusDir], { env: { REDIS_URL: redisUrl, DRAFTER_QUEUE_PREFIX: prefix } });
    const result = await runner.draft(
      { notes, framework: 'ite-2025', provider: 'Riverside Teacher Training Partnership', dates: ['2026-05-18'], out, force: false, corpusDir },
      { onProgress: (update) => progress.push(update) },
    );
    expect(result.out).toBe(out);
    const cli = await failing;
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe('drafter: [notes-empty] blank-notes.md: the notes have no text\n');
    expect(result.paragraphs).toBeGreaterThan(0);
    expect((await stat(out)).size).toBeGreaterThan(5000);
    const { value: text } = await mammoth.extractRawText({ path: out });
    expect(text).toContain('Riverside Teacher Training Partnership');
    const { names } = JSON.parse(await readFile(NOTES.replace(/\.md$/, '.labels.json'), 'utf8')) as { names: string[] };
    for (const name of names) expect(text).not.toContain(name);

    // Several chunks, run by both workers, and one progress bar that only moves forward to the end.
    const log = pool.map((worker) => worker.output);
    const chunks = log.join('').match(/ classify draft-\S+-chunk-\d+ completed/g) ?? [];
    expect(chunks.length).toBeGreaterThan(1);
    for (const output of log) expect(output).toMatch(/ (classify|draft) \S+ completed/);
    expect(log.join('')).toMatch(/ draft draft-\S+ completed \d+ paragraphs/);
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    expect(progress.map((update) => update.done)).toEqual([...progress.map((update) => update.done)].sort((a, b) => a - b));

    // The chunked classification through the queue is exactly the in-process one.
    const expected = await local.classify({ notes, framework: 'ite-2025', corpusDir });
    await local.close();
    expect(await runner.classify({ notes, framework: 'ite-2025', corpusDir })).toEqual(expected);
  });
});
