import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { loadReports } from '../corpus/index.js';
import { DrafterError } from '../errors.js';
import { createReviewContext } from '../review/default-context.js';
import { groupByFile, renderDocx, summaryLine } from '../review/render.js';
import { loadReportFiles, withoutReviewed } from '../review/review-files.js';
import { reviewReports, sortFindings } from '../review/review-reports.js';
import type { Finding, Report } from '../schemas/index.js';
import { html, type Html } from './html.js';
import { errorSummary, layout, sentence, type PageError } from './page.js';

/**
 * The quality reviewer's page: upload one report or many (published PDFs, edited Word drafts,
 * text), get the consistency findings `drafter review` gives, on the page, as JSON or as Word.
 */

/** A quality reviewer's batch: forty reports is a normal sitting. */
export const MAX_REVIEW_FILES = 50;
/** Published report PDFs are a few MB; 30 MB leaves room for scanned appendices. */
export const MAX_REVIEW_FILE_BYTES = 30 * 1024 * 1024;
const REVIEW_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.text', '.json'];

export interface ReviewUpload {
  name: string;
  bytes: Buffer;
}

/** Reads the uploaded reports (field "reports", several allowed) and the output format. */
export async function readReviewForm(request: FastifyRequest): Promise<{ uploads: ReviewUpload[]; format: string }> {
  const uploads: ReviewUpload[] = [];
  let format = (request.query as { format?: string } | undefined)?.format ?? '';
  if (!request.isMultipart()) throw new DrafterError('invalid-argument', 'upload the reports as multipart/form-data (field "reports")');
  for await (const part of request.parts({ limits: { files: MAX_REVIEW_FILES, fileSize: MAX_REVIEW_FILE_BYTES, fields: 5, parts: MAX_REVIEW_FILES + 5 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'reports' && (part.filename || bytes.length > 0)) uploads.push({ name: cleanName(part.filename || `report-${uploads.length + 1}.txt`), bytes });
    } else if (part.fieldname === 'format' && typeof part.value === 'string') {
      format = part.value;
    }
  }
  return { uploads, format };
}

/**
 * Reviews uploaded reports with the same functions as `drafter review FILE… --corpus DIR`: each
 * is written to a private temporary folder (two uploads may share a name), read by
 * loadReportFiles, and reviewed against the server corpus's reports as reference.
 * Findings name the uploaded file, never the temporary path.
 */
export async function reviewUploads(uploads: ReviewUpload[], corpusDir: string): Promise<{ findings: Finding[]; files: string[] }> {
  if (uploads.length === 0) throw new DrafterError('invalid-argument', 'choose one or more reports to review', { hint: 'PDF, Word, text or Markdown' });
  for (const upload of uploads) {
    const extension = extname(upload.name).toLowerCase();
    if (extension && !REVIEW_EXTENSIONS.includes(extension)) {
      throw new DrafterError('unsupported-format', `${upload.name}: reports must be PDF, Word (.docx), text, Markdown or parsed JSON`);
    }
  }
  const folder = await mkdtemp(join(tmpdir(), 'drafter-review-'));
  try {
    const shown = uniqueNames(uploads.map((upload) => upload.name));
    const paths = await Promise.all(
      uploads.map(async (upload, index) => {
        const dir = join(folder, String(index));
        await mkdir(dir);
        const path = join(dir, upload.name);
        await writeFile(path, upload.bytes);
        return path;
      }),
    );
    const nameOf = new Map(paths.map((path, index) => [path, shown[index]!]));
    const { reports, problems } = await loadReportFiles(paths);
    if (reports.length === 0) {
      const reasons = problems.map((problem) => untemp(problem.message, nameOf)).join('; ');
      throw new DrafterError('not-a-report-or-framework', `none of the ${uploads.length} file(s) could be reviewed: ${reasons}`);
    }
    const corpusReports: Report[] = await loadReports(corpusDir).catch(() => []);
    const context = createReviewContext({ corpusDir, reference: withoutReviewed(corpusReports, reports) });
    const findings = sortFindings([...problems, ...reviewReports(reports, context)], paths).map((finding) => ({
      ...finding,
      file: nameOf.get(finding.file) ?? finding.file,
      message: untemp(finding.message, nameOf),
    }));
    return { findings, files: shown };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function untemp(message: string, nameOf: Map<string, string>): string {
  let out = message;
  for (const [path, name] of nameOf) out = out.split(path).join(name);
  return out;
}

/** "draft.docx", "draft.docx (2)": two uploads with one name stay apart in the findings. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

function cleanName(name: string): string {
  const clean = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120);
  return clean && clean !== '.' && clean !== '..' ? clean : 'report.txt';
}

/** The Word review report, as `drafter review --out review.docx` writes it. */
export function reviewDocx(findings: Finding[], files: string[]): Promise<Buffer> {
  return renderDocx(findings, files);
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function renderReviewPage(state: { errors?: PageError[]; result?: { findings: Finding[]; files: string[] } }): string {
  const title = state.errors?.length ? 'Error: Review reports' : state.result ? 'Findings: Review reports' : 'Review reports';
  return layout(
    title,
    html`${state.errors?.length ? errorSummary(state.errors) : null}
<h1>Review reports for consistency</h1>
<p class="lead">Upload one report or many: published PDFs, edited Word drafts, text or Markdown. Drafter checks each against its framework
(grade against narrative, summary points against paragraphs, numbering, house style, shorthand, personal names left in) and the set
together, with the reports in this server’s corpus, for boilerplate and judgements worded as a strength in one report and a weakness in another.</p>
<form method="post" action="/api/review#findings" enctype="multipart/form-data">
<div class="group${state.errors?.length ? ' group-error' : ''}">
<label class="label" for="reports">Reports</label>
<p class="hint" id="reports-hint">Up to ${MAX_REVIEW_FILES} files, ${MAX_REVIEW_FILE_BYTES / 1024 / 1024} MB each. Choose several at once with Ctrl or Shift.</p>
${state.errors?.length ? html`<p class="field-error" id="reports-error"><span class="visually-hidden">Error:</span> ${sentence(state.errors[0]!.message)}</p>` : null}
<input class="file" type="file" id="reports" name="reports" multiple accept=".pdf,.docx,.txt,.md,.markdown,.json" aria-describedby="reports-hint${state.errors?.length ? ' reports-error' : ''}">
</div>
<div class="buttons">
<button class="button" type="submit">Review reports</button>
<button class="button secondary" type="submit" formaction="/api/review?format=docx">Download findings as Word</button>
</div>
</form>
${state.result ? findingsSection(state.result.findings, state.result.files) : null}`,
    'review',
  );
}

function findingsSection(findings: Finding[], files: string[]): Html {
  const groups = groupByFile(findings, files);
  return html`<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<p>${summaryLine(findings, files.length)}. Personal names are shown by initials only.</p>
${[...groups].map(
  ([file, list]) => html`<h3>${file}</h3>
${
  list.length === 0
    ? html`<p>No findings.</p>`
    : html`<div class="table-wrap"><table class="table">
<caption class="visually-hidden">Findings for ${file}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Kind</th><th scope="col">Where</th><th scope="col">Finding</th></tr></thead>
<tbody>
${list.map(
  (finding) => html`<tr><td><span class="tag tag-${finding.severity}">${SEVERITY_LABEL[finding.severity]}</span></td><td>${finding.kind}</td><td>${where(finding)}</td><td>${finding.message}</td></tr>\n`,
)}</tbody></table></div>`
}`,
)}
</section>`;
}

function where(finding: Finding): string {
  const { section, paragraph } = finding.location;
  if (section && paragraph !== null) return `${section}, paragraph ${paragraph}`;
  if (paragraph !== null) return `paragraph ${paragraph}`;
  return section ?? 'whole report';
}
