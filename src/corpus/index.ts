import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DrafterError } from '../errors.js';
import type { StageContext } from '../pipeline/context.js';
import type { CorpusEntry, IngestOutcome, IngestRequest, ParsedDocument } from '../schemas/index.js';
import { documentPath, hasDocument, readIndex, readStoredDocument, storeDocument } from './store.js';

export { storeDocument, readIndex, documentPath, readStoredDocument } from './store.js';
export { corpusStats, type CorpusStats } from './stats.js';

/**
 * Parses one document and stores it in the corpus, keyed by the sha256 of its bytes. Never throws
 * for bad input: an unreadable, empty, encrypted, scanned or unrecognised file comes back as
 * `{status: 'failed', reason, code}` so the rest of a batch carries on. Re-ingesting the same
 * bytes is `duplicate` and does no parsing.
 */
export async function ingestDocument(request: IngestRequest, context: StageContext = {}): Promise<IngestOutcome> {
  const file = basename(request.path);
  let hash: string | null = null;
  try {
    // The parser (pdf.js, compromise) loads with the first ingest, so commands that only read the
    // corpus (corpus list, trends, review --all) start without it.
    const { contentHash, parseDocument } = await import('../ingest/index.js');
    const bytes = await readSource(request.path, file);
    hash = contentHash(bytes);
    if (await hasDocument(request.corpusDir, hash)) {
      return { file, status: 'duplicate', hash, kind: null, reason: null, code: null };
    }
    const doc = await parseDocument(bytes, file, { onProgress: context.onProgress, corpusDir: request.corpusDir });
    for (const d of doc.diagnostics.filter((x) => x.severity === 'warning')) context.warn?.(`${file}: [${d.code}] ${d.message}`);
    const { added, entry, sameReport } = await storeDocument(request.corpusDir, doc, { skipSameReport: true });
    if (sameReport) {
      return { file, status: 'duplicate', hash, kind: doc.kind, reason: `same report as ${entry.hash.slice(0, 12)} (${entry.file}) in another file`, code: null };
    }
    return { file, status: added ? 'ingested' : 'duplicate', hash, kind: doc.kind, reason: null, code: null };
  } catch (error) {
    const code = DrafterError.is(error) ? error.code : 'unexpected-error';
    const message = DrafterError.is(error) ? error.toLine() : `[unexpected-error] ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { file, status: 'failed', hash, kind: null, reason: message.replace(/\s*\n\s*/g, ' '), code };
  }
}

async function readSource(path: string, file: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DrafterError('invalid-argument', `${file}: is a folder, not a document`);
    return await readFile(path);
  } catch (error) {
    if (DrafterError.is(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DrafterError('file-not-found', `${file}: no such file`);
    throw new DrafterError('file-unreadable', `${file}: cannot read (${code ?? (error as Error).message})`, { cause: error });
  }
}

/** Every document in the corpus, validated. A missing corpus folder is an empty corpus. */
export async function loadCorpus(corpusDir: string): Promise<ParsedDocument[]> {
  const index = await readIndex(corpusDir);
  const docs: ParsedDocument[] = [];
  for (const entry of index.documents) {
    const doc = await readStoredDocument(documentPath(corpusDir, entry.hash));
    if (!doc) throw new DrafterError('corpus-invalid', `${documentPath(corpusDir, entry.hash)}: listed in index.json but missing`, { hint: 'delete index.json to rebuild it' });
    docs.push(doc);
  }
  return docs;
}

/** The index entries, in the order documents were added. */
export async function listCorpus(corpusDir: string): Promise<CorpusEntry[]> {
  return (await readIndex(corpusDir)).documents;
}

/** One stored document by hash or unique hash prefix (at least 4 characters). */
export async function showDocument(corpusDir: string, hashPrefix: string): Promise<ParsedDocument> {
  const prefix = hashPrefix.toLowerCase();
  if (!/^[0-9a-f]{4,64}$/.test(prefix)) throw new DrafterError('invalid-argument', `"${hashPrefix}" is not a document hash (give at least 4 hex characters)`);
  const matches = (await readIndex(corpusDir)).documents.filter((d) => d.hash.startsWith(prefix));
  if (matches.length === 0) throw new DrafterError('document-not-found', `no document in ${corpusDir} has a hash starting ${prefix}`, { hint: 'drafter corpus list shows the hashes' });
  if (matches.length > 1) throw new DrafterError('invalid-argument', `hash prefix ${prefix} matches ${matches.length} documents; give more characters`);
  const doc = await readStoredDocument(documentPath(corpusDir, matches[0].hash));
  if (!doc) throw new DrafterError('corpus-invalid', `${documentPath(corpusDir, matches[0].hash)}: listed in index.json but missing`);
  return doc;
}

/** The reports in the corpus (frameworks left out). */
export async function loadReports(corpusDir: string): Promise<Array<Extract<ParsedDocument, { kind: 'report' }>>> {
  return (await loadCorpus(corpusDir)).filter((d): d is Extract<ParsedDocument, { kind: 'report' }> => d.kind === 'report');
}
