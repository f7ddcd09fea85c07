import { runClassify } from '../classify/index.js';
import type { StageContext } from '../pipeline/context.js';
import type { DraftRequest, DraftResult } from '../schemas/index.js';
import { writeDraft, type WriteDraftContext } from './write-draft.js';

export { buildReportModel, recommendationFor, type DraftDetails } from './build-report-model.js';
export { renderDocx, type RenderOptions } from './render-docx.js';
export { renderMarkup, hasTemplate, defaultTemplatesDir, clearTemplateCache, placeholder } from './templates.js';
export { writeDraft, packDocx, safeText, countPlaceholders, type WriteDraftContext } from './write-draft.js';
export { toReportSentences, expandShorthand } from './register.js';
export { parseDates, formatDateRange } from './dates.js';

/** Classifies the notes, then drafts the report from the observations (the `drafter draft` stage). */
export async function runDraft(request: DraftRequest, context: WriteDraftContext = {}): Promise<DraftResult> {
  const observations = await runClassify(
    { notes: request.notes, framework: request.framework, corpusDir: request.corpusDir },
    { warn: context.warn },
  );
  return writeDraft(request, observations, context);
}
