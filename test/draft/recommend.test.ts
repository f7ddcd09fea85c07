import { describe, expect, it } from 'vitest';
import { buildReportModel, defaultTemplatesDir } from '../../src/draft/index.js';
import { positivePredicate, recommendationFor, shortfallClause, splitContrast } from '../../src/draft/recommend.js';
import { loadTopics } from '../../src/draft/topics.js';
import { safeText } from '../../src/draft/write-draft.js';
import { loadFramework } from '../../src/frameworks/index.js';
import { obs } from './fixtures/make.js';

/**
 * Recommendations, summary areas and contrast sentences, on note lines written for these tests
 * (a fictional early years partnership), not the sample notes.
 */
const ite = await loadFramework('ite-2025');
const iqts = await loadFramework('iqts');
const topic = { topic: 'Assessment and feedback', plural: true };

describe('recommendationFor', () => {
  it('turns a negated finding into what leaders should make sure of, from its own predicate', () => {
    expect(recommendationFor('Placement tutors do not always check the reading logs.')).toBe('Leaders should make sure that placement tutors check the reading logs.');
    expect(recommendationFor('Several trainees could not describe the graduated approach.', topic)).toBe(
      'Leaders should make sure that several trainees can describe the graduated approach.',
    );
    expect(positivePredicate('Attendance at twilight sessions is not recorded')).toBe('attendance at twilight sessions is recorded');
  });

  it('does not transform a predicate it cannot transform safely', () => {
    // A second clause after the negation would be carried into the demand unchanged.
    expect(positivePredicate('Mentors do not attend, and the hub has no cover')).toBeNull();
    expect(positivePredicate('She did not know the policy')).toBeNull();
  });

  it('phrases from the area when there is no predicate to turn, without repeating a finding that is no shortfall', () => {
    expect(recommendationFor('Trainees enjoy the weekly phonics workshop.', topic)).toBe('Leaders should ensure that assessment and feedback improve.');
    expect(recommendationFor('Feedback varies between the two hubs.', topic)).toBe(
      'Leaders should ensure that assessment and feedback are consistent. The inspection found that feedback varies between the two hubs.',
    );
    expect(recommendationFor('Feedback varies between the two hubs.')).toBe('Leaders should address: feedback varies between the two hubs.');
    expect(recommendationFor('Trainees enjoy the weekly phonics workshop.')).not.toMatch(/finding that/);
  });
});

describe('shortfallClause and splitContrast', () => {
  it('keeps the clause that carries the shortfall, with a subject', () => {
    expect(shortfallClause('The moderation log is thorough, but omits two of the five hubs.')).toBe('The moderation log omits two of the five hubs.');
    expect(shortfallClause('Reading logs are checked weekly, but they are rarely annotated by mentors.')).toBe('Reading logs are rarely annotated by mentors.');
    expect(shortfallClause('Although the handbook is clear, no mentor at the coastal hub had read it.')).toBe('No mentor at the coastal hub had read it.');
    expect(shortfallClause('Induction is not tracked, although trainees value it.')).toBe('Induction is not tracked.');
    expect(shortfallClause('Reading logs are checked weekly.')).toBe('Reading logs are checked weekly.');
  });

  it('splits a "but" sentence instead of stacking a second contrast on it', () => {
    expect(splitContrast('Reading logs are checked each week, but mostly unsigned.')).toEqual(['Reading logs are checked each week.', 'However, they are mostly unsigned.']);
    expect(splitContrast('Reading logs are checked each week.')).toBeNull();
  });
});

