/**
 * Checks the hand-labelled notes in test/fixtures/notes/ against their .md files and the framework
 * taxonomies, so that `drafter eval` never scores against a label that points at the wrong line,
 * a criterion that does not exist, or a split that is too small or lopsided to mean anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Polarity } from '../../src/schemas/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notesDir = path.join(root, 'test/fixtures/notes');
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

/** Labelled lines each split must hold, per framework (issue 3 and the fixture brief). */
const MIN_LINES: Record<string, number> = { iqts: 90, 'ite-2025': 80 };

const Label = z.object({
  line: z.number().int().positive(),
  polarity: Polarity,
  section: z.string(),
  criterion: z.string().nullable(),
  text: z.string().min(1),
  /** Judgement carried by a count, date, absence, delay, quotation or requirement met/missed. */
  implicit: z.boolean().optional(),
});
const LabelsFile = z.object({
  framework: z.enum(['iqts', 'ite-2025']),
  notes: z.string(),
  names: z.array(z.string().min(1)),
  labels: z.array(Label).min(1),
});
type LabelsFile = z.infer<typeof LabelsFile>;

interface Fixture {
  name: string;
  split: 'dev' | 'test';
  labels: LabelsFile;
  lines: string[];
}

const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/;

function loadFixtures(): Fixture[] {
  return readdirSync(notesDir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.labels\.json$/, '');
      const labels = LabelsFile.parse(JSON.parse(readFileSync(path.join(notesDir, f), 'utf8')));
      const split = /-dev-/.test(name) ? 'dev' : /-test-/.test(name) ? 'test' : null;
      if (!split) throw new Error(`${f}: name must contain -dev- or -test-`);
      const md = readFileSync(path.join(notesDir, labels.notes), 'utf8');
      return { name, split, labels, lines: md.split(/\r?\n/) };
    });
}

const fixtures = loadFixtures();

function criterionSections(fw: string): Map<string, string> | null {
  const file = path.join(frameworksDir, `${fw}.json`);
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { criteria: { id: string; section: string }[] };
  return new Map(data.criteria.map((c) => [c.id, c.section]));
}

