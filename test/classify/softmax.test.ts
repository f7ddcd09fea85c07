import { describe, expect, it } from 'vitest';
import { compileSoftmax, predictRows, trainSoftmax, type CompiledSoftmax, type SoftmaxExample } from '../../src/classify/softmax.js';

const example = (words: string[], label: number, weight = 1): SoftmaxExample => ({ features: new Map(words.map((w) => [w, 1])), label, weight });
/** Probabilities for words present (value 1); words the model never saw add nothing. */
const predict = (compiled: CompiledSoftmax, words: string[]) => predictRows(compiled, words.flatMap((word) => compiled.index.get(word) ?? []), 1);

describe('trainSoftmax', () => {
  const data = [
    ...Array.from({ length: 20 }, (_, i) => example(['strong', i % 2 ? 'clear' : 'thorough'], 0)),
    ...Array.from({ length: 20 }, (_, i) => example(['NOT_consist', i % 2 ? 'variable' : 'late'], 1)),
    ...Array.from({ length: 20 }, (_, i) => example(['met', i % 2 ? 'six' : 'online'], 2)),
  ];

  it('learns separable classes and gives calibrated-looking probabilities', () => {
    const model = trainSoftmax(data, 3, { epochs: 10 });
    const compiled = compileSoftmax(model.weights, model.bias);
    const p = predict(compiled, ['thorough']);
    expect(p.indexOf(Math.max(...p))).toBe(0);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const variable = predict(compiled, ['variable']);
    expect(variable.indexOf(Math.max(...variable))).toBe(1);
    // An unseen feature falls back to the class priors: no class is certain.
    const unseen = predict(compiled, ['zebra']);
    expect(Math.max(...unseen)).toBeLessThan(0.6);
  });

  it('is deterministic for a seed and honours example weights', () => {
    expect(trainSoftmax(data, 3, { seed: 3 })).toEqual(trainSoftmax(data, 3, { seed: 3 }));
    // The same text labelled both ways: the heavier label wins.
    const tug = [example(['shared'], 0, 1), example(['shared'], 1, 0.1)];
    const model = trainSoftmax(tug, 2, { epochs: 30 });
    const p = predict(compileSoftmax(model.weights, model.bias), ['shared']);
    expect(p[0]).toBeGreaterThan(p[1]);
  });
});
