import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../corpus/index.js';
import { listFrameworks, loadFramework } from '../frameworks/index.js';
import { parseDocument } from '../ingest/index.js';
import { writeFileAtomically } from '../files.js';
import { samplesDir } from '../paths.js';
import type { StageContext } from '../pipeline/context.js';
import { FrameworkId, type Framework, type LabelledStatement, type ParsedDocument } from '../schemas/index.js';
import { codeVersion, parsedIf, readShared, writeShared } from './shared-cache.js';
import { clearNotesMemory, hashTrainingNotes, labelledNotesStatements, trainingNotesFiles } from './training-notes.js';
import { DEFAULT_TRAIN, MODEL_VERSION, type ClassifierModel, type PolarityModels } from './model.js';
import { trainClassifierInParallel } from './train-in-parallel.js';
import { deriveTrainingStatements } from './training-statements.js';

/** Bundled sample documents that are always part of training (OGL reports and frameworks). */
const SAMPLE_FOLDERS = ['reports', 'frameworks'];

async function sampleFiles(): Promise<Array<{ name: string; path: string }>> {
  const files: Array<{ name: string; path: string }> = [];
  for (const folder of SAMPLE_FOLDERS) {
    const dir = join(samplesDir, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) if (/\.(?:txt|md|pdf|docx)$/i.test(name)) files.push({ name, path: join(dir, name) });
  }
  return files;
}

/**
 * The training key: a hash of everything the model is trained from — the corpus index (which lists
 * every ingested document by content hash), the bundled samples' bytes, the training notes, every
 * taxonomy, the model version, the training settings and the code. Any change to these rebuilds the model.
 */
export async function trainingKey(framework: Framework, corpusDir: string, taxonomies: Framework[]): Promise<string> {
  return keyFor(framework, await dataKey(corpusDir, taxonomies));
}

/** One framework's model's key, from the key of the data every framework's model is trained on. */
function keyFor(framework: Framework, data: string): string {
  return createHash('sha256').update(data).update('\0').update(JSON.stringify(framework)).digest('hex');
}

/** Everything but the framework: what the polarity half of every framework's model is trained from. */
async function dataKey(corpusDir: string, taxonomies: Framework[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`drafter-classifier:${MODEL_VERSION}\n`);
  // And the code: a change to how training text is made (the anonymiser, the splitter) retrains
  // a corpus's model even where MODEL_VERSION was not bumped, as the shared cache's entries do.
  hash.update(await codeVersion());
  // The training settings too: a changed default (a network's share, an epoch count) retrains.
  hash.update(JSON.stringify(DEFAULT_TRAIN));
  for (const taxonomy of taxonomies) hash.update(JSON.stringify(taxonomy));
  for (const file of await sampleFiles()) {
    hash.update(file.name);
    hash.update(await readFile(file.path));
  }
  await hashTrainingNotes(hash, await trainingNotesFiles(corpusDir));
  const index = await readFile(join(corpusDir, 'index.json')).catch(() => null);
  hash.update(index ?? 'no-corpus-index');
  return hash.digest('hex');
}

/** Every taxonomy Drafter knows (corpus overrides honoured); one that fails to load is left out. */
async function loadTaxonomies(corpusDir: string): Promise<Framework[]> {
  const out: Framework[] = [];
  for (const id of listFrameworks()) {
    try {
      out.push(await loadFramework(id, corpusDir));
    } catch {
      // A framework id with no taxonomy file yet contributes no descriptors.
    }
  }
  return out;
}

