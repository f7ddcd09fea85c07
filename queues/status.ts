import { Queue } from 'bullmq';
import { redisOptions } from './connection.js';
import { QueueName, STAGES } from './names.js';

const COUNTED = ['waiting', 'active', 'delayed', 'waiting-children', 'prioritized', 'completed', 'failed'] as const;

export interface QueueStatus {
  name: string;
  counts: Record<(typeof COUNTED)[number], number>;
  /** Worker connections listening on the queue; null when Redis will not say (CLIENT LIST disabled). */
  workers: number | null;
  failed: Array<{ id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: number | null }>;
}

/** Counts per queue and the most recent failed jobs with their reasons, for the person running the service. */
export async function queueStatus(url: string, prefix: string, failedLimit = 10): Promise<QueueStatus[]> {
  return Promise.all(
    STAGES.map(async (stage) => {
      const queue = new Queue(QueueName[stage], { connection: redisOptions(url), prefix });
      queue.on('error', () => {});
      try {
        const counts = (await queue.getJobCounts(...COUNTED)) as QueueStatus['counts'];
        const workers = await queue.getWorkersCount().catch(() => null);
        const failed = failedLimit > 0 ? await queue.getFailed(0, failedLimit - 1) : [];
        return {
          name: QueueName[stage],
          counts,
          workers,
          failed: failed.map((job) => ({
            id: job.id ?? '?',
            name: job.name,
            failedReason: (job.failedReason ?? '').split('\n')[0],
            attemptsMade: job.attemptsMade,
            finishedOn: job.finishedOn ?? null,
          })),
        };
      } finally {
        await queue.close();
      }
    }),
  );
}
