import { DrafterError } from '../errors.js';

/** Prints one line to stderr and exits 1. Stacks only with DEBUG=drafter. */
export function exitWithError(error: unknown): never {
  if (isCommanderError(error)) {
    // commander has already printed its own one-line message (or the help text, exit code 0).
    process.exit(error.exitCode);
  }
  const debug = (process.env.DEBUG ?? '').split(',').includes('drafter');
  if (DrafterError.is(error)) {
    process.stderr.write(`drafter: ${error.toLine()}\n`);
  } else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`drafter: unexpected error: ${message}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

function isCommanderError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && String((error as { code?: unknown }).code ?? '').startsWith('commander.');
}
