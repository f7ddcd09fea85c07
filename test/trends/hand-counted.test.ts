/**
 * Trend counts against a corpus counted by hand (fixtures/hand-counted.ts). With the rule mapper:
 *
 * iQTS, synthetic R6 left out (mixed corpus) → R1–R5, 5 reports.
 * Areas for improvement:            statements  reports  share
 *   LM2.5 mentor  R1×2, R3, R4            4        3      0.6
 *   LM2.6 QA      R3, R4                  2        2      0.4
 *   LM3.2 workload R1, R2                 2        2      0.4
 *   LM2.1 curriculum R4                   1        1      0.2
 *   unmapped      R3 (course information) 1        1      0.2      total 10
 * Strengths: LM2.1 R1,R4,R5 (3/3/0.6); LM2.5 R2,R5 (2/2/0.4); LM2.6 R2; LM3.2 R5 (1/1/0.2)   total 7
 * Years (last inspection day): 2023 R1,R2 · 2024 R3,R4 · 2025 R5.
 * Provider types: HEI R1 (stated), R4 (name "University") · SCITT R2, R5 · school-led R3 (details table).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrameworkSync } from '../../src/frameworks/index.js';
import type { Framework } from '../../src/schemas/index.js';
import { computeTrends, computeTrendsData, drillDown, UNMAPPED, type FrameworkTrends, type TrendsResult } from '../../src/trends/index.js';
import { HAND_COUNTED, R6, ruleMapper } from './fixtures/hand-counted.js';

let iqts: Framework;
let ite2020: Framework;
let result: TrendsResult;
let fw: FrameworkTrends;

const cell = (f: FrameworkTrends, dimension: keyof FrameworkTrends['breakdowns'], group: string, criterionId: string, kind = 'improvement') => {
  const found = f.breakdowns[dimension].cells.find((c) => c.group === group && c.criterionId === criterionId && c.kind === kind);
  return found ? { statements: found.statements, reports: found.reports, share: found.share } : undefined;
};

beforeAll(() => {
  iqts = loadFrameworkSync('iqts');
  ite2020 = loadFrameworkSync('ite-2020');
  result = computeTrends(HAND_COUNTED, { frameworks: [iqts, ite2020], mapperFor: ruleMapper, minReportsPerYear: 1 });
  fw = result.frameworks.find((f) => f.framework === 'iqts') as FrameworkTrends;
});

describe('computeTrends on the hand-counted corpus', () => {
  it('says which reports it counted and leaves the synthetic one out of a mixed corpus', () => {
    expect(result.corpus).toEqual({ reports: 7, included: 6, excludedSynthetic: 1, includedSynthetic: 0, otherFrameworks: 0, syntheticPolicy: 'auto' });
    expect(result.frameworks.map((f) => [f.framework, f.reports])).toEqual([
      ['iqts', 5],
      ['ite-2020', 1],
    ]);
    expect(fw.statements).toEqual({ improvement: 10, strength: 7, unmapped: { improvement: 1, strength: 0 } });
  });

  it('counts areas for improvement and strengths per criterion, most raised first', () => {
    const rows = fw.criteria.filter((c) => c.improvement.statements + c.strength.statements > 0);
    expect(rows.map((c) => [c.id, c.improvement, c.strength])).toEqual([
      ['LM2.5', { statements: 4, reports: 3, share: 0.6 }, { statements: 2, reports: 2, share: 0.4 }],
      ['LM2.6', { statements: 2, reports: 2, share: 0.4 }, { statements: 1, reports: 1, share: 0.2 }],
      ['LM3.2', { statements: 2, reports: 2, share: 0.4 }, { statements: 1, reports: 1, share: 0.2 }],
      ['LM2.1', { statements: 1, reports: 1, share: 0.2 }, { statements: 3, reports: 3, share: 0.6 }],
      [UNMAPPED, { statements: 1, reports: 1, share: 0.2 }, { statements: 0, reports: 0, share: 0 }],
    ]);
    // Every criterion of the framework is listed, zeros included, and the unmapped bucket comes last.
    expect(fw.criteria).toHaveLength(iqts.criteria.length + 1);
    expect(fw.criteria.at(-1)?.id).toBe(UNMAPPED);
  });

  it('breaks the counts down by year, using the last inspection day', () => {
    expect(fw.breakdowns.year.groups).toEqual([
      { value: '2023', reports: 2 },
      { value: '2024', reports: 2 },
      { value: '2025', reports: 1 },
    ]);
    expect(cell(fw, 'year', '2023', 'LM2.5')).toEqual({ statements: 2, reports: 1, share: 0.5 });
    expect(cell(fw, 'year', '2023', 'LM3.2')).toEqual({ statements: 2, reports: 2, share: 1 });
    expect(cell(fw, 'year', '2024', 'LM2.5')).toEqual({ statements: 2, reports: 2, share: 1 });
    expect(cell(fw, 'year', '2024', 'LM2.6')).toEqual({ statements: 2, reports: 2, share: 1 });
    expect(cell(fw, 'year', '2024', UNMAPPED)).toEqual({ statements: 1, reports: 1, share: 0.5 });
    expect(fw.breakdowns.year.cells.filter((c) => c.group === '2025' && c.kind === 'improvement')).toEqual([]);
    expect(cell(fw, 'year', '2025', 'LM2.1', 'strength')).toEqual({ statements: 1, reports: 1, share: 1 });
  });

  it('breaks the counts down by provider type, inferred from the type, the details table or the name', () => {
    expect(fw.breakdowns['provider-type'].groups).toEqual([
      { value: 'HEI', reports: 2 },
      { value: 'SCITT', reports: 2 },
      { value: 'school-led', reports: 1 },
    ]);
    expect(cell(fw, 'provider-type', 'HEI', 'LM2.5')).toEqual({ statements: 3, reports: 2, share: 1 });
    expect(cell(fw, 'provider-type', 'HEI', 'LM3.2')).toEqual({ statements: 1, reports: 1, share: 0.5 });
    expect(cell(fw, 'provider-type', 'SCITT', 'LM3.2')).toEqual({ statements: 1, reports: 1, share: 0.5 });
    expect(cell(fw, 'provider-type', 'SCITT', 'LM2.5')).toBeUndefined();
    expect(cell(fw, 'provider-type', 'school-led', 'LM2.6')).toEqual({ statements: 1, reports: 1, share: 1 });
    // LM2.5 raised by 2 of 2 HEI, 0 of 2 SCITT, 1 of 1 school-led reports: χ² = 5 on 2 df.
    const test = fw.breakdowns['provider-type'].tests.find((t) => t.criterionId === 'LM2.5');
    expect(test?.chi2).toBeCloseTo(5, 10);
    expect(test?.p).toBeCloseTo(Math.exp(-2.5), 6);
    // Phase groups overlap, so no test is offered for them.
    expect(fw.breakdowns.phase.tests).toEqual([]);
  });

  it('breaks the counts down by grade (best first), phase (a report in each of its phases) and inspectorate', () => {
    expect(fw.breakdowns.grade.groups).toEqual([
      { value: 'Grade 1', reports: 1 },
      { value: 'Grade 2', reports: 1 },
      { value: 'Grade 3', reports: 2 },
      { value: 'Grade 4', reports: 1 },
    ]);
    expect(cell(fw, 'grade', 'Grade 3', 'LM2.5')).toEqual({ statements: 3, reports: 2, share: 1 });
    expect(cell(fw, 'grade', 'Grade 4', 'LM2.1')).toEqual({ statements: 1, reports: 1, share: 1 });
    expect(fw.breakdowns.phase.groups).toEqual([
      { value: 'Primary', reports: 3 },
      { value: 'Secondary', reports: 3 },
    ]);
    expect(cell(fw, 'phase', 'Primary', 'LM2.5')).toEqual({ statements: 4, reports: 3, share: 1 });
    expect(cell(fw, 'phase', 'Secondary', 'LM2.5')).toEqual({ statements: 1, reports: 1, share: 1 / 3 });
    expect(fw.breakdowns.inspectorate.groups).toEqual([
      { value: 'ISI', reports: 3 },
      { value: 'Penta International', reports: 2 },
    ]);
    expect(cell(fw, 'inspectorate', 'Penta International', 'LM3.2')).toEqual({ statements: 1, reports: 1, share: 0.5 });
  });

  it('fits the year-on-year slope of each criterion\u2019s share', () => {
    // LM2.5 shares 0.5, 1, 0 over 2023–2025 → slope −0.25; LM3.2 1, 0, 0 → −0.5; LM2.6 0, 1, 0 → 0.
    const slope = (id: string) => fw.criteria.find((c) => c.id === id)?.yearTrend?.slope;
    expect(slope('LM2.5')).toBeCloseTo(-0.25, 10);
    expect(slope('LM3.2')).toBeCloseTo(-0.5, 10);
    expect(slope('LM2.6')).toBeCloseTo(0, 10);
    // Cochran–Armitage on LM2.5 (2023: 1 of 2, 2024: 2 of 2, 2025: 0 of 1): z = −0.4 / √0.672.
    const lm25 = fw.criteria.find((c) => c.id === 'LM2.5')?.yearTrend;
    expect(lm25?.z).toBeCloseTo(-0.48795, 4);
    expect(lm25?.p).toBeCloseTo(0.62557, 4);
    // The default needs five reports a year: too few here for any slope.
    const strict = computeTrends(HAND_COUNTED, { frameworks: [iqts], mapperFor: ruleMapper });
    expect(strict.frameworks[0].criteria.every((c) => c.yearTrend === null)).toBe(true);
  });

  it('keeps framework versions apart', () => {
    const other = result.frameworks.find((f) => f.framework === 'ite-2020') as FrameworkTrends;
    const mentor = other.criteria.find((c) => c.id === 'leadership-and-management/mentor-training');
    expect(mentor?.improvement).toEqual({ statements: 1, reports: 1, share: 1 });
    expect(other.breakdowns.grade.groups).toEqual([{ value: 'Good', reports: 1 }]);
    expect(other.breakdowns.inspectorate.groups).toEqual([{ value: 'Ofsted', reports: 1 }]);
    // Asked for iQTS only, the ITE report is reported as outside the scope.
    const only = computeTrends(HAND_COUNTED, { frameworks: [iqts], mapperFor: ruleMapper });
    expect(only.corpus.otherFrameworks).toBe(1);
    expect(only.frameworks.map((f) => f.framework)).toEqual(['iqts']);
  });

  it('applies the synthetic policy as asked', () => {
    const include = computeTrends(HAND_COUNTED, { frameworks: [iqts], mapperFor: ruleMapper, synthetic: 'include' });
    expect(include.corpus).toMatchObject({ included: 6, excludedSynthetic: 0, includedSynthetic: 1 });
    expect(include.frameworks[0].criteria[0]).toMatchObject({ id: 'LM2.5', improvement: { statements: 5, reports: 4 } });
    const only = computeTrends(HAND_COUNTED, { frameworks: [iqts], mapperFor: ruleMapper, synthetic: 'only' });
    expect(only.frameworks[0].reports).toBe(1);
    // An all-synthetic corpus is counted under 'auto' (and flagged), never silently emptied.
    const allSynthetic = computeTrends([R6], { frameworks: [iqts], mapperFor: ruleMapper });
    expect(allSynthetic.corpus).toMatchObject({ included: 1, includedSynthetic: 1, excludedSynthetic: 0 });
    const excluded = computeTrends([R6], { frameworks: [iqts], mapperFor: ruleMapper, synthetic: 'exclude' });
    expect(excluded.frameworks).toEqual([]);
    // A generated report read back from text has lost its flag but keeps its fictional name.
    const unflagged = { ...R6, source: R6.source && { ...R6.source, synthetic: false } };
    expect(computeTrends([...HAND_COUNTED.slice(0, 5), unflagged], { frameworks: [iqts], mapperFor: ruleMapper }).corpus).toMatchObject({
      included: 5,
      excludedSynthetic: 1,
    });
  });
});

describe('drillDown', () => {
  it('lists the statements behind a count with their report, year and groups', () => {
    const data = computeTrendsData(HAND_COUNTED, { frameworks: [iqts, ite2020], mapperFor: ruleMapper });
    const rows = drillDown(data, { criterion: 'LM2.5', kind: 'improvement' });
    expect(rows.map((r) => [r.year, r.provider, r.position, r.text])).toEqual([
      ['2023', 'Northgate University', 1, 'Mentor training is underdeveloped.'],
      ['2023', 'Northgate University', 3, 'Mentors do not set precise targets.'],
      ['2024', 'Example School-led Partnership', 2, 'Mentor training is not attended.'],
      ['2024', 'University of Testshire', 1, 'Mentor training is underdeveloped.'],
    ]);
    expect(rows[2]).toMatchObject({ framework: 'iqts', providerType: 'school-led', grade: 'Grade 3', phase: ['Primary', 'Secondary'], inspectorate: 'ISI', synthetic: false });
    expect(rows[0].report).toBe('a1'.padEnd(64, '0'));

    const in2024 = drillDown(data, { criterion: 'LM2.5', kind: 'improvement', dimension: 'year', group: '2024' });
    expect(in2024).toHaveLength(2);
    const both = drillDown(data, { criterion: 'LM2.5' });
    expect(both.map((r) => r.kind)).toEqual(['improvement', 'improvement', 'improvement', 'improvement', 'strength', 'strength']);
    expect(drillDown(data, { criterion: UNMAPPED }).map((r) => r.text)).toEqual(['Course information is out of date.']);
  });
});
