import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { root } from './samples.js';

describe('framework documents go to the framework parser', () => {
  it.each([
    ['iqts-pilot-inspection-framework-2023.txt', 'iqts'],
    ['ite-inspection-toolkit-2025-consultation.txt', 'ite-2025'],
  ])('%s → framework %s', async (file, id) => {
    const doc = await parseDocument(readFileSync(`${root}corpus/samples/frameworks/${file}`), file);
    expect(doc.kind).toBe('framework');
    if (doc.kind !== 'framework') return;
    expect(doc.id).toBe(id);
    expect(doc.criteria.length).toBeGreaterThan(10);
    expect(doc.source).toMatchObject({ file, format: 'text' });
  });
});
