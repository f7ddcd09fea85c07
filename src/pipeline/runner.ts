import type {
  ClassifyRequest,
  DraftRequest,
  DraftResult,
  IngestOutcome,
  IngestRequest,
  Observation,
} from '../schemas/index.js';
import type { StageContext } from './context.js';

/**
 * Runs pipeline stages. The in-process runner calls the stage functions directly; the BullMQ
 * runner (queues/runner.ts) sends the same requests to workers. The CLI only sees this interface.
 */
export interface Runner {
  ingest(requests: IngestRequest[], context?: StageContext & { onOutcome?: (outcome: IngestOutcome) => void }): Promise<IngestOutcome[]>;
  classify(request: ClassifyRequest, context?: StageContext): Promise<Observation[]>;
  draft(request: DraftRequest, context?: StageContext): Promise<DraftResult>;
  close(): Promise<void>;
}
