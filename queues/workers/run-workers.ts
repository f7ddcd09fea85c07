import type { Job, Worker } from 'bullmq';
import { QueueName, type Stage } from '../names.js';
import { createStageWorker, type StageWorkerOptions } from './stage-worker.js';

export interface RunningWorkers {
  workers: Worker[];
  /** Active jobs across all stages. */
  active(): number;
  /** Stops taking jobs, waits for the ones in hand (force: abandons them to be picked up again). */
  close(force?: boolean): Promise<void>;
}

/**
 * Starts a worker per stage and logs one line per finished job: time, stage, job id, outcome, ms.
 * Never the job's data or result text, which carry note text and names.
 */
export async function runWorkers(stages: Stage[], options: StageWorkerOptions, log: (line: string) => void): Promise<RunningWorkers> {
  const started = new Map<string, number>();
  const workers = stages.map((stage) => {
    const worker = createStageWorker(stage, options);
    const key = (job: Job) => `${stage}:${job.id}`;
    const line = (job: Job, outcome: string) => {
      const ms = Math.round(performance.now() - (started.get(key(job)) ?? performance.now()));
      started.delete(key(job));
      log(`${new Date().toISOString()} ${stage} ${job.id} ${outcome} ${ms}ms`);
    };
    worker.on('active', (job) => started.set(key(job), performance.now()));
    worker.on('completed', (job, result) => line(job, `completed${summarise(stage, result)}`));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1) || job.finishedOn !== undefined;
      line(job, `${final ? 'failed' : 'failed, will retry'} (attempt ${job.attemptsMade}): ${firstLine(error.message)}`);
    });
    worker.on('stalled', (jobId) => log(`${new Date().toISOString()} ${stage} ${jobId} stalled (its worker stopped); back in the queue`));
    worker.on('error', (error) => log(`${new Date().toISOString()} ${stage} worker error: ${firstLine(error.message)}`));
    return worker;
  });
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  return {
    workers,
    active: () => started.size,
    async close(force = false) {
      await Promise.all(workers.map((worker) => worker.close(force)));
    },
  };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** A few counts from a job's result, for the log line (never text). */
function summarise(stage: Stage, result: unknown): string {
  if (stage === QueueName.ingest && result && typeof result === 'object' && 'status' in result) {
    const outcome = result as { status: string; code?: string | null };
    return ` ${outcome.status}${outcome.code ? ` [${outcome.code}]` : ''}`;
  }
  if (stage === QueueName.classify && Array.isArray(result)) return ` ${result.length} observations`;
  if (stage === QueueName.draft && result && typeof result === 'object' && 'paragraphs' in result) {
    return ` ${(result as { paragraphs: number }).paragraphs} paragraphs`;
  }
  return '';
}
