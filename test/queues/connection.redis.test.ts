// Redis unreachable must be a clear one-line error naming the URL (password redacted) within a few
// seconds: BullMQ and ioredis would otherwise retry forever and the command would look hung.
import { describe, expect, it } from 'vitest';
import { checkRedis, redactUrl } from '../../queues/connection.js';
import { createQueueRunner } from '../../queues/runner.js';
import { runCli } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/cli-in-process.js';
import { redisUrl } from '../helpers/redis.js';

const DEAD = 'redis://drafter:s3cret@127.0.0.1:1';

describe('Redis connection', () => {
  it('redacts the password from the URL', () => {
    expect(redactUrl(DEAD)).toBe('redis://drafter:***@127.0.0.1:1');
    expect(redactUrl('redis://127.0.0.1:6379/2')).toBe('redis://127.0.0.1:6379/2');
  });

  it('answers for the Redis the suite uses', async () => {
    await expect(checkRedis(redisUrl)).resolves.toBeUndefined();
  });

  it('fails fast with redis-unreachable naming the URL, never the password', async () => {
    const started = Date.now();
    const error = await createQueueRunner(DEAD).then(
      () => null,
      (caught: unknown) => caught as { code: string; message: string },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error?.code).toBe('redis-unreachable');
    expect(error?.message).toContain('redis://drafter:***@127.0.0.1:1');
    expect(error?.message).not.toContain('s3cret');
  });

  it('makes `drafter worker` exit 1 with one line when Redis is unreachable', async () => {
    const started = Date.now();
    const result = await runCli(['worker'], { env: { REDIS_URL: DEAD } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^drafter: \[redis-unreachable\] cannot reach Redis at redis:\/\/drafter:\*\*\*@127\.0\.0\.1:1/);
    expect(result.stderr).not.toContain('s3cret');
  });

  it('makes `drafter worker` and `drafter queues` without REDIS_URL exit 1 with one line', async () => {
    const commands = ['worker', 'queues'];
    // in-process (REDIS_URL cleared): the spawned exit-1 path is the test above
    for (const [index, command] of commands.entries()) {
      const result = await runCliInProcess([command]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`drafter: [invalid-argument] drafter ${commands[index]} needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379)`);
    }
  });
});
