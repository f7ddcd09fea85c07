// `drafter draft` end to end on the bundled sample notes: the real classifier, the real templates,
// a real .docx that LibreOffice renders, and one-line errors for bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { allDocxText, convertToPdf, hasSoffice, pdfText } from '../helpers/docx.js';

const dir = mkdtempSync(path.join(tmpdir(), 'drafter-draft-cli-'));
const corpus = path.join(dir, 'corpus');
const samples = 'corpus/samples/notes';
/** Every personal name planted in the sample notes. */
const planted = ['Rachel', 'Whitfield', 'Tomasz', 'Nowak', 'Lucia', 'Fernandez', 'Okoro', 'Achterberg', 'Priya', 'Raman', 'Barker'];

describe('drafter draft', () => {
  it('drafts the iQTS sample notes and the toolkit sample notes into Word files LibreOffice renders', async () => {
    const iqts = path.join(dir, 'iqts.docx');
    const result = await runCli([
      'draft', `${samples}/iqts-sample-notes.md`, '--framework', 'iqts', '--provider', 'Northbridge University',
      '--dates', '9-12 March 2026', '--corpus', corpus, '--out', iqts,
    ]);
    expect(result.stderr).not.toMatch(/Error|at .*\.ts:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Draft written: ${iqts}`);
    expect(result.stdout).toMatch(/\d+ observations → \d+ judgement paragraphs; \d+ placeholders to complete; \d+ low-confidence items highlighted/);
    expect(result.stdout).toMatch(/Suggested grade \(for your judgement\): Grade [1-4]/);

    const ite = path.join(dir, 'ite.docx');
    const second = await runCli([
      'draft', `${samples}/ite-2025-sample-notes.md`, '--framework', 'ite-2025', '--provider', 'Riverside Teacher Training Partnership',
      '--dates', '2026-05-18,2026-05-21', '--corpus', corpus, '--out', ite,
    ]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Suggested grade \(for your judgement\): Inclusion: /);

    for (const file of [iqts, ite]) {
      const everything = allDocxText(file);
      for (const name of planted) expect(everything, `${name} in ${path.basename(file)}`).not.toContain(name);
    }
    if (hasSoffice()) {
      expect(pdfText(convertToPdf(iqts))).toContain('Quality of leadership and management');
      expect(pdfText(convertToPdf(ite))).toContain('Summary of grades');
    }
  }, 180_000);

  it('will not overwrite an existing draft without --force', async () => {
    const out = path.join(dir, 'existing.docx');
    writeFileSync(out, 'an earlier draft');
    const result = await runCli(['draft', `${samples}/iqts-sample-notes.md`, '--framework', 'iqts', '--provider', 'X', '--corpus', corpus, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^drafter: \[output-exists\] .*existing\.docx already exists.*--force/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('an earlier draft');
  }, 60_000);

  it('documents its options in --help', async () => {
    const result = await runCli(['draft', '--help']);
    for (const option of ['--framework', '--provider', '--dates', '--inspectorate', '--corpus', '--out', '--force', '--track-changes']) {
      expect(result.stdout).toContain(option);
    }
  }, 60_000);
});
