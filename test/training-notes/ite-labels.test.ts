/**
 * Checks the Ofsted ITE (ite-2025) labelled training notes shipped in corpus/training/notes/
 * (`ite-2025-train-*`; the classifier trains on them at run time). A label that points at the wrong
 * line, an id outside the taxonomy, or a lopsided set would teach the model the wrong thing; a
 * labelled line copied from the held-out fixtures would make `drafter eval` dishonest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Polarity } from '../../src/schemas/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const trainDir = path.join(root, 'corpus/training/notes');
const fixturesDir = path.join(root, 'test/fixtures/notes');

const SECTIONS = [
  'inclusion',
  'curriculum-and-teaching',
  'achievement',
  'professional-behaviours-and-wellbeing',
  'leadership',
  'compliance',
];

const Label = z.object({
  line: z.number().int().positive(),
  polarity: Polarity,
  section: z.string(),
  criterion: z.string().nullable(),
  text: z.string().min(1),
  implicit: z.boolean(),
});
const LabelsFile = z.object({
  framework: z.literal('ite-2025'),
  notes: z.string(),
  names: z.array(z.string().min(1)),
  labels: z.array(Label).min(1),
});
type LabelsFile = z.infer<typeof LabelsFile>;

const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/;
const norm = (s: string) => s.replace(BULLET, '').trim().toLowerCase();

interface NotesSet {
  name: string;
  labels: LabelsFile;
  lines: string[];
}

function load(dir: string, prefix: string): NotesSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const labels = LabelsFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      const md = readFileSync(path.join(dir, labels.notes), 'utf8');
      return { name: f.replace(/\.labels\.json$/, ''), labels, lines: md.split(/\r?\n/) };
    });
}

/** Labelled texts of a fixture split, read only here, only to compare, never to inspect. */
function fixtureTexts(split: 'dev' | 'test'): Set<string> {
  const prefix = `ite-2025-${split}-`;
  if (!existsSync(fixturesDir)) return new Set();
  const texts = readdirSync(fixturesDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.labels.json'))
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(path.join(fixturesDir, f), 'utf8')) as { labels: { text: string }[] };
      return data.labels.map((l) => norm(l.text));
    });
  return new Set(texts);
}

const training = load(trainDir, 'ite-2025-train-');
const criteria = new Map(
  (
    JSON.parse(readFileSync(path.join(root, 'corpus/frameworks/ite-2025.json'), 'utf8')) as {
      criteria: { id: string; section: string }[];
    }
  ).criteria.map((c) => [c.id, c.section]),
);

describe('ite-2025 training notes (corpus/training/notes)', () => {
  it('exist: six providers, each with its notes file', () => {
    expect(training.length).toBeGreaterThanOrEqual(6);
    for (const t of training) expect(t.labels.notes).toBe(`${t.name}.md`);
  });

  for (const t of training) {
    describe(t.name, () => {
      it('points every label at a real, non-heading line that contains its text', () => {
        for (const l of t.labels.labels) {
          const line = t.lines[l.line - 1];
          expect(line, `${t.name}:${l.line} out of range`).toBeDefined();
          expect(line.trim().length, `${t.name}:${l.line} blank`).toBeGreaterThan(0);
          expect(line.startsWith('#'), `${t.name}:${l.line} is a heading`).toBe(false);
          expect(line.includes(l.text), `${t.name}:${l.line} text not in line`).toBe(true);
        }
      });

      it('covers a one-judgement line whole, and a contrast line in distinct left-to-right parts', () => {
        const byLine = new Map<number, LabelsFile['labels']>();
        for (const l of t.labels.labels) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l]);
        for (const [n, ls] of byLine) {
          const line = t.lines[n - 1];
          if (ls.length === 1) {
            expect(ls[0].text, `${t.name}:${n}`).toBe(line.replace(BULLET, '').trim());
            continue;
          }
          let from = 0;
          for (const l of ls) {
            const at = line.indexOf(l.text, from);
            expect(at, `${t.name}:${n} parts out of order or overlapping`).toBeGreaterThanOrEqual(0);
            from = at + l.text.length;
          }
          const distinct = new Set(ls.map((l) => `${l.polarity}|${l.section}|${l.criterion}`));
          expect(distinct.size, `${t.name}:${n} identical labels`).toBe(ls.length);
        }
      });

      it('labels every bulleted line', () => {
        const labelled = new Set(t.labels.labels.map((l) => l.line));
        t.lines.forEach((line, i) => {
          if (BULLET.test(line)) expect(labelled.has(i + 1), `${t.name}:${i + 1} bullet without a label`).toBe(true);
        });
      });

      it('uses the fixed section ids and taxonomy criteria in the labelled section', () => {
        for (const l of t.labels.labels) {
          expect(SECTIONS, `${t.name}:${l.line}`).toContain(l.section);
          if (l.polarity !== 'context') expect(l.criterion, `${t.name}:${l.line} judgement without criterion`).not.toBeNull();
          if (l.polarity === 'context') expect(l.implicit, `${t.name}:${l.line} context marked implicit`).toBe(false);
          if (l.criterion === null) continue;
          expect(criteria.get(l.criterion), `${t.name}:${l.line} ${l.criterion}`).toBe(l.section);
        }
      });

      it('plants personal names that really occur in the notes', () => {
        expect(t.labels.names.length).toBeGreaterThanOrEqual(8);
        const text = t.lines.join('\n');
        for (const name of t.labels.names) expect(text.includes(name), `${t.name}: ${name}`).toBe(true);
      });
    });
  }

  it('is large, balanced, about one-sixth context, and rich in implicit judgements and contrasts', () => {
    const labels = training.flatMap((t) => t.labels.labels.map((l) => ({ ...l, file: t.name })));
    const lines = new Set(labels.map((l) => `${l.file}:${l.line}`));
    expect(lines.size).toBeGreaterThanOrEqual(400);

    const count = (p: string) => labels.filter((l) => l.polarity === p).length;
    const s = count('strength');
    const i = count('improvement');
    const c = count('context');
    expect(Math.abs(s - i) / Math.max(s, i)).toBeLessThanOrEqual(0.1);
    expect(c / labels.length).toBeGreaterThanOrEqual(0.15);
    expect(c / labels.length).toBeLessThanOrEqual(0.2);

    const judged = labels.filter((l) => l.polarity !== 'context');
    const implicit = judged.filter((l) => l.implicit).length / judged.length;
    expect(implicit).toBeGreaterThanOrEqual(0.4);

    const perLine = new Map<string, Set<string>>();
    for (const l of labels) {
      const k = `${l.file}:${l.line}`;
      perLine.set(k, (perLine.get(k) ?? new Set()).add(l.polarity));
    }
    const contrast = [...perLine.values()].filter((p) => p.has('strength') && p.has('improvement')).length;
    expect(contrast).toBeGreaterThanOrEqual(15);

    // Every criterion of the taxonomy is taught at least twice, so none is learned from descriptors alone.
    for (const id of criteria.keys()) {
      expect(judged.filter((l) => l.criterion === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('shares no labelled text with the ite-2025 fixtures (held-out test split, nor dev)', () => {
    const held = fixtureTexts('test');
    const dev = fixtureTexts('dev');
    expect(held.size + dev.size).toBeGreaterThan(0);
    for (const t of training) {
      for (const l of t.labels.labels) {
        // Message names file and line only: the held-out text must not be echoed into test output.
        expect(held.has(norm(l.text)), `${t.name}:${l.line} duplicates a held-out test label`).toBe(false);
        expect(dev.has(norm(l.text)), `${t.name}:${l.line} duplicates a dev label`).toBe(false);
      }
    }
  });
});
