import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { redisOptions } from '../../queues/connection.js';
import { projectRoot } from './cli.js';

/** The Redis the queue suites use (.ci/run makes sure one is up). */
export const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A queue prefix of the test's own, so suites sharing one Redis never see each other's jobs. */
export function testPrefix(): string {
  return `test-${randomUUID()}`;
}

/** Removes every key under the prefix (queues obliterated first, then anything left). */
export async function cleanPrefix(prefix: string): Promise<void> {
  for (const name of ['ingest', 'classify', 'draft']) {
    const queue = new Queue(name, { connection: redisOptions(redisUrl), prefix });
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
  }
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A `drafter worker` process spawned from source, with its output collected. */
export class WorkerProcess {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(prefix: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'worker', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', REDIS_URL: redisUrl, DRAFTER_QUEUE_PREFIX: prefix, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves when the worker's output matches `pattern` (rejects after `timeoutMs`). */
  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null || this.child.signalCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`worker output never matched ${pattern}:\n${this.output}`);
  }

  /** Waits until the worker is serving its queues. */
  ready(): Promise<RegExpMatchArray> {
    return this.waitFor(/serving .* at /);
  }

  /** Stops the worker if still running; SIGKILL after a grace period. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Starts worker processes and stops them all (and cleans the prefix) at the end of a test. */
export function workerPool(prefix: string, env: NodeJS.ProcessEnv = {}) {
  const started: WorkerProcess[] = [];
  return {
    start(args: string[] = []): WorkerProcess {
      const worker = new WorkerProcess(prefix, args, env);
      started.push(worker);
      return worker;
    },
    async stopAll(): Promise<void> {
      await Promise.all(started.map((worker) => worker.stop()));
    },
  };
}
