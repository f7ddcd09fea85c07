import { describe, expect, it } from 'vitest';
import { decodeLine, trainJoints } from '../../src/classify/joints.js';
import { labelledPieces } from '../../src/classify/training-notes.js';
import { POLARITIES } from '../../src/classify/model.js';
import { jointOf, splitNotes } from '../../src/classify/split-notes.js';
import type { LabelledStatement, Polarity } from '../../src/schemas/index.js';

const line = (pieces: Array<[string, Polarity]>): LabelledStatement => ({
  text: 'x',
  polarity: pieces[0][1],
  framework: 'iqts',
  section: null,
  criterion: null,
  origin: 'notes-fixture',
  source: { hash: 'h', file: 'f.md' },
  linePieces: pieces.map(([joint, polarity]) => ({ joint, polarity })),
});

// Notes where the two sides of "but" are a strength then a shortfall, and the two sides of " - "
// are one point (a label and its judgement), as in real notes.
const statements = [
  ...Array.from({ length: 30 }, () => line([['start', 'strength'], ['but', 'improvement']])),
  ...Array.from({ length: 15 }, () => line([['start', 'strength'], ['-', 'strength']])),
  ...Array.from({ length: 15 }, () => line([['start', 'improvement'], ['-', 'improvement']])),
  ...Array.from({ length: 10 }, () => line([['start', 'context'], ['-', 'context']])),
];
const S = POLARITIES.indexOf('strength');
const I = POLARITIES.indexOf('improvement');

describe('joints', () => {
  const model = trainJoints(statements, 1);

  it('learns that the sides of "but" differ and the sides of a dash agree', () => {
    const cell = (p: number, q: number) => p * POLARITIES.length + q;
    expect(model.byJoint.but[cell(S, I)]).toBeGreaterThan(model.byJoint.but[cell(S, S)]);
    expect(model.byJoint['-'][cell(S, S)]).toBeGreaterThan(model.byJoint['-'][cell(S, I)]);
    expect(Object.keys(model.byJoint).sort()).toEqual(['-', 'but']);
  });

  it('reads an unsure piece by the joint before it', () => {
    // "assignment fb thorough" is a sure strength; "slow" alone leans, barely, to strength.
    const pieces = [
      [0.9, 0.05, 0.05],
      [0.45, 0.4, 0.15],
    ];
    expect(decodeLine(pieces, ['start', 'but'], model)).toEqual([S, I]);
    expect(decodeLine(pieces, ['start', '-'], model)).toEqual([S, S]);
    // A joint never seen falls back to all joints pooled; sure pieces keep their own reading.
    expect(decodeLine([[0.05, 0.9, 0.05], [0.9, 0.05, 0.05]], ['start', 'whereas'], model)).toEqual([I, S]);
    expect(decodeLine([], [], model)).toEqual([]);
  });
});

describe('labelledPieces', () => {
  it('gives each piece of a labelled line the polarity of the label covering it, and its joint', () => {
    const pieces = splitNotes('- assignment fb thorough but slow; tracked in 3 hubs - see SEF');
    expect(pieces.map(jointOf)).toEqual(['start', 'but', ';', '-']);
    const labelled = labelledPieces(pieces, [
      { text: 'assignment fb thorough', polarity: 'strength' },
      { text: 'slow; tracked in 3 hubs - see SEF', polarity: 'improvement' },
    ]);
    expect(labelled).toEqual([
      { joint: 'start', polarity: 'strength' },
      { joint: 'but', polarity: 'improvement' },
      { joint: ';', polarity: 'improvement' },
      { joint: '-', polarity: 'improvement' },
    ]);
    // A label whose text is not found in the line (edited by hand) is placed by its order.
    expect(labelledPieces(pieces, [{ text: 'not in the line', polarity: 'context' }])?.every((p) => p.polarity === 'context')).toBe(true);
  });
});
