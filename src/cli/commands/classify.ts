import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import { listFrameworks } from '../../frameworks/index.js';
import { FrameworkId, LOW_CONFIDENCE, type Observation } from '../../schemas/index.js';
import { readNotesFile } from '../read-notes.js';
import { getRunner } from '../runner.js';
import { stageProgress } from '../stage-progress.js';

/** A plain table for the terminal: line, polarity, section, criterion, confidence, text. */
export function formatObservations(observations: Observation[], width = process.stdout.columns || 120): string {
  const rows = observations.map((o) => [
    String(o.source.line),
    o.polarity === 'improvement' ? 'improve' : o.polarity,
    o.section,
    o.criterion.id,
    `${o.confidence.toFixed(2)}${o.confidence < LOW_CONFIDENCE ? '?' : ''}`,
    o.text,
  ]);
  const header = ['line', 'polarity', 'section', 'criterion', 'conf', 'text'];
  const widths = header.map((h, i) => (i === 5 ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fixed = widths.slice(0, 5).reduce((sum, w) => sum + w + 2, 0);
  const textWidth = Math.max(30, width - fixed);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 5 ? (cell.length > textWidth ? `${cell.slice(0, textWidth - 1)}…` : cell) : i === 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ');
  const counts = (p: Observation['polarity']) => observations.filter((o) => o.polarity === p).length;
  const low = observations.filter((o) => o.confidence < LOW_CONFIDENCE).length;
  return [
    line(header),
    ...rows.map(line),
    '',
    `${observations.length} observations: ${counts('strength')} strengths, ${counts('improvement')} areas for improvement, ${counts('context')} context; ${low} low confidence (marked ?)`,
  ].join('\n');
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('Classify an inspector\'s notes into strengths, areas for improvement and context, per framework section and criterion')
    .argument('<notes>', 'notes file: .txt, .md or .docx')
    .requiredOption('--framework <id>', `framework to classify against (${listFrameworks().join(', ')})`)
    .option('--corpus <dir>', 'corpus folder (its reports train the classifier; the model is cached in <corpus>/model/)', './corpus')
    .option('--json', 'print the observations as a JSON array (the classify contract)')
    .addHelpText(
      'after',
      `
Each note line becomes one observation, or two where a contrast ("X but Y", "although", "however")
joins a strength and a shortfall. Personal names are replaced by roles ("a trainee", "the programme
director") before anything is printed. Confidence below 0.5 (marked ?) means "check me".
The classifier is trained from the bundled sample reports and frameworks plus the corpus, and
cached in <corpus>/model/<framework>.json until the corpus changes.
With REDIS_URL set, the work runs on queue workers (drafter worker).

Examples:
  drafter classify notes.md --framework iqts
  drafter classify visit-notes.docx --framework ite-2025 --json > observations.json`,
    )
    .action(async (notesPath: string, options: { framework: string; corpus: string; json?: boolean }) => {
      if (!FrameworkId.safeParse(options.framework).success) {
        throw new DrafterError('framework-unknown', `Unknown framework "${options.framework}".`, { hint: `known frameworks: ${listFrameworks().join(', ')}` });
      }
      const notes = await readNotesFile(resolve(notesPath));
      const runner = await getRunner();
      let observations: Observation[];
      const progress = stageProgress('classify');
      try {
        observations = await runner.classify({ notes, framework: options.framework as FrameworkId, corpusDir: resolve(options.corpus) }, progress.context);
      } finally {
        progress.stop();
        await runner.close();
      }
      if (options.json) process.stdout.write(`${JSON.stringify(observations, null, 2)}\n`);
      else process.stdout.write(`${formatObservations(observations)}\n`);
    });
}
