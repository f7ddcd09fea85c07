import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { StageContext } from '../pipeline/context.js';
import { FrameworkId, Polarity, type LabelledStatement } from '../schemas/index.js';
import { isEnglishWord, NOTE_ABBREVIATIONS } from './name-patterns.js';
import { alongside, onWorker } from './on-worker.js';
import { redactNames } from './redact-names.js';
import { parsedIf, readShared, writeShared } from './shared-cache.js';
import { jointOf, neighbourTexts, noteLines, splitNotes, type NotePiece } from './split-notes.js';
import { isShorthand } from './text.js';

/** A labelled notes file: `<name>.labels.json` and where it is. */
export interface TrainingNotesFile {
  name: string;
  path: string;
}

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
function notesFileOf(labels: TrainingNotesFile, notes: unknown): string {
  return join(labels.path, '..', typeof notes === 'string' ? notes : labels.name.replace(/\.labels\.json$/, '.md'));
}

export async function trainingNotesFiles(corpusDir: string): Promise<TrainingNotesFile[]> {
  const files: TrainingNotesFile[] = [];
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
  return scrubPlanted(redactNames(text).text, planted);
}

/** "someone" for every planted name in `text`. */
function scrubPlanted(text: string, planted: PlantedNames | null): string {
  if (!planted) return text;
  if (planted.byOpening) return scrubPlantedNames(text, planted.byOpening);
  const scrubbed = text.replace(planted.pattern, 'someone');
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
async function notesHeadings(path: string, planted: PlantedNames | null): Promise<Map<number, NoteLineContext>> {
  const out = new Map<number, NoteLineContext>();
  const raw = await readFile(path, 'utf8').catch(() => null);
  if (raw === null) return out;
  const redacted = redactNames(raw).text;
  const text = scrubPlanted(redacted, planted);
  const pieces = splitNotes(text, 1);
  const lines = noteLines(pieces);
  // Redaction keeps the line count: line n of the notes is line n of the redacted text.
  const rawLines = raw.split('\n');
  const redactedLines = redacted.split('\n');
  lines.forEach((line, i) => {
    const asWritten = rawLines[line.line - 1] ?? '';
    out.set(line.line, { headings: line.headings, neighbours: neighbourTexts(lines, i), pieces: [], rawIfUnredacted: asWritten === redactedLines[line.line - 1] ? asWritten : null });
  });
  for (const piece of pieces) out.get(piece.line)?.pieces.push(piece);
  return out;
}

interface NoteLineContext {
  headings: string[];
  neighbours: string[];
  pieces: NotePiece[];
  /** The line as written where redacting the whole notes left it as it was; else null. */
  rawIfUnredacted: string | null;
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
    entry = await readNotesOnTwoThreads(files, corpusDir, context.warn);
    await writeShared('training-notes', key, JSON.stringify(entry));
  }
  for (const warning of entry.warnings) context.warn?.(warning);
  notesStatementsCache.clear();
  notesStatementsCache.set(key, entry);
  return [...entry.statements];
}

/**
 * The later files are read on a worker while this thread reads the earlier ones: the statements
 * and warnings come out in the files' order, as one thread would give them. Exported for tests.
 */
export async function readNotesOnTwoThreads(files: TrainingNotesFile[], corpusDir: string, warn?: (message: string) => void): Promise<NotesEntry> {
  // Gathered once, here, for both halves: reading every labels file for them was 0.17 s a thread.
  const planted = await plantedNames(corpusDir);
  // The worker starts later (it loads the name lists first): it takes fewer files.
  const split = Math.ceil(files.length * 0.55);
  const later = split < files.length ? onWorker<NotesEntry>('training-notes', 'readNotesEntry', [files.slice(split), corpusDir, planted]) : null;
  if (!later) return readNotesEntry(files, corpusDir, planted);
  const [earlier, rest] = await alongside(
    later,
    () => readNotesEntry(files.slice(0, split), corpusDir, planted),
    () => readNotesEntry(files.slice(split), corpusDir, planted),
    warn,
    'training notes read on one thread: the worker',
  );
  return { statements: [...earlier.statements, ...rest.statements], warnings: [...earlier.warnings, ...rest.warnings] };
}

/**
 * The statements of labelled notes files, and the warnings about files skipped (which go with the
 * statements, so a cached read still says which). `planted`: the planted names of every training
 * file of `corpusDir`, where the caller has gathered them. Exported for the worker.
 */
export async function readNotesEntry(files: TrainingNotesFile[], corpusDir: string, planted?: PlantedNames | null): Promise<NotesEntry> {
  const warnings: string[] = [];
  const statements = await readLabelledNotes(files, planted === undefined ? await plantedNames(corpusDir) : planted, { warn: (message) => warnings.push(message) });
  return { statements, warnings };
}

interface NotesEntry {
  statements: LabelledStatement[];
  warnings: string[];
}

const notesStatementsCache = new Map<string, NotesEntry>();

/** Forget the training notes read in this process (tests that change them; the bench's cold training). */
export function clearNotesMemory(): void {
  notesStatementsCache.clear();
}

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

/**
 * `planted`: the planted-name lists of every training file (a label lacks the context that names a
 * role, and a surname may recur in another file), each capitalised part of a name on its own. No
 * personal name may end up in a model file.
 */
async function readLabelledNotes(files: TrainingNotesFile[], planted: PlantedNames | null, context: StageContext): Promise<LabelledStatement[]> {
  const out: LabelledStatement[] = [];
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
    const hasPlantedList = Array.isArray(parsed.names) && parsed.names.length > 0;
    const labels = parsed.labels.flatMap((label) => {
      const polarity = Polarity.safeParse(label.polarity);
      const written = String(label.text ?? '');
      // A label from a line that redacting the whole notes left as it was is left as it was too:
      // redacted alone it lost the context that says "NZ", "GH:" or "RA" is no one (22 of 19,359
      // such labels, every one wrongly), and redacting them was a quarter of a cold training.
      // Only where the file lists its planted names, so the scrub still stands behind the notes' redaction.
      const unredacted = hasPlantedList && typeof label.line === 'number' && headingsByLine.get(label.line)?.rawIfUnredacted?.includes(written);
      const text = (unredacted ? scrubPlanted(written, planted) : redactForTraining(written, planted)).trim();
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

/** Each labelled notes file into `hash`: its name, its labels and its notes file (whose headings and neighbouring lines are training features). */
export async function hashTrainingNotes(hash: ReturnType<typeof createHash>, files: TrainingNotesFile[]): Promise<void> {
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

