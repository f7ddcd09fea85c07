import type { RedisOptions } from 'bullmq';
import { Redis, type RedisOptions as IORedisOptions } from 'ioredis';
import { DrafterError } from '../src/errors.js';

/** Queue key prefix: DRAFTER_QUEUE_PREFIX, default "drafter", so services and tests can share a Redis. */
export function queuePrefix(): string {
  return process.env.DRAFTER_QUEUE_PREFIX?.trim() || 'drafter';
}

/** The URL with any password replaced by "***", safe for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

/**
 * ioredis options for BullMQ from a redis:// or rediss:// URL. BullMQ creates its own connections
 * from these (a Worker needs two), so we hand it options rather than a shared instance.
 * `maxRetriesPerRequest: null` is what BullMQ requires for workers' blocking commands; with it,
 * a command waits for a reconnect instead of failing, so a Redis restart does not kill a worker.
 */
export function redisOptions(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DrafterError('invalid-argument', `REDIS_URL is not a URL: ${redactUrl(url)}`, {
      hint: 'use redis://[user:password@]host:port[/db]',
    });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new DrafterError('invalid-argument', `REDIS_URL must start with redis:// or rediss://, not ${parsed.protocol}//`);
  }
  const db = Number(parsed.pathname.replace(/^\//, '') || 0);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    // Keep reconnecting while running (a Redis restart is transient) but never faster than 2 s.
    retryStrategy: (times: number) => Math.min(200 * 2 ** times, 2000),
  };
}

/**
 * Fails fast with `redis-unreachable` (naming the URL, password redacted) when Redis does not
 * answer PING within `timeoutMs`. BullMQ and ioredis otherwise retry forever, so a wrong URL
 * would look like a hang.
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const options = redisOptions(url);
  const client = new Redis({
    ...(options as IORedisOptions),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let cause: Error | undefined; // ioredis reports "Connection is closed"; the socket error says why
  client.on('error', (error: Error) => (cause ??= error));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    const reason = (cause ?? (error instanceof Error ? error : new Error(String(error)))).message.split('\n')[0];
    throw new DrafterError('redis-unreachable', `cannot reach Redis at ${redactUrl(url)}: ${reason}`, {
      hint: 'start redis-server, or fix or unset REDIS_URL to run in-process',
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/** REDIS_URL, or a one-line error for commands that only make sense with Redis. */
export function requireRedisUrl(command: string): string {
  const url = process.env.REDIS_URL?.trim();
  if (!url) {
    throw new DrafterError('invalid-argument', `drafter ${command} needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379)`);
  }
  return url;
}
