import type { Framework, LabelledStatement } from '../schemas/index.js';
import { DEFAULT_TRAIN, assembleModel, trainClassifier, trainPlacementModels, trainPolarityModels, type ClassifierModel, type PolarityModels, type PolarityStatement, type TrainOptions } from './model.js';
import { alongside, onWorker } from './on-worker.js';

export interface ParallelTraining {
  /** Told where a worker failed and its half was trained on this thread. */
  warn?: (message: string) => void;
  /** The polarity half, already trained on these statements with these settings (for another framework): used as it is. */
  polarity?: PolarityModels;
}

/**
 * trainClassifier on two threads: the polarity models (half the fit) on a worker while this thread
 * fits the section and criterion models. The halves are the same functions trainClassifier runs,
 * so the model is the same to the bit; where no worker can be started, or one fails (`warn` is
 * told), the work is done on this thread. Given the polarity half (`polarity`), no worker is
 * started: only the section and criterion models are fitted.
 */
export async function trainClassifierInParallel(
  statements: LabelledStatement[],
  framework: Framework,
  key = '',
  options: TrainOptions = {},
  { warn, polarity: trained }: ParallelTraining = {},
): Promise<ClassifierModel> {
  const settings = { ...DEFAULT_TRAIN, ...options };
  const started = performance.now();
  if (trained) return assembleModel(statements, framework, key, trained, trainPlacementModels(statements, framework, settings), started);
  // Only what the polarity models read: copying the rest to the worker (sources, neighbours) took twice as long.
  const slim: PolarityStatement[] = statements.map(({ text, headings, polarity, origin, linePieces }) => ({ text, headings, polarity, origin, linePieces }));
  const polarity = onWorker<PolarityModels>('model', 'trainPolarityModels', [slim, settings]);
  if (!polarity) return trainClassifier(statements, framework, key, options);
  const [placement, polarityModels] = await alongside(
    polarity,
    () => trainPlacementModels(statements, framework, settings),
    () => trainPolarityModels(statements, settings),
    warn,
    'training on one thread: the polarity worker',
  );
  return assembleModel(statements, framework, key, polarityModels, placement, started);
}
