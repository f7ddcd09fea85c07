import type { DefaultJobOptions, WorkerOptions } from 'bullmq';

function envMs(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Retention and retry for every job. Completed jobs are kept a day (at most 1,000 per queue) so a
 * client that reconnects can still read a result and a resubmitted document within that window
 * finds its finished ingest job; failed jobs are kept a week (at most 5,000) so the person running
 * the service can read the reasons with `drafter queues`.
 */
export const jobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} satisfies DefaultJobOptions;

/**
 * Lock and stall timing. A worker holds a job's lock for `lockDuration` and renews it every half of
 * that; the processors run sandboxed, so CPU-heavy stages never block the renewal. If a worker
 * dies, its job's lock lapses and the next stalled-job check (every `stalledInterval`, run by any
 * live worker) puts the job back in the wait list, so recovery takes about lockDuration +
 * stalledInterval. Defaults suit a service (30 s + 15 s); tests shorten them through
 * DRAFTER_LOCK_MS / DRAFTER_STALLED_MS. A job that stalls more than twice is failed rather than
 * retried forever (one that crashes its process every time would otherwise loop).
 */
export function workerTimings(): Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> {
  const lockDuration = envMs('DRAFTER_LOCK_MS', 30_000);
  return {
    lockDuration,
    stalledInterval: envMs('DRAFTER_STALLED_MS', Math.max(1000, lockDuration / 2)),
    maxStalledCount: 2,
  };
}

/** Lines per classification chunk in a draft flow (split at headings where possible). */
export function chunkLines(): number {
  return Math.round(envMs('DRAFTER_CHUNK_LINES', 120));
}
