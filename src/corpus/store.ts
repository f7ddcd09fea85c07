import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DrafterError, formatIssues } from '../errors.js';
import { CorpusIndex, ParsedDocument, type CorpusEntry } from '../schemas/index.js';
import { withLock, writeFileAtomic } from './atomic.js';

export const INDEX_FILE = 'index.json';
export const DOCUMENTS_DIR = 'documents';

export function documentPath(corpusDir: string, hash: string): string {
  return join(corpusDir, DOCUMENTS_DIR, `${hash}.json`);
}

async function readJson(path: string): Promise<unknown | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DrafterError('file-unreadable', `${path}: cannot read (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new DrafterError('corpus-invalid', `${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`, { hint: 're-ingest the source document', cause: error });
  }
}

export function entryFor(doc: ParsedDocument, addedAt = new Date().toISOString()): CorpusEntry {
  if (!doc.source) throw new Error('a stored document needs its source info');
  return doc.kind === 'report'
    ? {
        hash: doc.source.hash,
        file: doc.source.file,
        format: doc.source.format,
        kind: 'report',
        framework: doc.framework,
        title: doc.title,
        provider: doc.provider,
        inspectionDates: doc.inspectionDates,
        overallGrade: doc.overallGrade,
        addedAt,
      }
    : {
        hash: doc.source.hash,
        file: doc.source.file,
        format: doc.source.format,
        kind: 'framework',
        framework: doc.id,
        title: doc.title,
        provider: null,
        inspectionDates: [],
        overallGrade: null,
        addedAt,
      };
}

/** Reads and validates a stored document. Invalid content is a one-line 'corpus-invalid' naming the file. */
export async function readStoredDocument(path: string): Promise<ParsedDocument | undefined> {
  const json = await readJson(path);
  if (json === undefined) return undefined;
  const parsed = ParsedDocument.safeParse(json);
  if (!parsed.success) {
    throw new DrafterError('corpus-invalid', `${path}: not a valid parsed document (${formatIssues(parsed.error.issues)})`, { hint: 're-ingest the source document' });
  }
  return parsed.data;
}

/**
 * The corpus index. A missing index.json with documents present is rebuilt from documents/
 * (the documents are the truth; the index is a cache of them). A missing corpus folder is empty.
 */
export async function readIndex(corpusDir: string): Promise<CorpusIndex> {
  const path = join(corpusDir, INDEX_FILE);
  const json = await readJson(path);
  if (json === undefined) return rebuildIndex(corpusDir);
  const parsed = CorpusIndex.safeParse(json);
  if (!parsed.success) {
    throw new DrafterError('corpus-invalid', `${path}: not a valid corpus index (${formatIssues(parsed.error.issues)})`, { hint: 'delete it; it is rebuilt from documents/' });
  }
  return parsed.data;
}

async function rebuildIndex(corpusDir: string): Promise<CorpusIndex> {
  let names: string[];
  try {
    names = await readdir(join(corpusDir, DOCUMENTS_DIR));
  } catch {
    return { version: 1, documents: [] };
  }
  const documents: CorpusEntry[] = [];
  for (const name of names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).sort()) {
    const doc = await readStoredDocument(join(corpusDir, DOCUMENTS_DIR, name));
    if (doc?.source) documents.push(entryFor(doc));
  }
  return { version: 1, documents };
}

/** True when a document with this hash is stored and listed. */
export async function hasDocument(corpusDir: string, hash: string): Promise<boolean> {
  const index = await readIndex(corpusDir);
  return index.documents.some((d) => d.hash === hash);
}

/**
 * Stores a parsed document under its content hash and lists it in index.json. Idempotent: a hash
 * already listed is left alone and reported as not added. With `skipSameReport` (what ingest
 * uses), a report whose framework, provider and dates match a stored one is not added either. Both files are written atomically and
 * the index update holds a lock, so concurrent workers never lose an entry.
 */
export async function storeDocument(
  corpusDir: string,
  doc: ParsedDocument,
  options: { skipSameReport?: boolean } = {},
): Promise<{ added: boolean; entry: CorpusEntry; sameReport?: boolean }> {
  const entry = entryFor(doc);
  return withLock(join(corpusDir, `${INDEX_FILE}.lock`), async () => {
    const index = await readIndex(corpusDir);
    const existing = index.documents.find((d) => d.hash === entry.hash);
    if (existing) return { added: false, entry: existing };
    // The same published report in another format (PDF and Word, or a re-saved copy) would be
    // counted twice by trends: one inspection is one provider on one set of dates.
    const key = options.skipSameReport ? reportKey(entry) : null;
    const same = key ? index.documents.find((d) => reportKey(d) === key) : undefined;
    if (same) return { added: false, entry: same, sameReport: true };
    await writeFileAtomic(documentPath(corpusDir, entry.hash), `${JSON.stringify(doc, null, 2)}\n`);
    index.documents.push(entry);
    await writeFileAtomic(join(corpusDir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
    return { added: true, entry };
  });
}

/** framework|provider|dates for a report with all three, else null. */
export function reportKey(entry: CorpusEntry): string | null {
  if (entry.kind !== 'report' || !entry.provider || entry.inspectionDates.length === 0) return null;
  return `${entry.framework}|${entry.provider.toLowerCase().replace(/\s+/g, ' ')}|${entry.inspectionDates.join(',')}`;
}
