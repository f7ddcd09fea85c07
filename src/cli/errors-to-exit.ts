import { DrafterError } from '../errors.js';

/** Prints one line to stderr and exits 1. Stacks only with DEBUG=drafter. */
export function exitWithError(error: unknown): never {
  if (isCommanderError(error)) {
    // commander has already printed its own one-line message (or the help text, exit code 0).
    process.exit(error.exitCode);
  }
  const debug = (process.env.DEBUG ?? '').split(',').includes('drafter');
  process.stderr.write(`${errorLine(error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

/** The one line printed for a failure: "drafter: [code] message (hint)". */
export function errorLine(error: unknown): string {
  if (DrafterError.is(error)) return `drafter: ${error.toLine()}`;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `drafter: unexpected error: ${message}`;
}

export function isCommanderError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && String((error as { code?: unknown }).code ?? '').startsWith('commander.');
}