describe('in the drafted report', () => {
  it('ITE 2025: recommendations are phrased as actions, never "address the finding that <note>"', () => {
    const m = buildReportModel(
      [
        obs(4, 'strength', 'curriculum-and-teaching', 'curriculum-and-teaching/assessment-and-feedback', 'mentor feedback on early reading lessons is specific', 0.8),
        obs(5, 'improvement', 'curriculum-and-teaching', 'curriculum-and-teaching/assessment-and-feedback', 'mentors do not always set precise targets', 0.8),
        obs(7, 'improvement', 'professional-behaviours-and-wellbeing', 'professional-behaviours-and-wellbeing/pastoral-support-and-well-being', 'trainees chat to the hub lead most weeks', 0.6),
      ],
      ite,
      { provider: 'Meadowbank Early Years Partnership', dates: ['2026-06-01'], redact: safeText, topics: loadTopics('ite-2025', defaultTemplatesDir()) },
    );
    const recommendations = m.sections.flatMap((s) => s.recommendations.map((r) => r.text));
    expect(recommendations).toContain('Leaders should make sure that mentors set precise targets.');
    expect(recommendations).toContain('Leaders should ensure that pastoral support for trainees improves.');
    expect(recommendations.join(' ')).not.toMatch(/finding that|chat to the hub lead/);
  });

  it('iQTS: a summary area holds only the shortfall; a paragraph has one contrast per sentence', () => {
    const m = buildReportModel(
      [
        obs(3, 'strength', 'leadership-and-management', 'LM3.5', 'mentor handbook is clear', 0.8),
        obs(4, 'improvement', 'leadership-and-management', 'LM3.5', 'moderation log is thorough but omits 2 of the 5 hubs', 0.8),
        obs(8, 'strength', 'programme-design-and-delivery', 'PD2.3', 'sessions are well sequenced', 0.8),
        obs(9, 'improvement', 'programme-design-and-delivery', 'PD2.3', 'reading logs are checked each week, but mostly unsigned', 0.8),
      ],
      iqts,
      { provider: 'Meadowbank Early Years Partnership', dates: ['2026-06-01'], redact: safeText, topics: loadTopics('iqts', defaultTemplatesDir()) },
    );
    const areas = m.improvements.map((p) => p.text);
    expect(areas.some((a) => /^(?:The m|M)oderation log omits two of the five hubs\.$/.test(a))).toBe(true);
    expect(areas.join(' ')).not.toMatch(/thorough/);
    const text = m.sections.flatMap((s) => s.paragraphs).map((p) => p.text).join(' ');
    expect(text).not.toMatch(/However, [^.]*\bbut\b/);
    expect(text).toMatch(/Reading logs are checked each week\. However, they are mostly unsigned\./);
  });
});

describe('areas for improvement cover every paragraph judged weak', () => {
  it('keeps to the cap, merging the weak paragraphs left over into one point per section from their own verdicts', () => {
    const L = 'leadership-and-management';
    const lines = [
      ['LM1.1', 'no record of why 3 applicants were declined'],
      ['LM1.2', 'interview panel has no trained member at the coastal hub'],
      ['LM2.1', 'hub leads do not meet'],
      ['LM2.2', 'placement allocation emails sent the day before'],
      ['LM2.3', 'no written agreement with 4 of 9 settings'],
      ['LM2.4', 'trainee survey not analysed since 2024'],
      ['LM2.5', 'mentor release time not agreed with settings'],
      ['LM2.6', 'link visits missed for 5 trainees this term'],
      ['LM3.1', 'risk register last reviewed 18 months ago'],
    ] as const;
    const m = buildReportModel(
      lines.map(([id, text], i) => obs(10 + i, 'improvement', L, id, text, 0.8)),
      iqts,
      { provider: 'Meadowbank Early Years Partnership', dates: ['2026-06-01'], redact: safeText, topics: loadTopics('iqts', defaultTemplatesDir()) },
    );
    const weak = m.sections.flatMap((s) => s.paragraphs).filter((p) => p.segments[0]?.framing && /\bnot sufficiently\b/.test(p.segments[0].text));
    expect(weak.length).toBeGreaterThan(6);
    expect(m.improvements.length).toBeLessThanOrEqual(6);
    for (const p of weak) expect(m.improvements.some((point) => point.criteria.includes(p.criterion.id))).toBe(true);
    const merged = m.improvements.find((point) => point.criteria.length > 1 && / are not sufficiently developed\.$/.test(point.text))!;
    expect(merged).toBeDefined();
    // Every subject in the merged point is a paragraph's own opening subject.
    for (const id of merged.criteria) {
      const opening = weak.find((p) => p.criterion.id === id)!.segments[0]!.text.replace(/ (is|are) not sufficiently developed\.$/, '');
      expect(merged.text.toLowerCase()).toContain(opening.toLowerCase());
    }
  });
});
