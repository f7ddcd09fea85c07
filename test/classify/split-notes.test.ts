import { describe, expect, it } from 'vitest';
import { headingOf, splitNotes } from '../../src/classify/index.js';

describe('splitNotes', () => {
  it('keeps inspection abbreviations inside one sentence', () => {
    const pieces = splitNotes('Induction for new tutors v. thorough, esp. the QA mtgs with Dr. Shah e.g. weekly obs.');
    expect(pieces.map((p) => p.text)).toEqual(['Induction for new tutors v. thorough, esp. the QA mtgs with Dr. Shah e.g. weekly obs.']);
  });

  it('splits sentences, semicolons, spaced dashes and bullets', () => {
    const pieces = splitNotes('- Early reading sessions excellent; trainees could explain decoding\n* Tracking inconsistent. Reviews termly - actions logged');
    expect(pieces.map((p) => [p.line, p.text])).toEqual([
      [1, 'Early reading sessions excellent'],
      [1, 'trainees could explain decoding'],
      [2, 'Tracking inconsistent.'],
      [2, 'Reviews termly'],
      [2, 'actions logged'],
    ]);
  });

  it('cuts at contrast words but not inside quotations or "all but one"', () => {
    const pieces = splitNotes('Reviews happen half-termly but actions aren\'t followed up\nAll but one mentor trained\n"good sessions but too long" - trainee');
    expect(pieces.map((p) => p.text)).toEqual(['Reviews happen half-termly', 'but actions aren\'t followed up', 'All but one mentor trained', '"good sessions but too long" - trainee']);
    expect(pieces[1].boundary).toBe('contrast');
    // One judging word after the contrast is enough; "but" meaning "except" is no contrast.
    const terse = splitNotes('Assignment feedback thorough but slow\nPlacements confirmed for all but three trainees\nHeads had nothing but praise\nGood sessions but also long');
    expect(terse.map((p) => p.text)).toEqual(['Assignment feedback thorough', 'but slow', 'Placements confirmed for all but three trainees', 'Heads had nothing but praise', 'Good sessions but also long']);
    const although = splitNotes('Although the handbook is clear, mentors have not read it');
    expect(although.map((p) => p.text)).toEqual(['Although the handbook is clear', 'mentors have not read it']);
  });

  it("keeps a quotation's attribution with it, but cuts a judgement after a quotation", () => {
    const pieces = splitNotes(
      [
        '"I felt ready, but nobody told me how to talk to parents" - a trainee, now an ECT at Saltings Primary.',
        '"we are stretched" - the lead, candidly; QA calendar slipping',
        "'really listens' - nothing in between for those on 22 periods",
        "the director's 'plan' - a Word doc from 2021",
        '"workload is fine" - mentors disagree strongly',
        "files checked for all trainees' - mentors logs thin",
      ].join('\n'),
    );
    expect(pieces.map((p) => p.text)).toEqual([
      '"I felt ready, but nobody told me how to talk to parents" - a trainee, now an ECT at Saltings Primary.',
      '"we are stretched" - the lead, candidly',
      'QA calendar slipping',
      "'really listens'",
      'nothing in between for those on 22 periods',
      "the director's 'plan'",
      'a Word doc from 2021',
      '"workload is fine"',
      'mentors disagree strongly',
      "files checked for all trainees'",
      'mentors logs thin',
    ]);
  });

  it('never cuts inside a quotation in single quotes, but reads an apostrophe as one', () => {
    const pieces = splitNotes(["'good sessions; too long' - trainee", "trainees' files thin; mentors' logs fine", "a trainee: 'I didn't know why; now I do'", "in the '80s; the plan was fine", "files ('22-'23) thin; mentors fine"].join('\n'));
    expect(pieces.map((p) => p.text)).toEqual([
      "'good sessions; too long' - trainee",
      "trainees' files thin",
      "mentors' logs fine",
      "a trainee: 'I didn't know why; now I do'",
      "in the '80s",
      'the plan was fine',
      "files ('22-'23) thin",
      'mentors fine',
    ]);
  });

  it('recognises headings and keeps them as provenance, nearest first', () => {
    const text = ['# Harbourside notes', '## L&M', 'Tues: focus group w/ ECTs', '- mentors v. supportive', 'Call with placement school:', 'no minutes since spring', 'Compliance', '- 120 days confirmed for all'].join('\n');
    const pieces = splitNotes(text);
    expect(pieces.map((p) => [p.line, p.heading, p.headings])).toEqual([
      [4, 'Tues: focus group w/ ECTs', ['Tues: focus group w/ ECTs', 'Harbourside notes']],
      [6, 'Call with placement school', ['Call with placement school', 'Harbourside notes']],
      [8, 'Compliance', ['Compliance', 'Harbourside notes']],
    ]);
    expect(headingOf('mentor training: 2 webinars only')).toBeNull();
    expect(headingOf('- Workload')).toBeNull();
    expect(headingOf('Inclusion')).toBe('Inclusion');
  });

  it('takes a short capitalised lead-in line above bullets as a heading in bulleted notes', () => {
    const text = ['Governance and oversight', '- board minutes show challenge', '- chair visits placements', 'EY route (Mr Aziz, EY lead)', '- sessions draw on research', '- 0-2s content thin'].join('\n');
    const pieces = splitNotes(text);
    expect(pieces.map((p) => [p.line, p.heading])).toEqual([
      [2, 'Governance and oversight'],
      [3, 'Governance and oversight'],
      [5, 'EY route (Mr Aziz, EY lead)'],
      [6, 'EY route (Mr Aziz, EY lead)'],
    ]);
  });

  it('takes a bare lower-case topic set off by a blank line above bullets as a heading, not a judgement', () => {
    const text = ['entry reqs', '- 12 files sampled', '- degrees checked for all', '', 'safeguarding / suitability', '- police checks on file', 'mentors v good', '- weekly mtgs'].join('\n');
    const pieces = splitNotes(text);
    expect(pieces.map((p) => [p.line, p.heading])).toEqual([
      [2, 'entry reqs'],
      [3, 'entry reqs'],
      [6, 'safeguarding / suitability'],
      // Not set off by a blank line: a note of its own.
      [7, 'safeguarding / suitability'],
      [8, 'safeguarding / suitability'],
    ]);
  });

  it("drops a whole file's title line, and reads parts of the day, quoted activities and lines in capitals as headings", () => {
    const title = 'Harbrook Lane SCITT - ITE 2025 - TI notes - deep dive geography (Tues-Weds)';
    const text = [
      title,
      '',
      'Tues 10:15 - centre session obs, "Teaching map skills KS3" (tutor)',
      '- retrieval quiz at start, trainees recalled grid refs accurately',
      '- EAL adaptation mentioned once, not modelled',
      '',
      'MTG W/ DIRECTOR + iQTS lead',
      '- board minutes thin, no actions recorded',
      'Morning: meetings with the well-being lead and trainees',
      'Leaders have a clear picture of trainees\' well-being.',
      'Morning sessions were well planned',
    ].join('\n');
    const pieces = splitNotes(text);
    expect(pieces.map((p) => [p.line, p.heading])).toEqual([
      [4, 'Tues 10:15 - centre session obs, "Teaching map skills KS3" (tutor)'],
      [5, 'Tues 10:15 - centre session obs, "Teaching map skills KS3" (tutor)'],
      [8, 'MTG W/ DIRECTOR + iQTS lead'],
      [10, 'Morning: meetings with the well-being lead and trainees'],
      // "Morning" opening a point, with no colon or dash after it, is the point's own word.
      [11, 'Morning: meetings with the well-being lead and trainees'],
    ]);
    // A chunk after the first or a first line that says something is no title; lines of a file in capitals throughout are its points.
    expect(new Set(splitNotes(`${title}\n- note`, 40).map((p) => p.line))).toEqual(new Set([40, 41]));
    expect(new Set(splitNotes('Induction for new tutors v. thorough\n- note').map((p) => p.line))).toEqual(new Set([1, 2]));
    expect(new Set(splitNotes('Met the director\nMENTORS MEET TRAINEES EVERY WEEK IN ALL HUBS\nQA VISITS ARE LOGGED BUT NOT ACTED ON').map((p) => p.line))).toEqual(new Set([1, 2, 3]));
    // A quotation after a speaker's code is what they said, not a heading in capitals.
    expect(splitNotes('Met the director\n- x\nT3: "I\'D STRUGGLE WITHOUT MY MENTOR"\n- y').map((p) => p.line)).toContain(3);
    // A line that judges is a point whatever its shape: a first line, a part of the day, capitals, a day above bullets.
    const points = [
      'Mentor notes are brief - targets generic',
      'Board minutes thin, no actions recorded',
      'Morning - trainees said DSL training was too brief',
      'NB NO DBS CHECKS FOR 2 MENTORS',
      'Wed: "I feel unsupported", said T2',
    ];
    for (const point of points) expect([point, splitNotes(`${point}\n- a\n- b\n- c`).some((p) => p.line === 1)]).toEqual([point, true]);
  });

  it("drops a table's header row and an email's greeting and sign-off; reads areas named as a list and days with an aside as headings", () => {
    const text = [
      'Subject: Day 1 - primary strand (TI summary)',
      'Hi a member of staff,',
      '| what I saw | so what |',
      '|---|---|',
      '| 4 of 6 mentors trained | thin |',
      'Recruitment and selection',
      '- interviews include a lesson',
      'Tue 4 Mar - trainee focus group, Korea (interp: a member of staff, partly, by video from the office)',
      '- trainees value the weekly call',
      'Cheers,',
      'A member of staff',
    ].join('\n');
    expect(splitNotes(text).map((p) => [p.line, p.heading])).toEqual([
      [5, null],
      [7, 'Recruitment and selection'],
      [9, 'Tue 4 Mar - trainee focus group, Korea (interp: a member of staff, partly, by video from the office)'],
    ]);
    expect(splitNotes('Thorough and supportive\n- x').some((p) => p.line === 1)).toBe(true);
  });

  it('honours firstLine so chunks keep their true line numbers', () => {
    const pieces = splitNotes('first note here\n\nsecond note here', 41);
    expect(pieces.map((p) => p.line)).toEqual([41, 43]);
  });

  it('splits a notes file that is one long line in linear time, cutting at its contrasts as before', () => {
    // Each "but" used to read the whole line on both sides: a megabyte on one line took 15 s.
    const line = 'Mentor feedback v. thorough but targets generic; trainee well supported, yet cover heavy. '.repeat(11_000);
    const started = performance.now();
    const pieces = splitNotes(line);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(pieces.slice(0, 4).map((p) => p.text)).toEqual(['Mentor feedback v. thorough', 'but targets generic', 'trainee well supported', 'yet cover heavy.']);
    expect(pieces).toHaveLength(44_000);
  });
});
