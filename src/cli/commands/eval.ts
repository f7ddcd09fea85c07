import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import { loadFramework } from '../../frameworks/index.js';
import type { EvaluationResult, LabelledNotes } from '../../classify/evaluate.js';
import { existingCorpusFolder } from '../corpus-folder.js';
import { packageRoot } from '../../paths.js';
import { FrameworkId } from '../../schemas/index.js';

/** Labelled notes fixtures in a folder: `<name>.md|.txt` with `<name>.labels.json`, filtered by split. */
async function readFixtures(dir: string, split: string): Promise<LabelledNotes[]> {
  const names = await readdir(dir).catch(() => {
    throw new DrafterError('file-not-found', `${dir}: no such notes folder`);
  });
  const out: LabelledNotes[] = [];
  for (const name of names.sort()) {
    if (!name.endsWith('.labels.json')) continue;
    const stem = name.slice(0, -'.labels.json'.length);
    if (split !== 'all' && !stem.includes(`-${split}-`)) continue;
    const labels = JSON.parse(await readFile(join(dir, name), 'utf8')) as { framework: string; notes?: string; names?: string[]; labels: LabelledNotes['labels'] };
    const notesFile = labels.notes ?? `${stem}.md`;
    const text = await readFile(join(dir, notesFile), 'utf8').catch(() => {
      throw new DrafterError('file-not-found', `${join(dir, name)}: its notes file ${notesFile} is missing`);
    });
    out.push({ file: notesFile, text, framework: labels.framework, names: labels.names ?? [], labels: labels.labels });
  }
  return out;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Measure classification quality: k-fold held-out evaluation over the corpus statements, leave-one-file-out over the labelled training notes, and evaluation on labelled notes')
    .option('--corpus <dir>', 'corpus folder', './corpus')
    .option('--notes <dir>', 'folder of labelled notes (<name>.md + <name>.labels.json)', join(packageRoot, 'test', 'fixtures', 'notes'))
    .option('--split <split>', 'which labelled notes to score: test (held out), dev, or all', 'test')
    .option('--folds <k>', 'folds for the corpus evaluation', '5')
    .option('--no-leave-one-out', 'skip (b), the leave-one-file-out evaluation (it trains one model per training notes file)')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      `
Prints, for polarity, per-class precision, recall and F1, macro-F1 and a confusion matrix; section
accuracy and its confusion matrix (which sections are taken for which); criterion top-1 and top-3 hit rates; and for labelled notes a name-leak check (how many
planted names appear in any observation; the names themselves are never printed).
(a) k-fold: the corpus statements (bundled samples + corpus) are split k ways; each fold is judged
    by a model trained on the others.
(b) leave-one-file-out over the labelled training notes (corpus/training/notes): each file is
    classified by a model trained without it; hyperparameters were chosen on these figures.
(c) notes: each framework's labelled notes are classified with the full model. Files named *-dev-*
    are part of the model's training data (their figures are not held out); *-test-* files were
    never used for training or tuning: report those.

Examples:
  drafter eval
  drafter eval --split dev --json
  drafter eval --no-leave-one-out          (quicker: skips (b))`,
    )
    .action(async (options: { corpus: string; notes: string; split: string; folds: string; leaveOneOut: boolean; json?: boolean }, command: Command) => {
      // Only a --corpus the user typed must exist; the default may be absent (the bundled samples still train).
      const corpusDir = command.getOptionValueSource('corpus') === 'default' ? resolve(options.corpus) : existingCorpusFolder(options.corpus);
      // Loaded here, not at the top: the classifier pulls in natural and compromise, which `drafter --help` should not pay for.
      const { loadClassifier, trainingStatements } = await import('../../classify/index.js');
      const { crossValidate, crossValidateNotes, evaluateNotes, formatEvaluation } = await import('../../classify/evaluate.js');
      const k = Number(options.folds);
      if (!Number.isInteger(k) || k < 2 || k > 20) throw new DrafterError('invalid-argument', `--folds must be a whole number from 2 to 20, not "${options.folds}"`);
      if (!['test', 'dev', 'all'].includes(options.split)) throw new DrafterError('invalid-argument', `--split must be test, dev or all, not "${options.split}"`);
      const results: EvaluationResult[] = [];
      const statements = await trainingStatements(corpusDir);
      const fixtures = await readFixtures(resolve(options.notes), options.split);
      // The package's training notes and the corpus's own (the same folder when the corpus is the package's).
      const notesDirs = [...new Set([join(packageRoot, 'corpus', 'training', 'notes'), join(corpusDir, 'training', 'notes')])];
      const trainingNotes = (await Promise.all(notesDirs.map((dir) => readFixtures(dir, 'all').catch(() => [] as LabelledNotes[])))).flat();
      const frameworks = [...new Set(['iqts', ...fixtures.map((f) => f.framework)])].filter((id) => FrameworkId.safeParse(id).success);
      for (const [index, id] of frameworks.entries()) {
        const framework = await loadFramework(id, corpusDir);
        const folds = crossValidate(statements, framework, k);
        // Polarity does not depend on the framework: its k-fold figures are printed once.
        if (index === 0) results.push({ ...folds, name: `${k}-fold held-out over ${statements.length} corpus statements (polarity: all statements; section/criterion: ${id} statements from reports and labelled training notes, descriptors excluded)` });
        else results.push({ ...folds, polarity: undefined, name: `${k}-fold held-out, ${id} statements from reports and labelled training notes: section and criterion` });
        // Leave-one-file-out over the labelled training notes: each file is another inspection in
        // another voice, so this is a second honest estimate of quality on unseen notes.
        const trainingFiles = trainingNotes.filter((f) => f.framework === id);
        if (options.leaveOneOut && trainingFiles.length >= 2) {
          const labels = trainingFiles.reduce((sum, f) => sum + f.labels.length, 0);
          results.push(crossValidateNotes(`${id}: leave-one-file-out over the labelled training notes (${trainingFiles.length} files, ${labels} labels; each file judged by a model trained without it)`, statements, trainingFiles, framework));
        }
        const mine = fixtures.filter((f) => f.framework === id);
        if (mine.length) {
          const model = await loadClassifier(framework, corpusDir);
          const lines = mine.reduce((sum, f) => sum + f.labels.length, 0);
          results.push(evaluateNotes(`${id}: labelled notes, ${options.split} split (${mine.length} files, ${lines} labels)`, mine, model, framework));
        }
      }
      if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else process.stdout.write(`${results.map(formatEvaluation).join('\n\n')}\n`);
    });
}
