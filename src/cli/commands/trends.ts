import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { existingCorpusFolder } from '../corpus-folder.js';
import { loadReports } from '../../corpus/index.js';
import { DrafterError } from '../../errors.js';
import { listFrameworks, loadFramework } from '../../frameworks/index.js';
import { FrameworkId, type Framework, type Report } from '../../schemas/index.js';
import { computeTrendsData, drillDown, type SyntheticPolicy, type TrendsData } from '../../trends/compute-trends.js';
import { UNMAPPED } from '../../trends/count-themes.js';
import { DIMENSIONS, type Dimension } from '../../trends/dimensions.js';
import { countsCsv, drillDownCsv, termsCsv } from '../../trends/export.js';
import { keywordMapper, type StatementKind, type StatementMapper } from '../../trends/mapper.js';
import { formatDrillDown, formatTrends } from '../../trends/format.js';

interface TrendsCliOptions {
  corpus: string;
  framework?: string;
  by?: string;
  criterion?: string;
  kind?: string;
  group?: string;
  top: string;
  json?: boolean;
  csv?: string;
  charts?: string;
  includeSynthetic?: boolean;
  excludeSynthetic?: boolean;
  onlySynthetic?: boolean;
  mapper: string;
}

const MAPPERS = ['auto', 'classifier', 'keywords'] as const;
type MapperChoice = (typeof MAPPERS)[number];

/**
 * Statement mappers for the frameworks: the trained classifier (its criterion placement; polarity is
 * already known from the list a statement sits in) or the taxonomy keyword mapper. 'auto' uses the
 * classifier only when its model for this corpus is already trained and current: training on a large
 * corpus takes minutes, and trends must answer in seconds. 'classifier' trains it if need be.
 */
async function buildMappers(frameworks: Framework[], corpusDir: string, choice: MapperChoice, warn: (m: string) => void): Promise<Map<string, { mapper: StatementMapper; name: string }>> {
  const out = new Map<string, { mapper: StatementMapper; name: string }>();
  for (const framework of frameworks) {
    if (choice === 'classifier' || (choice === 'auto' && (await classifierIsCurrent(framework, corpusDir)))) {
      try {
        const classify = await import('../../classify/index.js');
        const model = await classify.loadClassifier(framework, corpusDir, { warn });
        const mapper: StatementMapper = (text) => {
          const c = classify.classifyText(text, model, framework);
          if (!c.criterion.id) return null;
          return { id: c.criterion.id, title: c.criterion.title, section: c.section, score: c.criterion.score };
        };
        out.set(framework.id, { mapper, name: 'classifier' });
        continue;
      } catch (error) {
        if (choice === 'classifier') throw error;
        warn(`${framework.id}: classifier unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); mapping statements by taxonomy keywords`);
      }
    }
    out.set(framework.id, { mapper: keywordMapper(framework), name: 'keywords' });
  }
  return out;
}

/** True when `<corpus>/model/<id>.json` was trained on exactly this corpus, taxonomies and samples. */
async function classifierIsCurrent(framework: Framework, corpusDir: string): Promise<boolean> {
  const file = join(corpusDir, 'model', `${framework.id}.json`);
  if (!existsSync(file)) return false;
  try {
    const classify = await import('../../classify/index.js');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { key?: unknown };
    const taxonomies: Framework[] = [];
    // As the classifier does: a framework whose taxonomy fails to load is left out of the key.
    for (const id of listFrameworks()) {
      try {
        taxonomies.push(await loadFramework(id, corpusDir));
      } catch {
        // left out
      }
    }
    return stored.key === (await classify.trainingKey(framework, corpusDir, taxonomies));
  } catch {
    return false;
  }
}

