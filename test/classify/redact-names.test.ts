import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPersonalNames, redactNames } from '../../src/classify/index.js';

describe('redactNames', () => {
  it('replaces trainees, mentors and staff by their role', () => {
    const cases: Array<[string, string]> = [
      ['trainee Amira Khan taught a strong lesson', 'A trainee taught a strong lesson'],
      ['Mrs Lloyd walked me through the tracker', 'A member of staff walked me through the tracker'],
      ['met Prof. Ian Marsh, programme director, on Tuesday', 'met the programme director, on Tuesday'],
      ['feedback from mentor Tom was precise', 'feedback from a mentor was precise'],
      ['HT Mrs Chen v positive about the partnership', 'The HT v positive about the partnership'],
      ['Mentor (Mr Rashid) v. knowledgeable', 'Mentor v. knowledgeable'],
      ['K. Adeyemi (link tutor) visits each half-term', 'A link tutor visits each half-term'],
      ['support plan for trainee Priya Okonkwo-Smith agreed', 'support plan for a trainee agreed'],
      ['Ms Wiśniewska (mentor) v. supportive', 'A mentor v. supportive'],
      ['trainee Łukasz Nowak taught well', 'A trainee taught well'],
      ['mentor JT gave feedback', 'A mentor gave feedback'],
      ['spoke to Adaeze (SENCO) about referrals', 'spoke to the SENCO about referrals'],
      ['KA (trainee) struggling with behaviour', 'A trainee struggling with behaviour'],
    ];
    for (const [input, expected] of cases) expect(redactNames(input).text).toBe(expected);
    // A role opening a line is not part of a title-case name that ended the line before.
    expect(redactNames('same team as the PGCE\nProgramme director Mr Adebayo Oyelaran in post').text).toBe('same team as the PGCE\nThe programme director in post');
  });

  it('remembers a role given once for later mentions, including hyphenated and bracketed names', () => {
    const text = [
      'Link tutor Siobhan O\'Neill-Barrett praised by all - "Siobhan actually answers at 10pm"',
      'Trainee at risk (Jun-seo Park) - support plan in place',
      'Wanjiru (Nairobi) flagged as struggling in Nov',
      'obs of Ben (Y10 physics) - v. confident',
    ].join('\n');
    const { text: out, names } = redactNames(text);
    for (const name of ['Siobhan', "O'Neill-Barrett", 'Jun-seo', 'Park', 'Wanjiru', 'Ben']) expect(out).not.toContain(name);
    expect(out.split('\n')).toHaveLength(4);
    expect(out).toContain('"The link tutor actually answers at 10pm"');
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves schools, universities, places, the provider and domain terms alone', () => {
    const text = [
      'visited St Mary\'s Primary School and Oakfield Academy, Leicester',
      'University of Derby partnership with Castle Rock High School',
      'trainees know Keeping Children Safe in Education and the Teachers\' Standards',
      'Kuala Lumpur partner school (Sri Cempaka Intl); QA by the SCITT',
    ].join('\n');
    expect(redactNames(text).text).toBe(text);
    expect(findPersonalNames(text)).toEqual([]);
  });

  it('does not flag the prose of a published report', () => {
    for (const file of ['reports/iqts-university-of-derby-2024.txt', 'frameworks/iqts-pilot-inspection-framework-2023.txt', 'frameworks/ite-inspection-toolkit-2025-consultation.txt']) {
      const text = readFileSync(new URL(`../../corpus/samples/${file}`, import.meta.url), 'utf8');
      expect([file, findPersonalNames(text)]).toEqual([file, []]);
    }
    // An Ofsted report names its inspectors: those are people, and are found.
    const ofsted = readFileSync(new URL('../../corpus/samples/reports/ite-2015-loughborough-university-2018.txt', import.meta.url), 'utf8');
    expect(findPersonalNames(ofsted)).toEqual(['Simon Hollingsworth', 'Deborah Mosley']);
  });
});
