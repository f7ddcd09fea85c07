import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../src/errors.js';
import { clearFrameworkCache, listFrameworks, loadFramework, loadFrameworkSync } from '../../src/frameworks/index.js';

function corpusWith(id: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafter-fw-'));
  mkdirSync(path.join(dir, 'frameworks'));
  writeFileSync(path.join(dir, 'frameworks', `${id}.json`), content);
  return dir;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (DrafterError.is(error)) return `${error.code}: ${error.toLine()}`;
    throw error;
  }
  return 'no error';
}

describe('loadFramework', () => {
  it('loads every known framework from the package', async () => {
    expect(listFrameworks()).toEqual(['iqts', 'ite-2015', 'ite-2020', 'ite-2025']);
    for (const id of listFrameworks()) {
      const fw = await loadFramework(id);
      expect(fw.id).toBe(id);
      expect(fw.criteria.length).toBeGreaterThan(0);
    }
  });

  it('prefers <corpusDir>/frameworks/<id>.json over the package copy, and falls back without one', async () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../corpus/frameworks/iqts.json'), 'utf8'));
    const dir = corpusWith('iqts', JSON.stringify({ ...pkg, version: '2025-06-final' }));
    expect((await loadFramework('iqts', dir)).version).toBe('2025-06-final');
    expect((await loadFramework('iqts')).version).toBe('2023-10-pilot');
    expect((await loadFramework('ite-2025', dir)).id).toBe('ite-2025');
    clearFrameworkCache();
    expect(loadFrameworkSync('iqts', dir).version).toBe('2025-06-final');
    expect(loadFrameworkSync('iqts', dir)).toBe(loadFrameworkSync('iqts', dir));
  });

  it('rejects an unknown id with the known ids in the hint', async () => {
    const line = await codeOf(loadFramework('ofsted-1999'));
    expect(line).toMatch(/^framework-unknown: /);
    expect(line).toContain('iqts, ite-2015, ite-2020, ite-2025');
    expect(() => loadFrameworkSync('nope')).toThrow(/Unknown framework/);
  });

  it('reports a broken override as corpus-invalid on one line naming the file', async () => {
    const bad = corpusWith('iqts', '{"kind": "framework", ');
    const line = await codeOf(loadFramework('iqts', bad));
    expect(line).toMatch(/^corpus-invalid: .*iqts\.json: not valid JSON/);
    expect(line).not.toContain('\n');

    const wrongShape = corpusWith('iqts', JSON.stringify({ kind: 'framework', id: 'iqts', version: 'x' }));
    expect(await codeOf(loadFramework('iqts', wrongShape))).toMatch(/^corpus-invalid: .*not a valid framework taxonomy: title/);

    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../corpus/frameworks/ite-2025.json'), 'utf8'));
    const wrongId = corpusWith('iqts', JSON.stringify(pkg));
    expect(await codeOf(loadFramework('iqts', wrongId))).toMatch(/holds framework "ite-2025", expected "iqts"/);
  });
});
