import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { DrafterError } from '../../errors.js';
import type { QueueSummary } from '../../server/index.js';
import { getRunner } from '../runner.js';

interface ServeOptions {
  port: number;
  host: string;
  corpus: string;
  out: string;
  timeout: number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return number;
}

function seconds(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('must be a number of seconds above 0');
  return number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the inspector web page: paste or upload notes, choose the framework and provider details, ' +
        'preview the observations and download the Word draft. Uses the same stages as `drafter draft`, ' +
        'through queue workers when REDIS_URL is set.',
    )
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--host <address>', 'address to listen on; 0.0.0.0 exposes it to the network', '127.0.0.1')
    .option('--corpus <dir>', 'corpus folder the classifier trains from', 'corpus')
    .option('--out <dir>', 'folder the drafts are written to before they are sent', 'out')
    .option('--timeout <seconds>', 'longest one preview or draft may take before the server answers 504', seconds, 120)
    .addHelpText(
      'after',
      '\nLogs one line per request (time, method, route, status, milliseconds). Note text, provider details\n' +
        'and file names are never logged. Stop with Ctrl+C or SIGTERM: requests in hand finish first.\n' +
        'API: POST /api/classify and POST /api/draft take multipart/form-data or JSON\n' +
        '  {"notes": "...", "framework": "iqts", "provider": "...", "dates": ["2026-03-09"], "inspectorate": "ISI"};\n' +
        '  /api/draft answers with the .docx (summary in X-Drafter-* headers), or JSON with ?format=json.\n' +
        'Pages: / (draft), /review (consistency review of uploaded reports), /admin/queues (with REDIS_URL: counts, no job data).',
    )
    .action(async (options: ServeOptions) => {
      const { buildServer } = await import('../../server/index.js');
      const corpusDir = resolve(options.corpus);
      const outDir = resolve(options.out);
      await mkdir(outDir, { recursive: true }).catch((cause: unknown) => {
        throw new DrafterError('output-unwritable', `${outDir}: cannot create the drafts folder`, { cause, hint: 'choose another --out' });
      });
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const runner = await getRunner();
      let queueStatus: { where: string; read: () => Promise<QueueSummary[]> } | undefined;
      if (process.env.REDIS_URL) {
        const url = process.env.REDIS_URL;
        const { queuePrefix, redactUrl } = await import('../../../queues/connection.js');
        const { queueStatus: read } = await import('../../../queues/status.js');
        queueStatus = { where: `${redactUrl(url)} (prefix ${queuePrefix()})`, read: () => read(url, queuePrefix()) };
      }
      const app = await buildServer({ runner, corpusDir, outDir, timeoutMs: options.timeout * 1000, log, queueStatus });
      let address: string;
      try {
        address = await app.listen({ port: options.port, host: options.host });
      } catch (cause) {
        await runner.close();
        const code = (cause as NodeJS.ErrnoException).code;
        throw new DrafterError('invalid-argument', `cannot listen on ${options.host}:${options.port}${code ? ` (${code})` : ''}`, {
          cause,
          hint: code === 'EADDRINUSE' ? 'another program uses that port; try --port 0 or another number' : 'check --host and --port',
        });
      }
      process.stdout.write(`Drafter is serving ${address}/ (drafts in ${outDir}, corpus ${corpusDir}${process.env.REDIS_URL ? ', stages on queue workers' : ''}). Ctrl+C stops it.\n`);

      await new Promise<void>((done) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            log(`drafter serve: ${signal} again, stopping now`);
            process.exit(130);
          }
          stopping = true;
          log(`drafter serve: ${signal}, finishing requests in hand`);
          app
            .close()
            .then(() => runner.close())
            .catch((error: unknown) => log(`drafter serve: error while closing (${error instanceof Error ? error.name : 'unknown'})`))
            .finally(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      log('drafter serve: stopped');
    });
}
