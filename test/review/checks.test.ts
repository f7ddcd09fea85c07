// The individual checks on small reports built in code, one framework rule at a time.
import { describe, expect, it } from 'vitest';
import { createReviewContext } from '../../src/review/default-context.js';
import { placeGrade, reviewReports } from '../../src/review/index.js';
import { loadFrameworkSync } from '../../src/frameworks/index.js';
import { Report, type Finding, type FrameworkId } from '../../src/schemas/index.js';

const STRONG = [
  'Leaders have an accurate understanding of the strengths of the programme and act on it effectively.',
  'The curriculum is carefully sequenced and helps trainees build secure subject knowledge.',
  'Mentors give precise, helpful feedback that helps trainees improve their teaching quickly.',
  'Trainees receive thorough training in managing behaviour, which they apply well in school.',
  'Assessment of trainees is accurate and moderation confirms the judgements made.',
  'Safeguarding training is comprehensive and trainees know how to act on a concern.',
];
const WEAK = [
  'Mentor training is underdeveloped, and mentors do not always understand the curriculum trainees follow.',
  'Leaders do not check the quality of school placements well enough, so weak mentoring is not identified.',
  'Trainees receive too little training in early reading, and their phonics knowledge is insecure.',
  'Targets set for trainees are not precise enough to help them improve their practice.',
  'Quality assurance of the programme is inconsistent and leaders lack an accurate view of its weaknesses.',
  'Trainees do not receive sufficient training on adaptive teaching for pupils with SEND.',
];

function build(framework: FrameworkId, fields: Partial<Report> & { texts?: Array<[string, string]> }): Report {
  const { texts = [], ...rest } = fields;
  return Report.parse({
    kind: 'report',
    framework,
    provider: 'Test Provider',
    inspectionDates: ['2025-01-10'],
    phases: [],
    grades: [],
    strengths: [],
    areasForImprovement: [],
    paragraphs: texts.map(([section, text], i) => ({ number: i + 1, section, text })),
    source: { file: 'test.txt', hash: 'x', format: 'text' },
    ...rest,
  });
}

const review = (report: Report, others: Report[] = []) => reviewReports([report, ...others], createReviewContext());
const kinds = (findings: Finding[], kind: string) => findings.filter((f) => f.kind === kind && f.file === 'test.txt');

describe('placeGrade', () => {
  it('places grades as printed on each framework scale', () => {
    expect(placeGrade('Grade 3', loadFrameworkSync('iqts'))?.rank).toBe(2);
    expect(placeGrade('1', loadFrameworkSync('ite-2015'))?.level.label).toBe('Outstanding');
    expect(placeGrade('Requires improvement', loadFrameworkSync('ite-2020'))?.level.standing).toBe('below');
    expect(placeGrade('Needs attention', loadFrameworkSync('ite-2025'))?.level.standing).toBe('below');
    expect(placeGrade('Grade 9', loadFrameworkSync('iqts'))).toBeUndefined();
  });
});

