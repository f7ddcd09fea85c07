import type { Runner } from '../pipeline/runner.js';
import { createInProcessRunner } from '../pipeline/in-process.js';

/**
 * The runner the CLI uses: BullMQ workers when REDIS_URL is set, in-process otherwise.
 * queues/ is loaded lazily so a machine without Redis never touches it.
 */
export async function getRunner(): Promise<Runner> {
  const url = process.env.REDIS_URL;
  if (!url) return createInProcessRunner();
  const { createQueueRunner } = await import('../../queues/runner.js');
  return createQueueRunner(url);
}
