import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DrafterError, formatIssues } from '../errors.js';
import { packageRoot } from '../paths.js';
import { Framework, FrameworkId } from '../schemas/index.js';

/** corpus/frameworks of the installed package (the taxonomies shipped with Drafter). */
export function packageFrameworksDir(): string {
  return path.join(packageRoot, 'corpus', 'frameworks');
}

/** Every framework id Drafter knows, in schema order. */
export function listFrameworks(): FrameworkId[] {
  return [...FrameworkId.options];
}

function checkId(id: string): FrameworkId {
  const parsed = FrameworkId.safeParse(id);
  if (!parsed.success) {
    throw new DrafterError('framework-unknown', `Unknown framework "${id}".`, {
      hint: `known frameworks: ${listFrameworks().join(', ')}`,
    });
  }
  return parsed.data;
}

/** The file a framework is read from: the user corpus's override if it has one, else the package's. */
export function frameworkPath(id: FrameworkId, corpusDir?: string): string {
  if (corpusDir) {
    const override = path.join(corpusDir, 'frameworks', `${id}.json`);
    if (existsSync(override)) return override;
  }
  return path.join(packageFrameworksDir(), `${id}.json`);
}

function parseFrameworkFile(id: FrameworkId, file: string, raw: string): Framework {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DrafterError('corpus-invalid', `${file}: not valid JSON (${reason}).`, { cause: error });
  }
  const result = Framework.safeParse(json);
  if (!result.success) {
    throw new DrafterError('corpus-invalid', `${file}: not a valid framework taxonomy: ${formatIssues(result.error.issues)}.`);
  }
  if (result.data.id !== id) {
    throw new DrafterError('corpus-invalid', `${file}: holds framework "${result.data.id}", expected "${id}".`);
  }
  return result.data;
}

function readError(file: string, error: unknown): DrafterError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DrafterError('corpus-invalid', `${file}: framework taxonomy file is missing.`, { cause: error });
  return new DrafterError('file-unreadable', `${file}: cannot read framework taxonomy (${code ?? 'error'}).`, { cause: error });
}

/**
 * Load a framework taxonomy: `<corpusDir>/frameworks/<id>.json` when present, otherwise the one
 * shipped in the package's corpus/frameworks. Unknown ids throw 'framework-unknown'; a file that is
 * not valid JSON or not a valid Framework throws 'corpus-invalid'.
 */
export async function loadFramework(id: FrameworkId | string, corpusDir?: string): Promise<Framework> {
  const known = checkId(id);
  const file = frameworkPath(known, corpusDir);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw readError(file, error);
  }
  return parseFrameworkFile(known, file, raw);
}

const cache = new Map<string, Framework>();

/**
 * Synchronous, cached variant of loadFramework for hot paths (classifier features, templates).
 * Cached per (id, corpusDir); callers must not mutate the returned object.
 */
export function loadFrameworkSync(id: FrameworkId | string, corpusDir?: string): Framework {
  const known = checkId(id);
  const file = frameworkPath(known, corpusDir);
  const hit = cache.get(file);
  if (hit) return hit;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw readError(file, error);
  }
  const framework = parseFrameworkFile(known, file, raw);
  cache.set(file, framework);
  return framework;
}

/** Forget cached taxonomies (tests, or after a corpus override file changes). */
export function clearFrameworkCache(): void {
  cache.clear();
}
