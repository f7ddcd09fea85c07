import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeFramework, parseFramework } from '../../src/frameworks/index.js';
import type { Framework, SourceInfo } from '../../src/schemas/index.js';

const samples = path.resolve(import.meta.dirname, '../../corpus/samples');
const toolkit = readFileSync(path.join(samples, 'frameworks/ite-inspection-toolkit-2025-consultation.txt'), 'utf8');
const ite2015 = readFileSync(path.join(samples, 'reports/ite-2015-loughborough-university-2018.txt'), 'utf8');
const source: SourceInfo = { file: 'toolkit.txt', hash: 'test', format: 'text', synthetic: false };

const theme = (fw: Framework, id: string) => fw.criteria.find((c) => c.id === id);
const level = (fw: Framework, id: string, grade: string) => theme(fw, id)?.levels.find((l) => l.grade === grade)?.text;
const diag = (fw: Framework, code: string) => fw.diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('ITE toolkit parsing', () => {
  it('recognises the toolkit, and not an ITE report', () => {
    expect(looksLikeFramework(toolkit)).toBe('ite-2025');
    expect(looksLikeFramework(ite2015)).toBeNull();
  });

  it('maps the consultation draft onto the final taxonomy: ids, printed scale, version, area diagnostic', () => {
    const fw = parseFramework(toolkit, source);
    expect(fw.version).toBe('2025-consultation');
    expect(fw.gradeScale.map((g) => [g.grade, g.label, g.standing])).toEqual([
      ['Exemplary', 'exceptional', 'above'],
      ['Strong', 'strong standard', 'above'],
      ['Secure', 'expected standard', 'meets'],
      ['Attention needed', 'needs attention', 'below'],
      ['Causing concern', 'urgent improvement', 'failing'],
    ]);
    expect(fw.sections.map((s) => s.id)).toEqual(['inclusion', 'curriculum-and-teaching', 'achievement', 'professional-behaviours-and-wellbeing', 'leadership', 'compliance']);
    const bySection = (s: string) => fw.criteria.filter((c) => c.section === s).length;
    expect([bySection('leadership'), bySection('inclusion'), bySection('curriculum-and-teaching'), bySection('achievement'), bySection('professional-behaviours-and-wellbeing'), bySection('compliance')]).toEqual([7, 2, 11, 3, 5, 2]);
    expect(diag(fw, 'framework-areas-differ')[0]).toMatch(/Curriculum → curriculum-and-teaching, Teaching → curriculum-and-teaching/);
    expect(fw.compliance).toEqual({ met: 'Met', notMet: 'Not met' });
  });

  it('recovers theme levels from the interleaved columns, including cells split across page breaks', () => {
    const fw = parseFramework(toolkit, source);
    // a theme whose attention-needed cell continues on the next page after a footnote
    expect(level(fw, 'leadership/governance-and-oversight', 'Attention needed')).toBe(
      "The support for and challenge to leaders from those responsible for governance do not have a positive enough impact on the provider's work. Their oversight relies too much on surface-level assurances.",
    );
    // a title sliced across three cells ("Track reco|rd of improvement/sustaining high|n standards")
    expect(level(fw, 'leadership/track-record', 'Secure')).toMatch(/^Leaders take effective, well-judged action to improve or sustain standards/);
    // a title held in bold inside another theme's cell
    expect(level(fw, 'curriculum-and-teaching/research', 'Secure')).toBe(
      'Leaders make sure that trainees engage with relevant, high-quality research when making professional decisions about teaching in their subject and phase.',
    );
    expect(level(fw, 'curriculum-and-teaching/subject-and-phase-curriculum', 'Attention needed')).toMatch(/enough time to teach, revisit or practise these components\.$/);
    // a row shifted one column left after a page break
    expect(level(fw, 'curriculum-and-teaching/safeguarding-curriculum', 'Secure')).toMatch(/'Working together to keep children safe' and the Prevent duty\. Trainees are taught to be curious/);
    expect(level(fw, 'curriculum-and-teaching/safeguarding-curriculum', 'Strong')).toMatch(/highly knowledgeable about their statutory responsibilities around safeguarding\.$/);
    // the untitled themes are found by their descriptors
    expect(level(fw, 'inclusion/inclusive-culture', 'Strong')).toMatch(/^Staff create a highly inclusive culture/);
    expect(level(fw, 'curriculum-and-teaching/curriculum-ambition-and-ittecf', 'Secure')).toMatch(/covers the full entitlement described in the ITTECF/);
    expect(diag(fw, 'framework-theme-title-missing')).toHaveLength(4);
    // the secure text is what the framework expects
    expect(theme(fw, 'achievement/outcomes')?.descriptors).toEqual([level(fw, 'achievement/outcomes', 'Secure')]);
    expect(theme(fw, 'leadership/professional-development-and-mentor-curriculum')?.keywords).toContain('mentor training');
  });

  it('keeps compliance met / not met, dropping the interleaved parts and saying so', () => {
    const fw = parseFramework(toolkit, source);
    const notMet = level(fw, 'compliance/compliance-and-safeguarding', 'Not met') ?? '';
    expect(notMet).toMatch(/^The provider does not make sure that its ITE programmes meet .* Leaders do not create a culture in which trainees feel and are safe\.$/);
    expect(level(fw, 'compliance/compliance-and-safeguarding', 'Met')).toMatch(/^The provider ensures that the curriculum for those studying ITE for FE and skills is fully aligned/);
    expect(level(fw, 'compliance/partnership-agreement-well-being', 'Met')).toMatch(/^Leaders make sure that the partnership agreement/);
    expect(diag(fw, 'framework-descriptor-garbled').join('\n')).toMatch(/Compliance and safeguarding: Met text is interleaved .* only its intact parts are kept/);
  });

  it('reports what the table does not let it recover rather than guessing', () => {
    const fw = parseFramework(toolkit, source);
    // interleaved secure cells are dropped, not kept as word salad
    expect(level(fw, 'leadership/working-in-partnership', 'Secure')).toBeUndefined();
    expect(level(fw, 'leadership/working-in-partnership', 'Strong')).toMatch(/^Leaders sustain strong and highly effective partnerships/);
    expect(diag(fw, 'framework-descriptor-garbled').join('\n')).toMatch(/Working in partnership: Secure/);
    // causing concern / exemplary run down the whole area: area text, never attributed to a theme
    expect(fw.criteria.every((c) => c.levels.every((l) => l.grade !== 'Causing concern' && l.grade !== 'Exemplary'))).toBe(true);
    expect(fw.text['leadership:Causing concern']).toMatch(/^Leadership is likely to be causing concern if one or more of the following applies\./);
    expect(diag(fw, 'framework-levels-unrecovered').filter((m) => /run down the whole table/.test(m))).toHaveLength(6);
    expect(diag(fw, 'framework-descriptor-truncated').join()).toMatch(/Assessment and feedback: Strong/);
    for (const c of fw.criteria) for (const l of c.levels) expect(l.text, `${c.id} ${l.grade}`).not.toMatch(/\b(?:colla|purpo|osefully|ensur|egard)\b/);
  });

  it('gives the same result when trailing empty cells were trimmed from each row', () => {
    const trimmed = toolkit
      .split('\n')
      .map((l) => l.replace(/[ \t]+$/, ''))
      .join('\n');
    expect(parseFramework(trimmed, source).criteria).toEqual(parseFramework(toolkit, source).criteria);
  });

  it('flattened onto one line: areas and theme titles only, with a diagnostic that levels are unrecoverable', () => {
    const flat = toolkit.replace(/\s+/g, ' ');
    expect(looksLikeFramework(flat)).toBe('ite-2025');
    const fw = parseFramework(flat, source);
    expect(fw.version).toBe('2025-consultation');
    expect(fw.criteria.length).toBeGreaterThan(12);
    expect(fw.criteria.every((c) => c.levels.length === 0 && c.descriptors.length === 0)).toBe(true);
    expect(theme(fw, 'leadership/governance-and-oversight')).toBeDefined();
    expect(diag(fw, 'framework-levels-unrecovered')[0]).toMatch(/no table cell boundaries/);
    expect(diag(fw, 'framework-theme-missing')).toHaveLength(1);
    // line breaks gone but tabs kept: still no rows, so the same reading
    expect(parseFramework(toolkit.replace(/\n+/g, ' '), source).criteria.map((c) => c.id)).toEqual(fw.criteria.map((c) => c.id));
  });

  it('reads a toolkit printed with the final scale and area names as the final version', () => {
    const final = toolkit
      .replace('# ITE inspection toolkit', '# ITE inspection toolkit\n\nSeptember 2025')
      .replaceAll('Causing concern\tAttention needed\tSecure\tStrong\tExemplary', 'Urgent improvement\tNeeds attention\tExpected standard\tStrong standard\tExceptional')
      .replace('## Curriculum\n', '## Curriculum, teaching and training\n');
    const fw = parseFramework(final, source);
    expect(fw.version).toBe('2025-09');
    expect(diag(fw, 'framework-areas-differ')).toEqual([]);
    expect(fw.gradeScale.map((g) => g.grade)).toEqual(['Exceptional', 'Strong standard', 'Expected standard', 'Needs attention', 'Urgent improvement']);
    expect(level(fw, 'leadership/governance-and-oversight', 'Needs attention')).toMatch(/surface-level assurances\.$/);
    expect(theme(fw, 'curriculum-and-teaching/purposeful-integration')?.levels.map((l) => l.grade)).toEqual(['Needs attention', 'Expected standard', 'Strong standard']);
  });
});
