import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../src/schemas/index.js';

const dir = path.resolve(import.meta.dirname, '../../corpus/frameworks');
const read = (id: string): Framework => Framework.parse(JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')));
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('framework taxonomies', () => {
  it('every file in corpus/frameworks validates, is named after its id, and has unique, well-placed criteria', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const fw = read(file.replace(/\.json$/, ''));
      expect(fw.id).toBe(file.replace(/\.json$/, ''));
      const ids = fw.criteria.map((c) => c.id);
      expect(new Set(ids).size, `${file} duplicate criterion ids`).toBe(ids.length);
      const sections = new Set(fw.sections.map((s) => s.id));
      for (const c of fw.criteria) {
        expect(sections.has(c.section), `${file} ${c.id} section ${c.section}`).toBe(true);
        expect(c.descriptors.join('').length, `${file} ${c.id} descriptor`).toBeGreaterThan(10);
        expect(c.keywords.length, `${file} ${c.id} keywords`).toBeGreaterThan(2);
      }
    }
  });

  it('iqts has the fixed sections and criterion ids in framework order', () => {
    const fw = read('iqts');
    expect(fw.version).toBe('2023-10-pilot');
    expect(fw.sections.map((s) => s.id)).toEqual(['compliance', 'leadership-and-management', 'programme-design-and-delivery']);
    const bySection = (s: string) => fw.criteria.filter((c) => c.section === s).map((c) => c.id);
    expect(bySection('compliance')).toEqual([...range('C1.', 4), ...range('C2.', 5), ...range('C3.', 4)]);
    expect(bySection('leadership-and-management')).toEqual([...range('LM1.', 3), ...range('LM2.', 7), ...range('LM3.', 8)]);
    expect(bySection('programme-design-and-delivery')).toEqual(range('PD2.', 15));
    expect(fw.criteria.find((c) => c.id === 'LM2.5')?.keywords).toContain('mentor training');
    expect(fw.criteria.find((c) => c.id === 'C1.3')?.descriptors[0]).toMatch(/IELTS score of 6\.5/);
    expect(fw.gradeScale.map((g) => [g.grade, g.label, g.standing])).toEqual([
      ['1', 'Grade 1', 'above'],
      ['2', 'Grade 2', 'above'],
      ['3', 'Grade 3', 'meets'],
      ['4', 'Grade 4', 'failing'],
    ]);
    expect(fw.compliance?.met).toBe('The provider is compliant with the iQTS criteria.');
    expect(fw.text.nextSteps).toBe("The provider will be inspected again in three to four years' time.");
    expect(fw.glossary.map((g) => g.term)).toContain('QTS');
  });

  it('ite-2025 has the final toolkit areas, scale best first, and themes with recovered levels', () => {
    const fw = read('ite-2025');
    expect(fw.version).toBe('2025-09');
    expect(fw.sections.map((s) => [s.id, s.graded])).toEqual([
      ['inclusion', true],
      ['curriculum-and-teaching', true],
      ['achievement', true],
      ['professional-behaviours-and-wellbeing', true],
      ['leadership', true],
      ['compliance', false],
    ]);
    expect(fw.sections.find((s) => s.id === 'curriculum-and-teaching')?.title).toBe('Curriculum, teaching and training');
    expect(fw.gradeScale.map((g) => [g.label, g.standing])).toEqual([
      ['exceptional', 'above'],
      ['strong standard', 'above'],
      ['expected standard', 'meets'],
      ['needs attention', 'below'],
      ['urgent improvement', 'failing'],
    ]);
    expect(fw.compliance).toEqual({ met: 'Met', notMet: 'Not met' });
    const grades = new Set([...fw.gradeScale.map((g) => g.grade), 'Met', 'Not met']);
    for (const c of fw.criteria) {
      expect(c.id.startsWith(`${c.section}/`), c.id).toBe(true);
      for (const level of c.levels) expect(grades.has(level.grade), `${c.id} ${level.grade}`).toBe(true);
    }
    for (const section of fw.sections) expect(fw.criteria.some((c) => c.section === section.id), section.id).toBe(true);
    const governance = fw.criteria.find((c) => c.id === 'leadership/governance-and-oversight');
    expect(governance?.levels.map((l) => l.grade)).toEqual(['Urgent improvement', 'Needs attention', 'Expected standard', 'Strong standard']);
    expect(governance?.levels[1].text).toMatch(/surface-level assurances/);
  });

  it('ite-2015 and ite-2020 carry their judgements as sections and their grade scales', () => {
    const old = read('ite-2015');
    expect(old.sections.map((s) => s.id)).toEqual(['overall-effectiveness', 'outcomes-for-trainees', 'quality-of-training', 'leadership-and-management']);
    expect(old.gradeScale.map((g) => `${g.grade} ${g.label}`)).toEqual(['1 Outstanding', '2 Good', '3 Requires improvement', '4 Inadequate']);
    const eif = read('ite-2020');
    expect(eif.sections.map((s) => s.id)).toEqual(['overall-effectiveness', 'quality-of-education-and-training', 'leadership-and-management']);
    expect(eif.gradeScale.map((g) => g.grade)).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
    expect(eif.text.openingQuestion).toBe('What is it like to be a trainee at this provider?');
  });
});
