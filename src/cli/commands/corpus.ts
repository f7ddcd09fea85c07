import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import { describeDocument } from './parse.js';
import { existingCorpusFolder } from '../corpus-folder.js';

// The corpus module is loaded by each action, so `drafter --help` never pays for it.
const corpusModule = () => import('../../corpus/index.js');

const corpusFolder = existingCorpusFolder;

const corpusOption = ['--corpus <dir>', 'corpus folder', './corpus'] as const;

export function registerCorpus(program: Command): void {
  const corpus = program
    .command('corpus')
    .description('List, show and count what the corpus holds')
    .addHelpText('after', '\nExamples:\n  drafter corpus list\n  drafter corpus show 5d186b08\n  drafter corpus stats --json');

  corpus
    .command('list')
    .description('List the documents in the corpus: hash, kind, framework, provider, first date, grade, file')
    .option(...corpusOption)
    .option('--json', 'print the index entries as JSON')
    .action(async (options: { corpus: string; json?: boolean }) => {
      const { listCorpus } = await corpusModule();
      const entries = await listCorpus(corpusFolder(options.corpus));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (entries.length === 0) {
        process.stdout.write(`the corpus in ${options.corpus} is empty (drafter ingest PATH… adds documents)\n`);
        return;
      }
      for (const e of entries) {
        const cells = [e.hash.slice(0, 12), e.kind.padEnd(9), e.framework.padEnd(8), (e.provider ?? e.title).slice(0, 48).padEnd(48), (e.inspectionDates[0] ?? '').padEnd(10), (e.overallGrade ?? '').padEnd(8), e.file];
        process.stdout.write(`${cells.join('  ')}\n`);
      }
      process.stdout.write(`${entries.length} document${entries.length === 1 ? '' : 's'}\n`);
    });

  corpus
    .command('show')
    .description('Show one stored document by its hash (or a unique prefix of at least 4 characters)')
    .argument('<hash>', 'sha256 of the document, or a unique prefix')
    .option(...corpusOption)
    .option('--json', 'print the stored document as JSON')
    .action(async (hash: string, options: { corpus: string; json?: boolean }) => {
      const { showDocument } = await corpusModule();
      const doc = await showDocument(corpusFolder(options.corpus), hash);
      process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : `${describeDocument(doc)}\n`);
    });

  corpus
    .command('stats')
    .description('Count the corpus: documents by kind, framework, year, overall grade, provider type, format; strengths, areas for improvement, paragraphs')
    .option(...corpusOption)
    .option('--json', 'print the counts as JSON')
    .action(async (options: { corpus: string; json?: boolean }) => {
      const { corpusStats, loadCorpus } = await corpusModule();
      const stats = corpusStats(await loadCorpus(corpusFolder(options.corpus)));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const fmt = (o: Record<string, number>) => Object.entries(o).sort().map(([k, v]) => `${k} ${v}`).join(', ') || '-';
      process.stdout.write(
        [
          `documents: ${stats.documents} (${stats.reports} reports, ${stats.frameworks} frameworks)`,
          `by framework: ${fmt(stats.byFramework)}`,
          `by year: ${fmt(stats.byYear)}`,
          `by overall grade: ${fmt(stats.byOverallGrade)}`,
          `by provider type: ${fmt(stats.byProviderType)}`,
          `by format: ${fmt(stats.byFormat)}`,
          `strengths: ${stats.strengths}, areas for improvement: ${stats.areasForImprovement}, judgement paragraphs: ${stats.paragraphs}, framework criteria: ${stats.criteria}`,
          `warnings: ${stats.warnings}`,
        ].join('\n') + '\n',
      );
    });
}
