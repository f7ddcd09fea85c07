import { describe, expect, it } from 'vitest';
import { compileMlp, predictMlp, trainMlp } from '../../src/classify/mlp.js';
import { compileSoftmax, predictRows, trainSoftmax, type SoftmaxExample } from '../../src/classify/softmax.js';

const example = (words: string[], label: number, weight = 1): SoftmaxExample => ({ features: new Map([...words, 'BIAS'].map((w) => [w, 1])), label, weight });
const argmax = (p: number[]) => p.indexOf(Math.max(...p));

// "late" is a shortfall and so is a bare "not" ("not signed"), but "not late" is a strength, as is
// a line with neither: an exclusive or, which a linear model, weighing each feature alone, cannot fit.
const words = [[], ['not'], ['late'], ['not', 'late']];
const labels = [0, 1, 1, 0];
const data = Array.from({ length: 200 }, (_, i) => example(words[i % 4], labels[i % 4]));

describe('trainMlp', () => {
  it('learns an interaction of two features that a linear model cannot', () => {
    const network = compileMlp(trainMlp(data, 2, { hidden: 8, epochs: 30 }));
    const predicted = words.map((w) => argmax(predictMlp(network, [...w, 'BIAS'].map((name) => network.index.get(name)!), 1)));
    expect(predicted).toEqual(labels);
    const probabilities = predictMlp(network, [network.index.get('BIAS')!], 1);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);

    const linear = trainSoftmax(data, 2, { epochs: 30 });
    const compiled = compileSoftmax(linear.weights, linear.bias);
    const linearPredicted = words.map((w) => argmax(predictRows(compiled, [...w, 'BIAS'].flatMap((name) => compiled.index.get(name) ?? []), 1)));
    expect(linearPredicted).not.toEqual(labels);
  });

  it('is deterministic for a seed and leaves out features rarer than minCount', () => {
    const rare = [...data, example(['once'], 1)];
    expect(trainMlp(rare, 2, { seed: 5, epochs: 3 })).toEqual(trainMlp(rare, 2, { seed: 5, epochs: 3 }));
    expect(trainMlp(rare, 2, { minCount: 2, epochs: 1 }).names).not.toContain('once');
    expect(trainMlp(rare, 2, { minCount: 1, epochs: 1 }).names).toContain('once');
  });
});
