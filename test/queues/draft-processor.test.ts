// The draft queue's processor (the parent of a report flow), called directly with a job as BullMQ's
// sandbox hands it over: it merges its children's observations in line order, refuses to replace a
// file that was there before the job, and on a re-run after a crash replaces the .docx its own
// earlier attempt wrote (atomically, so no temp file is left behind).
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxedJob } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import processDraft from '../../queues/processors/draft.processor.js';
import { runClassify } from '../../src/classify/index.js';
import { ingestDocument } from '../../src/corpus/index.js';
import { writeDraft } from '../../src/draft/index.js';
import type { DraftRequest, Observation } from '../../src/schemas/index.js';
import { projectRoot } from '../helpers/cli.js';

function fakeJob(request: DraftRequest, children: Record<string, Observation[]>, attempt: { attemptsStarted: number; timestamp: number }): SandboxedJob {
  return {
    id: 'draft-test',
    name: 'draft-report',
    data: request,
    attemptsStarted: attempt.attemptsStarted,
    stalledCounter: attempt.attemptsStarted - 1,
    timestamp: attempt.timestamp,
    getChildrenValues: async () => children,
    updateProgress: async () => {},
    log: () => {},
  } as unknown as SandboxedJob;
}

describe('draft processor', () => {
  let dir: string;
  let request: DraftRequest;
  let observations: Observation[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drafter-draft-processor-'));
    const corpusDir = join(dir, 'corpus');
    await ingestDocument({ path: join(projectRoot, 'corpus/samples/reports/iqts-university-of-derby-2024.txt'), corpusDir });
    const notes = {
      file: 'notes.md',
      text: [
        '## Leadership',
        '- leaders know the programme well; SEF candid about weaknesses',
        '- QA calendar shared but no partnership review minuted since Nov',
        '## Training',
        '- mentors meet trainees weekly and targets are recorded',
        '- 3 of 7 trainees had no mentor observation since Jan',
      ].join('\n'),
      firstLine: 1,
    };
    observations = await runClassify({ notes, framework: 'iqts', corpusDir });
    request = { notes, framework: 'iqts', provider: 'Test University', dates: [], out: join(dir, 'out', 'draft.docx'), force: false, corpusDir };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('merges the children in line order whatever order they come in', async () => {
    const split = observations.findIndex((observation) => observation.source.line >= 4);
    const children = { 'b:classify:2': observations.slice(split), 'b:classify:1': observations.slice(0, split) };
    const result = await processDraft(fakeJob(request, children, { attemptsStarted: 1, timestamp: Date.now() }));
    const expected = await writeDraft({ ...request, out: join(dir, 'out', 'expected.docx') }, observations);
    expect(result).toEqual({ ...expected, out: request.out });
  });

  it('refuses to replace a file that was there before the job', async () => {
    const out = join(dir, 'out', 'users-own.docx');
    await writeFile(out, 'not ours');
    await expect(processDraft(fakeJob({ ...request, out }, { c: observations }, { attemptsStarted: 1, timestamp: Date.now() + 1000 }))).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(/^\[output-exists\] /),
    });
  });

  it('replaces the draft its own earlier attempt wrote when it runs again after a crash', async () => {
    const out = join(dir, 'out', 'rerun.docx');
    const timestamp = Date.now() - 60_000;
    await writeFile(out, 'half a run ago'); // written after the job was added: an earlier attempt's
    const later = new Date(timestamp + 30_000);
    await utimes(out, later, later);
    const result = await processDraft(fakeJob({ ...request, out }, { c: observations }, { attemptsStarted: 2, timestamp }));
    expect(result.out).toBe(out);
    expect((await stat(out)).size).toBeGreaterThan(5000);
    expect((await readdir(join(dir, 'out'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
