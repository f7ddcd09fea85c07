import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

// Run as CommonJS source (eval), so one worker serves the built .js modules and, under tests, the
// .ts sources: there it registers tsx first, as a worker inherits no module loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const message = (error) => String((error && error.message) || error);
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  const module = await import(workerData.module);
  const work = module[workerData.name];
  if (typeof work !== 'function') throw new Error(workerData.name + ' is not a function of ' + workerData.module);
  let value;
  try {
    value = await work(...workerData.args);
  } catch (error) {
    return parentPort.postMessage({ error: message(error), stack: error && error.stack, threw: true });
  }
  parentPort.postMessage({ value });
})().catch((error) => parentPort.postMessage({ error: message(error) }));
`;

/** The work itself threw on the worker (so would on any thread), as against the worker failing. */
export class WorkerJobError extends Error {}

/** Work running on a worker thread: its result, and a way to stop it when the result is no longer wanted. */
export interface WorkerCall<T> {
  result: Promise<T>;
  cancel(): void;
}

/**
 * `name`, exported by the module `file` beside this one ("model" for model.ts / model.js), called
 * with `args` on a worker thread. Null where no worker can be started; `result` rejects where the
 * worker fails, with a WorkerJobError where the work itself threw (and is marked handled at once,
 * so a caller that stops waiting for it, having failed itself, does not bring the process down).
 * The arguments are copied to the worker before this returns, so the caller may go on to use them.
 */
export function onWorker<T>(file: string, name: string, args: unknown[]): WorkerCall<T> | null {
  const extension = extname(fileURLToPath(import.meta.url));
  const module = new URL(`./${file}${extension}`, import.meta.url).href;
  let tsx: string | null = null;
  if (extension === '.ts') {
    try {
      tsx = import.meta.resolve('tsx/esm/api');
    } catch {
      return null; // sources run by a loader a worker cannot have: one thread it is
    }
  }
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, name, args, tsx } });
  } catch {
    return null;
  }
  const result = new Promise<T>((resolve, reject) => {
    worker.once('message', (message: { value: T } | { error: string; stack?: string; threw?: boolean }) => {
      if ('error' in message) {
        const error = message.threw ? new WorkerJobError(message.error) : new Error(message.error);
        // The worker's own stack says where the work failed.
        if (message.stack) error.stack = message.stack;
        reject(error);
      } else resolve(message.value);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
  result.catch(() => {});
  return { result, cancel: () => void worker.terminate() };
}

/**
 * `mine()` on this thread while `call` runs on its worker: both results. Where `mine` fails, the
 * worker is stopped. Where the worker fails (not the work: that would fail here too), its part is
 * done here by `again()`, and `warn` is told "<failed> failed (<why>)".
 */
export async function alongside<Mine, Theirs>(
  call: WorkerCall<Theirs>,
  mine: () => Mine | Promise<Mine>,
  again: () => Theirs | Promise<Theirs>,
  warn: ((message: string) => void) | undefined,
  failed: string,
): Promise<[Mine, Theirs]> {
  let own: Mine;
  try {
    own = await mine();
  } catch (error) {
    call.cancel();
    throw error;
  }
  const theirs = await call.result.catch((error: unknown) => {
    if (error instanceof WorkerJobError) throw error;
    warn?.(`${failed} failed (${error instanceof Error ? error.message : String(error)})`);
    return again();
  });
  return [own, theirs];
}
