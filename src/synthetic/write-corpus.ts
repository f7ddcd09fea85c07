import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { withLock, writeFileAtomic } from '../corpus/atomic.js';
import { documentPath, entryFor, INDEX_FILE, readIndex, readStoredDocument } from '../corpus/store.js';
import { DrafterError } from '../errors.js';
import { samplesDir } from '../paths.js';
import type { Report } from '../schemas/index.js';

export interface WriteCorpusOptions {
  /** Allow adding to a corpus that already holds real (non-synthetic) documents. */
  mixWithReal?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** True when `dir` is corpus/samples or inside it: the OGL seeds are never mixed with generated data. */
export function isInsideSamples(dir: string): boolean {
  const rel = relative(resolve(samplesDir), resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Writes synthetic reports into a corpus folder in the store format `drafter ingest` uses
 * (documents/<hash>.json + index.json, atomic writes, index under the store's lock), in one index
 * update rather than one per document. Reports already there (same hash) are skipped.
 * Refuses corpus/samples, and a corpus holding real documents unless `mixWithReal`.
 */
export async function writeSyntheticCorpus(corpusDir: string, reports: Report[], options: WriteCorpusOptions = {}): Promise<{ added: number; skipped: number }> {
  if (isInsideSamples(corpusDir)) {
    throw new DrafterError('invalid-argument', `${corpusDir}: is the bundled samples folder; synthetic reports never go there.`, {
      hint: 'choose another --out folder',
    });
  }
  for (const report of reports) {
    if (report.source?.synthetic !== true) {
      throw new DrafterError('invalid-argument', `${report.provider}: not marked synthetic; only generated reports are written this way.`);
    }
  }
  return withLock(join(corpusDir, `${INDEX_FILE}.lock`), async () => {
    const index = await readIndex(corpusDir);
    if (!options.mixWithReal && index.documents.length > 0) {
      const real = await countReal(corpusDir, index.documents.map((d) => d.hash));
      if (real > 0) {
        throw new DrafterError('output-exists', `${corpusDir}: already holds ${real} real document${real === 1 ? '' : 's'}.`, {
          hint: 'use --ingest to add synthetic reports to it on purpose (trends leave them out unless asked), or choose an empty folder',
        });
      }
    }
    const known = new Set(index.documents.map((d) => d.hash));
    const fresh: Report[] = [];
    for (const report of reports) {
      const hash = report.source?.hash as string;
      if (known.has(hash)) continue;
      known.add(hash);
      fresh.push(report);
    }
    const skipped = reports.length - fresh.length;
    const addedAt = new Date().toISOString();
    // Documents first, several at a time (each write syncs to disk), then one index update listing them.
    let next = 0;
    let done = skipped;
    const worker = async () => {
      while (next < fresh.length) {
        const report = fresh[next++];
        await writeFileAtomic(documentPath(corpusDir, report.source?.hash as string), `${JSON.stringify(report, null, 2)}\n`);
        options.onProgress?.(++done, reports.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, fresh.length) }, worker));
    for (const report of fresh) index.documents.push(entryFor(report, addedAt));
    const added = fresh.length;
    await writeFileAtomic(join(corpusDir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
    return { added, skipped };
  });
}

async function countReal(corpusDir: string, hashes: string[]): Promise<number> {
  let real = 0;
  for (const hash of hashes) {
    const path = documentPath(corpusDir, hash);
    if (!existsSync(path)) continue;
    const doc = await readStoredDocument(path);
    // Framework taxonomies are package data, not findings: only real reports count as "real".
    if (doc?.kind === 'report' && doc.source?.synthetic !== true) real++;
  }
  return real;
}
