// Sandboxed processor for the draft queue: the parent of a report flow. Its classify children have
// already run (possibly on other machines); it merges their observations in line order and writes
// the .docx to request.out, a path on storage the client can read (see README: shared filesystem).
import { stat } from 'node:fs/promises';
import type { SandboxedJob } from 'bullmq';
import { z } from 'zod';
import { runDraft, writeDraft } from '../../src/draft/index.js';
import { DraftRequest, Observation, type DraftResult } from '../../src/schemas/index.js';
import { mergeObservations } from '../flows/chunk-notes.js';
import { runStage } from './kit.js';

const ChildResults = z.record(z.string(), z.array(Observation));

export default function processDraft(job: SandboxedJob): Promise<DraftResult> {
  return runStage(job, DraftRequest, async (request, context) => {
    // A job that runs again after its worker died may find the .docx its first attempt wrote
    // (atomically). That file is this job's own output, so replacing it is not clobbering a user's file.
    if (!request.force && (await writtenByEarlierAttempt(job, request.out))) request = { ...request, force: true };
    const values = ChildResults.safeParse(await job.getChildrenValues());
    if (!values.success) throw new Error(`draft job ${job.id}: a classify child returned malformed observations`);
    const chunks = Object.values(values.data);
    // A draft job added without children (not through the flow) classifies the notes itself.
    if (chunks.length === 0) return runDraft(request, context);
    return writeDraft(request, mergeObservations(chunks), context);
  });
}

async function writtenByEarlierAttempt(job: SandboxedJob, out: string): Promise<boolean> {
  if ((job.attemptsStarted ?? 0) <= 1 && (job.stalledCounter ?? 0) === 0) return false;
  const info = await stat(out).catch(() => null);
  return info !== null && info.mtimeMs >= job.timestamp;
}
