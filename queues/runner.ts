import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Job, JobNode } from 'bullmq';
import type { z } from 'zod';
import { DrafterError, formatIssues } from '../src/errors.js';
import type { StageContext } from '../src/pipeline/context.js';
import type { Runner } from '../src/pipeline/runner.js';
import {
  ClassifyRequest,
  DraftRequest,
  IngestOutcome,
  Observation,
  Progress,
  type DraftResult,
  type IngestRequest,
  type NotesInput,
} from '../src/schemas/index.js';
import { redactNames } from '../src/classify/index.js';
import { QueueClient, jobFailure } from './client.js';
import { checkRedis, queuePrefix, redactUrl } from './connection.js';
import { chunkNotes, mergeObservations } from './flows/chunk-notes.js';
import { addDraftReportFlow } from './flows/draft-report.flow.js';
import { JobName, type Stage } from './names.js';
import { chunkLines } from './settings.js';

/**
 * The BullMQ runner: the same interface as the in-process one, but each stage call becomes a job
 * that any `drafter worker` on the same Redis may run. Fails fast with `redis-unreachable`.
 */
export async function createQueueRunner(url: string): Promise<Runner> {
  await checkRedis(url);
  const client = new QueueClient(url, queuePrefix());
  const warned = new Set<Stage>();

  // A job with no worker to run it would wait silently; say so once, and keep waiting.
  async function warnIfNoWorkers(stage: Stage, context: StageContext): Promise<void> {
    if (warned.has(stage)) return;
    warned.add(stage);
    if ((await client.workerCount(stage)) === 0) {
      context.warn?.(`no drafter worker is listening on the ${stage} queue at ${redactUrl(url)} (prefix ${client.prefix}); waiting until one starts`);
    }
  }

  return {
    async ingest(requests, context = {}) {
      await warnIfNoWorkers('ingest', context);
      let done = 0;
      return Promise.all(
        requests.map(async (request) => {
          const outcome = await ingestOne(client, request);
          done += 1;
          context.onOutcome?.(outcome);
          context.onProgress?.({ done, total: requests.length, label: outcome.file });
          return outcome;
        }),
      );
    },

    async classify(request, context = {}) {
      const valid = parseRequest(ClassifyRequest, request, 'classify');
      await warnIfNoWorkers('classify', context);
      const chunks = chunkNotes(redacted(valid.notes), chunkLines());
      const weights = chunks.map((chunk) => chunk.text.split('\n').length);
      const progress = new ProgressSum(weights, context);
      const queue = client.queue('classify');
      await client.queueEvents('classify');
      const jobs = await queue.addBulk(chunks.map((notes) => ({ name: JobName.classify, data: { ...valid, notes } satisfies ClassifyRequest })));
      const results = await Promise.all(
        jobs.map(async (job, index) => {
          const observations = await client.wait<unknown>('classify', job, (data) => progress.update(index, data));
          progress.finish(index);
          await forwardWarnings(client, 'classify', job.id, context);
          return parseResult(Observation.array(), observations, job);
        }),
      );
      return mergeObservations(results);
    },

    async draft(request, context = {}) {
      const valid = parseRequest(DraftRequest, request, 'draft');
      await warnIfNoWorkers('classify', context);
      await warnIfNoWorkers('draft', context);
      const notes = redacted(valid.notes);
      return draftThroughFlow(client, { ...valid, notes }, chunkNotes(notes, chunkLines()), context);
    },

    close: () => client.close(),
  };
}

/**
 * Runs one report flow (a classify child per chunk, the draft parent) and waits for the parent,
 * forwarding the children's and the parent's progress as one bar. A child that fails for good fails
 * the flow with the child's own reason.
 */
export async function draftThroughFlow(client: QueueClient, request: DraftRequest, chunks: NotesInput[], context: StageContext = {}): Promise<DraftResult> {
  // Classifying is most of the work; drafting the .docx counts as one more chunk's worth.
  const weights = chunks.map((chunk) => chunk.text.split('\n').length);
  const progress = new ProgressSum([...weights, Math.max(1, Math.round(weights.reduce((a, b) => a + b, 0) / chunks.length))], context);
  const classifyEvents = await client.queueEvents('classify');
  await client.queueEvents('draft');
  const tree = await addDraftReportFlow(client.flowProducer(), request, chunks, client.prefix);
  const children = (tree.children ?? []).map((node) => node.job);
  const listeners = children.map((child, index) => {
    const onProgress = ({ data }: { data: unknown }) => progress.update(index, data);
    const onDone = () => progress.finish(index);
    classifyEvents.on(`progress:${child.id}` as 'progress', onProgress as never);
    classifyEvents.on(`completed:${child.id}` as 'completed', onDone as never);
    return () => {
      classifyEvents.off(`progress:${child.id}` as 'progress', onProgress as never);
      classifyEvents.off(`completed:${child.id}` as 'completed', onDone as never);
    };
  });
  try {
    let result: DraftResult;
    try {
      result = await client.wait<DraftResult>('draft', tree.job, (data) => progress.update(chunks.length, data));
    } catch (error) {
      throw await flowFailure(client, tree, error as DrafterError);
    }
    progress.finish(chunks.length);
    for (const child of children) await forwardWarnings(client, 'classify', child.id, context);
    await forwardWarnings(client, 'draft', tree.job.id, context);
    return result;
  } finally {
    for (const remove of listeners) remove();
  }
}

/** Warnings a stage logged in the worker reach the client as job logs. */
async function forwardWarnings(client: QueueClient, stage: Stage, jobId: string | undefined, context: StageContext): Promise<void> {
  if (!jobId || !context.warn) return;
  const { logs } = await client.queue(stage).getJobLogs(jobId).catch(() => ({ logs: [] as string[] }));
  for (const line of logs) context.warn(line);
}

