import type { StageContext } from '../pipeline/context.js';
import type { ClassifyRequest, Observation } from '../schemas/index.js';

/** Classifies one notes file under a framework. (placeholder until built) */
export async function runClassify(_request: ClassifyRequest, _context: StageContext = {}): Promise<Observation[]> {
  throw new Error('classify not built yet');
}
