import { Command } from 'commander';
import { registerParse } from './commands/parse.js';
import { registerIngest } from './commands/ingest.js';
import { registerCorpus } from './commands/corpus.js';
import { registerClassify } from './commands/classify.js';
import { registerEval } from './commands/eval.js';
import { registerDraft } from './commands/draft.js';
import { registerWorker } from './commands/worker.js';
import { registerQueues } from './commands/queues.js';
import { registerReview } from './commands/review.js';
import { registerTrends } from './commands/trends.js';
import { registerSample } from './commands/sample.js';
import { registerGenerate } from './commands/generate.js';
import { registerServe } from './commands/serve.js';

/** The `drafter` command line: a thin face over the stage functions. */
export function buildProgram(): Command {
  const program = new Command('drafter')
    .description('Draft, review and analyse teacher-training inspection reports (iQTS, Ofsted ITE).')
    .version('0.1.0')
    // A usage error is one line on stderr, like every other failure (subcommands inherit this).
    .configureOutput({ outputError: (message, write) => write(`drafter: ${message.replace(/^error:\s*/, '').trim()} (see --help)\n`) })
    .exitOverride();
  for (const register of [
    registerSample,
    registerParse,
    registerIngest,
    registerCorpus,
    registerClassify,
    registerEval,
    registerDraft,
    registerWorker,
    registerQueues,
    registerReview,
    registerTrends,
    registerGenerate,
    registerServe,
  ]) {
    register(program);
  }
  return program;
}
