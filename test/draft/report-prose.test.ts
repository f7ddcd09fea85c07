import { describe, expect, it } from 'vitest';
import { buildReportModel, defaultTemplatesDir } from '../../src/draft/index.js';
import { isVerbless, repairFragment, resolvePronouns, toReportSentences } from '../../src/draft/register.js';
import { framingSentence, loadTopics, topicFromTitle } from '../../src/draft/topics.js';
import { safeText } from '../../src/draft/write-draft.js';
import { loadFramework } from '../../src/frameworks/index.js';
import { ReportModel, type DraftParagraph } from '../../src/schemas/index.js';
import { obs } from './fixtures/make.js';

/**
 * Report prose rules, on note lines written for these tests (a fictional secondary SCITT in
 * Oman and Kenya), not the sample notes: judgement-first openings, fragments mended or flagged,
 * context kept out, no point made twice, orphaned pronouns named, small numbers in words.
 */
const iqts = await loadFramework('iqts');
const topics = loadTopics('iqts', defaultTemplatesDir());
const details = { provider: 'Harbourside SCITT', dates: ['2026-05-04'], redact: safeText, topics };
const one = (line: string): string => toReportSentences(line).join(' ');
const L = 'leadership-and-management';
const P = 'programme-design-and-delivery';

const notes = [
  obs(3, 'context', L, 'LM2.6', 'met QA lead + 2 link tutors', 0.7, 'Mon - call w/ leadership team'),
  obs(4, 'context', L, 'LM2.6', 'sampled 12 link tutor visit reports', 0.7, 'Mon - call w/ leadership team'),
  obs(5, 'strength', L, 'LM2.6', 'link tutors visit each trainee twice a term, reports uploaded within a wk', 0.82, 'Mon - call w/ leadership team'),
  obs(6, 'improvement', L, 'LM2.6', '5 of 12 visit reports have no targets', 0.84, 'Mon - call w/ leadership team'),
  obs(8, 'improvement', L, 'LM3.5', 'mentor survey returned by 3 of 14 schools', 0.8, 'Tues - documents'),
  obs(9, 'improvement', P, 'PD2.11', '3 of 14 schools returned the mentor survey', 0.71, 'Tues - documents'),
  obs(12, 'strength', P, 'PD2.9', 'live sessions repeated at 2 times each week - none missed a session', 0.86, 'Wed - trainee focus group (7 trainees, Muscat and Nairobi)'),
  obs(13, 'strength', P, 'PD2.3', 'sessions well planned, draw on cognitive science', 0.83, 'Wed - trainee focus group (7 trainees, Muscat and Nairobi)'),
  obs(14, 'strength', P, 'PD2.3', 'reading lists up to date, trainees use them', 0.8, 'Wed - trainee focus group (7 trainees, Muscat and Nairobi)'),
  obs(15, 'strength', P, 'PD2.3', 'trainees explain retrieval practice confidently', 0.78, 'Wed - trainee focus group (7 trainees, Muscat and Nairobi)'),
  obs(17, 'strength', L, 'LM1.3', 'overseas police certs + enhanced DBS checked for every trainee before the first placement', 0.88, 'Tues - documents'),
  obs(19, 'strength', P, 'PD2.12', 'strong subject knowledge, precise explanations', 0.75, 'Thurs - lesson visit, Nairobi'),
];

const model = buildReportModel(notes, iqts, details);
const paragraphs = model.sections.flatMap((section) => section.paragraphs);
const paragraph = (id: string): DraftParagraph | undefined => paragraphs.find((p) => p.criterion.id === id);

describe('judgement-first paragraphs', () => {
  it('opens on a verdict from the balance of findings, marked as framing and explained in the comment', () => {
    const qa = paragraph('LM2.6')!;
    expect(qa.segments[0]).toMatchObject({ text: 'Quality assurance of training and placements is not consistently robust.', framing: true });
    expect(qa.text).toMatch(/robust\. Link tutors visit each trainee twice a term.*However, five of 12 visit reports have no targets\./);
    expect(model.comments[qa.commentId]!.lines.join(' ')).toMatch(/Opening sentence drafted from the balance of findings \(1 strength, 1 for improvement\).*confirm/);
    expect(paragraph('PD2.3')!.segments[0]!.text).toBe('The central training programme is a strength of the programme.');
    expect(paragraph('LM3.5')!.segments[0]!.text).toBe('Mechanisms for obtaining feedback from partnership members are not sufficiently developed.');
    expect(ReportModel.safeParse(model).success).toBe(true);
  });

  it('words the verdict by balance, in measured report terms', () => {
    const topic = { topic: 'Mentor training', plural: false };
    const whole = { whole: 'programme', compliance: false };
    expect(framingSentence(topic, { strengths: 2, improvements: 0 }, whole)).toBe('Mentor training is effective.');
    expect(framingSentence(topic, { strengths: 3, improvements: 1 }, whole)).toBe('Mentor training is largely effective.');
    expect(framingSentence(topic, { strengths: 1, improvements: 2 }, whole)).toBe('Mentor training is not consistently effective.');
    expect(framingSentence({ topic: 'Suitability checks', plural: true }, { strengths: 0, improvements: 1 }, { ...whole, compliance: true })).toBe(
      'Suitability checks do not fully meet the criteria.',
    );
    expect(topicFromTitle('Robust recruitment and selection')).toEqual({ topic: 'Recruitment and selection', plural: true, good: 'robust' });
    expect(topicFromTitle("Trainees' progress")).toBeNull();
  });

  it('adds no framing where the evidence already opens on the verdict', () => {
    const m = buildReportModel([obs(2, 'strength', L, 'LM1.1', 'course handbook clear and accurate - fees, dates, placement expectations', 0.9)], iqts, details);
    const p = m.sections.flatMap((s) => s.paragraphs)[0]!;
    expect(p.segments.some((s) => s.framing)).toBe(false);
    expect(p.text).toBe('The course handbook is clear and accurate: fees, dates and placement expectations.');
  });
});

