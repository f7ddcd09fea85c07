import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/draft/index.js';
import { safeText } from '../../src/draft/write-draft.js';
import { loadFramework } from '../../src/frameworks/index.js';
import { ReportModel } from '../../src/schemas/index.js';
import { iqtsObservations, plantedNames } from './fixtures/iqts-observations.js';
import { iteObservations } from './fixtures/ite-2025-observations.js';
import { obs } from './fixtures/make.js';

const iqts = await loadFramework('iqts');
const ite = await loadFramework('ite-2025');
const details = { provider: 'Northbridge University', dates: ['2026-03-12', '2026-03-09'], redact: safeText };

describe('buildReportModel (iQTS)', () => {
  const model = buildReportModel(iqtsObservations, iqts, details);

  it('is a valid ReportModel', () => {
    expect(ReportModel.safeParse(model).success).toBe(true);
    expect(model.datesText).toBe('9 to 12 March 2026');
    expect(model.datesSentence).toBe('between 9 and 12 March 2026');
  });

  it('numbers paragraphs continuously from one section into the next', () => {
    const numbers = model.sections.flatMap((section) => section.paragraphs.map((p) => p.number));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const lm = model.sections.find((s) => s.id === 'leadership-and-management')!;
    const pdd = model.sections.find((s) => s.id === 'programme-design-and-delivery')!;
    expect(pdd.paragraphs[0]!.number).toBe(lm.paragraphs.at(-1)!.number + 1);
  });

  it('groups observations by criterion, strengths first, the shortfall introduced with "However"', () => {
    const lm25 = model.sections.flatMap((s) => s.paragraphs).find((p) => p.criterion.id === 'LM2.5')!;
    expect(lm25.polarity).toBe('mixed');
    expect(lm25.text).toMatch(/However, mentor training is limited/);
    expect(lm25.text.indexOf('knowledgeable')).toBeLessThan(lm25.text.indexOf('However'));
    expect(lm25.sources.map((s) => s.line).sort()).toEqual([13, 20]);
  });

  it('sums up a strength by what was found, not by the activity that found it', () => {
    const observed = buildReportModel(
      [
        obs(19, 'strength', 'programme-design-and-delivery', 'PD2.4', 'obs of a trainee (Y3 maths) - secure subj knowledge, good questioning', 0.9),
        obs(30, 'improvement', 'leadership-and-management', 'LM2.5', 'mentor training limited, 11 of 24 done'),
      ],
      iqts,
      details,
    );
    expect(observed.strengths[0]!.text).toMatch(/secure subject knowledge/i);
  });

  it('merges related areas for improvement so none is listed twice', () => {
    const mentorPoints = model.improvements.filter((p) => /mentor/i.test(p.text) && p.criteria.some((id) => id === 'LM2.5' || id === 'PD2.10'));
    expect(mentorPoints).toHaveLength(1);
    expect(mentorPoints[0]!.criteria).toEqual(expect.arrayContaining(['LM2.5', 'PD2.10']));
    expect(mentorPoints[0]!.text).toMatch(/^Mentor training is not sufficiently developed to support trainees/);
  });

  it('judges compliance from compliance shortfalls and suggests the grade the framework ties to it', () => {
    expect(model.compliance.status).toBe('not-met');
    expect(model.overallGrade?.label).toBe('Grade 4');
    expect(model.comments[model.overallGrade!.commentId]!.lines.join(' ')).toMatch(/suggestion for the inspector's judgement/);
  });

  it('suggests a grade from the descriptors when compliance is met', () => {
    const compliant = buildReportModel(iqtsObservations.filter((o) => o.criterion.id !== 'C2.4'), iqts, details);
    expect(compliant.compliance.status).toBe('met');
    expect(compliant.overallGrade?.label).toBe('Grade 3');
  });

  it('traces every paragraph and summary point to note lines, criterion and confidence — without note text', () => {
    const items = [...model.sections.flatMap((s) => s.paragraphs), ...model.strengths, ...model.improvements];
    for (const item of items) {
      const comment = model.comments[item.commentId]!.lines.join(' ');
      expect(comment).toMatch(/notes\.md:\d+/);
      expect(comment).toMatch(/confidence/i);
      expect(comment).not.toMatch(/knowledgeable|webinar|Rosenshine/);
    }
  });

  it('flags low-confidence observations', () => {
    const lm32 = model.sections.flatMap((s) => s.paragraphs).find((p) => p.criterion.id === 'LM3.2')!;
    expect(lm32.lowConfidence).toBe(true);
    expect(lm32.segments.some((segment) => segment.low)).toBe(true);
    expect(model.comments[lm32.commentId]!.lines.join(' ')).toMatch(/LOW/);
  });

  it('lists countries and activities the notes name, and nothing else', () => {
    expect(model.provider_info.countries).toEqual(['Spain', 'Qatar', 'Thailand']);
    expect(model.activities.remote.map((a) => a.text)).toContain('initial meeting with iQTS team (Teams)');
    expect(model.activities.inPerson.map((a) => a.text)).toContain('visit to placement school, Madrid (in person)');
    // "met HT, a mentor + 2 trainees" is what inspectors did, so it is an activity, not a judgement.
    expect(model.activities.inPerson.map((a) => a.text)).toContain('met headteacher, a mentor and two trainees');
  });

  it('keeps planted names out of every string, comments included', () => {
    const json = JSON.stringify(model);
    for (const name of plantedNames) expect(json).not.toContain(name);
  });

  it('refuses notes with no judgement at all', () => {
    expect(() => buildReportModel([obs(1, 'context', 'compliance', 'C1.1', 'met the team')], iqts, details)).toThrow(
      expect.objectContaining({ code: 'no-observations' }),
    );
  });
});

describe('buildReportModel (ITE toolkit 2025)', () => {
  const model = buildReportModel(iteObservations, ite, { ...details, provider: 'Riverside Teacher Training Partnership' });

  it('grades each evaluation area on the toolkit scale and gives no overall grade', () => {
    expect(model.overallGrade).toBeNull();
    const graded = model.sections.filter((s) => s.grade);
    expect(graded.map((s) => s.id)).toEqual(['inclusion', 'curriculum-and-teaching', 'achievement', 'professional-behaviours-and-wellbeing', 'leadership']);
    const labels = ite.gradeScale.map((level) => level.label.toLowerCase());
    for (const section of graded) expect(labels).toContain(section.grade!.label.toLowerCase());
    expect(model.sections.find((s) => s.id === 'achievement')!.grade!.standing).not.toBe('failing');
  });

  it('recommends action only where an area falls short', () => {
    const inclusion = model.sections.find((s) => s.id === 'inclusion')!;
    expect(inclusion.recommendations).toHaveLength(1);
    expect(inclusion.recommendations[0]!.text).toMatch(/^Leaders should/);
    expect(model.sections.find((s) => s.id === 'achievement')!.recommendations).toHaveLength(0);
  });

  it('judges compliance met when no shortfall is noted', () => {
    expect(model.compliance.status).toBe('met');
    expect(model.compliance.statement).toBe(ite.compliance!.met);
  });
});
