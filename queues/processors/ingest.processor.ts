// Sandboxed processor for the ingest queue: PDF parsing is CPU-heavy, so it runs in a child process
// and never blocks the worker's lock renewal.
import type { SandboxedJob } from 'bullmq';
import { ingestDocument } from '../../src/corpus/index.js';
import { IngestRequest, type IngestOutcome } from '../../src/schemas/index.js';
import { runStage } from './kit.js';

export default function processIngest(job: SandboxedJob): Promise<IngestOutcome> {
  return runStage(job, IngestRequest, (request, context) => ingestDocument(request, context));
}
