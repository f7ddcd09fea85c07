import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import type { z } from 'zod';
import { DrafterError, formatIssues } from '../../src/errors.js';
import type { StageContext } from '../../src/pipeline/context.js';
import type { Progress } from '../../src/schemas/index.js';

// A sandboxed processor runs in a child process the worker forked. If that worker is SIGKILLed the
// child is orphaned; it must not keep computing a job BullMQ will hand to another worker anyway.
if (typeof process.send === 'function') process.once('disconnect', () => process.exit(1));

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
  let last = 0;
  return {
    onProgress(progress: Progress) {
      const now = Date.now();
      // Every update is a Redis write and an event to each listening client: at most ~5 a second.
      if (now - last < 200 && progress.done < progress.total) return;
      last = now;
      job.updateProgress(progress).catch(() => {});
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
