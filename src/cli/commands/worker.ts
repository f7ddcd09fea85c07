import { InvalidArgumentError, type Command } from 'commander';
import { DrafterError } from '../../errors.js';

interface WorkerOptions {
  concurrency: number;
  queues: string;
}

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Run queue workers against REDIS_URL until SIGTERM or SIGINT (finishing the jobs in hand). ' +
        'Start as many as you like, on as many machines as share the corpus and output folders; ' +
        '`drafter ingest|classify|draft` with the same REDIS_URL send their work here. ' +
        'DRAFTER_QUEUE_PREFIX (default "drafter") separates services sharing one Redis.',
    )
    .option('-c, --concurrency <n>', 'jobs to run at once per queue, each in its own child process (up to your cores)', positiveInt, 1)
    .option('-q, --queues <list>', 'comma-separated queues to serve: ingest, classify, draft', 'ingest,classify,draft')
    .addHelpText('after', '\nLogs one line per job: time, queue, job id, outcome, milliseconds. Job data (note text) is never logged.')
    .action(async (options: WorkerOptions) => {
      // Loaded lazily: only this command and the queue runner touch BullMQ.
      const { checkRedis, queuePrefix, redactUrl, requireRedisUrl } = await import('../../../queues/connection.js');
      const { isStage, STAGES } = await import('../../../queues/names.js');
      const { runWorkers } = await import('../../../queues/workers/run-workers.js');
      const url = requireRedisUrl('worker');
      const stages = [...new Set(options.queues.split(',').map((name) => name.trim()).filter(Boolean))];
      const unknown = stages.filter((name) => !isStage(name));
      if (unknown.length > 0 || stages.length === 0) {
        throw new DrafterError('invalid-argument', `unknown queue ${unknown.join(', ') || '(none)'}: choose from ${STAGES.join(', ')}`);
      }
      await checkRedis(url);
      const prefix = queuePrefix();
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const running = await runWorkers(stages.filter(isStage), { url, prefix, concurrency: options.concurrency }, log);
      log(`drafter worker ${process.pid}: serving ${stages.join(', ')} at ${redactUrl(url)} (prefix ${prefix}, concurrency ${options.concurrency})`);

      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            // A second signal: leave the jobs in hand; their locks lapse and another worker takes them.
            log(`drafter worker ${process.pid}: ${signal} again, stopping now`);
            running.close(true).finally(() => process.exit(130));
            return;
          }
          stopping = true;
          log(`drafter worker ${process.pid}: ${signal}, finishing ${running.active()} job(s) in hand`);
          running.close().then(resolve, resolve);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      log(`drafter worker ${process.pid}: stopped`);
      process.exit(0);
    });
}