describe('context, duplicates, pronouns', () => {
  it('keeps who-was-met and what-was-sampled lines out of judgement paragraphs', () => {
    const text = paragraphs.map((p) => p.text).join(' ');
    expect(text).not.toMatch(/Inspectors met|sampled 12/i);
  });

  it('keeps a context count that is the evidence for the paragraph’s judgement', () => {
    const m = buildReportModel(
      [
        obs(1, 'context', L, 'LM2.3', 'assessment records checked for 9 trainees', 0.7),
        obs(2, 'improvement', L, 'LM2.3', 'assessment records incomplete for 4 trainees', 0.8),
      ],
      iqts,
      details,
    );
    expect(m.sections.flatMap((s) => s.paragraphs)[0]!.text).toMatch(/nine trainees/);
  });

  it('makes no point twice anywhere in the report', () => {
    const survey = paragraphs.filter((p) => /mentor survey/i.test(p.text));
    expect(survey).toHaveLength(1);
    expect(paragraph('PD2.11')).toBeUndefined();
    // The paragraph numbers still run on without a gap.
    expect(paragraphs.map((p) => p.number)).toEqual(paragraphs.map((_, i) => i + 1));
  });

  it('says a contrast line once: the shortfall takes the strength’s subject as a pronoun', () => {
    const m = buildReportModel(
      [
        obs(5, 'strength', L, 'LM3.8', 'moderator report 2025 positive', 0.85),
        obs(5, 'improvement', L, 'LM3.8', 'recommends more sampling of school-based grades', 0.85),
      ],
      iqts,
      details,
    );
    const text = m.sections.flatMap((s) => s.paragraphs)[0]!.text;
    expect(text).toMatch(/The moderator report 2025 is positive\. However, it recommends more sampling of school-based grades\.$/);
    expect(text.match(/positive/g)).toHaveLength(1);
  });

  it('names the heading’s group for a pronoun that pointed at it', () => {
    expect(paragraph('PD2.9')!.text).toMatch(/None of the trainees missed a session\./);
    expect(resolvePronouns('All said the handbook helped.', 'Focus group with mentors (5)').text).toBe('All mentors said the handbook helped.');
    expect(resolvePronouns('Any of them could name their link tutor.', 'Wed - trainee panel').text).toBe('Any of the trainees could name their link tutor.');
    expect(resolvePronouns('Four of nine had not met their link tutor.', 'Thurs - call with trainees in Nairobi').text).toBe(
      'Four of the nine trainees had not met their link tutor.',
    );
    expect(resolvePronouns('Two of nine had not met their link tutor.', null).dangling).toBe(true);
    const orphan = resolvePronouns('They said the handbook helped.', null);
    expect(orphan.dangling).toBe(true);
  });
});

