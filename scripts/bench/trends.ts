// Trend mining at scale: generate 2,000 synthetic reports, write them as a corpus, load it back,
// mine trends (keyword mapper and, if it loads, the classifier), render the charts, and time the
// whole `drafter trends` command on that corpus.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReports } from '../../src/corpus/index.js';
import { loadFramework } from '../../src/frameworks/index.js';
import { FrameworkId } from '../../src/schemas/index.js';
import { generateReports } from '../../src/synthetic/index.js';
import { writeSyntheticCorpus } from '../../src/synthetic/write-corpus.js';
import { computeTrendsData, countsCsv, keywordMapper, renderChart, trendCharts, type StatementMapper } from '../../src/trends/index.js';

const COUNT = 2000;
const root = fileURLToPath(new URL('../..', import.meta.url));

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'drafter-bench-trends-'));
  try {
    const rows: Array<[string, string]> = [];
    const [reports, generate] = await time(() => generateReports(COUNT, { seed: 7 }));
    rows.push([`generate ${COUNT} reports`, ms(generate)]);
    const [, write] = await time(() => writeSyntheticCorpus(dir, reports));
    rows.push(['write corpus (documents + index)', ms(write)]);
    const [loaded, load] = await time(() => loadReports(dir));
    rows.push([`load corpus (${loaded.length} reports, validated)`, ms(load)]);

    const frameworks = await Promise.all(FrameworkId.options.map((id) => loadFramework(id)));
    const [data, mine] = await time(() => computeTrendsData(loaded, { frameworks, mapperFor: keywordMapper }));
    const statements = [...data.statements.values()].reduce((n, s) => n + s.statements.length, 0);
    rows.push([`trends, keyword mapper (${statements} statements)`, ms(mine)]);
    const [, csv] = await time(() => countsCsv(data.result));
    rows.push(['counts CSV', ms(csv)]);

    try {
      const classify = await import('../../src/classify/index.js');
      // Trained on the bundled samples only (an empty corpus): training on these 2,000 reports takes
      // minutes, which is why `drafter trends --mapper auto` never trains (measured once: ~300 s, loaded machine).
      const modelDir = await mkdtemp(join(tmpdir(), 'drafter-bench-model-'));
      const [models, train] = await time(() => Promise.all(frameworks.map((f) => classify.loadClassifier(f, modelDir))));
      await rm(modelDir, { recursive: true, force: true });
      rows.push(['classifier train on samples (4 frameworks)', ms(train)]);
      const mappers = new Map<string, StatementMapper>(
        frameworks.map((f, i) => [
          f.id,
          (text: string) => {
            const c = classify.classifyText(text, models[i], f);
            return c.criterion.id ? { id: c.criterion.id, title: c.criterion.title, section: c.section, score: c.criterion.score } : null;
          },
        ]),
      );
      const [, withClassifier] = await time(() => computeTrendsData(loaded, { frameworks, mapperFor: (f) => mappers.get(f.id) as StatementMapper }));
      rows.push(['trends, classifier mapper', ms(withClassifier)]);
    } catch (error) {
      rows.push(['trends, classifier mapper', `not available (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`]);
    }

    const charts = trendCharts(data.result);
    const [, render] = await time(async () => {
      for (const chart of charts) await renderChart(chart);
    });
    rows.push([`charts (${charts.length} × SVG + PNG)`, ms(render)]);

    // The command as a user runs it (from source through tsx, so includes start-up and module loading).
    const chartDir = join(dir, 'charts');
    for (const extra of [[], ['--charts', chartDir, '--csv', join(dir, 'trends.csv')]]) {
      const started = performance.now();
      const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'trends', '--corpus', dir, '--by', 'year', ...extra], {
        cwd: root,
        env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', REDIS_URL: '' },
        encoding: 'utf8',
      });
      const status = cli.status === 0 ? '' : ` (exit ${cli.status}: ${cli.stderr.trim().split('\n')[0]})`;
      rows.push([`drafter trends --by year ${extra.length ? '--charts --csv ' : ''}on ${COUNT} reports (wall, with start-up)`, `${ms(performance.now() - started)}${status}`]);
    }
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
