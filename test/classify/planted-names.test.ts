import { describe, expect, it } from 'vitest';
import { plantedNamesFrom, scrubPlantedNames } from '../../src/classify/training-notes.js';

// The training notes' last guard: planted names the redactor missed become "someone". The scan by
// opening runs must replace exactly what the one big pattern replaces.
const parts = ['Ifeoma Adebayo-Grant', 'Ifeoma Adebayo', 'Ifeoma', 'Adebayo', "O'Rourke", 'Zielińska', 'afolabi', 'Mensah', 'José', 'Young'];
const planted = plantedNamesFrom(parts);
const byPattern = (text: string) => text.replace(planted.pattern, 'someone');

describe('scrubPlantedNames', () => {
  const cases = [
    'Ifeoma Adebayo-Grant met the mentor',
    'Ifeoma Adebayo-Grantham met',
    'Ifeoma Adebayo, then Ifeoma alone',
    'IfeomaX and Ifeoma-Rae and xIfeoma',
    "O'Rourke's file; O'Rourkes",
    'Zielińska/Zielińskaya (Zielińska)',
    'afolabi visit form; Afolabi; afolabis',
    'Mensah-Mensah Mensah',
    'José at 9; José-Luis',
    'Young people: Young, Youngs, young',
    '',
    'no names here at all',
    'Adebayo Ifeoma Adebayo Ifeoma',
    'ÉIfeoma Ifeoma𝒜 Ifeoma',
  ];
  for (const text of cases) {
    it(`replaces as the pattern does: ${JSON.stringify(text)}`, () => {
      expect(scrubPlantedNames(text, planted.byOpening!)).toBe(byPattern(text));
    });
  }

  it('leaves a part that opens with no letter to the pattern', () => {
    expect(plantedNamesFrom(['Mensah', '(Mensah)']).byOpening).toBeNull();
  });
});
