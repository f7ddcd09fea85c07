import type { StageContext } from '../pipeline/context.js';
import type { DraftRequest, DraftResult } from '../schemas/index.js';

/** Classifies notes and writes the .docx draft. (placeholder until built) */
export async function runDraft(_request: DraftRequest, _context: StageContext = {}): Promise<DraftResult> {
  throw new Error('draft not built yet');
}
