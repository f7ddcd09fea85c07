import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../src/errors.js';
import { parseDocument } from '../../src/ingest/index.js';
import { root } from './samples.js';

async function failure(path: string, name = path.split('/').pop()!): Promise<DrafterError> {
  try {
    await parseDocument(readFileSync(path), name);
  } catch (error) {
    expect(DrafterError.is(error)).toBe(true);
    return error as DrafterError;
  }
  throw new Error(`${name} parsed, but should have failed`);
}

describe('bad input gets its own stable code and a one-line message naming the file', () => {
  it.each([
    ['encrypted.pdf', 'pdf-encrypted'],
    ['scanned.pdf', 'pdf-no-text-layer'],
    ['truncated.pdf', 'pdf-corrupt'],
    ['empty.pdf', 'file-empty'],
    ['empty.txt', 'file-empty'],
    ['junk.txt', 'binary-content'],
    ['damaged.docx', 'docx-corrupt'],
  ])('%s → %s', async (name, code) => {
    const error = await failure(`${root}test/fixtures/pdf/${name}`);
    expect(error.code).toBe(code);
    expect(error.toLine()).not.toContain('\n');
    expect(error.message).toContain(name);
  });

  it('refuses text that is neither a report nor a framework', async () => {
    const error = await failure(`${root}test/fixtures/text/not-a-report.txt`);
    expect(error.code).toBe('not-a-report-or-framework');
  });

  it('refuses a file named .pdf that is not a PDF, and old binary .doc', async () => {
    await expect(parseDocument(Buffer.from('hello, not a pdf'), 'x.pdf')).rejects.toMatchObject({ code: 'pdf-corrupt' });
    await expect(parseDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc')).rejects.toMatchObject({ code: 'unsupported-format' });
  });
});
