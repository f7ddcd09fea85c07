import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkNotes, mergeObservations } from '../../queues/flows/chunk-notes.js';
import { classifyNotes, loadClassifier, redactNames } from '../../src/classify/index.js';
import { loadFramework } from '../../src/frameworks/index.js';
import type { Observation } from '../../src/schemas/index.js';

const section = (title: string, lines: number) => [`## ${title}`, ...Array.from({ length: lines }, (_, i) => `- ${title} point ${i + 1}`), ''];

describe('chunkNotes', () => {
  it('keeps short notes whole', () => {
    const notes = { file: 'n.md', text: 'a\nb\nc', firstLine: 1 };
    expect(chunkNotes(notes, 50)).toEqual([notes]);
  });

  it('cuts at top-level headings and keeps true line numbers', () => {
    const lines = [...section('Leadership', 30), ...section('Programme', 30), ...section('Compliance', 30)];
    const chunks = chunkNotes({ file: 'n.md', text: lines.join('\n'), firstLine: 1 }, 40);
    expect(chunks.map((chunk) => chunk.firstLine)).toEqual([1, 33, 65]);
    for (const chunk of chunks) {
      expect(chunk.text.split('\n')[0]).toBe(lines[chunk.firstLine - 1]);
    }
    expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(lines.join('\n'));
  });

  it('never separates a sub-heading from the area heading above it', () => {
    const lines = ['# Leadership', ...section('Meeting with leaders', 30), ...section('Mentor interviews', 30), '# Programme', ...section('Lesson visits', 30)];
    const chunks = chunkNotes({ file: 'n.md', text: lines.join('\n'), firstLine: 1 }, 40);
    expect(chunks.map((chunk) => chunk.text.split('\n')[0])).toEqual(['# Leadership', '# Programme']);
  });

  it('offsets a chunk of a chunk', () => {
    const lines = [...section('A', 20), ...section('B', 20)];
    const chunks = chunkNotes({ file: 'n.md', text: lines.join('\n'), firstLine: 101 }, 25);
    expect(chunks.map((chunk) => chunk.firstLine)).toEqual([101, 123]);
  });

  it('splits heading-less notes at blank lines', () => {
    const paragraph = (n: number) => Array.from({ length: 15 }, (_, i) => `note ${n}.${i}`);
    const lines = [...paragraph(1), '', ...paragraph(2), '', ...paragraph(3)];
    const chunks = chunkNotes({ file: 'n.txt', text: lines.join('\n'), firstLine: 1 }, 20);
    expect(chunks.map((chunk) => chunk.firstLine)).toEqual([1, 17, 33]);
  });
});

describe('classifying chunks', () => {
  it('gives the same observations as classifying the whole file, with and without headings', async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), 'drafter-chunks-'));
    try {
      const framework = await loadFramework('iqts');
      const model = await loadClassifier(framework, corpusDir);
      // Every area heading at the top level, so each may start a chunk.
      const withHeadings = readFileSync(new URL('../../corpus/training/notes/iqts-train-3.md', import.meta.url), 'utf8').replace(/^#+ /gm, '# ');
      // The same notes with their headings made blank lines: cuts fall at blank lines instead.
      const headingLess = withHeadings.replace(/^#+ .*$/gm, '');
      for (const text of [withHeadings, headingLess]) {
        // Redacted first, as the runner does before chunking (the roster spans the whole file).
        const notes = { file: 'n.md', text: redactNames(text).text, firstLine: 1 };
        const chunks = chunkNotes(notes, 15);
        expect(chunks.length).toBeGreaterThan(2);
        expect(mergeObservations(chunks.map((chunk) => classifyNotes(chunk, model, framework)))).toEqual(classifyNotes(notes, model, framework));
      }
    } finally {
      await rm(corpusDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('mergeObservations', () => {
  it('orders observations from several chunks by source line', () => {
    const at = (line: number) => ({ source: { line } }) as Observation;
    expect(mergeObservations([[at(40), at(41)], [at(2), at(7)]]).map((o) => o.source.line)).toEqual([2, 7, 40, 41]);
  });
});

describe('chunkNotes with empty sections', () => {
  it('joins a section of headings only to the next, so no chunk lacks note lines', () => {
    const lines = [...section('A', 20), '## Empty section', '', ...section('B', 20)];
    const chunks = chunkNotes({ file: 'n.md', text: lines.join('\n'), firstLine: 1 }, 22);
    expect(chunks.map((chunk) => chunk.firstLine)).toEqual([1, 23]);
    expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(lines.join('\n'));
  });
});
