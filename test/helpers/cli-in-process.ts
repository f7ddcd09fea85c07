import { format } from 'node:util';
import { vi } from 'vitest';
import { errorLine, isCommanderError } from '../../src/cli/errors-to-exit.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CliResult } from './cli.js';

/**
 * Runs a `drafter` command line in this process: the real commander program and actions, stdout,
 * stderr and the exit status captured as `runCli` reports them, without spawning node + tsx
 * (~2-4 s each on 2 cores). Keep one spawned `runCli` per behaviour that depends on the process
 * itself (bin start-up, exit on a thrown error, signals); use this for the rest. Always in-process
 * stages (REDIS_URL cleared for the call).
 */
export async function runCliInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  // vitest replaces the global console, so console.log does not reach process.stdout.write here
  const logs = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${format(...a)}\n`)),
    vi.spyOn(console, 'info').mockImplementation((...a: unknown[]) => void (stdout += `${format(...a)}\n`)),
    vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void (stderr += `${format(...a)}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${format(...a)}\n`)),
  ];
  const redis = process.env.REDIS_URL;
  process.env.REDIS_URL = '';
  process.exitCode = undefined;
  let code: number;
  try {
    await buildProgram().parseAsync(['node', 'drafter', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    // as src/cli/main.ts: commander has printed its own line (or the help, exit 0); anything else is one line
    if (isCommanderError(error)) code = error.exitCode;
    else {
      stderr += `${errorLine(error)}\n`;
      code = 1;
    }
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const l of logs) l.mockRestore();
    if (redis === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = redis;
  }
  process.exitCode = undefined;
  return { code, stdout, stderr };
}
