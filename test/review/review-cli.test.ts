// `drafter review` end to end: the JSON contract, exit codes, unreadable files among good ones,
// Word input (a typed-up report), and the circulable outputs. A real draft from `drafter draft`,
// read back and reviewed, is in draft-roundtrip.test.ts (stage calls, no CLI spawns). Spawned runs
// (runCli) cover the process itself: the JSON on stdout, exit 2 and exit 1 with one line; the rest
// call the same commander program in-process (runCliInProcess), without node + tsx start-up.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewExitCode } from '../../src/cli/commands/review.js';
import { storeDocument } from '../../src/corpus/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import { ReviewResult } from '../../src/schemas/index.js';
import { runCli } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/cli-in-process.js';
import { allDocxText, convertToPdf, hasSoffice, pdfText } from '../helpers/docx.js';

const derby = 'corpus/samples/reports/iqts-university-of-derby-2024.txt';
const loughborough = 'corpus/samples/reports/ite-2015-loughborough-university-2018.txt';
const plantedA = 'test/review/fixtures/iqts-planted-a.txt';
const plantedB = 'test/review/fixtures/iqts-planted-b.txt';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'drafter-review-'));
});

function parseJson(stdout: string): ReviewResult {
  return ReviewResult.parse(JSON.parse(stdout));
}

describe('drafter review', () => {
  it('prints exactly {findings} with --json and exits 0 on the clean samples', async () => {
    const result = await runCli(['review', derby, loughborough, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['findings']);
    expect(parseJson(result.stdout).findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('exits 2 when a finding reaches --fail-on, and lists findings grouped by file', async () => {
    const listing = await runCli(['review', plantedA, derby]);
    expect(listing.code).toBe(2);
    const a = listing.stdout.indexOf(plantedA);
    const d = listing.stdout.indexOf(derby);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(d).toBeGreaterThan(a);
    expect(listing.stdout.slice(a, d)).toMatch(/error\s+personal-name\s+Quality of programme delivery and design, ¶21/);
    expect(listing.stdout).not.toMatch(/Okafor|Daniel Hughes/);
  });

  it('maps findings to the exit status by --fail-on', () => {
    const finding = (severity: 'error' | 'warning' | 'info') => ({ file: 'a', severity, kind: 'style' as const, location: { section: null, paragraph: null }, message: 'm' });
    expect(reviewExitCode([finding('warning'), finding('info')], 'error')).toBe(0);
    expect(reviewExitCode([finding('warning')], 'warning')).toBe(2);
    expect(reviewExitCode([finding('info')], 'info')).toBe(2);
    expect(reviewExitCode([finding('error')], 'never')).toBe(0);
    expect(reviewExitCode([], 'info')).toBe(0);
  });

  it('reviews the readable files when one cannot be read, and reports that one as an unreadable error', async () => {
    const broken = path.join(work, 'broken.pdf');
    writeFileSync(broken, 'not a pdf at all');
    const result = await runCliInProcess(['review', derby, broken, path.join(work, 'missing.docx'), '--json']);
    expect(result.code).toBe(2);
    const findings = parseJson(result.stdout).findings;
    const unreadable = findings.filter((f) => f.kind === 'unreadable');
    expect(unreadable.map((f) => [f.file, f.severity])).toEqual([
      [broken, 'error'],
      [path.join(work, 'missing.docx'), 'error'],
    ]);
    expect(unreadable[0].message).toMatch(/^\[pdf-corrupt\]/);
    expect(findings.some((f) => f.file === derby)).toBe(true);
  });

  it('fails with one line and exit 1 when nothing can be reviewed', async () => {
    const none = await runCliInProcess(['review']);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/^drafter: \[invalid-argument\] no reports to review/);
    const missing = await runCli(['review', path.join(work, 'nope.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[file-not-found]');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).not.toContain('    at ');
  });

  it('documents severities and exit status in --help', async () => {
    const help = await runCliInProcess(['review', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
    expect(help.stdout).toMatch(/Exit status: 0 when no finding reaches --fail-on/);
  });

  it('reads a report typed up in Word, with its planted faults', async () => {
    const text = readFileSync(plantedA, 'utf8');
    const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
    const file = path.join(work, 'edited-draft.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const result = await runCliInProcess(['review', file, '--json']);
    const findings = parseJson(result.stdout).findings;
    expect(findings.filter((f) => f.kind === 'numbering').map((f) => f.location.paragraph)).toEqual([12]);
    expect(findings.filter((f) => f.kind === 'personal-name').map((f) => f.location.paragraph)).toEqual([21, 25]);
    expect(findings.filter((f) => f.kind === 'grade-narrative')).toHaveLength(1);
  });

  it('reviews every report in a corpus with --all, and compares FILEs with a corpus without reviewing it', async () => {
    const corpus = path.join(work, 'review-corpus');
    for (const file of [derby, plantedB]) {
      const doc = await parseDocument(readFileSync(file), path.basename(file));
      await storeDocument(corpus, doc);
    }
    const all = await runCliInProcess(['review', '--all', '--corpus', corpus, '--json']);
    expect(all.code).toBe(0);
    const findings = parseJson(all.stdout).findings;
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['iqts-university-of-derby-2024.txt', 'iqts-planted-b.txt']));
    expect(findings.filter((f) => f.kind === 'polarity-inconsistency')).toHaveLength(2);

    const compared = await runCliInProcess(['review', plantedA, '--corpus', corpus, '--json']);
    const against = parseJson(compared.stdout).findings;
    expect(new Set(against.map((f) => f.file))).toEqual(new Set([plantedA]));
    // The corpus copy of Derby is the same inspection as planted-a (same provider and dates): not compared.
    expect(against.filter((f) => f.kind === 'boilerplate').map((f) => f.message)).toEqual([expect.stringContaining('iqts-planted-b.txt paragraph 5')]);
  }, 120_000);

  it('writes a circulable HTML and Word review with a summary table', async () => {
    const html = path.join(work, 'review.html');
    const docx = path.join(work, 'review.docx');
    expect((await runCliInProcess(['review', plantedA, plantedB, derby, '--out', html, '--fail-on', 'never'])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<th>Report</th><th>Errors</th><th>Warnings</th><th>Info</th>');
    expect(page).toContain(`<h2 id="f0">${plantedA}</h2>`);
    expect(page).not.toMatch(/Okafor|Daniel Hughes/);
    const exists = await runCliInProcess(['review', derby, '--out', html]);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('[output-exists]');

    expect((await runCliInProcess(['review', plantedA, plantedB, '--out', docx, '--fail-on', 'never'])).code).toBe(0);
    expect(existsSync(docx)).toBe(true);
    const text = allDocxText(docx);
    expect(text).toContain('Summary');
    expect(text).toContain('polarity-inconsistency');
    if (hasSoffice()) {
      const rendered = pdfText(convertToPdf(docx));
      expect(rendered).toContain('Drafter consistency review');
      expect(rendered).toContain(plantedB);
    }
  }, 120_000);
});