describe('labelled notes fixtures', () => {
  it('exist for both frameworks and both splits', () => {
    for (const fw of Object.keys(SECTIONS)) {
      for (const split of ['dev', 'test'] as const) {
        expect(fixtures.some((f) => f.labels.framework === fw && f.split === split), `${fw} ${split}`).toBe(true);
      }
    }
  });

  for (const fx of fixtures) {
    describe(fx.name, () => {
      it('names its own notes file and prefix', () => {
        expect(fx.labels.notes).toBe(`${fx.name}.md`);
        expect(fx.name.startsWith(fx.labels.framework + '-')).toBe(true);
      });

      it('points every label at a real, non-heading line and quotes it exactly', () => {
        for (const l of fx.labels.labels) {
          const line = fx.lines[l.line - 1];
          expect(line, `${fx.name}:${l.line} out of range`).toBeDefined();
          expect(line.trim().length, `${fx.name}:${l.line} blank`).toBeGreaterThan(0);
          expect(line.startsWith('#'), `${fx.name}:${l.line} is a heading`).toBe(false);
          expect(line.includes(l.text), `${fx.name}:${l.line} text not in line`).toBe(true);
        }
      });

      it('covers a one-judgement line whole, and a contrast line in left-to-right parts', () => {
        const byLine = new Map<number, LabelsFile['labels']>();
        for (const l of fx.labels.labels) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l]);
        for (const [n, ls] of byLine) {
          const line = fx.lines[n - 1];
          if (ls.length === 1) {
            expect(ls[0].text, `${fx.name}:${n}`).toBe(line.replace(BULLET, '').trim());
            continue;
          }
          let from = 0;
          for (const l of ls) {
            const at = line.indexOf(l.text, from);
            expect(at, `${fx.name}:${n} parts out of order or overlapping`).toBeGreaterThanOrEqual(0);
            from = at + l.text.length;
          }
          // Two labels on one line only make sense when they say different things.
          const distinct = new Set(ls.map((l) => `${l.polarity}|${l.section}|${l.criterion}`));
          expect(distinct.size, `${fx.name}:${n} identical labels`).toBe(ls.length);
        }
      });

      it('labels every bulleted line (unlabelled lines are headings only)', () => {
        const labelled = new Set(fx.labels.labels.map((l) => l.line));
        fx.lines.forEach((line, i) => {
          if (BULLET.test(line)) expect(labelled.has(i + 1), `${fx.name}:${i + 1} bullet without a label`).toBe(true);
        });
      });

      it('uses the fixed section ids', () => {
        for (const l of fx.labels.labels) {
          expect(SECTIONS[fx.labels.framework], `${fx.name}:${l.line}`).toContain(l.section);
        }
      });

      const crit = criterionSections(fx.labels.framework);
      it.skipIf(crit === null)('uses criterion ids from the taxonomy, in the labelled section', () => {
        for (const l of fx.labels.labels) {
          if (l.polarity !== 'context') expect(l.criterion, `${fx.name}:${l.line} judgement without criterion`).not.toBeNull();
          if (l.criterion === null) continue;
          expect(crit!.has(l.criterion), `${fx.name}:${l.line} unknown criterion ${l.criterion}`).toBe(true);
          expect(crit!.get(l.criterion), `${fx.name}:${l.line} ${l.criterion} is in another section`).toBe(l.section);
        }
      });

      it('plants personal names that really occur in the notes', () => {
        expect(fx.labels.names.length).toBeGreaterThanOrEqual(5);
        const text = fx.lines.join('\n');
        for (const name of fx.labels.names) expect(text.includes(name), `${fx.name}: ${name}`).toBe(true);
      });
    });
  }

  for (const fw of Object.keys(SECTIONS)) {
    for (const split of ['dev', 'test'] as const) {
      it(`${fw} ${split} split is large, balanced and mostly implicit enough to test the model`, () => {
        const files = fixtures.filter((f) => f.labels.framework === fw && f.split === split);
        const labels = files.flatMap((f) => f.labels.labels.map((l) => ({ ...l, file: f.name })));
        const lines = new Set(labels.map((l) => `${l.file}:${l.line}`));
        expect(lines.size).toBeGreaterThanOrEqual(MIN_LINES[fw]);

        const count = (p: string) => labels.filter((l) => l.polarity === p).length;
        const s = count('strength');
        const i = count('improvement');
        const c = count('context');
        // "About as many areas for improvement as strengths": within 15% of the larger.
        expect(Math.abs(s - i) / Math.max(s, i)).toBeLessThanOrEqual(0.15);
        expect(c / labels.length).toBeGreaterThanOrEqual(0.12);
        expect(c / labels.length).toBeLessThanOrEqual(0.25);

        const judged = labels.filter((l) => l.polarity !== 'context');
        expect(judged.filter((l) => l.implicit).length / judged.length).toBeGreaterThanOrEqual(1 / 3);

        const perLine = new Map<string, Set<string>>();
        for (const l of labels) {
          const k = `${l.file}:${l.line}`;
          perLine.set(k, (perLine.get(k) ?? new Set()).add(l.polarity));
        }
        const contrast = [...perLine.values()].filter((p) => p.has('strength') && p.has('improvement')).length;
        expect(contrast).toBeGreaterThanOrEqual(5);
      });
    }
  }

  it('keeps held-out test lines out of the dev split', () => {
    const norm = (s: string) => s.replace(BULLET, '').trim().toLowerCase();
    for (const fw of Object.keys(SECTIONS)) {
      const dev = new Set(
        fixtures.filter((f) => f.labels.framework === fw && f.split === 'dev').flatMap((f) => f.labels.labels.map((l) => norm(l.text))),
      );
      for (const f of fixtures.filter((x) => x.labels.framework === fw && x.split === 'test')) {
        for (const l of f.labels.labels) expect(dev.has(norm(l.text)), `${f.name}:${l.line} also in dev`).toBe(false);
      }
    }
  });
});
