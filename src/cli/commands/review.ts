import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DrafterError } from '../../errors.js';
import type { Finding, Report, Severity } from '../../schemas/index.js';

interface ReviewOptions {
  json?: boolean;
  out?: string;
  corpus?: string;
  all?: boolean;
  failOn: string;
  force?: boolean;
}

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Exit status 2 when any finding is at or above --fail-on, so scripts and CI can gate on a review. */
export function reviewExitCode(findings: Finding[], failOn: string): number {
  if (failOn === 'never') return 0;
  const bar = RANK[failOn as Severity];
  return findings.some((f) => RANK[f.severity] <= bar) ? 2 : 0;
}

async function writeOutput(file: string, findings: Finding[], files: string[], force: boolean): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.docx' && ext !== '.html' && ext !== '.htm') {
    throw new DrafterError('invalid-argument', `--out ${file}: give a .docx or .html file name`);
  }
  if (existsSync(file) && !force) throw new DrafterError('output-exists', `${file} already exists`, { hint: 'use --force to overwrite' });
  const { renderDocx, renderHtml } = await import('../../review/render.js');
  const body = ext === '.docx' ? await renderDocx(findings, files) : renderHtml(findings, files);
  // Temp file + rename: a reviewer never opens a half-written review.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, body);
    await rename(temp, file);
  } catch (error) {
    throw new DrafterError('output-unwritable', `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description(
      'Review reports for consistency: grade against narrative (by the framework\'s grade descriptors), summary against body, ' +
        'boilerplate and polarity inconsistency across reports, personal names, numbering, note shorthand, first person, long sentences, terminology.',
    )
    .argument('[files...]', 'reports to review: PDF, Word (including edited drafts), text/Markdown, or JSON from `drafter parse --json`')
    .option('--json', 'print {findings: [...]} as JSON instead of the listing')
    .option('--out <file>', 'also write a circulable review report: .docx or .html (by extension)')
    .option('--corpus <dir>', 'corpus folder: framework overrides, and its reports are compared with FILEs for boilerplate, polarity and terminology')
    .option('--all', 'review every report in the corpus (default ./corpus, or --corpus)')
    .option('--fail-on <severity>', 'exit 2 when any finding is this severe or worse: error, warning, info or never', 'error')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText(
      'after',
      `
Severities: error (must fix before publication: placeholders, personal names, a grade its narrative
contradicts, a file that could not be read), warning (should fix), info (worth a look).
Personal names are shown by initials and position only, never in full.

Exit status: 0 when no finding reaches --fail-on (default: error); 2 when one does; 1 when nothing
could be reviewed (bad arguments, no readable report). A file that cannot be read is reported as an
'unreadable' error finding and the other files are still reviewed.

Examples:
  drafter review draft.docx
  drafter review reports/*.pdf --out review.docx
  drafter review --all --corpus ./corpus --json > findings.json`,
    )
    .action(async (files: string[], options: ReviewOptions) => {
      if (!FAIL_ON.includes(options.failOn as (typeof FAIL_ON)[number])) {
        throw new DrafterError('invalid-argument', `--fail-on ${options.failOn}: give one of ${FAIL_ON.join(', ')}`);
      }
      if (files.length === 0 && !options.all) {
        throw new DrafterError('invalid-argument', 'no reports to review', { hint: 'give FILE… or --all with --corpus DIR' });
      }
      // Loaded here, not at the top: every other drafter command starts without the review stack.
      const [{ loadReports }, { createReviewContext }, { formatTerminal }, { loadReportFiles, withoutReviewed }, { reviewReports, sortFindings }] = await Promise.all([
        import('../../corpus/index.js'),
        import('../../review/default-context.js'),
        import('../../review/render.js'),
        import('../../review/review-files.js'),
        import('../../review/review-reports.js'),
      ]);
      const corpusDir = options.corpus ?? (options.all ? './corpus' : undefined);
      const { reports, lines, problems } = await loadReportFiles(files);
      let reference: Report[] = [];
      if (corpusDir) {
        const corpusReports = await loadReports(corpusDir);
        if (options.all) {
          for (const report of corpusReports) reports.push({ ...report, source: report.source ?? { file: report.provider, hash: '', format: 'text', synthetic: false } });
          if (corpusReports.length === 0 && files.length === 0) {
            throw new DrafterError('invalid-argument', `${corpusDir}: the corpus holds no reports`, { hint: 'add some with drafter ingest' });
          }
        } else {
          reference = withoutReviewed(corpusReports, reports);
        }
      }
      if (reports.length === 0) {
        // Nothing reviewable: fail as bad input, in one line. One file: its own reason ("[file-not-found]
        // x.pdf: no such file"); several: each file with its code.
        if (problems.length === 1) {
          process.stderr.write(`drafter: ${problems[0].message}\n`);
          process.exitCode = 1;
          return;
        }
        const each = problems.map((p) => `${p.file} ${/^\[[a-z-]+\]/.exec(p.message)?.[0] ?? '[unreadable]'}`).join(', ');
        throw new DrafterError('invalid-argument', `none of the ${problems.length} files could be reviewed: ${each}`);
      }
      const context = createReviewContext({ corpusDir, reference, documentLines: lines });
      const reviewed = reviewReports(reports, context);
      const order = [...files, ...reports.map((r) => r.source?.file ?? r.provider)];
      const fileOrder = [...new Set(order)];
      const findings = sortFindings([...problems, ...reviewed], fileOrder);
      const shownFiles = fileOrder.filter((f) => reports.some((r) => r.source?.file === f) || problems.some((p) => p.file === f));

      if (options.json) {
        process.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
      } else {
        for (const p of problems) process.stderr.write(`drafter: ${p.message}\n`);
        process.stdout.write(`${formatTerminal(findings, shownFiles, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR })}\n`);
      }
      if (options.out) {
        await writeOutput(options.out, findings, shownFiles, Boolean(options.force));
        if (!options.json) process.stdout.write(`review written to ${options.out}\n`);
      }
      process.exitCode = reviewExitCode(findings, options.failOn);
    });
}