describe('grade against narrative', () => {
  it('flags an ITE 2015 outstanding judgement whose paragraphs are mostly weaknesses as an error', () => {
    const report = build('ite-2015', {
      grades: [{ judgement: 'Overall effectiveness', phase: null, grade: '1' }],
      overallGrade: '1',
      strengths: ['Leaders have an accurate understanding of the programme.'],
      areasForImprovement: ['Improve mentor training.', 'Improve quality assurance of placements.'],
      texts: [...WEAK.slice(0, 5), STRONG[0], STRONG[1]].map((t) => ['Inspection judgements', t] as [string, string]),
    });
    const grade = kinds(review(report), 'grade-narrative');
    expect(grade.map((f) => f.severity)).toEqual(['error']);
    expect(grade[0].message).toMatch(/Outstanding is the top grade.*5 of 7 judged paragraphs are mostly weaknesses/);
  });

  it('flags an iQTS grade 3 with no area for improvement anywhere', () => {
    const report = build('iqts', {
      grades: [{ judgement: 'Overall grade', phase: null, grade: 'Grade 3' }],
      compliance: 'The provider is compliant with the iQTS criteria.',
      strengths: ['The curriculum is carefully sequenced.'],
      texts: STRONG.map((t) => ['Quality of leadership and management', t] as [string, string]),
    });
    const grade = kinds(review(report), 'grade-narrative');
    expect(grade.map((f) => [f.severity, f.message])).toEqual([['error', expect.stringMatching(/expects issues identified for improvement, but the report lists no areas/)]]);
  });

  it('flags an iQTS grade 4 whose compliance statement says compliant, and passes one that says not compliant', () => {
    const fields = {
      grades: [{ judgement: 'Overall grade', phase: null, grade: 'Grade 4' }],
      areasForImprovement: ['Mentor training is underdeveloped.'],
      texts: WEAK.map((t) => ['Quality of leadership and management', t] as [string, string]),
    };
    const compliant = kinds(review(build('iqts', { ...fields, compliance: 'The provider is compliant with the iQTS criteria.' })), 'grade-narrative');
    expect(compliant.map((f) => [f.severity, f.message])).toEqual([['error', expect.stringMatching(/requires the provision to be found not compliant/)]]);
    const notCompliant = kinds(review(build('iqts', { ...fields, compliance: 'The provider is not compliant with the iQTS criteria.' })), 'grade-narrative');
    expect(notCompliant).toEqual([]);
  });

  it('flags a toolkit area below expected standard with no recommendation for it, and not once one is added', () => {
    const fields = {
      grades: [
        { judgement: 'Inclusion', phase: null, grade: 'Needs attention' },
        { judgement: 'Leadership', phase: null, grade: 'Expected standard' },
      ],
      texts: [
        ['Inclusion', 'Trainees do not receive sufficient training on adaptive teaching for pupils with SEND.'],
        ['Inclusion', 'Trainees are not taught how to identify and remove barriers to learning for disadvantaged pupils.'],
        ['Leadership', STRONG[0]],
      ] as Array<[string, string]>,
    };
    const without = kinds(review(build('ite-2025', { ...fields, areasForImprovement: ['Leaders should improve governance minutes.'] })), 'grade-narrative');
    expect(without.map((f) => [f.severity, f.location.section, f.message])).toEqual([
      ['warning', 'Inclusion', expect.stringMatching(/Inclusion: needs attention is below the expected standard, but no area for improvement addresses inclusion/)],
    ]);
    const withRecommendation = kinds(
      review(build('ite-2025', { ...fields, areasForImprovement: ['Leaders should ensure trainees receive training in adaptive teaching for pupils with SEND.'] })),
      'grade-narrative',
    );
    expect(withRecommendation).toEqual([]);
  });

  it('flags compliance not met with no recommendation to put it right', () => {
    const fields = {
      grades: [
        { judgement: 'Leadership', phase: null, grade: 'Expected standard' },
        { judgement: 'Compliance, including safeguarding', phase: null, grade: 'Not met' },
      ],
      texts: [['Leadership', STRONG[0]]] as Array<[string, string]>,
    };
    const without = kinds(review(build('ite-2025', { ...fields, areasForImprovement: ['Leaders should refine the mentor curriculum.'] })), 'grade-narrative');
    expect(without.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringMatching(/judged "Not met", but no area for improvement says what must be put right/)]]);
    const withAction = review(build('ite-2025', { ...fields, areasForImprovement: ['Leaders must ensure that safeguarding checks are completed for every trainee.'] }));
    expect(kinds(withAction, 'grade-narrative')).toEqual([]);
  });

  it('flags a below-standard grade whose narrative is all strengths', () => {
    const report = build('ite-2020', {
      grades: [{ judgement: 'Overall effectiveness', phase: null, grade: 'Requires improvement' }],
      areasForImprovement: ['Leaders should check the quality of mentoring.'],
      texts: STRONG.map((t) => ['Leadership and management', t] as [string, string]),
    });
    expect(kinds(review(report), 'grade-narrative').map((f) => f.message)).toEqual([expect.stringMatching(/only 0 of 6 judged paragraphs state any weakness/)]);
  });

  it('flags an overall grade better than every key judgement', () => {
    const report = build('ite-2015', {
      grades: [
        { judgement: 'Overall effectiveness', phase: 'Primary', grade: '1' },
        { judgement: 'The outcomes for trainees', phase: 'Primary', grade: '2' },
        { judgement: 'The quality of training across the partnership', phase: 'Primary', grade: '2' },
      ],
      strengths: ['Training is thorough.'],
      areasForImprovement: ['Improve targets.'],
      texts: STRONG.map((t) => ['Inspection judgements', t] as [string, string]),
    });
    expect(kinds(review(report), 'grade-narrative').map((f) => f.message)).toEqual([expect.stringMatching(/Overall grade Outstanding \(Primary\) is better than every key judgement/)]);
  });
});

