import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../src/errors.js';
import { looksLikeFramework, parseFramework } from '../../src/frameworks/index.js';
import type { Framework, SourceInfo } from '../../src/schemas/index.js';

const samples = path.resolve(import.meta.dirname, '../../corpus/samples');
const pilot = readFileSync(path.join(samples, 'frameworks/iqts-pilot-inspection-framework-2023.txt'), 'utf8');
const report = readFileSync(path.join(samples, 'reports/iqts-university-of-derby-2024.txt'), 'utf8');
const source: SourceInfo = { file: 'iqts-framework.txt', hash: 'test', format: 'text', synthetic: false };

const ids = (fw: Framework, section: string) => fw.criteria.filter((c) => c.section === section).map((c) => c.id);
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const text = (fw: Framework, id: string) => fw.criteria.find((c) => c.id === id)?.descriptors[0] ?? '';

function expectFullPilot(fw: Framework) {
  expect(fw.id).toBe('iqts');
  expect(fw.version).toBe('2023-10-pilot');
  expect(ids(fw, 'compliance')).toEqual([...range('C1.', 4), ...range('C2.', 5), ...range('C3.', 4)]);
  expect(ids(fw, 'leadership-and-management')).toEqual([...range('LM1.', 3), ...range('LM2.', 7), ...range('LM3.', 8)]);
  expect(ids(fw, 'programme-design-and-delivery')).toEqual(range('PD2.', 15));
  expect(text(fw, 'C1.1')).toBe(
    'All approved iQTS providers must ensure that all entrants have: a standard equivalent to a grade 4 in GCSE mathematics; a standard equivalent to a grade 4 in a GCSE science subject, if they intend to teach pupils aged 3 to 11.',
  );
  expect(fw.criteria.find((c) => c.id === 'C2.2')?.title).toBe('Mentoring requirements');
  expect(text(fw, 'C3.4')).toMatch(/^All approved iQTS providers must ensure that they monitor, evaluate and moderate .* assessment of trainees\.$/);
  expect(text(fw, 'LM2.5')).toBe('Mentors have been identified, trained, and monitored by providers to support trainees through the school-based elements of the programme.');
  expect(text(fw, 'LM3.8')).toMatch(/^Clear and robust internal and external moderation processes .* course delivery\.$/);
  expect(text(fw, 'PD2.9')).toBe('A programme which works around different time zones enabling trainees to engage at a time that works for them.');
  expect(text(fw, 'PD2.15')).toMatch(/^Procedures which clearly demonstrate trainees meet the iQTS Teachers' Standards at the end of their training\.$/);
  // taxonomy keywords travel with the stable ids
  expect(fw.criteria.find((c) => c.id === 'LM2.5')?.keywords).toContain('mentor training');
  expect(fw.gradeScale.map((g) => [g.grade, g.label, g.standing])).toEqual([
    ['1', 'Grade 1', 'above'],
    ['2', 'Grade 2', 'above'],
    ['3', 'Grade 3', 'meets'],
    ['4', 'Grade 4', 'failing'],
  ]);
  expect(fw.gradeScale[2].descriptor).toBe(
    'The provision is compliant with the iQTS criteria and all other core iQTS documents. The quality of leadership and management and the quality of the programme design and delivery meets requirements in most areas, with minor issues identified for improvement.',
  );
  expect(fw.gradeScale[3].descriptor).toMatch(/^The provision is not compliant .* significant recommendations for improvement\.$/);
  expect(fw.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
}

describe('iQTS framework parsing', () => {
  it('recognises the framework and not the iQTS report that quotes it', () => {
    expect(looksLikeFramework(pilot)).toBe('iqts');
    expect(looksLikeFramework(report)).toBeNull();
    expect(() => parseFramework(report, source)).toThrow(DrafterError);
  });

  it('recovers every criterion, expectation and grade from the pilot framework as published (Markdown)', () => {
    const fw = parseFramework(pilot, source);
    expectFullPilot(fw);
    expect(fw.title).toBe('International Qualified Teacher Status (iQTS): pilot inspection framework');
    expect(fw.glossary.find((g) => g.term === 'QTS')?.definition).toBe('Qualified teacher status');
    expect(fw.source).toEqual(source);
    const reading = { code: 'page-debris-removed', message: 'removed 3 running headers', severity: 'info' as const };
    expect(parseFramework(pilot, source, { diagnostics: [reading] }).diagnostics[0]).toEqual(reading);
  });

  it('recovers the same from the text flattened onto one line', () => {
    const flat = pilot.replace(/\s+/g, ' ');
    expect(looksLikeFramework(flat)).toBe('iqts');
    const fw = parseFramework(flat, source);
    expectFullPilot(fw);
    expect(fw.diagnostics.map((d) => d.code)).toContain('framework-glossary-unrecovered');
  });

  it('reads plain PDF-style text: no Markdown, • bullets, items wrapped over several lines', () => {
    const wrap = (line: string) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > 70) {
        const cut = rest.lastIndexOf(' ', 70);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest].join('\n');
    };
    const plain = pilot
      .replace(/^#+\s*/gm, '')
      .replace(/\*\*/g, '')
      .replace(/^(\s*)- (?:o )?/gm, '$1• ')
      .split('\n')
      .map(wrap)
      .join('\n');
    const fw = parseFramework(plain, source);
    expectFullPilot(fw);
  });

  it('with the list markers lost too, splits expectations where the known ones begin, and says so', () => {
    const bare = pilot.replace(/^\s*[-•]\s+(?:o\s+)?/gm, '').replace(/\s+/g, ' ');
    const fw = parseFramework(bare, source);
    expect(ids(fw, 'leadership-and-management')).toHaveLength(18);
    expect(ids(fw, 'programme-design-and-delivery')).toHaveLength(15);
    expect(text(fw, 'PD2.13')).toBe('Second school placement or experience as appropriate.');
    expect(fw.diagnostics.filter((d) => d.code === 'framework-expectations-by-anchor')).toHaveLength(4);
  });

  it('copes with a revised framework: new date and title, reworded, added and dropped expectations keep stable ids', () => {
    const revised = pilot
      .replace('# International Qualified Teacher Status (iQTS):pilot inspection framework', '# International Qualified Teacher Status (iQTS): inspection framework')
      .replace('October 2023', 'June 2025')
      .replace(
        '- mentors have been identified, trained, and monitored by providers to support trainees through the school-based elements of the programme',
        '- the provider identifies suitable mentors, trains them and checks the quality of their work with trainees in school',
      )
      .replace('- interventions and remedial support for trainees where necessary\n', '')
      .replace(
        '- a well-considered iQTS curriculum, designed to meet trainees\' needs\n',
        "- a well-considered iQTS curriculum, designed to meet trainees' needs\n- effective arrangements for trainees' safety and online conduct during remote sessions\n",
      );
    const fw = parseFramework(revised, source);
    expect(fw.version).toBe('2025-06');
    expect(fw.title).toBe('International Qualified Teacher Status (iQTS): inspection framework');
    expect(text(fw, 'LM2.5')).toMatch(/^The provider identifies suitable mentors/);
    // the inserted expectation gets a new id rather than shifting LM2.2… onto the wrong text
    expect(text(fw, 'LM2.2')).toMatch(/^A curriculum which is locally adapted/);
    expect(text(fw, 'LM2.8')).toMatch(/^Effective arrangements for trainees' safety/);
    expect(ids(fw, 'programme-design-and-delivery')).not.toContain('PD2.14');
    expect(text(fw, 'PD2.15')).toMatch(/Teachers' Standards at the end of their training/);
    const codes = fw.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['framework-version-differs', 'framework-criterion-reworded', 'framework-criterion-added', 'framework-criterion-missing']));
    expect(fw.diagnostics.find((d) => d.code === 'framework-criterion-missing')?.message).toContain('PD2.14');
  });

  it('finds the sections under plainer headings ("Leadership and management", "Part 1: Entry requirements")', () => {
    const plainer = pilot
      .replaceAll('## **Quality of leadership and management**', '## Leadership and management')
      .replaceAll('### Quality of programme design and delivery', '### Programme design and delivery')
      .replaceAll('#### Part 1: Entry Criteria', '#### Part 1: Entry requirements');
    expect(plainer).not.toContain('## **Quality of leadership and management**');
    const fw = parseFramework(plainer, source);
    expect(ids(fw, 'leadership-and-management')).toEqual([...range('LM1.', 3), ...range('LM2.', 7), ...range('LM3.', 8)]);
    expect(ids(fw, 'programme-design-and-delivery')).toEqual(range('PD2.', 15));
  });

  it('reports a framework whose grade descriptors are missing instead of inventing them', () => {
    const cut = pilot.slice(0, pilot.indexOf('#### **Overall inspection gradings**'));
    const fw = parseFramework(cut, source);
    expect(fw.gradeScale).toEqual([]);
    expect(fw.diagnostics.find((d) => d.code === 'framework-grades-unrecovered')?.severity).toBe('error');
    expect(ids(fw, 'programme-design-and-delivery')).toHaveLength(15);
  });
});
