import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { DrafterError } from '../errors.js';
import { loadFramework } from '../frameworks/index.js';
import { draftRedact } from './redact.js';
import type { StageContext } from '../pipeline/context.js';
import type { DraftRequest, DraftResult, Framework, Observation, ReportModel } from '../schemas/index.js';
import { buildReportModel } from './build-report-model.js';
import { loadTopics } from './topics.js';
import { renderDocx, type RenderOptions } from './render-docx.js';
import { defaultTemplatesDir, hasTemplate, renderMarkup } from './templates.js';

/** Packs a Document to .docx bytes: the only zip step, kept apart from building the model. */
export async function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}

/**
 * Last safety net before anything reaches the file: personal names → roles (observations arrive
 * redacted already), and the renderer's own marker characters removed from note text.
 */
export function safeText(text: string): string {
  return draftRedact(text);
}

/** Counts "[Inspector to complete: …]" placeholders the laid-out report will carry. */
export function countPlaceholders(model: ReportModel, framework: Framework, templatesDir = defaultTemplatesDir()): number {
  return renderMarkup(model, framework, templatesDir).match(/\[Inspector to complete:[^\]]*\]/g)?.length ?? 0;
}

export interface WriteDraftContext extends StageContext {
  templatesDir?: string;
  /** Framework already loaded (queue flows, tests); otherwise read from request.corpusDir. */
  framework?: Framework;
  trackChanges?: boolean;
}

/**
 * Builds the report model from observations, renders it and writes the .docx atomically
 * (temp file + rename in the same folder). Refuses to overwrite without request.force.
 */
export async function writeDraft(request: DraftRequest, observations: Observation[], context: WriteDraftContext = {}): Promise<DraftResult> {
  const templatesDir = context.templatesDir ?? defaultTemplatesDir();
  const framework = context.framework ?? (await loadFramework(request.framework, request.corpusDir));
  if (!hasTemplate(framework.id, templatesDir)) {
    throw new DrafterError('template-missing', `No report template for framework "${framework.id}".`, {
      hint: `add ${path.join(templatesDir, framework.id, 'report.hbs')} (see templates/README.md)`,
    });
  }
  if (!observations.some((observation) => observation.polarity !== 'context')) {
    throw new DrafterError('no-observations', `${request.notes.file}: no strength or area for improvement found in the notes, so there is nothing to draft.`, {
      hint: 'check the notes are the inspection evidence and --framework is right',
    });
  }
  await checkOutput(request.out, request.force);

  context.onProgress?.({ done: 1, total: 3, label: 'building report model' });
  const model = buildReportModel(observations, framework, {
    provider: request.provider,
    dates: request.dates,
    inspectorate: request.inspectorate ?? null,
    redact: safeText,
    topics: loadTopics(framework.id, templatesDir),
  });
  context.onProgress?.({ done: 2, total: 3, label: 'rendering Word document' });
  const options: RenderOptions = { templatesDir, trackChanges: context.trackChanges ?? request.trackChanges ?? false };
  const bytes = await packDocx(renderDocx(model, framework, options));
  await writeAtomically(request.out, bytes, request.force);
  context.onProgress?.({ done: 3, total: 3, label: 'written' });

  const placeholders = countPlaceholders(model, framework, templatesDir);
  const grades = model.overallGrade
    ? model.overallGrade.label
    : model.sections
        .filter((section) => section.grade)
        .map((section) => `${section.title}: ${section.grade!.label}`)
        .join('; ') || null;
  return {
    out: request.out,
    observations: observations.length,
    paragraphs: model.stats.paragraphs,
    placeholders,
    lowConfidence: model.stats.lowConfidence,
    suggestedGrade: grades,
  };
}

async function checkOutput(out: string, force: boolean): Promise<void> {
  if (!out.toLowerCase().endsWith('.docx')) {
    throw new DrafterError('invalid-argument', `${out}: the draft must be a .docx file.`, { hint: 'give --out a name ending in .docx' });
  }
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory()) throw new DrafterError('output-unwritable', `${out}: is a folder, not a file.`);
  if (existing && !force) {
    throw new DrafterError('output-exists', `${out} already exists; not overwriting it.`, { hint: 'use --force to replace it, or choose another --out' });
  }
  const folder = path.dirname(out);
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (cause) {
    throw new DrafterError('output-unwritable', `${out}: cannot write to folder ${folder}.`, { cause, hint: 'choose an --out in a folder you can write to' });
  }
}

async function writeAtomically(out: string, bytes: Buffer, force: boolean): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    // Re-check just before the rename: another process may have created the file meanwhile.
    if (!force && (await stat(out).catch(() => null))) {
      throw new DrafterError('output-exists', `${out} already exists; not overwriting it.`, { hint: 'use --force to replace it' });
    }
    await rename(temp, out);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (DrafterError.is(error)) throw error;
    throw new DrafterError('output-unwritable', `${out}: could not write the draft (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { cause: error });
  }
}
