import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import type { z } from 'zod';
import { DrafterError, formatIssues } from '../../src/errors.js';
import type { StageContext } from '../../src/pipeline/context.js';
import type { Progress } from '../../src/schemas/index.js';

// A sandboxed processor runs in a child process the worker forked. If that worker is SIGKILLed the
// child is orphaned: it must exit rather than keep computing a job BullMQ will hand to another
// worker. BullMQ's child reports an uncaught error to its parent, and with the parent gone that
// report fails with EPIPE, itself uncaught: an endless loop at full CPU (seen with bullmq 6.7).
// So: exit on disconnect, on any uncaught error once the channel is gone, and on a periodic check.
const inSandbox = typeof process.send === 'function' && /bullmq[\\/].*classes[\\/]main\.js$/.test(process.argv[1] ?? '');
if (inSandbox) {
  const orphaned = () => process.exit(1);
  process.once('disconnect', orphaned);
  process.prependListener('uncaughtException', (error: NodeJS.ErrnoException) => {
    if (!process.connected || error?.code === 'EPIPE' || error?.code === 'ERR_IPC_CHANNEL_CLOSED') orphaned();
  });
  setInterval(() => !process.connected && orphaned(), 1000).unref();
}

/** Validates job.data with the stage's request schema; invalid data is never retried. */
export function parseJobData<S extends z.ZodType>(schema: S, job: Pick<SandboxedJob, 'data' | 'id' | 'name'>): z.output<S> {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(`[invalid-job-data] job ${job.id} (${job.name}) has invalid data: ${formatIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

/**
 * The queue edge of the error policy: a DrafterError that retrying cannot fix becomes an
 * UnrecoverableError carrying the stage's own one-line message (with its code, so the client can
 * rebuild the same DrafterError); anything else is rethrown so attempts and backoff apply.
 */
export function toJobError(error: unknown): unknown {
  if (DrafterError.is(error)) {
    const line = error.toLine();
    return error.retryable ? Object.assign(new Error(line), { name: 'DrafterError' }) : new UnrecoverableError(line);
  }
  return error;
}

/** The context a stage gets inside a worker: progress goes to job.updateProgress (throttled), warnings to the job log. */
export function jobContext(job: Pick<SandboxedJob, 'updateProgress' | 'log'>): StageContext {
  // Every update is a Redis write and an event to each listening client: at most one per 200 ms,
  // the latest one winning; a new phase (label) and the final update go at once, since the stage
  // may then compute for seconds without yielding.
  let last = 0;
  let label: string | undefined;
  let pending: Progress | null = null;
  let timer: NodeJS.Timeout | undefined;
  const send = (progress: Progress) => {
    last = Date.now();
    label = progress.label;
    pending = null;
    job.updateProgress(progress).catch(() => {});
  };
  return {
    onProgress(progress: Progress) {
      clearTimeout(timer);
      const wait = 200 - (Date.now() - last);
      if (wait <= 0 || progress.done >= progress.total || progress.label !== label) return send(progress);
      pending = progress;
      timer = setTimeout(() => pending && send(pending), wait);
    },
    warn(message: string) {
      job.log(message);
    },
  };
}

/** Runs one stage call for a job: validate, call, map errors. */
export async function runStage<S extends z.ZodType, R>(
  job: SandboxedJob,
  schema: S,
  stage: (request: z.output<S>, context: StageContext) => Promise<R>,
): Promise<R> {
  const request = parseJobData(schema, job);
  try {
    return await stage(request, jobContext(job));
  } catch (error) {
    throw toJobError(error);
  }
}
