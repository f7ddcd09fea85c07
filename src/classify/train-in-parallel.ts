import type { Framework, LabelledStatement } from '../schemas/index.js';
import { DEFAULT_TRAIN, assembleModel, trainClassifier, trainPlacementModels, trainPolarityModels, type ClassifierModel, type PolarityModels, type PolarityStatement, type TrainOptions } from './model.js';
import { onWorker } from './on-worker.js';

/**
 * trainClassifier on two threads: the polarity models (half the fit, and the same for every
 * framework) on a worker while this thread fits the section and criterion models. The halves are
 * the same functions trainClassifier runs, so the model is the same to the bit; where no worker
 * can be started it trains on this thread alone.
 */
export async function trainClassifierInParallel(statements: LabelledStatement[], framework: Framework, key = '', options: TrainOptions = {}): Promise<ClassifierModel> {
  const settings = { ...DEFAULT_TRAIN, ...options };
  const started = performance.now();
  // Only what the polarity models read: copying the rest to the worker (sources, neighbours) took twice as long.
  const slim: PolarityStatement[] = statements.map(({ text, headings, polarity, origin, linePieces }) => ({ text, headings, polarity, origin, linePieces }));
  const polarity = onWorker<PolarityModels>('model', 'trainPolarityModels', [slim, settings]);
  if (!polarity) return trainClassifier(statements, framework, key, options);
  const placement = trainPlacementModels(statements, framework, settings);
  // A worker that failed (out of memory, killed) costs the time it took: the half is trained here.
  const polarityModels = await polarity.catch(() => trainPolarityModels(statements, settings));
  return assembleModel(statements, framework, key, polarityModels, placement, started);
}
