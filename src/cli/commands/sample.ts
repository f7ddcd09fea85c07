import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { samplesDir } from '../../paths.js';
import { makeOutputDir } from '../make-dir.js';
import { getRunner } from '../runner.js';
import { readNotesFile } from '../read-notes.js';
import type { FrameworkId } from '../../schemas/index.js';

const SAMPLE_DRAFTS: Array<{ framework: FrameworkId; notes: string; provider: string; dates: string[] }> = [
  { framework: 'iqts', notes: 'iqts-sample-notes.md', provider: 'Northbridge University', dates: ['2026-03-09', '2026-03-12'] },
  { framework: 'ite-2025', notes: 'ite-2025-sample-notes.md', provider: 'Riverside Teacher Training Partnership', dates: ['2026-05-18', '2026-05-21'] },
];

export function registerSample(program: Command): void {
  program
    .command('sample')
    .description('Run the whole job on the bundled sample data: ingest the sample reports and frameworks, then draft reports from the sample notes')
    .option('--corpus <dir>', 'corpus folder to ingest the samples into', 'corpus')
    .option('--out <dir>', 'folder for the draft .docx files', 'out')
    .action(async (options: { corpus: string; out: string }) => {
      const corpusDir = resolve(options.corpus);
      const outDir = resolve(options.out);
      // before the ingest, so an unwritable --out fails at once
      await makeOutputDir(outDir, '--out');
      const runner = await getRunner();
      try {
        const paths = ['reports', 'frameworks'].map((folder) => join(samplesDir, folder));
        const files = (await Promise.all(paths.map(async (folder) => (await readdir(folder)).sort().map((name) => join(folder, name))))).flat();
        const outcomes = await runner.ingest(files.map((path) => ({ path, corpusDir })));
        const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
        console.log(`Corpus ${corpusDir}: ${count('ingested')} ingested, ${count('duplicate')} already there, ${count('failed')} failed`);
        for (const failed of outcomes.filter((outcome) => outcome.status === 'failed')) {
          console.log(`  failed ${failed.file}: ${failed.reason}`);
        }

        for (const sample of SAMPLE_DRAFTS) {
          const notes = await readNotesFile(join(samplesDir, 'notes', sample.notes));
          const out = join(outDir, `${sample.framework}-sample-draft.docx`);
          const replacing = existsSync(out);
          const started = performance.now();
          const result = await runner.draft({
            notes,
            framework: sample.framework,
            provider: sample.provider,
            dates: sample.dates,
            out,
            force: true,
            corpusDir,
          });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          console.log(
            `Drafted ${sample.framework} report from ${sample.notes} in ${seconds} s${replacing ? ' (replaced the previous sample draft)' : ''}:\n` +
              `  ${result.out}\n` +
              `  ${result.observations} observations, ${result.paragraphs} paragraphs, ${result.placeholders} placeholders to complete, ` +
              `${result.lowConfidence} low-confidence items highlighted, suggested grade: ${result.suggestedGrade ?? 'none'}`,
          );
        }
      } finally {
        await runner.close();
      }
    });
}
