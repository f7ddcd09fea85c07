// Sub-items of a recommendation ending in ":" fold into it when they complete it ("so that: trainees
// know…"), and stay separate when they are new instructions ("ensure…", "further develop…").
import { describe, expect, it } from 'vitest';
import { parseList, startsWithImperative } from '../../src/ingest/report/lists.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('recommendation lists', () => {
  it('tells an instruction from a clause completing the item before it', () => {
    for (const t of ['ensure that trainees', 'further develop initiatives', 'rigorously check the', 'prioritise the', 'continue to refine']) expect(startsWithImperative(t)).toBe(true);
    for (const t of ['trainees know their', 'leaders of employing schools', 'all trainees have', 'mentors receive', 'the curriculum is', 'expertise in']) expect(startsWithImperative(t)).toBe(false);
  });

  it('folds completing clauses into the parent and keeps instructions apart', () => {
    const { items } = parseList(
      lines(['• Leaders should improve mentor training so that:', '• trainees know their targets', '• ensure that every trainee has a second placement', '• Check placement files.'].join('\n')),
    );
    expect(items).toEqual(['Leaders should improve mentor training so that: trainees know their targets', 'ensure that every trainee has a second placement', 'Check placement files.']);
  });
});
