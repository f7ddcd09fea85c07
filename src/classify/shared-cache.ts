import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../files.js';
import { packageRoot } from '../paths.js';

/**
 * A cache every corpus on this machine shares: the redacted training notes (the same for every
 * corpus, and most of a cold training's time) and trained models by training key. A new corpus, a
 * test's temporary one, or a second copy of one, then loads a model in a second where it would
 * train for many. The model cached with each corpus is still written there as before.
 *
 * Entries are keyed by what they were made from and by the running code (every source file of the
 * package and the lock file), so a change to the anonymiser or the trainer never reads an entry an
 * older version wrote. DRAFTER_CACHE_DIR sets the folder ("off" turns the cache off); the default is
 * $XDG_CACHE_HOME/drafter, else ~/.cache/drafter. A cache that cannot be read or written is skipped.
 */
export function sharedCacheDir(): string | null {
  const setting = process.env.DRAFTER_CACHE_DIR;
  if (setting === 'off' || setting === '0') return null;
  if (setting) return isAbsolute(setting) ? setting : resolve(setting);
  try {
    // A relative XDG_CACHE_HOME is to be ignored (XDG base directory spec); no home, no cache.
    const xdg = process.env.XDG_CACHE_HOME;
    const base = xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
    return isAbsolute(base) ? join(base, 'drafter') : null;
  } catch {
    // os.homedir() throws for a user with no home and no passwd entry (some containers).
    return null;
  }
}

/** How many entries of a kind are kept (those used most recently): models are about 20 MB each. */
const KEEP: Record<SharedKind, number> = { models: 8, 'training-notes': 2 };

export type SharedKind = 'models' | 'training-notes';

let codeVersionPromise: Promise<string> | null = null;

/** A hash of the running code: every module file under src/ (or dist/src/) and the lock file. */
export function codeVersion(): Promise<string> {
  codeVersionPromise ??= (async () => {
    const hash = createHash('sha256');
    // This file's folder is src/classify (tsx, vitest) or dist/src/classify (built): hash its parent, src/.
    const sourceRoot = dirname(dirname(fileURLToPath(import.meta.url)));
    const files = await readdir(sourceRoot, { recursive: true });
    for (const file of files.filter((name) => /\.(?:[cm]?[jt]s|json)$/.test(name) && !name.endsWith('.map')).sort()) {
      hash.update(file);
      hash.update(await readFile(join(sourceRoot, file)).catch(() => Buffer.alloc(0)));
    }
    // The dependencies as installed (an installed package has no lock file of its own) and Node's
    // version (its Unicode tables and regular expressions): either can change what the code makes.
    hash.update((await readFile(join(packageRoot, 'package-lock.json')).catch(() => null)) ?? 'no-lock-file');
    hash.update(process.version);
    const manifest = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const require = createRequire(join(packageRoot, 'package.json'));
    for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
      hash.update(name);
      try {
        hash.update(String((require(`${name}/package.json`) as { version?: string }).version));
      } catch {
        // A package whose exports hide its package.json: its name and the lock file stand for it.
      }
    }
    return hash.digest('hex');
  })();
  return codeVersionPromise;
}

async function entryPath(kind: SharedKind, key: string): Promise<string | null> {
  const dir = sharedCacheDir();
  if (!dir) return null;
  const name = createHash('sha256').update(key).update('\0').update(await codeVersion()).digest('hex').slice(0, 40);
  return join(dir, kind, `${name}.json`);
}

/** The cached text (JSON) stored under `key`, or null. */
export async function readShared(kind: SharedKind, key: string): Promise<string | null> {
  const path = await entryPath(kind, key);
  if (!path) return null;
  const text = await readFile(path, 'utf8').catch(() => null);
  // Used now: pruning drops the entries used longest ago.
  if (text !== null) await utimes(path, new Date(), new Date()).catch(() => {});
  return text;
}

/** Store `json` (a serialised value) under `key`, atomically, and drop the oldest entries beyond KEEP. */
export async function writeShared(kind: SharedKind, key: string, json: string): Promise<void> {
  const path = await entryPath(kind, key);
  if (!path) return;
  try {
    await writeFileAtomically(path, json);
    await prune(dirname(path), KEEP[kind]);
  } catch {
    // A read-only or full disk: the cache is an optimisation, and the corpus keeps its own model.
  }
}

async function prune(dir: string, keep: number): Promise<void> {
  const names = await readdir(dir);
  const dated = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })));
  // A temp file an hour old is a writer that was killed: nothing will rename it.
  const stale = Date.now() - 60 * 60 * 1000;
  for (const { name, at } of dated) if (name.endsWith('.tmp') && at < stale) await unlink(join(dir, name)).catch(() => {});
  const entries = dated.filter(({ name }) => name.endsWith('.json')).sort((a, b) => b.at - a.at);
  for (const { name } of entries.slice(keep)) await unlink(join(dir, name)).catch(() => {});
}

/** JSON text parsed, if it parses to what `accept` takes; else null. */
export function parsedIf<T>(text: string | null, accept: (value: unknown) => value is T): T | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

