import { FlowProducer, Queue, QueueEvents, type Job } from 'bullmq';
import { DrafterError, ErrorCatalogue, type ErrorCode } from '../src/errors.js';
import { redisOptions } from './connection.js';
import { QueueName, type Stage } from './names.js';
import { jobOptions } from './settings.js';

/**
 * The client's handles on the queues: a Queue (to add and inspect jobs) and a QueueEvents (to
 * wait for results and progress) per stage, and one FlowProducer, all created on first use.
 */
export class QueueClient {
  private readonly queues = new Map<Stage, Queue>();
  private readonly events = new Map<Stage, Promise<QueueEvents>>();
  private producer?: FlowProducer;

  constructor(
    readonly url: string,
    readonly prefix: string,
  ) {}

  queue(stage: Stage): Queue {
    let queue = this.queues.get(stage);
    if (!queue) {
      queue = new Queue(QueueName[stage], { connection: redisOptions(this.url), prefix: this.prefix, defaultJobOptions: jobOptions });
      queue.on('error', () => {}); // connection errors surface on the awaited calls
      queue.setMaxListeners(0); // each job waited on listens for the queue closing
      this.queues.set(stage, queue);
    }
    return queue;
  }

  /** QueueEvents for a stage, listening before it is returned so no event after this point is missed. */
  queueEvents(stage: Stage): Promise<QueueEvents> {
    let events = this.events.get(stage);
    if (!events) {
      const created = new QueueEvents(QueueName[stage], { connection: redisOptions(this.url), prefix: this.prefix });
      created.on('error', () => {});
      created.setMaxListeners(0); // one pair of listeners per job waited on
      events = created.waitUntilReady().then(() => created);
      this.events.set(stage, events);
    }
    return events;
  }

  flowProducer(): FlowProducer {
    if (!this.producer) {
      this.producer = new FlowProducer({ connection: redisOptions(this.url), prefix: this.prefix });
      this.producer.on('error', () => {});
      this.producer.setMaxListeners(0); // each flow job waited on listens for the producer closing
    }
    return this.producer;
  }

  /** Waits for a job, forwarding its progress events; rejects with the job's failure as a DrafterError. */
  async wait<R>(stage: Stage, job: Job, onProgress?: (data: unknown) => void): Promise<R> {
    const events = await this.queueEvents(stage);
    const listener = ({ data }: { data: unknown }) => onProgress?.(data);
    if (onProgress) events.on(`progress:${job.id}` as 'progress', listener as never);
    try {
      return (await job.waitUntilFinished(events)) as R;
    } catch (error) {
      throw jobFailure(stage, job.id, error);
    } finally {
      if (onProgress) events.off(`progress:${job.id}` as 'progress', listener as never);
    }
  }

  /** How many worker connections listen on a stage's queue (null when Redis does not say). */
  async workerCount(stage: Stage): Promise<number | null> {
    try {
      return await this.queue(stage).getWorkersCount();
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    const closing: Array<Promise<unknown>> = [...this.queues.values()].map((queue) => queue.close());
    for (const events of this.events.values()) closing.push(events.then((e) => e.close(), () => {}));
    if (this.producer) closing.push(this.producer.close());
    await Promise.allSettled(closing);
  }
}

/**
 * Rebuilds the stage's own DrafterError from a job's failed reason ("[code] message (hint)"), so the
 * CLI prints the same line in both modes; other failures become `job-failed` naming the job.
 */
export function jobFailure(stage: Stage, jobId: string | undefined, error: unknown): DrafterError {
  if (DrafterError.is(error)) return error;
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const coded = /^\[([a-z0-9-]+)\] (.*)$/.exec(reason);
  if (coded && coded[1] in ErrorCatalogue) return new DrafterError(coded[1] as ErrorCode, coded[2], { cause: error });
  return new DrafterError('job-failed', `${stage} job ${jobId ?? '?'} failed: ${reason}`, {
    hint: 'run `drafter queues` to see failed jobs; the worker log has the details',
    cause: error,
  });
}