describe('fragments', () => {
  it('detects a sentence with no verb', () => {
    expect(isVerbless('Strong subject knowledge, precise explanations.')).toBe(true);
    expect(isVerbless('Induction pack for every new mentor.')).toBe(true);
    expect(isVerbless('Mentors value the weekly bulletin.')).toBe(false);
    expect(isVerbless('There is an induction pack for every new mentor.')).toBe(false);
  });

  it('mends a fragment with form words only where the grammar allows', () => {
    expect(repairFragment('Moderation meetings half-termly.').text).toBe('Moderation meetings take place half-termly.');
    expect(repairFragment('Induction pack for every new mentor.').text).toBe('There is an induction pack for every new mentor.');
    expect(repairFragment('Phonics audit in the first week, repeated at the end of term, extra sessions for three trainees.').text).toBe(
      'There is a phonics audit in the first week, repeated at the end of term, and extra sessions for three trainees.',
    );
    expect(repairFragment('Placement coordinator approachable.').text).toBe('The placement coordinator is approachable.');
    expect(repairFragment('No induction any of the mentors could describe.').text).toBe('There is no induction that any of the mentors could describe.');
  });

  it('counts a numbered noun phrase as plural and leaves a bare share of a count flagged', () => {
    expect(repairFragment('Three Omani schools still awaiting the revised agreement.').text).toBe('There are three Omani schools still awaiting the revised agreement.');
    expect(repairFragment('Only four of 15 mentors at the briefing.').fragment).toBe(true);
    expect(one('no joint obs in Kenya this term')).toBe('There are no joint observations in Kenya this term.');
  });

  it('never puts "There is" before a clause with a verb hiding in it', () => {
    expect(repairFragment('One tutor covers physics and chemistry, no chemistry degree.').text).not.toMatch(/^There/);
    expect(repairFragment('Steering group chair challenges leaders on retention data.').text).not.toMatch(/^There/);
    expect(repairFragment('The pastoral lead for every trainee in the Muscat hub.').text).not.toMatch(/^There/);
    expect(isVerbless("Trainees couldn't name the designated safeguarding lead.")).toBe(false);
  });

  it('puts the copula before a closing evaluation, after its adverbs', () => {
    expect(repairFragment('Enhanced DBS for one trainee in the spring cohort still outstanding.').text).toBe(
      'The enhanced DBS for one trainee in the spring cohort is still outstanding.',
    );
  });

  it('does not turn a past-tense action into a passive', () => {
    expect(one('tutor feedback prompt, trainees rehearsed the routine in pairs')).toBe('Tutor feedback is prompt, trainees rehearsed the routine in pairs.');
  });

  it('keeps the capital on a nationality after "However,"', () => {
    const m = buildReportModel(
      [
        obs(1, 'strength', P, 'PD2.9', 'live sessions recorded for every time zone', 0.8),
        obs(2, 'improvement', P, 'PD2.9', 'Omani trainees miss the live Q&A every week', 0.8),
      ],
      iqts,
      details,
    );
    expect(m.sections.flatMap((s) => s.paragraphs)[0]!.text).toMatch(/However, Omani trainees miss/);
  });

  it('flags a fragment it cannot mend without guessing, rather than printing it as a sentence', () => {
    expect(repairFragment('Strong subject knowledge, precise explanations.')).toEqual({ text: 'Strong subject knowledge, precise explanations.', fragment: true });
    const p = paragraph('PD2.12')!;
    expect(p.segments.find((s) => /precise explanations/.test(s.text))!.low).toBe(true);
    expect(p.lowConfidence).toBe(true);
    expect(model.comments[p.commentId]!.lines.join(' ')).toMatch(/no verb/);
  });

  it('joins a verbless list to the statement it details', () => {
    expect(one('website clear and accurate - fees, term dates, visa guidance')).toBe('The website is clear and accurate: fees, term dates and visa guidance.');
  });

  it('joins comma-strung clauses as report predicates, without touching lists', () => {
    expect(one('induction sessions v. practical, build on the handbook')).toBe('Induction sessions are very practical and build on the handbook.');
    expect(one('tutor feedback prompt, targets recorded on the tracker')).toBe('Tutor feedback is prompt, and targets are recorded on the tracker.');
    expect(one('lessons timetabled so every trainee observed twice')).toBe('Lessons are timetabled so every trainee is observed twice.');
    expect(one('records complete, all signed by the headteacher')).toBe('Records are complete, all signed by the headteacher.');
    expect(one('link tutor v. responsive, fortnightly calls recorded in the log')).toBe('The link tutor is very responsive, and fortnightly calls are recorded in the log.');
  });

  it('treats a frequency as an adverb, so a bare participle gets its copula', () => {
    expect(one('registers checked daily, gaps chased the same week')).toBe('Registers are checked daily, and gaps are chased the same week.');
  });

  it('gives the subject back to the second side of a contrast', () => {
    expect(one('targets set after every lesson but often vague')).toBe('Targets are set after every lesson, but they are often vague.');
  });
});

describe('numbers', () => {
  it('writes one to nine in words and leaves larger numbers, years, percentages and ages alone', () => {
    expect(one('5 of 12 visit reports have no targets')).toBe('Five of 12 visit reports have no targets.');
    expect(one('mentor survey returned by 3 of 14 schools')).toBe('The mentor survey is returned by three of 14 schools.');
    expect(one('completion 92% in 2025, trainees aged 5 to 11 in Year 3')).toContain('92% in 2025');
    expect(one('age range 5-11 covered')).toContain('5-11');
  });

  it('says "has not been" for a state since a past time', () => {
    expect(one('mentor handbook not updated since 2023')).toBe('The mentor handbook has not been updated since 2023.');
  });
});
