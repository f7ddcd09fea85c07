import type { Runner } from '../src/pipeline/runner.js';

/** The BullMQ runner: same interface as the in-process one. (placeholder until built) */
export async function createQueueRunner(_url: string): Promise<Runner> {
  throw new Error('queue runner not built yet');
}
