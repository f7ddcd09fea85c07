import { DrafterError, MAX_NOTES_BYTES, formatIssues, notesTooLarge } from '../errors.js';
import { listFrameworks, loadFramework } from '../frameworks/index.js';
import type { StageContext } from '../pipeline/context.js';
import { ClassifyRequest, FrameworkId, type Observation } from '../schemas/index.js';
import { classifyNotes } from './classify-notes.js';
import { loadClassifier } from './load-classifier.js';

export { classifyNotes, classifyText, sectionOfHeading, polarityOfHeading, type TextClassification, type ClassifyTextOptions } from './classify-notes.js';
export { loadClassifier, trainingStatements, trainingDocuments, trainingKey, clearClassifierMemory } from './load-classifier.js';
export { trainClassifier, MODEL_VERSION, POLARITIES, type ClassifierModel } from './model.js';
export { trainClassifierInParallel } from './train-in-parallel.js';
export { splitNotes, headingOf, type NotePiece } from './split-notes.js';
export { redactNames, findPersonalNames } from './redact-names.js';
export { deriveTrainingStatements, judgeSentence, reportSentences } from './training-statements.js';
export { polarityFeatures, CUES, type Cue } from './features.js';

/** NUL or a high share of control characters: binary data, not notes. */
export function looksLikeBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/**
 * Classify one notes file under a framework: validate the request, load the framework and the
 * cached (or freshly trained) model, split, redact and classify. Errors name the file, never the
 * note text.
 */
export async function runClassify(request: ClassifyRequest, context: StageContext = {}): Promise<Observation[]> {
  const frameworkId = (request as { framework?: unknown })?.framework;
  if (typeof frameworkId === 'string' && !FrameworkId.safeParse(frameworkId).success) {
    throw new DrafterError('framework-unknown', `Unknown framework "${frameworkId}".`, { hint: `known frameworks: ${listFrameworks().join(', ')}` });
  }
  const parsed = ClassifyRequest.safeParse(request);
  if (!parsed.success) throw new DrafterError('invalid-argument', `invalid classify request: ${formatIssues(parsed.error.issues)}`);
  const { notes, corpusDir } = parsed.data;
  // The reader's byte limit, applied to the characters of notes passed in directly.
  if (notes.text.length > MAX_NOTES_BYTES) {
    throw notesTooLarge(notes.file, notes.text.length, 'characters');
  }
  if (looksLikeBinaryText(notes.text)) {
    throw new DrafterError('binary-content', `${notes.file}: looks like binary data, not notes text`, { hint: 'notes must be .txt, .md or .docx' });
  }
  if (!/[A-Za-z0-9]/.test(notes.text)) throw new DrafterError('notes-empty', `${notes.file}: the notes have no text`);
  const framework = await loadFramework(parsed.data.framework, corpusDir);
  context.onProgress?.({ done: 0, total: 100, label: 'loading classifier' });
  const model = await loadClassifier(framework, corpusDir, context);
  context.onProgress?.({ done: 10, total: 100, label: 'classifying' });
  // Loading is the first tenth of the bar, classifying the rest (in steps on a big notes file).
  const observations = classifyNotes(notes, model, framework, (done, total) => context.onProgress?.({ done: 10 + Math.floor((90 * done) / total), total: 100, label: 'classifying' }));
  context.onProgress?.({ done: 100, total: 100, label: 'classified' });
  if (observations.length === 0) throw new DrafterError('notes-empty', `${notes.file}: no note lines found (only headings or blank lines)`);
  return observations;
}
