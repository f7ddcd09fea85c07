// Sandboxed processor for the classify queue (whole notes, or one chunk of a draft flow with its
// true firstLine): model training and classification are CPU-heavy.
import type { SandboxedJob } from 'bullmq';
import { runClassify } from '../../src/classify/index.js';
import { ClassifyRequest, type Observation } from '../../src/schemas/index.js';
import { runStage } from './kit.js';

export default function processClassify(job: SandboxedJob): Promise<Observation[]> {
  return runStage(job, ClassifyRequest, (request, context) => runClassify(request, context));
}
