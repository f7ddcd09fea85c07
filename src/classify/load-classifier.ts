import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../corpus/index.js';
import { listFrameworks, loadFramework } from '../frameworks/index.js';
import { parseDocument } from '../ingest/index.js';
import { writeFileAtomically } from '../files.js';
import { packageRoot, samplesDir } from '../paths.js';
import type { StageContext } from '../pipeline/context.js';
import { FrameworkId, Polarity, type Framework, type LabelledStatement, type ParsedDocument } from '../schemas/index.js';
import { isEnglishWord, NOTE_ABBREVIATIONS } from './name-patterns.js';
import { isShorthand } from './text.js';
import { redactNames } from './redact-names.js';
import { readShared, writeShared } from './shared-cache.js';
import { DEFAULT_TRAIN, MODEL_VERSION, trainClassifier, type ClassifierModel } from './model.js';
import { jointOf, neighbourTexts, noteLines, splitNotes, type NotePiece } from './split-notes.js';
import { deriveTrainingStatements } from './training-statements.js';

/** Bundled sample documents that are always part of training (OGL reports and frameworks). */
const SAMPLE_FOLDERS = ['reports', 'frameworks'];

/**
 * Labelled inspector notes that ship with the package (fictional, written for training): they
 * teach the model how notes, not report prose, say strength, shortfall or context. A user corpus
 * may add its own under `<corpus>/training/notes/`.
 */
function trainingNotesDirs(corpusDir: string): string[] {
  return [join(packageRoot, 'corpus', 'training', 'notes'), join(corpusDir, 'training', 'notes')];
}

/**
 * The development notes (test/fixtures/notes/*-dev-*) train the final model too: more voices. The
 * held-out *-test-* files beside them are chosen by name and never opened.
 */
const DEV_NOTES_DIR = join(packageRoot, 'test', 'fixtures', 'notes');
const isDevNotes = (name: string) => /-dev-/.test(name) && !/-test-/.test(name);

interface NotesLabels {
  framework: string;
  notes?: string;
  /** Every personal name planted in the notes, as written: scrubbed before anything is learnt. */
  names?: string[];
  labels: Array<{ line?: number; polarity: string; section?: string | null; criterion?: string | null; text: string }>;
}

/** The notes file a labels file names (beside it), or the one named like it. */
function notesFileOf(labels: { name: string; path: string }, notes: unknown): string {
  return join(labels.path, '..', typeof notes === 'string' ? notes : labels.name.replace(/\.labels\.json$/, '.md'));
}

async function trainingNotesFiles(corpusDir: string): Promise<Array<{ name: string; path: string }>> {
  const files: Array<{ name: string; path: string }> = [];
  const seen = new Set<string>();
  for (const dir of trainingNotesDirs(corpusDir)) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) if (name.endsWith('.labels.json')) files.push({ name, path: join(dir, name) });
  }
  const dev = await readdir(DEV_NOTES_DIR).catch(() => [] as string[]);
  for (const name of dev.sort()) if (isDevNotes(name) && name.endsWith('.labels.json')) files.push({ name, path: join(DEV_NOTES_DIR, name) });
  return files;
}

/**
 * Every planted name and name part (capitalised, 2+ letters) across the training files, longest
 * first: one pattern, and the same parts by the run of letters each opens with.
 */
export interface PlantedNames {
  pattern: RegExp;
  /** Null where a part opens with no letter: then only the pattern will do. */
  byOpening: Map<string, string[]> | null;
}

const LETTER_RUN = /\p{L}+/gu;
const NAME_GOES_ON = /[\p{L}-]/uy;

