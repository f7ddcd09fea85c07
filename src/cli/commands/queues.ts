import type { Command } from 'commander';

export function registerQueues(program: Command): void {
  program
    .command('queues')
    .description('Show the state of the job queues at REDIS_URL: job counts per queue, workers listening, and recent failed jobs with their reasons')
    .option('--json', 'print JSON instead of a table')
    .option('--failed <n>', 'how many recent failed jobs to list per queue', (value) => Math.max(0, Number.parseInt(value, 10) || 0), 10)
    .action(async (options: { json?: boolean; failed: number }) => {
      const { checkRedis, queuePrefix, redactUrl, requireRedisUrl } = await import('../../../queues/connection.js');
      const { queueStatus } = await import('../../../queues/status.js');
      const url = requireRedisUrl('queues');
      await checkRedis(url);
      const status = await queueStatus(url, queuePrefix(), options.failed);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ redis: redactUrl(url), prefix: queuePrefix(), queues: status }, null, 2)}\n`);
        return;
      }
      const rows = [['queue', 'workers', 'waiting', 'active', 'delayed', 'waiting-children', 'completed', 'failed']];
      for (const queue of status) {
        const c = queue.counts;
        rows.push([queue.name, String(queue.workers ?? '?'), ...[c.waiting, c.active, c.delayed, c['waiting-children'], c.completed, c.failed].map(String)]);
      }
      const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
      const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
      process.stdout.write(`Queues at ${redactUrl(url)} (prefix ${queuePrefix()})\n${lines.join('\n')}\n`);
      const failed = status.flatMap((queue) => queue.failed.map((job) => ({ queue: queue.name, ...job })));
      if (failed.length > 0) {
        process.stdout.write('\nRecent failed jobs (newest first):\n');
        for (const job of failed) {
          const when = job.finishedOn ? new Date(job.finishedOn).toISOString() : '?';
          process.stdout.write(`  ${when}  ${job.queue} ${job.id} (${job.name}, ${job.attemptsMade} attempt(s)): ${job.failedReason}\n`);
        }
      }
    });
}
