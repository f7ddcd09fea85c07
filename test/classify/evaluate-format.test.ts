// The text `drafter eval` prints for the section confusion matrix: rows and columns in the
// framework's order, and the lines outside the matrix said once.
import { describe, expect, it } from 'vitest';
import { formatEvaluation, type EvaluationResult } from '../../src/classify/evaluate.js';

describe('formatEvaluation', () => {
  it('prints the section confusion matrix under the accuracy, and the lines outside it', () => {
    const result: EvaluationResult = {
      name: 'iqts: labelled notes',
      section: {
        accuracy: 0.75,
        n: 8,
        confusion: { ids: ['compliance', 'leadership-and-management'], matrix: [[3, 1], [0, 3]], unplaced: 1 },
      },
      criterion: { top1: 0.5, top3: 0.75, n: 8 },
    };
    const lines = formatEvaluation(result).split('\n');
    const at = lines.findIndex((line) => line.includes('section accuracy: 75.0% (n=8)'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toContain('rows truth, columns predicted: comp / lead');
    expect(lines[at + 2].trim().split(/\s+/)).toEqual(['compliance', '3', '1']);
    expect(lines[at + 3].trim().split(/\s+/)).toEqual(['leadership-and-management', '0', '3']);
    expect(lines[at + 4]).toContain('1 more outside the matrix');
  });

  it('prints no matrix where nothing was placed', () => {
    const text = formatEvaluation({ name: 'x', section: { accuracy: 0, n: 0 }, criterion: { top1: 0, top3: 0, n: 0 } });
    expect(text).not.toContain('confusion');
  });
});
