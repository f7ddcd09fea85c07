import { describe, expect, it } from 'vitest';
import { expandShorthand, toReportSentences } from '../../src/draft/register.js';

const one = (line: string): string => toReportSentences(line).join(' ');

describe('expandShorthand', () => {
  it('expands note abbreviations into report words', () => {
    expect(expandShorthand('QA v. light')).toBe('quality assurance very light');
    expect(expandShorthand('L&M strong')).toBe('leadership and management strong');
    expect(expandShorthand('obs + mtgs w/ ECTs esp. in KS2')).toBe('observations and meetings with early career teachers especially in key stage 2');
    expect(expandShorthand('CPD for SLT re KCSIE')).toContain('professional development for senior leaders');
    expect(expandShorthand('12/12 files, 4/11 portfolios')).toBe('all 12 files, 4 of 11 portfolios');
  });

  it('leaves dates and ordinary words alone', () => {
    expect(expandShorthand('report dated 10/03/2024')).toBe('report dated 10/03/2024');
    expect(expandShorthand('several observations')).toBe('several observations');
  });
});

describe('toReportSentences', () => {
  it('gives verbless fragments a verb, in the present tense and third person', () => {
    expect(one('tutor visits each half-term but write-ups v. brief; no actions agreed')).toBe(
      'The tutor visits each half-term, but write-ups are very brief. No actions have been agreed.',
    );
    expect(one('safeguarding policy dated 2018')).toBe('The safeguarding policy is dated 2018.');
    expect(one('Mentors v. supportive and knowledgeable')).toBe('Mentors are very supportive and knowledgeable.');
    expect(one('Feedback on assignments detailed and quick (within 2 wks)')).toBe('Feedback on assignments is detailed and quick (within two weeks).');
    expect(one('attendance by school reps low')).toBe('Attendance by school representatives is low.');
  });

  it('turns counts, absences and the inspector\'s own actions into sentences', () => {
    expect(one('4 of 11 placement files incomplete')).toBe('Four of 11 placement files are incomplete.');
    expect(one('no minutes since spring')).toBe('There have been no minutes since spring.');
    expect(one('met 3 trainees + HT')).toBe('Inspectors met three trainees and headteacher.');
    expect(one('I saw 9 wks of records')).toBe('Inspectors saw nine weeks of records.');
  });

  it('reports an attributed quotation as reported speech in the third person', () => {
    expect(one('"I never know when my mentor is coming" - trainee, Cairo')).toBe('One trainee in Cairo said that they never know when their mentor is coming.');
  });

  it('keeps a quotation inside a line word for word', () => {
    expect(one('"You said, we did" page for trainees')).toContain('"You said, we did"');
  });

  it('leaves no note shorthand behind', () => {
    const text = one('QA v. weak esp. for ECTs; mtgs not minuted, obs w/o written fb');
    expect(text).not.toMatch(/\b(QA|v\.|esp\.|ECTs|mtgs|obs|w\/o|fb)\b/);
  });
});
