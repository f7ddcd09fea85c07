import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'bullmq';
import { redisOptions } from '../connection.js';
import { QueueName, type Stage } from '../names.js';
import { workerTimings } from '../settings.js';

const here = fileURLToPath(import.meta.url);

/**
 * The sandboxed processor file for a stage, with this file's own extension: .ts when running from
 * source under tsx (BullMQ forks the child with the parent's execArgv, so `--import tsx` carries
 * over and the child can load TypeScript), .js when running from dist/.
 */
export function processorFile(stage: Stage): string {
  const file = join(dirname(here), '..', 'processors', `${stage}.processor${extname(here)}`);
  if (extname(file) === '.ts' && !process.execArgv.some((arg) => arg.includes('tsx'))) {
    throw new Error(`cannot run ${file} in a child process without tsx: start with \`node --import tsx\`, or build and run bin/drafter.js`);
  }
  if (!existsSync(file)) throw new Error(`processor ${file} is missing (is the build complete?)`);
  return file;
}

export interface StageWorkerOptions {
  url: string;
  prefix: string;
  concurrency: number;
}

/**
 * A worker for one stage's queue. The processor is a file, so BullMQ runs each job in a pooled
 * child process: PDF parsing, model training and classification can take seconds of CPU without
 * blocking this process's event loop, which renews the job locks. A crash in a child fails only
 * that attempt, and the child pool is reused across jobs so stage modules load once per child.
 */
export function createStageWorker(stage: Stage, options: StageWorkerOptions): Worker {
  return new Worker(QueueName[stage], processorFile(stage), {
    connection: redisOptions(options.url),
    prefix: options.prefix,
    concurrency: options.concurrency,
    useWorkerThreads: false,
    ...workerTimings(),
  });
}

/** Creates one worker per stage (ingest, classify, draft each have their own queue). */
export const createIngestWorker = (options: StageWorkerOptions) => createStageWorker('ingest', options);
export const createClassifyWorker = (options: StageWorkerOptions) => createStageWorker('classify', options);
export const createDraftWorker = (options: StageWorkerOptions) => createStageWorker('draft', options);
