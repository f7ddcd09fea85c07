/**
 * Checks the labelled training notes shipped in corpus/training/notes/ (the classifier trains on
 * them at run time): every label points at its line and quotes it, ids come from the taxonomy,
 * planted names occur, the set is large and balanced enough to teach polarity, and no labelled
 * text duplicates a held-out test fixture line (training on those would make the eval dishonest).
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
const frameworksDir = path.join(root, 'corpus/frameworks');

const SECTIONS: Record<string, string[]> = {
  iqts: ['leadership-and-management', 'programme-design-and-delivery', 'compliance'],
  'ite-2025': [
    'inclusion',
    'curriculum-and-teaching',
    'achievement',
    'professional-behaviours-and-wellbeing',
    'leadership',
    'compliance',
  ],
};

const Label = z.object({
  line: z.number().int().positive(),
  polarity: Polarity,
  section: z.string(),
  criterion: z.string().nullable(),
  text: z.string().min(1),
  implicit: z.boolean().optional(),
});
const LabelsFile = z.object({
  framework: z.enum(['iqts', 'ite-2025']),
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

function load(dir: string, keep: (name: string) => boolean): NotesSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json') && keep(f.replace(/\.labels\.json$/, '')))
    .sort()
    .map((f) => {
      const labels = LabelsFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      const md = readFileSync(path.join(dir, labels.notes), 'utf8');
      return { name: f.replace(/\.labels\.json$/, ''), labels, lines: md.split(/\r?\n/) };
    });
}

// This test owns the iQTS training sets; other frameworks' sets in the same folder have their own owners.
const training = load(trainDir, (name) => name.startsWith('iqts-train-'));

function criterionSections(fw: string): Map<string, string> {
  const data = JSON.parse(readFileSync(path.join(frameworksDir, `${fw}.json`), 'utf8')) as {
    criteria: { id: string; section: string }[];
  };
  return new Map(data.criteria.map((c) => [c.id, c.section]));
}

describe('iQTS training notes (corpus/training/notes)', () => {
  it('exist, each with its notes file', () => {
    expect(training.length).toBeGreaterThanOrEqual(6);
    for (const t of training) {
      expect(t.labels.notes).toBe(`${t.name}.md`);
      expect(t.name.startsWith(`${t.labels.framework}-train-`), t.name).toBe(true);
    }
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

      it('uses section and criterion ids from the taxonomy, criterion in its section', () => {
        const crit = criterionSections(t.labels.framework);
        for (const l of t.labels.labels) {
          expect(SECTIONS[t.labels.framework], `${t.name}:${l.line}`).toContain(l.section);
          if (l.polarity !== 'context') expect(l.criterion, `${t.name}:${l.line} judgement without criterion`).not.toBeNull();
          if (l.criterion === null) continue;
          expect(crit.has(l.criterion), `${t.name}:${l.line} unknown criterion ${l.criterion}`).toBe(true);
          expect(crit.get(l.criterion), `${t.name}:${l.line} ${l.criterion} in another section`).toBe(l.section);
        }
      });

      it('plants personal names that occur in the notes', () => {
        expect(t.labels.names.length).toBeGreaterThanOrEqual(5);
        const text = t.lines.join('\n');
        for (const name of t.labels.names) expect(text.includes(name), `${t.name}: ${name}`).toBe(true);
      });
    });
  }

  it('is large, balanced, mostly implicit and has contrast lines', () => {
    const labels = training.flatMap((t) => t.labels.labels.map((l) => ({ ...l, file: t.name })));
    const lines = new Set(labels.map((l) => `${l.file}:${l.line}`));
    expect(lines.size).toBeGreaterThanOrEqual(400);
    const count = (p: string) => labels.filter((l) => l.polarity === p).length;
    const s = count('strength');
    const i = count('improvement');
    const c = count('context');
    expect(Math.abs(s - i) / Math.max(s, i)).toBeLessThanOrEqual(0.1);
    expect(c / labels.length).toBeGreaterThanOrEqual(0.13);
    expect(c / labels.length).toBeLessThanOrEqual(0.22);
    const judged = labels.filter((l) => l.polarity !== 'context');
    expect(judged.filter((l) => l.implicit).length / judged.length).toBeGreaterThanOrEqual(0.4);
    const perLine = new Map<string, Set<string>>();
    for (const l of labels) {
      const k = `${l.file}:${l.line}`;
      perLine.set(k, (perLine.get(k) ?? new Set()).add(l.polarity));
    }
    expect([...perLine.values()].filter((p) => p.has('strength') && p.has('improvement')).length).toBeGreaterThanOrEqual(15);
  });

  it('teaches every criterion of each framework it covers', () => {
    for (const fw of new Set(training.map((t) => t.labels.framework))) {
      const seen = new Map<string, number>();
      for (const t of training.filter((x) => x.labels.framework === fw)) {
        for (const l of t.labels.labels) if (l.criterion) seen.set(l.criterion, (seen.get(l.criterion) ?? 0) + 1);
      }
      const thin = [...criterionSections(fw).keys()].filter((id) => (seen.get(id) ?? 0) < 2);
      expect(thin, `${fw} criteria with fewer than 2 training labels`).toEqual([]);
    }
  });

  it('shares no labelled text with the held-out test fixtures', () => {
    // Read programmatically only: the held-out files must not be looked at by whoever writes training data.
    const heldOut = load(fixturesDir, (name) => /-test-/.test(name));
    expect(heldOut.length).toBeGreaterThan(0);
    const test = new Set(heldOut.flatMap((f) => f.labels.labels.map((l) => norm(l.text))));
    const clashes = training.flatMap((t) =>
      t.labels.labels.filter((l) => test.has(norm(l.text))).map((l) => `${t.name}:${l.line}`),
    );
    expect(clashes).toEqual([]);
  });
});