async function plantedNames(corpusDir: string): Promise<PlantedNames | null> {
  const parts = new Set<string>();
  for (const file of await trainingNotesFiles(corpusDir)) {
    try {
      const { names } = JSON.parse(await readFile(file.path, 'utf8')) as NotesLabels;
      for (const name of names ?? []) {
        if (typeof name !== 'string' || !name.trim()) continue;
        parts.add(name.trim());
        // Hyphenated parts too: the redactor may already have taken "Ifeoma Adebayo" of "Ifeoma Adebayo-Grant".
        for (const part of name.split(/[\s-]+/)) {
          if (/^\p{Lu}/u.test(part) && part.length >= 2) parts.add(part);
          // Typed in lower case too ("afolabi visit form"), where the part is no English word or note shorthand ("will", "lang" stay).
          const low = part.toLowerCase();
          if (low.length >= 4 && /^\p{L}+$/u.test(low) && !isEnglishWord(low) && !NOTE_ABBREVIATIONS.has(low) && !isShorthand(low)) parts.add(low);
        }
      }
    } catch {
      // unreadable files are reported where their labels are read
    }
  }
  return parts.size === 0 ? null : plantedNamesFrom(parts);
}

/** The pattern and the parts by opening, for name parts as written. Exported for tests. */
export function plantedNamesFrom(parts: Iterable<string>): PlantedNames {
  const longestFirst = [...parts].sort((a, b) => b.length - a.length);
  const alternatives = longestFirst.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  let byOpening: Map<string, string[]> | null = new Map();
  for (const part of longestFirst) {
    const opening = /^\p{L}+/u.exec(part);
    if (!opening) {
      byOpening = null;
      break;
    }
    const sharing = byOpening.get(opening[0]);
    if (sharing) sharing.push(part);
    else byOpening.set(opening[0], [part]);
  }
  return { pattern: new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?![\\p{L}-])`, 'gu'), byOpening };
}

/** Roles for names as classifying writes them, then "someone" for any planted name the redactor missed. */
function redactForTraining(text: string, planted: PlantedNames | null): string {
  const redacted = redactNames(text).text;
  if (!planted) return redacted;
  if (planted.byOpening) return scrubPlantedNames(redacted, planted.byOpening);
  const scrubbed = redacted.replace(planted.pattern, 'someone');
  planted.pattern.lastIndex = 0;
  return scrubbed;
}

/**
 * The pattern's replacement, found without running it (one alternation of thousands of names,
 * tried at every character, was a tenth of preparing the training notes). A match starts where no
 * letter is before it and so at the start of a run of letters; it goes past that run only where
 * the run ends in the part too, so the run is the part's opening. Of the parts that open so, the
 * first (longest) that the text holds there, with no letter or hyphen after it, is the match.
 */
export function scrubPlantedNames(text: string, byOpening: ReadonlyMap<string, readonly string[]>): string {
  let out = '';
  let from = 0;
  for (const run of text.matchAll(LETTER_RUN)) {
    if (run.index < from) continue;
    for (const part of byOpening.get(run[0]) ?? []) {
      if (!text.startsWith(part, run.index)) continue;
      NAME_GOES_ON.lastIndex = run.index + part.length;
      if (NAME_GOES_ON.test(text)) continue;
      out += `${text.slice(from, run.index)}someone`;
      from = run.index + part.length;
      break;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The headings above each line of a labelled notes file (names scrubbed, then redacted as
 * classifying does), so the model learns what an area or "Strengths" heading says about a line.
 */
async function notesHeadings(path: string, planted: PlantedNames | null): Promise<Map<number, { headings: string[]; neighbours: string[]; pieces: NotePiece[] }>> {
  const out = new Map<number, { headings: string[]; neighbours: string[]; pieces: NotePiece[] }>();
  const raw = await readFile(path, 'utf8').catch(() => null);
  if (raw === null) return out;
  const text = redactForTraining(raw, planted);
  const pieces = splitNotes(text, 1);
  const lines = noteLines(pieces);
  lines.forEach((line, i) => out.set(line.line, { headings: line.headings, neighbours: neighbourTexts(lines, i), pieces: [] }));
  for (const piece of pieces) out.get(piece.line)?.pieces.push(piece);
  return out;
}

/**
 * A labelled line's pieces as the splitter cuts it, each with the polarity of the label that
 * covers most of it (labels found in the line by their text; one not found is placed by its order).
 */
export function labelledPieces(pieces: NotePiece[], labels: Array<{ text: string; polarity: Polarity }>): LabelledStatement['linePieces'] {
  if (pieces.length === 0 || labels.length === 0) return undefined;
  const lineText = pieces[0].lineText;
  let from = 0;
  const spans = labels.map((label, k) => {
    const at = lineText.indexOf(label.text, from);
    if (at >= 0) {
      from = at + label.text.length;
      return { start: at, end: at + label.text.length };
    }
    const share = lineText.length / labels.length;
    return { start: k * share, end: (k + 1) * share };
  });
  return pieces.map((piece) => {
    let best = 0;
    let bestScore = -Infinity;
    spans.forEach((span, k) => {
      const overlap = Math.min(piece.end, span.end) - Math.max(piece.start, span.start);
      if (overlap > bestScore) {
        bestScore = overlap;
        best = k;
      }
    });
    return { joint: jointOf(piece), polarity: labels[best].polarity };
  });
}

/** Statements from labelled notes files; names in label text are replaced by roles before training. */
export async function labelledNotesStatements(corpusDir: string, context: StageContext = {}): Promise<LabelledStatement[]> {
  // Redacting every training file is most of a cold training's time: the same files in one process
  // (every corpus trains on the shipped notes, and k-fold and leave-one-file-out train again and
  // again) are read once.
  const files = await trainingNotesFiles(corpusDir);
  const digest = createHash('sha256');
  await hashTrainingNotes(digest, files);
  const key = digest.digest('hex');
  let entry = notesStatementsCache.get(key) ?? parsedIf(await readShared('training-notes', key), isNotesEntry);
  if (!entry) {
    // The warnings go with the statements, so a cached read still says which files were skipped.
    const warnings: string[] = [];
    const statements = await readLabelledNotes(files, corpusDir, { warn: (message) => warnings.push(message) });
    entry = { statements, warnings };
    await writeShared('training-notes', key, JSON.stringify(entry));
  }
  for (const warning of entry.warnings) context.warn?.(warning);
  notesStatementsCache.clear();
  notesStatementsCache.set(key, entry);
  return [...entry.statements];
}

interface NotesEntry {
  statements: LabelledStatement[];
  warnings: string[];
}

const notesStatementsCache = new Map<string, NotesEntry>();

/** An entry the shared cache holds is taken as the statements it was written from (its key covers their files and the code). */
function isNotesEntry(value: unknown): value is NotesEntry {
  const entry = value as Partial<NotesEntry> | null;
  return (
    Array.isArray(entry?.statements) &&
    entry.statements.every((item) => typeof (item as LabelledStatement | null)?.text === 'string') &&
    Array.isArray(entry.warnings) &&
    entry.warnings.every((warning) => typeof warning === 'string')
  );
}

/** JSON text parsed, if it parses to what `accept` takes; else null. */
function parsedIf<T>(text: string | null, accept: (value: unknown) => value is T): T | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

async function readLabelledNotes(files: Array<{ name: string; path: string }>, corpusDir: string, context: StageContext): Promise<LabelledStatement[]> {
  const out: LabelledStatement[] = [];
  // The planted-name lists of every training file (a label lacks the context that names a role, and
  // a surname may recur in another file), each capitalised part of a name on its own: gathered
  // once. No personal name may end up in a model file.
  const planted = await plantedNames(corpusDir);
  for (const file of files) {
    let parsed: NotesLabels;
    const raw = await readFile(file.path);
    try {
      parsed = JSON.parse(raw.toString('utf8')) as NotesLabels;
    } catch {
      context.warn?.(`training notes ${file.name} skipped: not valid JSON`);
      continue;
    }
    const framework = FrameworkId.safeParse(parsed.framework);
    if (!framework.success || !Array.isArray(parsed.labels)) {
      context.warn?.(`training notes ${file.name} skipped: no known framework or labels`);
      continue;
    }
    const hash = createHash('sha256').update(raw).digest('hex');
    const headingsByLine = await notesHeadings(notesFileOf(file, parsed.notes), planted);
    // Roles first, as classifying does ("Mrs Lloyd" → "a mentor"), so the model trains on the
    // text it will see; then any planted name the redactor missed. (Scrubbing first left
    // "someone" where classifying writes a role: LOFO macro-F1 +0.01.)
    const labels = parsed.labels.flatMap((label) => {
      const polarity = Polarity.safeParse(label.polarity);
      const text = redactForTraining(String(label.text ?? ''), planted).trim();
      return polarity.success && text ? [{ label, text, polarity: polarity.data }] : [];
    });
    // Each line's labels in order, to find which of the line's pieces each covers.
    const byLine = new Map<number, Array<{ text: string; polarity: Polarity }>>();
    for (const { label, text, polarity } of labels) if (typeof label.line === 'number') byLine.set(label.line, [...(byLine.get(label.line) ?? []), { text, polarity }]);
    const labelledLines = new Set<number>();
    for (const { label, text, polarity } of labels) {
      const line = typeof label.line === 'number' ? label.line : null;
      out.push({
        text,
        polarity,
        framework: framework.data,
        section: label.section ?? null,
        criterion: label.criterion ?? null,
        origin: 'notes-fixture',
        source: { hash, file: parsed.notes ?? file.name },
        headings: line === null ? [] : headingsByLine.get(line)?.headings ?? [],
        neighbours: line === null ? [] : headingsByLine.get(line)?.neighbours ?? [],
        // The line's pieces go with its first label only: each joint is counted once.
        ...(line !== null && !labelledLines.has(line) ? { linePieces: labelledPieces(headingsByLine.get(line)?.pieces ?? [], byLine.get(line) ?? []) } : {}),
      });
      if (line !== null) labelledLines.add(line);
    }
  }
  return out;
}

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
 * every ingested document by content hash), the bundled samples' bytes, every taxonomy, the
 * model version and the training settings. Any change to these rebuilds the model.
 */
export async function trainingKey(framework: Framework, corpusDir: string, taxonomies: Framework[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`drafter-classifier:${MODEL_VERSION}\n`);
  // The training settings too: a changed default (a network's share, an epoch count) retrains.
  hash.update(JSON.stringify(DEFAULT_TRAIN));
  hash.update(JSON.stringify(framework));
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

/** Each labelled notes file into `hash`: its name, its labels and its notes file (whose headings and neighbouring lines are training features). */
async function hashTrainingNotes(hash: ReturnType<typeof createHash>, files: Array<{ name: string; path: string }>): Promise<void> {
  for (const file of files) {
    hash.update(file.name);
    const labels = await readFile(file.path);
    hash.update(labels);
    // The notes file the labels name, as readLabelledNotes reads it.
    let notes: unknown;
    try {
      notes = (JSON.parse(labels.toString('utf8')) as Partial<NotesLabels>).notes;
    } catch {
      // Not JSON: skipped when read, so its notes file counts for nothing.
    }
    hash.update((await readFile(notesFileOf(file, notes)).catch(() => null)) ?? 'no-notes');
  }
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
  const taxonomies = await loadTaxonomies(corpusDir);
  const key = await trainingKey(framework, corpusDir, taxonomies);
  const cached = memory.get(`${corpusDir}\0${framework.id}`);
  if (cached && cached.key === key) return cached;
  const file = join(corpusDir, 'model', `${framework.id}.json`);
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isModel(stored, framework, key)) {
      memory.set(`${corpusDir}\0${framework.id}`, stored);
      return stored;
    }
  } catch {
    // No cache yet, or an unreadable one: train afresh.
  }
  // Another corpus trained on the same data (an empty corpus, a copy of this one) may have made it.
  const sharedText = await readShared('models', key);
  const shared = parsedIf(sharedText, (value): value is ClassifierModel => isModel(value, framework, key));
  if (shared && sharedText) {
    await writeModel(file, sharedText, context);
    memory.set(`${corpusDir}\0${framework.id}`, shared);
    return shared;
  }
  const started = performance.now();
  const statements = await trainingStatements(corpusDir, context);
  const model = trainClassifier(statements, framework, key);
  model.trainingMs = Math.round(performance.now() - started);
  const json = JSON.stringify(model);
  await writeModel(file, json, context);
  await writeShared('models', key, json);
  memory.set(`${corpusDir}\0${framework.id}`, model);
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
  notesStatementsCache.clear();
}