async function writeOut(file: string, body: string | Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, body);
    await rename(temp, file);
  } catch (error) {
    throw new DrafterError('output-unwritable', `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

/** "trends.csv" → "trends-terms.csv", beside it. */
function siblingFile(file: string, suffix: string): string {
  const ext = extname(file) || '.csv';
  return join(dirname(file), `${basename(file, extname(file))}-${suffix}${ext}`);
}

function policyOf(options: TrendsCliOptions): SyntheticPolicy {
  const chosen = [options.includeSynthetic && 'include', options.excludeSynthetic && 'exclude', options.onlySynthetic && 'only'].filter(Boolean);
  if (chosen.length > 1) throw new DrafterError('invalid-argument', 'give at most one of --include-synthetic, --exclude-synthetic, --only-synthetic');
  return (chosen[0] as SyntheticPolicy | undefined) ?? 'auto';
}

function knownCriterion(data: TrendsData, frameworks: Framework[], id: string): boolean {
  if (id === UNMAPPED) return true;
  return frameworks.some((f) => f.criteria.some((c) => c.id === id)) || [...data.statements.values()].some((s) => s.statements.some((x) => x.criterion?.id === id));
}

export function registerTrends(program: Command): void {
  program
    .command('trends')
    .description(
      'Mine the corpus reports for trends, by framework version: the criteria most often raised as areas for improvement and as strengths, ' +
        'by year, grade, phase, inspectorate and provider type; distinctive terms; the statements behind any count; CSV, JSON and charts (SVG and PNG).',
    )
    .option('--corpus <dir>', 'corpus folder', 'corpus')
    .option('--framework <id>', `only this framework (${FrameworkId.options.join(', ')}); default every framework with reports`)
    .option('--by <dimension>', `break the counts down by ${DIMENSIONS.join(', ')}`)
    .option('--criterion <id>', `drill down: list the statements mapped to this criterion id (or "${UNMAPPED}")`)
    .option('--kind <kind>', 'with --criterion: only areas for improvement ("improvement") or strengths ("strength")')
    .option('--group <value>', 'with --criterion and --by: only reports in this group, e.g. --by year --group 2024')
    .option('--top <n>', 'criteria rows to show per table', '15')
    .option('--json', 'print the results (or the drill-down) as JSON')
    .option('--csv <file>', 'write counts as a tidy CSV (and distinctive terms to <file>-terms.csv); with --criterion, the statements')
    .option('--charts <dir>', 'write charts as SVG and PNG: areas for improvement by criterion, by year for the top criteria, by provider type (and by --by)')
    .option('--include-synthetic', 'count synthetic reports even when the corpus also holds real ones')
    .option('--exclude-synthetic', 'never count synthetic reports, even in an all-synthetic corpus')
    .option('--only-synthetic', 'count only synthetic reports')
    .option(
      '--mapper <name>',
      `how statements are mapped to criteria: ${MAPPERS.join(', ')} (auto: the classifier if its model for this corpus is trained and current, else taxonomy keywords; classifier: train it if need be)`,
      'auto',
    )
    .addHelpText(
      'after',
      `
Counting: each summary strength and area for improvement is mapped to one criterion of its report's
framework; "reports" is how many reports raise the criterion at least once, "share" is that over the
reports in the group. Frameworks are never pooled: their criteria differ. Year is the year of the
last inspection day; grade is the overall grade (the lowest across phases, or across areas for
toolkit reports, which have no overall grade); a report covering several phases counts in each.

Synthetic reports (from drafter generate: flagged synthetic, or named "Synthetic Provider NNNN") are
left out of a corpus that also holds real reports, unless --include-synthetic; an all-synthetic
corpus is counted and every output (table, JSON, chart) says it is synthetic.

Examples:
  drafter trends --corpus ./corpus --by year
  drafter trends --framework iqts --by provider-type --csv iqts.csv --charts charts/
  drafter trends --criterion LM2.5 --kind improvement --by year --group 2024`,
    )
    .action(async (options: TrendsCliOptions) => {
      const by = options.by as Dimension | undefined;
      if (by && !DIMENSIONS.includes(by)) throw new DrafterError('invalid-argument', `--by ${by}: choose one of ${DIMENSIONS.join(', ')}`);
      if (options.kind && options.kind !== 'improvement' && options.kind !== 'strength') {
        throw new DrafterError('invalid-argument', `--kind ${options.kind}: choose improvement or strength`);
      }
      if (options.group !== undefined && !(by && options.criterion)) throw new DrafterError('invalid-argument', '--group needs --criterion and --by');
      if (!MAPPERS.includes(options.mapper as MapperChoice)) throw new DrafterError('invalid-argument', `--mapper ${options.mapper}: choose ${MAPPERS.join(', ')}`);
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1) throw new DrafterError('invalid-argument', `--top ${options.top}: give a whole number of 1 or more`);
      const policy = policyOf(options);
      const corpusDir = existingCorpusFolder(options.corpus);

      const reports: Report[] = await loadReports(corpusDir);
      const ids = options.framework
        ? [FrameworkId.safeParse(options.framework).success ? (options.framework as FrameworkId) : await loadFramework(options.framework).then((f) => f.id)]
        : FrameworkId.options.filter((id) => reports.some((r) => r.framework === id));
      if (reports.length === 0 || ids.length === 0 || !reports.some((r) => ids.includes(r.framework))) {
        throw new DrafterError('corpus-no-reports', `${options.corpus}: no ${options.framework ? `${options.framework} ` : ''}reports to count`, {
          hint: 'ingest published reports with drafter ingest, or make a synthetic corpus with drafter generate',
        });
      }
      const frameworks = await Promise.all(ids.map((id) => loadFramework(id, corpusDir)));
      const warn = (message: string) => process.stderr.write(`drafter: ${message}\n`);
      const mappers = await buildMappers(frameworks, corpusDir, options.mapper as MapperChoice, warn);
      const data = computeTrendsData(reports, {
        frameworks,
        mapperFor: (framework) => (mappers.get(framework.id) as { mapper: StatementMapper }).mapper,
        synthetic: policy,
      });
      const { result } = data;
      if (result.frameworks.length === 0) {
        throw new DrafterError('corpus-no-reports', `${options.corpus}: every report was left out (synthetic policy: ${policy})`, {
          hint: result.corpus.excludedSynthetic ? 'use --include-synthetic to count synthetic reports' : undefined,
        });
      }
      const mapperNames = Object.fromEntries([...mappers].map(([id, m]) => [id, m.name]));

      if (options.criterion) {
        if (!knownCriterion(data, frameworks, options.criterion)) {
          const near = frameworks.flatMap((f) => f.criteria.map((c) => c.id)).filter((id) => id.toLowerCase().includes(options.criterion!.toLowerCase()));
          throw new DrafterError('criterion-unknown', `--criterion ${options.criterion}: no such criterion in ${ids.join(', ')}`, {
            hint: near.length ? `did you mean ${near.slice(0, 5).join(', ')}?` : 'drafter trends lists the criterion ids',
          });
        }
        const rows = drillDown(data, {
          criterion: options.criterion,
          kind: options.kind as StatementKind | undefined,
          dimension: options.group !== undefined ? by : undefined,
          group: options.group,
        });
        if (options.csv) await writeOut(resolve(options.csv), drillDownCsv(rows));
        if (options.json) console.log(JSON.stringify({ corpus: result.corpus, mapper: mapperNames, criterion: options.criterion, statements: rows }, null, 2));
        else {
          console.log(formatDrillDown(rows, options.criterion));
          if (options.csv) console.log(`\nWrote ${rows.length} statements to ${options.csv}`);
        }
        return;
      }

      const written: string[] = [];
      if (options.csv) {
        const file = resolve(options.csv);
        await writeOut(file, countsCsv(result));
        await writeOut(siblingFile(file, 'terms'), termsCsv(result));
        written.push(file, siblingFile(file, 'terms'));
      }
      if (options.charts) {
        // Vega, Vega-Lite and resvg load only when charts are asked for.
        const { renderChart, trendCharts } = await import('../../trends/charts.js');
        const dir = resolve(options.charts);
        for (const chart of trendCharts(result, by ? [by] : [])) {
          const rendered = await renderChart(chart);
          await writeOut(join(dir, `${chart.name}.svg`), rendered.svg);
          await writeOut(join(dir, `${chart.name}.png`), rendered.png);
          written.push(join(dir, `${chart.name}.svg`), join(dir, `${chart.name}.png`));
        }
      }
      if (options.json) {
        console.log(JSON.stringify({ ...result, mapper: mapperNames }, null, 2));
      } else {
        console.log(formatTrends(result, { by, top }));
        console.log(`\nStatements mapped to criteria by: ${Object.entries(mapperNames).map(([id, name]) => `${id} ${name}`).join(', ')}.`);
        if (options.mapper === 'auto' && Object.values(mapperNames).includes('keywords')) {
          console.log('(The trained classifier is used once its model for this corpus is current; --mapper classifier trains it, which takes a while on a large corpus.)');
        }
        console.log('Drill down with --criterion ID to see the statements behind a count.');
        if (written.length) console.log(`\nWrote:\n${written.map((f) => `  ${f}`).join('\n')}`);
      }
    });
}