/**
 * Notes with personal names replaced by roles, before they leave this process. The classifier
 * redacts too, but it keeps a roster across the whole file (a person named once with a role is
 * recognised by name alone later), which a chunk would lose; and this way names never reach Redis,
 * where job data is retained.
 */
function redacted(notes: NotesInput): NotesInput {
  return { ...notes, text: redactNames(notes.text).text };
}

/** One ingest job per distinct document: the job id is the file's content hash plus its corpus. */
async function ingestOne(client: QueueClient, request: IngestRequest): Promise<IngestOutcome> {
  const queue = client.queue('ingest');
  const hash = await sha256File(request.path).catch(() => null);
  // A file the client cannot read still goes to a worker (random id), which reports it as failed
  // with the same code the in-process runner would.
  const jobId = hash ? ingestJobId(hash, request.corpusDir) : undefined;
  if (jobId) {
    // A failed job with this id (a crash or exhausted retries: bad input is an outcome, not a
    // failure) would block the id until retention drops it; remove it so the document is tried again.
    const existing = await queue.getJob(jobId);
    if (existing && (await existing.isFailed())) await existing.remove().catch(() => {});
  }
  await client.queueEvents('ingest');
  // BullMQ adds nothing when the id exists, so the same content submitted twice (by this call or
  // any other client) is parsed once. The submission token tells this call whether its add won.
  const submission = randomUUID();
  const job = await queue.add(JobName.ingest, { ...request, submission }, jobId ? { jobId } : {});
  const stored = jobId ? await queue.getJob(jobId) : job;
  const duplicate = (stored?.data as { submission?: string } | undefined)?.submission !== submission;
  let outcome: IngestOutcome;
  try {
    outcome = parseResult(IngestOutcome, await client.wait<unknown>('ingest', job), job);
  } catch (error) {
    // Ingest outcomes carry per-file failures; a job that failed outright is reported the same way.
    const failure = DrafterError.is(error) ? error : jobFailure('ingest', job.id, error);
    return { file: basename(request.path), status: 'failed', hash, kind: null, reason: failure.toLine(), code: failure.code };
  }
  // The outcome may be another submission's (same content, other path): report it for this file.
  if (duplicate && outcome.status === 'ingested') outcome = { ...outcome, status: 'duplicate' };
  return { ...outcome, file: basename(request.path) };
}

/** The ingest job id: sha256 of the file's bytes, qualified by the corpus it goes into. */
export function ingestJobId(hash: string, corpusDir: string): string {
  return `${hash}-${createHash('sha256').update(corpusDir).digest('hex').slice(0, 12)}`;
}

// Hashing reads every file: a few at a time, so a folder of thousands does not run out of file handles.
const hashing = { active: 0, queue: [] as Array<() => void> };

async function sha256File(path: string): Promise<string> {
  if (hashing.active >= 8) await new Promise<void>((resolve) => hashing.queue.push(resolve));
  hashing.active += 1;
  try {
    return await hashFile(path);
  } finally {
    hashing.active -= 1;
    hashing.queue.shift()?.();
  }
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** When a draft flow fails because a child did, the client sees the child's own reason. */
async function flowFailure(client: QueueClient, tree: JobNode, error: DrafterError): Promise<DrafterError> {
  if (!/child .* failed/.test(error.message)) return error;
  for (const node of tree.children ?? []) {
    const child = await client.queue('classify').getJob(node.job.id!).catch(() => undefined);
    if (child && (await child.isFailed())) {
      const reason = jobFailure('classify', child.id, new Error(child.failedReason));
      const lines = `${child.data?.notes?.firstLine ?? '?'}`;
      if (reason.code !== 'job-failed') return reason;
      return new DrafterError('job-failed', `draft failed: classifying the notes from line ${lines} failed: ${child.failedReason}`, {
        hint: reason.hint,
        cause: error,
      });
    }
  }
  return error;
}

function parseRequest<S extends z.ZodType>(schema: S, request: unknown, stage: string): z.output<S> {
  const parsed = schema.safeParse(request);
  if (!parsed.success) throw new DrafterError('invalid-argument', `invalid ${stage} request: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

function parseResult<S extends z.ZodType>(schema: S, value: unknown, job: Job): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DrafterError('job-failed', `${job.name} job ${job.id} returned a malformed result`);
  return parsed.data;
}

/** Sums the progress of several jobs, each weighted (e.g. by its lines), into one Progress. */
class ProgressSum {
  private readonly fractions: number[];
  private readonly labels: Array<string | undefined>;
  constructor(
    private readonly weights: number[],
    private readonly context: StageContext,
  ) {
    this.fractions = weights.map(() => 0);
    this.labels = weights.map(() => undefined);
  }
  update(index: number, data: unknown): void {
    const parsed = Progress.safeParse(data);
    if (!parsed.success || parsed.data.total <= 0) return;
    this.fractions[index] = Math.min(1, parsed.data.done / parsed.data.total);
    this.labels[index] = parsed.data.label;
    this.emit(parsed.data.label);
  }
  finish(index: number): void {
    this.fractions[index] = 1;
    this.emit(this.labels[index]);
  }
  private last = '';
  private emit(label?: string): void {
    const total = this.weights.reduce((sum, weight) => sum + weight, 0);
    const done = Math.round(this.weights.reduce((sum, weight, index) => sum + weight * this.fractions[index], 0));
    const key = `${done}/${total}`;
    if (key === this.last) return; // several jobs repeat the same state; the bar needs it once
    this.last = key;
    this.context.onProgress?.({ done, total, label });
  }
}
