import type { StageContext } from '../pipeline/context.js';
import type { IngestOutcome, IngestRequest } from '../schemas/index.js';

/** Parses one document and stores it in the corpus, keyed by content hash. (placeholder until built) */
export async function ingestDocument(request: IngestRequest, _context: StageContext = {}): Promise<IngestOutcome> {
  throw new Error(`ingest not built yet: ${request.path}`);
}
