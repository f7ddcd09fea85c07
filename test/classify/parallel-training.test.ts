// Training on two threads gives what one thread gives: the model to the bit, the training notes'
// statements in the same order. Under tests the worker runs the .ts sources (tsx registered in it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainClassifier, trainClassifierInParallel, type ClassifierModel } from '../../src/classify/index.js';
import { DEFAULT_TRAIN, trainPolarityModels, type PolarityModels } from '../../src/classify/model.js';
import { WorkerJobError, onWorker } from '../../src/classify/on-worker.js';
import { stem } from '../../src/classify/text.js';
import { readNotesEntry, readNotesOnTwoThreads, trainingNotesFiles } from '../../src/classify/training-notes.js';
import { loadFramework } from '../../src/frameworks/index.js';
import type { LabelledStatement } from '../../src/schemas/index.js';

const withoutTimes = ({ trainedAt: _at, trainingMs: _ms, ...rest }: ClassifierModel) => rest;

describe('training on two threads', () => {
  it('runs a function of a module beside it on a worker', async () => {
    const running = onWorker<string>('text', 'stem', ['inspections']);
    expect(running).not.toBeNull();
    expect(await running!.result).toBe(stem('inspections'));
    await expect(onWorker('text', 'noSuchExport', [])!.result).rejects.toThrow(/noSuchExport is not a function/);
  });

  it('tells work that threw from a worker that failed', async () => {
    // The work threw: it would on this thread too, so training does not try again here.
    await expect(onWorker('text', 'stem', [null])!.result).rejects.toBeInstanceOf(WorkerJobError);
    // The worker could not load the module, or find the function: training falls back to this thread.
    for (const [file, name] of [['no-such-module', 'stem'], ['text', 'noSuchExport']]) {
      const failed = await onWorker(file, name, [])!.result.catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(Error);
      expect(failed).not.toBeInstanceOf(WorkerJobError);
    }
  });

  it('trains the polarity half on a worker as on this thread', async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), 'drafter-parallel-'));
    const files = (await trainingNotesFiles(corpusDir)).filter((_, i) => i % 50 === 0);
    const { statements } = await readNotesEntry(files, corpusDir);
    const onTheWorker = onWorker<PolarityModels>('model', 'trainPolarityModels', [statements, DEFAULT_TRAIN]);
    expect(onTheWorker).not.toBeNull();
    expect(await onTheWorker!.result).toEqual(trainPolarityModels(statements, DEFAULT_TRAIN));
  }, 60_000);

  it('reads the training notes into the same statements, in the same order', async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), 'drafter-parallel-'));
    const files = (await trainingNotesFiles(corpusDir)).filter((_, i) => i % 40 === 0);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const both = await readNotesOnTwoThreads(files, corpusDir);
    const one = await readNotesEntry(files, corpusDir);
    expect(both.statements.length).toBeGreaterThan(100);
    expect(both).toEqual(one);
  }, 60_000);

  it('trains the same model as one thread', async () => {
    const iqts = await loadFramework('iqts');
    const corpusDir = mkdtempSync(join(tmpdir(), 'drafter-parallel-'));
    const files = (await trainingNotesFiles(corpusDir)).filter((file) => file.name.startsWith('iqts-train-1'));
    const { statements } = await readNotesEntry(files, corpusDir);
    const descriptors: LabelledStatement[] = iqts.criteria.map((criterion) => ({
      text: criterion.descriptors[0] ?? criterion.title,
      polarity: 'strength',
      framework: 'iqts',
      section: criterion.section,
      criterion: criterion.id,
      origin: 'descriptor',
      source: { hash: 'taxonomy', file: 'iqts.json' },
    }));
    const all = [...statements, ...descriptors];
    const one = trainClassifier(all, iqts, 'k');
    expect(withoutTimes(await trainClassifierInParallel(all, iqts, 'k'))).toEqual(withoutTimes(one));
    // Another framework on the same statements takes the polarity half as it is.
    const ite = await loadFramework('ite-2025');
    const shared = await trainClassifierInParallel(all, ite, 'k', {}, { polarity: { polarity: one.polarity, ...(one.joints ? { joints: one.joints } : {}) } });
    expect(withoutTimes(shared)).toEqual(withoutTimes(trainClassifier(all, ite, 'k')));
  }, 60_000);
});
