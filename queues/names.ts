/** One BullMQ queue per pipeline stage; workers and clients must agree on these names. */
export const QueueName = {
  ingest: 'ingest',
  classify: 'classify',
  draft: 'draft',
} as const;
export type Stage = keyof typeof QueueName;
export const STAGES = Object.keys(QueueName) as Stage[];

/** Job names inside the queues (shown by `drafter queues` and the worker log). */
export const JobName = {
  ingest: 'ingest-document',
  classify: 'classify-notes',
  classifyChunk: 'classify-chunk',
  draft: 'draft-report',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** True when `value` names a stage. */
export function isStage(value: string): value is Stage {
  return (STAGES as string[]).includes(value);
}
