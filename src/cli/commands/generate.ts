import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import { makeOutputDir } from '../make-dir.js';
import { FrameworkId } from '../../schemas/index.js';
import { generateReports, PROFILES } from '../../synthetic/index.js';
import { renderReportText } from '../../synthetic/render-text.js';
import { isInsideSamples, writeSyntheticCorpus } from '../../synthetic/write-corpus.js';

interface GenerateCliOptions {
  out: string;
  seed: string;
  framework?: string[];
  years?: string;
  ingest?: boolean;
  text?: string;
  json?: boolean;
}

const MAX_REPORTS = 200_000;

/** "2021-2025" or "2021,2023" → years. */
export function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from) throw new DrafterError('invalid-argument', `--years ${part}: the range runs backwards`);
      for (let y = from; y <= to; y++) years.add(y);
    } else if (/^\d{4}$/.test(part)) {
      years.add(Number(part));
    } else {
      throw new DrafterError('invalid-argument', `--years ${part}: give years like 2021-2025 or 2019,2023`);
    }
  }
  return [...years].sort();
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      'Generate a corpus of synthetic inspection reports (deterministic for a seed) for tests, benchmarks and trying `drafter trends`. ' +
        'Every report is marked synthetic and names a fictional "Synthetic Provider NNNN".',
    )
    .argument('<count>', 'number of reports to generate')
    .requiredOption('--out <dir>', 'corpus folder to write (index.json + documents/, as `drafter ingest` writes); never corpus/samples')
    .option('--seed <seed>', 'seed: the same seed gives the same reports', '1')
    .option('--framework <id...>', `only these frameworks (${FrameworkId.options.join(', ')}); default all four`)
    .option('--years <years>', 'only these inspection years, e.g. 2021-2025 or 2019,2023')
    .option('--ingest', 'add to a corpus that already holds real reports (they stay flagged synthetic; trends leave them out unless asked)')
    .option('--text <dir>', 'also write each report as a .txt file in its published shape (for drafter ingest / drafter review)')
    .option('--json', 'print a JSON summary')
    .addHelpText(
      'after',
      `
What is generated: reports under iQTS (${PROFILES.iqts.years[0]}–${PROFILES.iqts.years.at(-1)}), Ofsted ITE 2015 handbook
(${PROFILES['ite-2015'].years[0]}–${PROFILES['ite-2015'].years.at(-1)}), ITE 2020 framework (${PROFILES['ite-2020'].years[0]}–${PROFILES['ite-2020'].years.at(-1)}) and the ITE toolkit (${PROFILES['ite-2025'].years[0]}),
by ISI, Penta International and Ofsted, for HEI, SCITT and school-led providers, with grade tables,
strengths, areas for improvement and numbered paragraphs written from realistic sentence patterns.
Known trends are planted (mentor-training shortfalls rise year on year within each framework; quality
assurance shortfalls are commoner at school-led providers) so trend mining can be checked.

Synthetic reports are never mixed into real figures silently: without --ingest, --out must be empty or
hold only synthetic reports; \`drafter trends\` leaves synthetic reports out of a corpus that also
holds real ones unless --include-synthetic.

Examples:
  drafter generate 2000 --out /tmp/synthetic --seed 7
  drafter trends --corpus /tmp/synthetic --by year --charts /tmp/charts`,
    )
    .action(async (countText: string, options: GenerateCliOptions) => {
      const count = Number(countText);
      if (!/^\d+$/.test(countText) || count < 1 || count > MAX_REPORTS) {
        throw new DrafterError('invalid-argument', `count "${countText}": give a whole number from 1 to ${MAX_REPORTS}`);
      }
      const frameworks = (options.framework ?? []).map((id) => {
        const parsed = FrameworkId.safeParse(id);
        if (!parsed.success) throw new DrafterError('framework-unknown', `Unknown framework "${id}".`, { hint: `known frameworks: ${FrameworkId.options.join(', ')}` });
        return parsed.data;
      });
      const years = options.years ? parseYears(options.years) : undefined;
      const outDir = resolve(options.out);
      // corpus/samples is refused by writeSyntheticCorpus, before anything is created there
      if (!isInsideSamples(outDir)) await makeOutputDir(outDir, '--out');
      if (options.text) {
        if (isInsideSamples(resolve(options.text))) throw new DrafterError('invalid-argument', `${options.text}: is the bundled samples folder; synthetic reports never go there.`);
        await makeOutputDir(resolve(options.text), '--text');
      }
      const started = performance.now();
      const reports = generateReports(count, {
        seed: /^\d+$/.test(options.seed) ? Number(options.seed) : options.seed,
        frameworks: frameworks.length ? frameworks : undefined,
        years,
      });
      const generated = performance.now();
      const { added, skipped } = await writeSyntheticCorpus(outDir, reports, { mixWithReal: options.ingest });
      let textFiles = 0;
      if (options.text) {
        const textDir = resolve(options.text);
        for (const report of reports) {
          await writeFile(join(textDir, `${report.provider.toLowerCase().replace(/\s+/g, '-')}.txt`), renderReportText(report));
          textFiles++;
        }
      }
      const written = performance.now();
      const byFramework: Record<string, number> = {};
      for (const r of reports) byFramework[r.framework] = (byFramework[r.framework] ?? 0) + 1;
      if (options.json) {
        console.log(JSON.stringify({ out: outDir, seed: options.seed, reports: reports.length, added, skipped, textFiles, byFramework, synthetic: true }, null, 2));
        return;
      }
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      console.log(
        `Generated ${reports.length} synthetic reports (seed ${options.seed}) in ${seconds(generated - started)} s and wrote them to ${outDir} in ${seconds(written - generated)} s: ` +
          `${added} added, ${skipped} already there.`,
      );
      console.log(`  ${Object.entries(byFramework).map(([id, n]) => `${id} ${n}`).join(', ')}`);
      if (textFiles) console.log(`  ${textFiles} text renditions in ${resolve(options.text as string)}`);
      console.log('  Every report is marked source.synthetic and names a fictional "Synthetic Provider NNNN".');
    });
}
