/**
 * Checks the Ofsted ITE (ite-2025) labelled training notes shipped in corpus/training/notes/
 * (`ite-2025-train-*`; the classifier trains on them at run time). A label that points at the wrong
 * line, an id outside the taxonomy, or a lopsided set would teach the model the wrong thing; a
 * labelled line copied from the held-out fixtures would make `drafter eval` dishonest.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { criterionSections, fixturesDir, Label, labelledSetChecks, LabelsFile, loadLabelledNotes, norm, polarityShares, setBalance, trainDir } from '../helpers/labelled-notes.js';

/** These sets mark every label implicit or not, and are ite-2025 only. */
const IteLabelsFile = LabelsFile.extend({ framework: z.literal('ite-2025'), labels: z.array(Label.extend({ implicit: z.boolean() })).min(1) });

/** Labelled texts of a fixture split, read only here, only to compare, never to inspect. */
function fixtureTexts(split: 'dev' | 'test'): Set<string> {
  const sets = loadLabelledNotes(fixturesDir, (name) => name.startsWith(`ite-2025-${split}-`));
  return new Set(sets.flatMap((f) => f.labels.labels.map((l) => norm(l.text))));
}

const training = loadLabelledNotes(trainDir, (name) => name.startsWith('ite-2025-train-'), IteLabelsFile);
const criteria = criterionSections('ite-2025')!;

describe('ite-2025 training notes (corpus/training/notes)', () => {
  it('exist: six providers, each with its notes file', () => {
    expect(training.length).toBeGreaterThanOrEqual(6);
    for (const t of training) expect(t.labels.notes).toBe(`${t.name}.md`);
  });

  for (const t of training) {
    describe(t.name, () => {
      labelledSetChecks(t, { minNames: 8, contextNotImplicit: true });
    });
  }

  it('is large, balanced, about one-sixth context, and rich in implicit judgements and contrasts', () => {
    const b = setBalance(training);
    expect(b.lines).toBeGreaterThanOrEqual(400);
    const { imbalance, contextShare } = polarityShares(b);
    expect(imbalance).toBeLessThanOrEqual(0.1);
    expect(contextShare).toBeGreaterThanOrEqual(0.15);
    expect(contextShare).toBeLessThanOrEqual(0.2);
    expect(b.implicitShare).toBeGreaterThanOrEqual(0.4);
    expect(b.contrastLines).toBeGreaterThanOrEqual(15);

    // Every criterion of the taxonomy is taught at least twice, so none is learned from descriptors alone.
    for (const id of criteria.keys()) {
      expect(b.judgedByCriterion.get(id) ?? 0, id).toBeGreaterThanOrEqual(2);
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