describe('numbering', () => {
  it('reports repeats and back-steps but not a per-phase restart under a new heading', () => {
    const report = build('ite-2015', {
      paragraphs: [
        { number: 1, section: 'The primary phase', text: STRONG[0] },
        { number: 2, section: 'The primary phase', text: STRONG[1] },
        { number: 2, section: 'The primary phase', text: STRONG[2] },
        { number: 1, section: 'The secondary phase', text: STRONG[3] },
        { number: 2, section: 'The secondary phase', text: STRONG[4] },
        { number: 1, section: 'The secondary phase', text: STRONG[5] },
      ],
    });
    expect(kinds(review(report), 'numbering').map((f) => f.message)).toEqual([
      'Numbering goes back from 2 to 1 (paragraph 1 already exists) within "The secondary phase".',
      'Paragraph number 2 is used twice in a row.',
    ]);
  });
});

describe('house style', () => {
  it('flags arrows, ampersands, coded labels and ??? but not quoted first person or e.g.', () => {
    const report = build('iqts', {
      texts: [
        ['Quality of leadership and management', 'Leaders respond to feedback -> workload reduced & morale improved, e.g. by moving deadlines.'],
        ['Quality of leadership and management', 'T3 and T4 said the sessions were useful ???'],
        ['Quality of leadership and management', 'One trainee said "I feel well supported by my mentor", which reflects the survey.'],
      ],
    });
    const findings = review(report);
    expect(kinds(findings, 'shorthand').map((f) => [f.severity, f.location.paragraph, f.message.split(' ("')[0]])).toEqual([
      ['error', 2, 'Paragraph 2: question marks left as a query to the author'],
      ['warning', 1, 'Paragraph 1: "&" in prose: write "and"'],
      ['warning', 1, 'Paragraph 1: arrows and signs are note shorthand: write the relationship in words'],
      ['warning', 2, 'Paragraph 2: a coded label for a person'],
    ]);
    expect(kinds(findings, 'style')).toEqual([]);
  });

  it('flags a sentence too long to read, as a warning when far over the limit', () => {
    const long = `Trainees ${'work with mentors and tutors on planning, '.repeat(12)}which helps them.`;
    const findings = kinds(review(build('iqts', { texts: [['Quality of leadership and management', long]] })), 'style');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringMatching(/sentence 1 runs to 88 words \(over 45\)/)]]);
  });
});

describe('personal names', () => {
  it('finds a name in prose outside the judgement paragraphs, but not the inspection team', () => {
    const report = build('ite-2020', {
      details: {
        'What is it like to be a trainee': 'Trainees feel well supported by their mentors. Several told inspectors that Mrs Patel, their placement tutor, responds quickly to any concern they raise.',
        'Inspection team': 'Simon Hollingsworth, HMI (lead inspector); Deborah Mosley, HMI (assistant lead inspector)',
      },
      texts: [['Leadership and management', STRONG[0]]],
    });
    const names = kinds(review(report), 'personal-name');
    expect(names.map((f) => [f.severity, f.location.section, f.message])).toEqual([
      ['error', 'What is it like to be a trainee', expect.stringMatching(/sentence 2, word 5: a personal name \(Mrs P…\)/)],
    ]);
  });
});

describe('terminology across reports', () => {
  it('flags the minority term among reports of one framework, and only that report', () => {
    const make = (file: string, text: string) =>
      Report.parse({ ...build('ite-2020', { texts: [['Leadership and management', text]] }), source: { file, hash: file, format: 'text' } });
    const findings = reviewReports(
      [
        make('a.txt', 'Leaders prioritise trainees’ well-being and act on concerns promptly.'),
        make('b.txt', 'Leaders check trainees’ well-being through regular surveys and act on them.'),
        make('c.txt', 'Leaders monitor trainees’ wellbeing closely and provide support where it is needed.'),
      ],
      createReviewContext(),
    ).filter((f) => f.kind === 'terminology');
    expect(findings.map((f) => [f.file, f.severity])).toEqual([['c.txt', 'info']]);
    expect(findings[0].message).toContain('"well-being" in 2, "wellbeing" in 1');
  });
});
