// drafter classify and drafter eval end to end (spawned from source): the --json contract and
// one-line errors for bad input.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'drafter-classify-cli-'));
const corpus = join(dir, 'corpus');

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('drafter classify', () => {
  it('prints the observations contract with --json', async () => {
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, ['## L&M', '- trainee Amira Khan: weekly check-ins logged', "- Reviews happen half-termly but actions aren't followed up", '- safeguarding policy dated 2018'].join('\n'));
    const result = await runCli(['classify', notes, '--framework', 'iqts', '--corpus', corpus, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const observations = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(observations.length).toBeGreaterThanOrEqual(4);
    for (const o of observations) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['text', 'source', 'polarity', 'section', 'criterion', 'alternatives', 'confidence']));
      expect(['strength', 'improvement', 'context']).toContain(o.polarity);
      expect(['leadership-and-management', 'programme-design-and-delivery', 'compliance']).toContain(o.section);
      expect(o.source).toMatchObject({ file: 'notes.md' });
    }
    expect(result.stdout).not.toMatch(/Amira|Khan/);
    expect(observations.map((o) => (o.source as { line: number }).line)).toEqual([2, 3, 3, 4]);
  }, 120_000);

  it('fails with one line for notes over the size limit, empty notes, binary data and an unknown framework', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.md');
    writeFileSync(blank, '\n\n   \n');
    const binary = join(dir, 'junk.txt');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0, 9, 200, 13, 0]));
    // Just over the limit, and sparse: the size is refused before anything is read.
    const huge = join(dir, 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 10 * 1024 * 1024 + 1);
    const cases: Array<[string[], string]> = [
      [['classify', huge, '--framework', 'iqts', '--corpus', corpus], 'notes-too-large'],
      [['classify', empty, '--framework', 'iqts', '--corpus', corpus], 'notes-empty'],
      [['classify', blank, '--framework', 'iqts', '--corpus', corpus], 'notes-empty'],
      [['classify', binary, '--framework', 'iqts', '--corpus', corpus], 'binary-content'],
      [['classify', empty, '--framework', 'ofsted-1999', '--corpus', corpus], 'framework-unknown'],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [index, [, code]] of cases.entries()) {
      const result = results[index];
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`[${code}]`);
    }
  }, 120_000);
});

describe('drafter eval', () => {
  it('prints per-class figures, polarity and section confusion matrices and the name-leak check', async () => {
    // Two folds, the fewest it takes: each fold trains a model on every corpus statement and notes line.
    const result = await runCli(['eval', '--corpus', corpus, '--split', 'dev', '--folds', '2', '--no-leave-one-out', '--json']);
    expect(result.code).toBe(0);
    const results = JSON.parse(result.stdout) as Array<{
      name: string;
      polarity: { macroF1: number; confusion: number[][] };
      section: { accuracy: number; n: number; confusion?: { ids: string[]; matrix: number[][]; unplaced: number } };
      nameLeaks?: { leaked: number };
      flag?: { judged: number; flagged: number; flaggedWrong: number; wrong: number };
    }>;
    expect(results.some((r) => r.name.includes('fold'))).toBe(true);
    const notes = results.filter((r) => r.nameLeaks);
    expect(notes.length).toBeGreaterThan(0);
    for (const r of notes) {
      expect(r.nameLeaks?.leaked).toBe(0);
      expect(r.polarity.confusion).toHaveLength(3);
      expect(r.polarity.macroF1).toBeGreaterThan(0.5);
      // How well the low-confidence flag points at mistakes: counts that add up.
      const flag = r.flag!;
      expect(flag.judged).toBe(r.polarity.confusion.flat().reduce((a, b) => a + b, 0));
      expect(flag.flaggedWrong).toBeLessThanOrEqual(Math.min(flag.flagged, flag.wrong));
      expect(flag.wrong).toBeGreaterThan(0);
      // The section confusion matrix: the framework's sections, its diagonal the accuracy.
      const sections = r.section.confusion!;
      expect(sections.matrix).toHaveLength(sections.ids.length);
      const placed = sections.matrix.flat().reduce((a, b) => a + b, 0);
      expect(placed + sections.unplaced).toBe(r.section.n);
      expect(sections.matrix.reduce((sum, row, i) => sum + row[i], 0) / r.section.n).toBeCloseTo(r.section.accuracy, 10);
    }
  }, 240_000);
});