/** Parsed bundled samples plus the user's corpus, de-duplicated by content hash. */
export async function trainingDocuments(corpusDir: string, context: StageContext = {}): Promise<ParsedDocument[]> {
  const documents: ParsedDocument[] = [];
  const seen = new Set<string>();
  for (const file of await sampleFiles()) {
    try {
      const document = await parseDocument(await readFile(file.path), file.name);
      const hash = document.source?.hash ?? file.name;
      if (seen.has(hash)) continue;
      seen.add(hash);
      documents.push(document);
    } catch (error) {
      context.warn?.(`sample ${file.name} not used for training: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  for (const document of await loadCorpus(corpusDir)) {
    const hash = document.source?.hash;
    if (hash && seen.has(hash)) continue;
    if (hash) seen.add(hash);
    documents.push(document);
  }
  return documents;
}

/** All labelled statements for training: corpus documents plus every taxonomy's descriptors. */
export async function trainingStatements(corpusDir: string, context: StageContext = {}): Promise<LabelledStatement[]> {
  const taxonomies = await loadTaxonomies(corpusDir);
  const byId = Object.fromEntries(taxonomies.map((taxonomy) => [taxonomy.id, taxonomy])) as Partial<Record<FrameworkId, Framework>>;
  const documents = await trainingDocuments(corpusDir, context);
  // The shipped taxonomies carry criteria, levels and keywords even where a framework document in
  // the corpus could only be partly parsed; a framework document of the same id adds its own text.
  const statements = [...deriveTrainingStatements([...taxonomies, ...documents], { frameworks: byId }), ...(await labelledNotesStatements(corpusDir, context))];
  // A descriptor in both the shipped taxonomy and a parsed framework document counts once (and
  // cannot sit on both sides of a k-fold split).
  const seen = new Set<string>();
  return statements.filter((statement) => {
    const key = `${statement.framework}\0${statement.polarity}\0${statement.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const memory = new Map<string, ClassifierModel>();
/** The polarity half last trained in this process, by the key of the data it was trained on. */
const polarityMemory = new Map<string, PolarityModels>();

function isModel(value: unknown, framework: Framework, key: string): value is ClassifierModel {
  const model = value as ClassifierModel | null;
  return !!model && model.format === 'drafter-classifier' && model.version === MODEL_VERSION && model.framework === framework.id && model.key === key;
}

/**
 * The classifier for a framework: read from `<corpusDir>/model/<id>.json` when its key matches the
 * training data, otherwise trained from the samples and the corpus and written there atomically
 * (temp file + rename, so a concurrent reader never sees half a model).
 */
export async function loadClassifier(framework: Framework, corpusDir: string, context: StageContext = {}): Promise<ClassifierModel> {
  let data = await dataKey(corpusDir, await loadTaxonomies(corpusDir));
  let key = keyFor(framework, data);
  const cached = memory.get(`${corpusDir}\0${framework.id}`);
  if (cached && cached.key === key) return cached;
  const file = join(corpusDir, 'model', `${framework.id}.json`);
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isModel(stored, framework, key)) return remember(corpusDir, data, stored);
  } catch {
    // No cache yet, or an unreadable one: train afresh.
  }
  // Another corpus trained on the same data (an empty corpus, a copy of this one) may have made it.
  const sharedText = await readShared('models', key);
  const shared = parsedIf(sharedText, (value): value is ClassifierModel => isModel(value, framework, key));
  if (shared && sharedText) {
    await writeModel(file, sharedText, context);
    return remember(corpusDir, data, shared);
  }
  const started = performance.now();
  // The data may change while it is read (an ingest running alongside): read again until the key
  // before and after agree, so a model is never stored under a key its data does not have.
  let statements: LabelledStatement[];
  let settled = false;
  // Each warning once, however many times the data is read.
  const warned = new Set<string>();
  const reading: StageContext = {
    ...context,
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      context.warn?.(message);
    },
  };
  for (let attempt = 0; ; attempt++) {
    statements = await trainingStatements(corpusDir, reading);
    const after = await dataKey(corpusDir, await loadTaxonomies(corpusDir));
    if ((settled = after === data) || attempt === 2) break;
    data = after;
    key = keyFor(framework, data);
  }
  if (!settled) context.warn?.('the corpus kept changing while the classifier read it: this model is not cached');
  // The polarity half is the same for every framework trained on the same data: a second
  // framework in this process (drafting both samples, a server) takes the first one's.
  // (Not where the data would not settle: the statements read may not be the data the key is of.)
  const model = await trainClassifierInParallel(statements, framework, key, {}, { warn: context.warn, polarity: settled ? polarityMemory.get(data) : undefined });
  // A second framework's figure leaves out the polarity half it reused: not comparable with a cold training.
  model.trainingMs = Math.round(performance.now() - started);
  if (!settled) return model;
  const json = JSON.stringify(model);
  await writeModel(file, json, context);
  await writeShared('models', key, json);
  return remember(corpusDir, data, model);
}

/** Keep a model for this process, and its polarity half for another framework on the same data (read from disk, too). */
function remember(corpusDir: string, data: string, model: ClassifierModel): ClassifierModel {
  memory.set(`${corpusDir}\0${model.framework}`, model);
  polarityMemory.clear();
  polarityMemory.set(data, { polarity: model.polarity, ...(model.joints ? { joints: model.joints } : {}) });
  return model;
}

async function writeModel(file: string, json: string, context: StageContext): Promise<void> {
  try {
    await writeFileAtomically(file, json);
  } catch (error) {
    // A read-only corpus still classifies; the model is simply retrained next time.
    context.warn?.(`classifier cache not written to ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Forget in-memory models and training notes (tests that change the corpus within one process; the bench's cold training). */
export function clearClassifierMemory(): void {
  memory.clear();
  clearNotesMemory();
  polarityMemory.clear();
}
