import type { Runner } from '../pipeline/runner.js';

/**
 * The runner the CLI uses: BullMQ workers when REDIS_URL is set, in-process otherwise.
 * Both are loaded lazily: the stages pull in pdf.js, natural and docx, which `--help` and
 * commands that never run a stage should not pay for; a machine without Redis never loads queues/.
 */
export async function getRunner(): Promise<Runner> {
  const url = process.env.REDIS_URL;
  if (!url) {
    const { createInProcessRunner } = await import('../pipeline/in-process.js');
    return createInProcessRunner();
  }
  const { createQueueRunner } = await import('../../queues/runner.js');
  return createQueueRunner(url);
}
