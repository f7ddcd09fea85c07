import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DrafterError } from '../errors.js';

/** The corpus folder, which must exist: a mistyped --corpus is an error, not an empty corpus. */
export function existingCorpusFolder(option: string): string {
  const dir = resolve(option);
  if (!existsSync(dir)) {
    throw new DrafterError('file-not-found', `${option}: no such corpus folder`, { hint: 'ingest reports first: drafter ingest PATH… --corpus DIR' });
  }
  return dir;
}
