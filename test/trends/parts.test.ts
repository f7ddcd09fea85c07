import { describe, expect, it } from 'vitest';
import { loadFrameworkSync } from '../../src/frameworks/index.js';
import { Report } from '../../src/schemas/index.js';
import {
  COUNT_COLUMNS,
  computeTrends,
  computeTrendsData,
  countsCsv,
  csvField,
  distinctiveTerms,
  drillDown,
  drillDownCsv,
  DRILL_DOWN_COLUMNS,
  keywordMapper,
  reportGrade,
  reportInspectorate,
  reportPhases,
  reportProviderType,
  reportYear,
  TERM_COLUMNS,
  termsCsv,
  type TrendStatement,
} from '../../src/trends/index.js';
import { formatDrillDown, formatTrends } from '../../src/trends/format.js';
import { HAND_COUNTED, ruleMapper } from './fixtures/hand-counted.js';

/** Minimal RFC 4180 reader for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

const base = { kind: 'report', framework: 'iqts', provider: 'X', inspectionDates: [], phases: [], grades: [], strengths: [], areasForImprovement: [], paragraphs: [] };

describe('keywordMapper', () => {
  const map = keywordMapper(loadFrameworkSync('iqts'));
  it('maps summary statements to the criterion their words belong to', () => {
    expect(map('Procedures to monitor trainees\u2019 workload and wellbeing are not sufficiently defined.', 'improvement')?.id).toBe('LM3.2');
    expect(map('Quality assurance processes do not identify inconsistencies in the quality of placements.', 'improvement')?.id).toBe('LM2.6');
    expect(['LM2.5', 'PD2.10']).toContain(map('The mentor training programme is not sufficiently developed.', 'improvement')?.id);
    expect(map('Mechanisms for obtaining feedback from all partnership members are not well established.', 'improvement')?.id).toBe('LM3.5');
  });
  it('returns null when nothing in the taxonomy fits, and is deterministic', () => {
    expect(map('Lorem ipsum dolor sit amet.', 'strength')).toBeNull();
    const text = 'Course information is clear and accurate.';
    expect(map(text, 'strength')).toEqual(map(text, 'strength'));
  });
});

describe('report dimensions', () => {
  const iqts = loadFrameworkSync('iqts');
  const ite2015 = loadFrameworkSync('ite-2015');
  const ite2025 = loadFrameworkSync('ite-2025');
  it('reads year, grade, phase, inspectorate and provider type into one vocabulary', () => {
    const r = Report.parse({ ...base, framework: 'ite-2015', inspectionDates: ['2018-04-23', '2018-10-01'], phases: ['Secondary QTS', 'Early years ITT'], details: { 'Type of ITE partnership': 'Higher education institute' }, grades: [
      { judgement: 'Overall effectiveness', phase: 'Secondary QTS', grade: '1' },
      { judgement: 'Overall effectiveness', phase: 'Early years ITT', grade: '2' },
      { judgement: 'The outcomes for trainees', phase: 'Secondary QTS', grade: '3' },
    ] });
    expect(reportYear(r)).toBe('2018');
    // The lowest overall-effectiveness grade across phases; sub-judgements do not count.
    expect(reportGrade(r, ite2015).name).toBe('Good');
    expect(reportPhases(r)).toEqual(['Secondary', 'Early years']);
    expect(reportInspectorate(r)).toBe('Ofsted');
    expect(reportProviderType(r)).toBe('HEI');
  });
  it('grades toolkit reports by their lowest area and iQTS by "Grade N"', () => {
    const toolkit = Report.parse({ ...base, framework: 'ite-2025', grades: [
      { judgement: 'Inclusion', phase: 'Primary', grade: 'Strong standard' },
      { judgement: 'Leadership', phase: 'Primary', grade: 'Needs attention' },
    ] });
    expect(reportGrade(toolkit, ite2025).name).toBe('Needs attention');
    expect(reportGrade(Report.parse({ ...base, overallGrade: 'Grade 2' }), iqts).name).toBe('Grade 2');
    expect(reportGrade(Report.parse({ ...base }), iqts).name).toBe('unknown');
    expect(reportYear(Report.parse({ ...base }))).toBe('unknown');
    expect(reportInspectorate(Report.parse({ ...base }))).toBe('unknown');
    expect(reportProviderType(Report.parse({ ...base, provider: 'Riverside SCITT' }))).toBe('SCITT');
  });
});

describe('distinctiveTerms', () => {
  const st = (criterion: string, text: string): TrendStatement => ({
    kind: 'improvement',
    text,
    position: 1,
    criterion: { id: criterion, title: criterion, section: 's', score: 1 },
    report: { id: text, provider: 'p', file: null, framework: 'iqts', synthetic: false, groups: { year: ['2024'], grade: ['g'], phase: ['p'], inspectorate: ['i'], 'provider-type': ['t'] } },
  });
  it('finds the words that set one criterion\u2019s statements apart from the rest', () => {
    const statements = [
      st('A', 'Mentor training is underdeveloped for trainees.'),
      st('A', 'Too few mentors complete mentor training with trainees.'),
      st('A', 'Mentor training is not followed up for trainees.'),
      st('B', 'Workload of trainees is not monitored.'),
      st('B', 'Trainees report an unmanageable workload.'),
      st('B', 'Workload is not discussed with trainees.'),
    ];
    const terms = distinctiveTerms(statements);
    const a = terms.find((t) => t.criterionId === 'A');
    const b = terms.find((t) => t.criterionId === 'B');
    expect(a?.statements).toBe(3);
    expect(a?.terms[0].term).toBe('mentor training');
    expect(a?.terms.map((t) => t.term)).not.toContain('trainees');
    expect(b?.terms[0]).toMatchObject({ term: 'workload', count: 3 });
    expect(b?.terms.some((t) => t.term.includes('mentor'))).toBe(false);
  });
});

describe('exports', () => {
  const iqts = loadFrameworkSync('iqts');
  const ite2020 = loadFrameworkSync('ite-2020');
  const data = computeTrendsData(HAND_COUNTED, { frameworks: [iqts, ite2020], mapperFor: ruleMapper });
  const result = data.result;

  it('writes a tidy counts CSV with zeros written out', () => {
    const rows = parseCsv(countsCsv(result));
    expect(rows[0]).toEqual([...COUNT_COLUMNS]);
    const body = rows.slice(1);
    // iQTS: (criteria + unmapped) × 2 kinds × (totals + 3 years + 4 grades + 2 phases + 2 inspectorates + 3 provider types)
    // ITE 2020: criteria × 2 kinds × (totals + one group on each of the 5 dimensions)
    expect(body.filter((r) => r[0] === 'iqts')).toHaveLength((iqts.criteria.length + 1) * 2 * 15);
    expect(body.filter((r) => r[0] === 'ite-2020')).toHaveLength(ite2020.criteria.length * 2 * 6);
    const find = (dimension: string, group: string, id: string, kind: string) => body.find((r) => r[0] === 'iqts' && r[1] === dimension && r[2] === group && r[3] === id && r[6] === kind);
    expect(find('all', 'all', 'LM2.5', 'improvement')?.slice(7)).toEqual(['4', '3', '5', '0.6']);
    expect(find('year', '2024', 'LM2.6', 'improvement')?.slice(7)).toEqual(['2', '2', '2', '1']);
    expect(find('year', '2025', 'LM2.6', 'improvement')?.slice(7)).toEqual(['0', '0', '1', '0']);
    expect(find('all', 'all', 'LM2.5', 'improvement')?.[4]).toBe('Mentor identification, training and monitoring');
  });

  it('writes terms and drill-down CSVs, quoting and defusing spreadsheet formulas', () => {
    expect(parseCsv(termsCsv(result))[0]).toEqual([...TERM_COLUMNS]);
    const rows = parseCsv(drillDownCsv(drillDown(data, { criterion: 'LM2.5', kind: 'improvement' })));
    expect(rows[0]).toEqual([...DRILL_DOWN_COLUMNS]);
    expect(rows).toHaveLength(5);
    expect(rows[1][DRILL_DOWN_COLUMNS.indexOf('text')]).toBe('Mentor training is underdeveloped.');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField(3)).toBe('3');
  });

  it('round-trips the result through JSON unchanged', () => {
    const json = JSON.parse(JSON.stringify(result));
    expect(json).toEqual(result);
    expect(Object.keys(json.frameworks[0].breakdowns)).toEqual(['year', 'grade', 'phase', 'inspectorate', 'provider-type']);
  });

  it('formats readable tables and drill-downs', () => {
    const text = formatTrends(result, { by: 'year' });
    expect(text).toContain('6 of 7 reports counted; 1 synthetic report(s) left out');
    expect(text).toMatch(/LM2\.5 Mentor identification, training and monitoring\s+3\s+60%/);
    expect(text).toMatch(/Areas for improvement by year/);
    const drill = formatDrillDown(drillDown(data, { criterion: 'LM2.5', kind: 'improvement' }), 'LM2.5');
    expect(drill).toContain('4 statements mapped to LM2.5');
    expect(drill).toContain('2024  Grade 4  HEI  ISI  Primary  University of Testshire');
  });

  it('marks an all-synthetic result as synthetic in the terminal output', () => {
    const synthetic = computeTrends([HAND_COUNTED[5]], { frameworks: [iqts], mapperFor: ruleMapper });
    expect(formatTrends(synthetic)).toContain('SYNTHETIC');
  });
});
