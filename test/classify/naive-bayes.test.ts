import { describe, expect, it } from 'vitest';
import { compileNaiveBayes, naiveBayesScores, trainNaiveBayes } from '../../src/classify/naive-bayes.js';
import { compileSoftmax, type SoftmaxExample } from '../../src/classify/softmax.js';

const example = (words: string[], label: number, weight = 1): SoftmaxExample => ({ features: new Map(words.map((w) => [w, 1])), label, weight });

describe('naive Bayes polarity view', () => {
  const data = [
    ...Array.from({ length: 12 }, (_, i) => example(['strong', 'mentor', i % 2 ? 'clear' : 'thorough'], 0)),
    ...Array.from({ length: 12 }, (_, i) => example(['variable', 'mentor', i % 2 ? 'late' : 'thin'], 1)),
    ...Array.from({ length: 4 }, () => example(['met', 'online'], 2)),
  ];
  const keep = Object.fromEntries(['strong', 'mentor', 'clear', 'thorough', 'variable', 'late', 'thin', 'met', 'online'].map((name) => [name, [0, 0, 0]]));

  it('leans each feature to the class that uses it more, and a shared word to none', () => {
    const model = trainNaiveBayes(data, 3, keep, 0.2);
    const lean = (name: string) => model.weights[name].indexOf(Math.max(...model.weights[name]));
    expect(lean('strong')).toBe(0);
    expect(lean('variable')).toBe(1);
    expect(lean('online')).toBe(2);
    // "mentor" is as common in strengths as in shortfalls: it moves those two apart by nothing.
    expect(model.weights.mentor[0]).toBeCloseTo(model.weights.mentor[1], 6);
    // Priors follow the class weights: context is the rarest class here.
    expect(model.prior[2]).toBeLessThan(model.prior[0]);
    expect(model.share).toBe(0.2);
  });

  it('stores only the features the linear model keeps, and honours example weights', () => {
    const model = trainNaiveBayes([...data, example(['zebra'], 0)], 3, keep, 0.2);
    expect(model.weights.zebra).toBeUndefined();
    // "patchy" in both classes, three times as heavily in shortfalls: it leans that way, and the
    // classes' weights set the priors.
    const weighted = trainNaiveBayes([example(['patchy', 'a'], 0, 1), example(['patchy', 'b'], 1, 3), example(['a'], 0, 3), example(['b'], 1, 1)], 3, { patchy: 0, a: 0, b: 0 }, 0.2);
    expect(weighted.weights.patchy[1]).toBeGreaterThan(weighted.weights.patchy[0]);
    expect(weighted.prior[0]).toBeCloseTo(weighted.prior[1], 6);
  });

  it('scores by the linear model\'s row offsets, so one lookup serves both', () => {
    const model = trainNaiveBayes(data, 3, keep, 0.2);
    const linear = compileSoftmax(keep as Record<string, number[]>, [0, 0, 0]);
    const compiled = compileNaiveBayes(model, linear)!;
    const rows = ['thorough', 'strong'].map((name) => linear.index.get(name)!);
    const scores = naiveBayesScores(compiled, rows, 1);
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
    // No features: the priors alone.
    expect(naiveBayesScores(compiled, [], 1)).toEqual(model.prior);
    // A share of 0 or no stored view: nothing to mix in.
    expect(compileNaiveBayes({ ...model, share: 0 }, linear)).toBeNull();
    expect(compileNaiveBayes(undefined, linear)).toBeNull();
  });
});
