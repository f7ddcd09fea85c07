import { randomUUID } from 'node:crypto';
import type { FlowJob, FlowProducer, JobNode } from 'bullmq';
import type { ClassifyRequest, DraftRequest, NotesInput } from '../../src/schemas/index.js';
import { JobName, QueueName } from '../names.js';
import { jobOptions } from '../settings.js';

/**
 * The flow for one report: a classify child per chunk of the notes, and a draft parent that runs
 * once all children are done, reading their observations with getChildrenValues(). A child that
 * fails for good fails the parent at once (failParentOnFailure) instead of leaving it waiting.
 */
export function draftReportFlow(request: DraftRequest, chunks: NotesInput[], prefix: string): FlowJob {
  const id = randomUUID();
  return {
    name: JobName.draft,
    queueName: QueueName.draft,
    prefix,
    data: request,
    opts: { ...jobOptions, jobId: `draft-${id}` },
    children: chunks.map((notes, index): FlowJob => {
      const data: ClassifyRequest = { notes, framework: request.framework, corpusDir: request.corpusDir };
      return {
        name: JobName.classifyChunk,
        queueName: QueueName.classify,
        prefix,
        data,
        opts: { ...jobOptions, jobId: `draft-${id}-chunk-${index + 1}`, failParentOnFailure: true },
      };
    }),
  };
}

/** Adds the report flow; returns the tree so the caller can wait on the parent and watch the children. */
export function addDraftReportFlow(producer: FlowProducer, request: DraftRequest, chunks: NotesInput[], prefix: string): Promise<JobNode> {
  return producer.add(draftReportFlow(request, chunks, prefix));
}
