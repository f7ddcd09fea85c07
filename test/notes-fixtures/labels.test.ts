/**
 * Checks the hand-labelled notes in test/fixtures/notes/ against their .md files and the framework
 * taxonomies, so that `drafter eval` never scores against a label that points at the wrong line,
 * a criterion that does not exist, or a split that is too small or lopsided to mean anything.
 */
import { describe, expect, it } from 'vitest';
import { BULLET, fixturesDir, labelledSetChecks, loadLabelledNotes, polarityShares, SECTIONS, setBalance, type NotesSet } from '../helpers/labelled-notes.js';

/** Labelled lines each split must hold, per framework (issue 3 and the fixture brief). */
const MIN_LINES: Record<string, number> = { iqts: 90, 'ite-2025': 80 };

interface Fixture extends NotesSet {
  split: 'dev' | 'test';
}

function loadFixtures(): Fixture[] {
  return loadLabelledNotes(fixturesDir, () => true).map((set) => {
    const split = /-dev-/.test(set.name) ? 'dev' : /-test-/.test(set.name) ? 'test' : null;
    if (!split) throw new Error(`${set.name}.labels.json: name must contain -dev- or -test-`);
    return { ...set, split };
  });
}

const fixtures = loadFixtures();

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

      labelledSetChecks(fx, { minNames: 5 });
    });
  }

  for (const fw of Object.keys(SECTIONS)) {
    for (const split of ['dev', 'test'] as const) {
      it(`${fw} ${split} split is large, balanced and mostly implicit enough to test the model`, () => {
        const b = setBalance(fixtures.filter((f) => f.labels.framework === fw && f.split === split));
        expect(b.lines).toBeGreaterThanOrEqual(MIN_LINES[fw]);
        const { imbalance, contextShare } = polarityShares(b);
        // "About as many areas for improvement as strengths": within 15% of the larger.
        expect(imbalance).toBeLessThanOrEqual(0.15);
        expect(contextShare).toBeGreaterThanOrEqual(0.12);
        expect(contextShare).toBeLessThanOrEqual(0.25);
        expect(b.implicitShare).toBeGreaterThanOrEqual(1 / 3);
        expect(b.contrastLines).toBeGreaterThanOrEqual(5);
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
