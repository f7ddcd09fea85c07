import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeFramework } from '../../src/frameworks/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

describe('looksLikeFramework', () => {
  it('names each seed framework, in any shape', () => {
    for (const [file, id] of [
      ['corpus/samples/frameworks/iqts-pilot-inspection-framework-2023.txt', 'iqts'],
      ['corpus/samples/frameworks/ite-inspection-toolkit-2025-consultation.txt', 'ite-2025'],
    ] as const) {
      const text = read(file);
      expect(looksLikeFramework(text), file).toBe(id);
      expect(looksLikeFramework(text.replace(/\s+/g, ' ')), `${file} flattened`).toBe(id);
    }
  });

  it('says null for every report and non-framework text, including a 2026 report card printed with the toolkit scale', () => {
    const files = [
      ...readdirSync(path.join(root, 'corpus/samples/reports')).map((f) => `corpus/samples/reports/${f}`),
      ...readdirSync(path.join(root, 'test/fixtures/text'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `test/fixtures/text/${f}`),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(looksLikeFramework(read(file)), file).toBeNull();
      expect(looksLikeFramework(read(file).replace(/\s+/g, ' ')), `${file} flattened`).toBeNull();
    }
    expect(looksLikeFramework('')).toBeNull();
  });
});
