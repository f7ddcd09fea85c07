/**
 * Checks the labelled training notes shipped in corpus/training/notes/ (the classifier trains on
 * them at run time): every label points at its line and quotes it, ids come from the taxonomy,
 * planted names occur, the set is large and balanced enough to teach polarity, and no labelled
 * text duplicates a held-out test fixture line (training on those would make the eval dishonest).
 */
import { describe, expect, it } from 'vitest';
import { criterionSections, fixturesDir, labelledSetChecks, loadLabelledNotes, norm, polarityShares, setBalance, trainDir } from '../helpers/labelled-notes.js';

// This test owns the iQTS training sets; other frameworks' sets in the same folder have their own owners.
const training = loadLabelledNotes(trainDir, (name) => name.startsWith('iqts-train-'));

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
      labelledSetChecks(t, { minNames: 5 });
    });
  }

  it('is large, balanced, mostly implicit and has contrast lines', () => {
    const b = setBalance(training);
    expect(b.lines).toBeGreaterThanOrEqual(400);
    const { imbalance, contextShare } = polarityShares(b);
    expect(imbalance).toBeLessThanOrEqual(0.1);
    expect(contextShare).toBeGreaterThanOrEqual(0.13);
    expect(contextShare).toBeLessThanOrEqual(0.22);
    expect(b.implicitShare).toBeGreaterThanOrEqual(0.4);
    expect(b.contrastLines).toBeGreaterThanOrEqual(15);
  });

  it('teaches every criterion of each framework it covers', () => {
    for (const fw of new Set(training.map((t) => t.labels.framework))) {
      const seen = setBalance(training.filter((x) => x.labels.framework === fw)).byCriterion;
      const thin = [...criterionSections(fw)!.keys()].filter((id) => (seen.get(id) ?? 0) < 2);
      expect(thin, `${fw} criteria with fewer than 2 training labels`).toEqual([]);
    }
  });

  it('shares no labelled text with the held-out test fixtures', () => {
    // Read programmatically only: the held-out files must not be looked at by whoever writes training data.
    const heldOut = loadLabelledNotes(fixturesDir, (name) => /-test-/.test(name));
    expect(heldOut.length).toBeGreaterThan(0);
    const test = new Set(heldOut.flatMap((f) => f.labels.labels.map((l) => norm(l.text))));
    const clashes = training.flatMap((t) =>
      t.labels.labels.filter((l) => test.has(norm(l.text))).map((l) => `${t.name}:${l.line}`),
    );
    expect(clashes).toEqual([]);
  });
});
