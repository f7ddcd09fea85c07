import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import { listFrameworks } from '../../frameworks/index.js';
import { parseDates } from '../../draft/dates.js';
import { FrameworkId } from '../../schemas/index.js';
import { readNotesFile } from '../read-notes.js';
import { getRunner } from '../runner.js';
import { stageProgress } from '../stage-progress.js';

interface DraftOptions {
  framework: string;
  provider: string;
  dates?: string;
  inspectorate?: string;
  corpus: string;
  out: string;
  force?: boolean;
  trackChanges?: boolean;
}

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('Draft the inspection report as an editable Word document from an inspector\'s notes')
    .argument('<notes>', 'notes file: .txt, .md or .docx')
    .requiredOption('--framework <id>', `report shape and framework (${listFrameworks().join(', ')}; templates exist for iqts and ite-2025)`)
    .requiredOption('--provider <name>', 'provider name, as it should appear in the report')
    .requiredOption('--out <file.docx>', 'where to write the draft')
    .option('--dates <dates>', 'inspection dates: "2024-03-18,2024-03-21" or "18-21 March 2024"')
    .option('--inspectorate <name>', 'inspectorate for the title block (otherwise a highlighted placeholder)')
    .option('--corpus <dir>', 'corpus folder (trains the classifier; may override framework taxonomies)', './corpus')
    .option('--force', 'replace --out if it already exists')
    .option('--track-changes', 'insert the drafted text as tracked insertions, to accept or reject in Word\'s review pane')
    .addHelpText(
      'after',
      `
The draft follows the published report shape section by section. Judgement paragraphs are
numbered continuously across sections; each drafted paragraph and summary point carries a Word
comment naming the note lines (file:line), the criterion and the classifier's confidence.
Highlights: yellow = [Inspector to complete: …] placeholders, cyan = low-confidence text to
check first, green = suggested grades (reasons in their comments). Personal names from the notes
are replaced by roles. Nothing is overwritten without --force.

Examples:
  drafter draft notes.md --framework iqts --provider "University of Derby" --dates "18-21 March 2024" --out draft.docx
  drafter draft visit.docx --framework ite-2025 --provider "Riverside SCITT" --inspectorate Ofsted --out riverside.docx --force`,
    )
    .action(async (notesPath: string, options: DraftOptions) => {
      const framework = FrameworkId.safeParse(options.framework);
      if (!framework.success) {
        throw new DrafterError('framework-unknown', `Unknown framework "${options.framework}".`, { hint: `use one of ${listFrameworks().join(', ')}` });
      }
      if (!options.provider.trim()) throw new DrafterError('invalid-argument', '--provider must not be empty.');
      const dates = options.dates ? parseDates(options.dates) : [];
      const notes = await readNotesFile(resolve(notesPath));
      const runner = await getRunner();
      const progress = stageProgress('draft');
      try {
        const result = await runner.draft({
          notes,
          framework: framework.data,
          provider: options.provider.trim(),
          dates,
          out: resolve(options.out),
          force: options.force ?? false,
          corpusDir: resolve(options.corpus),
          inspectorate: options.inspectorate?.trim() || null,
          trackChanges: options.trackChanges ?? false,
        }, progress.context);
        progress.stop();
        console.log(`Draft written: ${result.out}`);
        console.log(
          `  ${result.observations} observations → ${result.paragraphs} judgement paragraphs; ` +
            `${result.placeholders} placeholders to complete; ${result.lowConfidence} low-confidence items highlighted`,
        );
        console.log(`  Suggested grade (for your judgement): ${result.suggestedGrade ?? 'none (not enough evidence in the notes)'}`);
      } finally {
        progress.stop();
        await runner.close();
      }
    });
}
