// Usage and bad-argument errors through the real commander program, in-process (no spawn): one line
// on stderr, a non-zero exit, no stack. The spawned end-to-end checks are in test/corpus/cli.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeOutputDir } from '../../src/cli/make-dir.js';
import { buildProgram } from '../../src/cli/program.js';
import { DrafterError } from '../../src/errors.js';

const work = mkdtempSync(path.join(tmpdir(), 'drafter-usage-'));
const aFile = path.join(work, 'a-file.txt');
writeFileSync(aFile, 'x');

async function run(args: string[]): Promise<{ error: unknown; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    await buildProgram().parseAsync(['node', 'drafter', ...args]);
    return { error: null, stderr };
  } catch (error) {
    return { error, stderr };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('usage errors', () => {
  it.each([
    [['draft', 'notes.md', '--provider', 'X', '--out', 'x.docx'], /^drafter: required option '--framework <id>' not specified \(see --help\)\n$/],
    [['nosuchcommand'], /^drafter: unknown command 'nosuchcommand' \(see --help\)\n$/],
    [['serve', '--port', 'abc'], /^drafter: option '-p, --port <n>' argument 'abc' is invalid\..* \(see --help\)\n$/],
    [['corpus', 'nope'], /^drafter: unknown command 'nope' \(see --help\)\n$/],
  ])('%j prints one line and fails', async (args, line) => {
    const { error, stderr } = await run(args);
    expect((error as { exitCode?: number }).exitCode).toBe(1);
    expect(stderr).toMatch(line);
  });

  it('refuses a --corpus folder that does not exist (corpus list, stats, show), as trends does', async () => {
    for (const args of [['corpus', 'list'], ['corpus', 'stats'], ['corpus', 'show', 'abcd']]) {
      const { error } = await run([...args, '--corpus', path.join(work, 'no-corpus')]);
      expect(DrafterError.is(error) && error.code).toBe('file-not-found');
      expect((error as Error).message).toMatch(/no such corpus folder/);
    }
  });

  it('reports an output folder that cannot be created as output-unwritable, naming the option', async () => {
    await expect(makeOutputDir(path.join(aFile, 'sub'), '--out')).rejects.toThrow(/--out .*a-file\.txt\/sub: cannot create the folder \(a file is in the way\)/);
    const { error } = await run(['generate', '2', '--out', path.join(aFile, 'syn')]);
    expect(DrafterError.is(error) && error.code).toBe('output-unwritable');
  });
});
