/**
 * Shared checks for hand-labelled inspector notes (`<name>.md` + `<name>.labels.json`): the held-out
 * fixtures in test/fixtures/notes and the training sets in corpus/training/notes. One loader, one
 * schema and one set of per-file checks, so the three label tests cannot drift apart; each test
 * keeps its own thresholds for size, balance and coverage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { Polarity } from '../../src/schemas/index.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(root, 'test/fixtures/notes');
export const trainDir = path.join(root, 'corpus/training/notes');
const frameworksDir = path.join(root, 'corpus/frameworks');

/** The report sections a label may name, per framework (the classify contract's section ids). */
export const SECTIONS: Record<string, string[]> = {
  iqts: ['leadership-and-management', 'programme-design-and-delivery', 'compliance'],
  'ite-2025': ['inclusion', 'curriculum-and-teaching', 'achievement', 'professional-behaviours-and-wellbeing', 'leadership', 'compliance'],
};

export const Label = z.object({
  line: z.number().int().positive(),
  polarity: Polarity,
  section: z.string(),
  criterion: z.string().nullable(),
  text: z.string().min(1),
  /** Judgement carried by a count, date, absence, delay, quotation or requirement met/missed. */
  implicit: z.boolean().optional(),
});
export const LabelsFile = z.object({
  framework: z.enum(['iqts', 'ite-2025']),
  notes: z.string(),
  names: z.array(z.string().min(1)),
  labels: z.array(Label).min(1),
});
export type LabelsFile = z.infer<typeof LabelsFile>;
export type LabelEntry = LabelsFile['labels'][number];

export const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/;
export const norm = (s: string) => s.replace(BULLET, '').trim().toLowerCase();

export interface NotesSet {
  name: string;
  labels: LabelsFile;
  lines: string[];
}

/** Every `<name>.labels.json` in `dir` whose name `keep` accepts, with its notes file's lines, by name. */
export function loadLabelledNotes(dir: string, keep: (name: string) => boolean, schema: z.ZodType<LabelsFile> = LabelsFile): NotesSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json') && keep(f.replace(/\.labels\.json$/, '')))
    .sort()
    .map((f) => {
      const labels = schema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      const md = readFileSync(path.join(dir, labels.notes), 'utf8');
      return { name: f.replace(/\.labels\.json$/, ''), labels, lines: md.split(/\r?\n/) };
    });
}

/** Criterion id → section id from the package taxonomy, or null when the framework has none yet. */
export function criterionSections(fw: string): Map<string, string> | null {
  const file = path.join(frameworksDir, `${fw}.json`);
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { criteria: { id: string; section: string }[] };
  return new Map(data.criteria.map((c) => [c.id, c.section]));
}

export interface SetCheckOptions {
  /** Fewest planted personal names a set must list. */
  minNames: number;
  /** Context lines carry no judgement, so they must say implicit: false (when the schema requires the flag). */
  contextNotImplicit?: boolean;
}

/** The per-file checks, as `it` blocks inside the caller's `describe(set.name, …)`. */
export function labelledSetChecks(t: NotesSet, options: SetCheckOptions): void {
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
    const byLine = new Map<number, LabelEntry[]>();
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
      // Two labels on one line only make sense when they say different things.
      const distinct = new Set(ls.map((l) => `${l.polarity}|${l.section}|${l.criterion}`));
      expect(distinct.size, `${t.name}:${n} identical labels`).toBe(ls.length);
    }
  });

  it('labels every bulleted line (unlabelled lines are headings only)', () => {
    const labelled = new Set(t.labels.labels.map((l) => l.line));
    t.lines.forEach((line, i) => {
      if (BULLET.test(line)) expect(labelled.has(i + 1), `${t.name}:${i + 1} bullet without a label`).toBe(true);
    });
  });

  it('uses the fixed section ids', () => {
    for (const l of t.labels.labels) {
      expect(SECTIONS[t.labels.framework], `${t.name}:${l.line}`).toContain(l.section);
      if (options.contextNotImplicit && l.polarity === 'context') expect(l.implicit, `${t.name}:${l.line} context marked implicit`).toBe(false);
    }
  });

  const crit = criterionSections(t.labels.framework);
  it.skipIf(crit === null)('uses criterion ids from the taxonomy, in the labelled section', () => {
    for (const l of t.labels.labels) {
      if (l.polarity !== 'context') expect(l.criterion, `${t.name}:${l.line} judgement without criterion`).not.toBeNull();
      if (l.criterion === null) continue;
      expect(crit!.has(l.criterion), `${t.name}:${l.line} unknown criterion ${l.criterion}`).toBe(true);
      expect(crit!.get(l.criterion), `${t.name}:${l.line} ${l.criterion} is in another section`).toBe(l.section);
    }
  });

  it('plants personal names that really occur in the notes', () => {
    expect(t.labels.names.length).toBeGreaterThanOrEqual(options.minNames);
    const text = t.lines.join('\n');
    for (const name of t.labels.names) expect(text.includes(name), `${t.name}: ${name}`).toBe(true);
  });
}

export interface SetBalance {
  /** Distinct labelled lines. */
  lines: number;
  strengths: number;
  improvements: number;
  context: number;
  /** Share of the judged (non-context) labels marked implicit. */
  implicitShare: number;
  /** Lines labelled with both a strength and an improvement. */
  contrastLines: number;
  /** Labels per criterion id (context labels with a criterion too). */
  byCriterion: Map<string, number>;
  /** Judged (non-context) labels per criterion id. */
  judgedByCriterion: Map<string, number>;
}

/** Size, polarity balance, implicit share and contrast lines over several sets together. */
export function setBalance(sets: NotesSet[]): SetBalance {
  const labels = sets.flatMap((t) => t.labels.labels.map((l) => ({ ...l, file: t.name })));
  const count = (p: string) => labels.filter((l) => l.polarity === p).length;
  const judged = labels.filter((l) => l.polarity !== 'context');
  const perLine = new Map<string, Set<string>>();
  for (const l of labels) {
    const k = `${l.file}:${l.line}`;
    perLine.set(k, (perLine.get(k) ?? new Set()).add(l.polarity));
  }
  const tally = (ls: LabelEntry[]) => {
    const m = new Map<string, number>();
    for (const l of ls) if (l.criterion) m.set(l.criterion, (m.get(l.criterion) ?? 0) + 1);
    return m;
  };
  return {
    lines: perLine.size,
    strengths: count('strength'),
    improvements: count('improvement'),
    context: count('context'),
    implicitShare: judged.length ? judged.filter((l) => l.implicit).length / judged.length : 0,
    contrastLines: [...perLine.values()].filter((p) => p.has('strength') && p.has('improvement')).length,
    byCriterion: tally(labels),
    judgedByCriterion: tally(judged),
  };
}

/** |strengths − improvements| over the larger, and context over all labels. */
export function polarityShares(b: SetBalance): { imbalance: number; contextShare: number } {
  const total = b.strengths + b.improvements + b.context;
  return { imbalance: Math.abs(b.strengths - b.improvements) / Math.max(b.strengths, b.improvements), contextShare: b.context / total };
}
