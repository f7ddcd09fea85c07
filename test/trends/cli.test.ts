/** drafter generate + drafter trends end to end, through the CLI as a user runs them: one spawned run each for
 * generate, trends and a failure (runCli); the other cases call the same commander program in-process. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports, storeDocument } from '../../src/corpus/index.js';
import { samplesDir } from '../../src/paths.js';
import { runCli } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/cli-in-process.js';
import { R1, R2 } from './fixtures/hand-counted.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drafter-trends-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('drafter generate', () => {
  it('writes a synthetic corpus that loadCorpus reads back', async () => {
    const out = join(dir, 'synthetic');
    const run = await runCli(['generate', '60', '--out', out, '--seed', '4', '--framework', 'iqts', 'ite-2020']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Generated 60 synthetic reports \(seed 4\)/);
    const reports = await loadReports(out);
    expect(reports).toHaveLength(60);
    expect(reports.every((r) => r.source?.synthetic === true && /^Synthetic Provider \d{4}$/.test(r.provider))).toBe(true);
    expect(new Set(reports.map((r) => r.framework))).toEqual(new Set(['iqts', 'ite-2020']));
    expect(await readdir(join(out, 'documents'))).toHaveLength(60);
    // Same seed again: nothing new.
    const again = await runCliInProcess(['generate', '60', '--out', out, '--seed', '4', '--framework', 'iqts', 'ite-2020', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ reports: 60, added: 0, skipped: 60, synthetic: true });
  });

  it('refuses corpus/samples and, without --ingest, a corpus holding real reports', async () => {
    const samples = await runCliInProcess(['generate', '5', '--out', join(samplesDir, 'reports')]);
    expect(samples.code).toBe(1);
    expect(samples.stderr).toMatch(/^drafter: \[invalid-argument\] .*samples folder/);
    expect(existsSync(join(samplesDir, 'reports', 'index.json'))).toBe(false);

    const real = join(dir, 'real');
    await storeDocument(real, R1);
    const refused = await runCliInProcess(['generate', '5', '--out', real]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\[output-exists\].*1 real document.*--ingest/);
    const mixed = await runCliInProcess(['generate', '5', '--out', real, '--ingest', '--framework', 'iqts']);
    expect(mixed.code).toBe(0);
    expect(await loadReports(real)).toHaveLength(6);
  });
});

describe('drafter trends', () => {
  it('prints JSON, writes CSV and charts for an all-synthetic corpus, flagged as synthetic', async () => {
    const corpus = join(dir, 'synthetic');
    const charts = join(dir, 'charts');
    const csv = join(dir, 'out', 'trends.csv');
    const run = await runCli(['trends', '--corpus', corpus, '--mapper', 'keywords', '--json', '--csv', csv, '--charts', charts, '--by', 'grade']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.corpus).toMatchObject({ reports: 60, included: 60, includedSynthetic: 60, excludedSynthetic: 0, syntheticPolicy: 'auto' });
    expect(json.mapper).toEqual({ iqts: 'keywords', 'ite-2020': 'keywords' });
    expect(json.frameworks.map((f: { framework: string }) => f.framework)).toEqual(['iqts', 'ite-2020']);
    const first = json.frameworks[0];
    expect(first.reports + json.frameworks[1].reports).toBe(60);
    expect(Object.keys(first.breakdowns)).toEqual(['year', 'grade', 'phase', 'inspectorate', 'provider-type']);
    expect(first.criteria[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), improvement: { statements: expect.any(Number), reports: expect.any(Number), share: expect.any(Number) } });
    const total = first.criteria.reduce((n: number, c: { improvement: { statements: number } }) => n + c.improvement.statements, 0);
    expect(total).toBe(first.statements.improvement);

    const header = (await readFile(csv, 'utf8')).split('\r\n')[0];
    expect(header).toBe('framework,dimension,group,criterion_id,criterion_title,section,kind,statements,reports,group_reports,share');
    expect((await readFile(join(dir, 'out', 'trends-terms.csv'), 'utf8')).startsWith('framework,criterion_id,')).toBe(true);
    const files = (await readdir(charts)).sort();
    expect(files).toContain('iqts-afi-by-criterion.svg');
    expect(files).toContain('iqts-afi-by-criterion.png');
    expect(files).toContain('ite-2020-afi-by-provider-type.png');
    expect(files).toContain('ite-2020-afi-by-grade.svg');
    const png = await readFile(join(charts, 'iqts-afi-by-criterion.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('leaves synthetic reports out of a mixed corpus unless asked, and drills down', async () => {
    const real = join(dir, 'real');
    await storeDocument(real, R2);
    const run = await runCliInProcess(['trends', '--corpus', real, '--mapper', 'keywords', '--by', 'year']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 of 7 reports counted; 5 synthetic report(s) left out');
    expect(run.stdout).not.toContain('NOTE:');
    const withSynthetic = await runCliInProcess(['trends', '--corpus', real, '--mapper', 'keywords', '--include-synthetic', '--json']);
    expect(JSON.parse(withSynthetic.stdout).corpus).toMatchObject({ included: 7, includedSynthetic: 5 });

    const drill = await runCliInProcess(['trends', '--corpus', real, '--mapper', 'keywords', '--criterion', 'LM3.2', '--json']);
    expect(drill.code).toBe(0);
    const rows = JSON.parse(drill.stdout).statements;
    expect(rows.map((r: { text: string }) => r.text)).toContain('Workload and wellbeing are not monitored.');
    expect(rows.every((r: { synthetic: boolean }) => r.synthetic === false)).toBe(true);

    const unknown = await runCliInProcess(['trends', '--corpus', real, '--mapper', 'keywords', '--criterion', 'LM9.9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^drafter: \[criterion-unknown\]/);
  });

  it('fails with one line on a missing corpus', async () => {
    const missing = await runCli(['trends', '--corpus', join(dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/\[file-not-found\]/);
  });
});
