import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/cli-in-process.js';
import { IQTS_TXT, root } from '../ingest/samples.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafter-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (stderr: string) => {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  return lines[0];
};

// Spawned (runCli): one run per behaviour that needs the real process (contract JSON on stdout, a
// fatal error's exit and one line, ingest's summary and stderr, --help). The rest call the same
// commander program in-process (runCliInProcess): same actions and output, no node + tsx start-up.
describe('drafter parse / ingest / corpus', () => {
  it('parse --json prints the contract JSON', async () => {
    const r = await runCli(['parse', join(root, 'test/fixtures/pdf/iqts-derby.pdf'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ kind: 'report', framework: 'iqts', provider: 'University of Derby', inspectionDates: ['2024-03-18', '2024-03-21'] });
    expect(doc.grades).toEqual([{ judgement: 'Overall grade', phase: null, grade: 'Grade 3' }]);
    expect(doc.paragraphs).toHaveLength(28);
    expect(Object.keys(doc.paragraphs[0])).toEqual(['number', 'section', 'text']);
  });

  it('parse without --json prints a readable summary', async () => {
    const r = await runCliInProcess(['parse', IQTS_TXT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('University of Derby');
    expect(r.stdout).toContain('Areas for improvement: 5');
    expect(r.stdout).toContain('Quality of programme delivery and design: 15–28');
  });

  it('bad input exits 1 with one line on stderr and no stack', async () => {
    // (every code is covered in test/ingest/bad-input.test.ts; here, how the CLI reports one)
    for (const [file, code] of [['test/fixtures/pdf/encrypted.pdf', 'pdf-encrypted']]) {
      const r = await runCli(['parse', join(root, file), '--json']);
      expect(r.code).toBe(1);
      expect(oneLine(r.stderr)).toMatch(new RegExp(`^drafter: \\[${code}\\] `));
      expect(r.stdout).toBe('');
    }
  });

  it('ingest takes files and folders, reports a summary, is idempotent, and exits 0 unless everything failed', async () => {
    const corpus = join(dir, 'c1');
    const first = await runCli(['ingest', join(root, 'corpus/samples/reports'), join(root, 'test/fixtures/pdf/encrypted.pdf'), '--corpus', corpus]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/3 files: 2 ingested, 0 skipped as duplicate, 1 failed/);
    expect(first.stderr).toMatch(/\[pdf-encrypted\] encrypted\.pdf/);
    const again = await runCliInProcess(['ingest', join(root, 'corpus/samples/reports'), '--corpus', corpus, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).map((o: { status: string }) => o.status)).toEqual(['duplicate', 'duplicate']);
    const list = await runCliInProcess(['corpus', 'list', '--corpus', corpus, '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    const stats = await runCliInProcess(['corpus', 'stats', '--corpus', corpus, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 2, reports: 2, byFramework: { iqts: 1, 'ite-2015': 1 }, strengths: 12, areasForImprovement: 7, paragraphs: 56 });
    const hash = JSON.parse(list.stdout)[0].hash as string;
    const show = await runCliInProcess(['corpus', 'show', hash.slice(0, 10), '--corpus', corpus, '--json']);
    expect(JSON.parse(show.stdout).source.hash).toBe(hash);
    const missing = await runCliInProcess(['corpus', 'show', 'abcdef12', '--corpus', corpus]);
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toMatch(/^drafter: \[document-not-found\]/);
  });

  it('ingest exits 1 when every file failed, one line per failure', async () => {
    const corpus = join(dir, 'c2');
    const allBad = await runCliInProcess(['ingest', join(root, 'test/fixtures/pdf/empty.pdf'), join(root, 'test/fixtures/pdf/junk.txt'), '--corpus', corpus]);
    expect(allBad.code).toBe(1);
    expect(allBad.stdout).toMatch(/2 files: 0 ingested, 0 skipped as duplicate, 2 failed/);
    expect(allBad.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('every command has --help', async () => {
    const spawned = await runCli(['ingest', '--help']);
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toMatch(/Usage: drafter ingest/);
    const commands = ['sample', 'parse', 'ingest', 'corpus', 'corpus list', 'corpus show', 'corpus stats', 'classify', 'eval', 'draft', 'worker', 'queues', 'review', 'trends', 'generate', 'serve'];
    for (const command of commands) {
      const r = await runCliInProcess([...command.split(' '), '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`Usage: drafter ${command} `));
      // a real description, not just the usage line
      expect(r.stdout.split('\n').filter((l) => l.trim()).length, command).toBeGreaterThan(3);
    }
  });
});
