// Trains the real classifier once (bundled samples, empty corpus in a temp folder) and checks what
// it says about notes: implicit judgements, contrast, sections from headings, names, the cache.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyNotes, classifyText, clearClassifierMemory, loadClassifier, polarityFeatures, runClassify, trainClassifier, type ClassifierModel } from '../../src/classify/index.js';
import { storeDocument } from '../../src/corpus/index.js';
import { documentPath, entryFor } from '../../src/corpus/store.js';
import { loadFramework } from '../../src/frameworks/index.js';
import { parseText } from '../../src/ingest/index.js';
import { stem } from '../../src/classify/text.js';
import { trainingKey, trainingStatements } from '../../src/classify/load-classifier.js';
import { DEFAULT_TRAIN } from '../../src/classify/model.js';
import { isEnglishWord } from '../../src/classify/name-patterns.js';
import { lineFiling } from '../../src/classify/headings.js';
import { Observation, type Framework, type LabelledStatement } from '../../src/schemas/index.js';

let corpusDir: string;
let iqts: Framework;
let model: ClassifierModel;

beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'drafter-classify-'));
  iqts = await loadFramework('iqts');
  model = await loadClassifier(iqts, corpusDir);
}, 60_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

describe('classifyText', () => {
  it('reads implicit judgements: counts, dates, absences, delays, requirements met', () => {
    const expectations: Array<[string, string]> = [
      ['4 of 11 placement files incomplete', 'improvement'],
      ['safeguarding policy dated 2018', 'improvement'],
      ['programme committee - no minutes since spring', 'improvement'],
      ['request raised in May, no reply', 'improvement'],
      ['mentor evaluation forms - returns from 6 of 29 schools', 'improvement'],
      ['second placement done by everyone', 'strength'],
      ['12/12 files: degree cert + equivalence statement', 'strength'],
      ['Tracking of trainee progress not yet consistently used across the 3 hubs', 'improvement'],
      ['Need to ensure 2nd placements are planned from the start', 'improvement'],
      ['Induction for new tutors v. thorough', 'strength'],
      ['six trainees met online Mon, 3 in Malaysia, 2 Vietnam', 'context'],
      ['visited two schools in Dubai', 'context'],
      // The inspector's own doing, questions and notes to self, however they open.
      ['I also checked the days-in-school log for all 19 trainees.', 'context'],
      ['Q: how soon after an observation do you get feedback?', 'context'],
      ["docs rec'd: SEF, impr plan, both handbooks", 'context'],
      ['to follow up Tues: Fiji placements, award board membership', 'context'],
      ['checked: all 14 DBS certificates in date', 'strength'],
    ];
    for (const [text, polarity] of expectations) expect([text, classifyText(text, model, iqts).polarity]).toEqual([text, polarity]);
  });

  it('places statements in iQTS sections with ranked alternatives and a confidence', () => {
    const result = classifyText('120 days in school confirmed for all current trainees', model, iqts);
    expect(result.section).toBe('compliance');
    expect(result.criterion.id).toBe('C2.4');
    const mentoring = classifyText('mentor training is a single webinar, attendance not tracked', model, iqts);
    expect(['LM2.5', 'PD2.10']).toContain(mentoring.criterion.id);
    expect(mentoring.alternatives.length).toBeGreaterThan(0);
    expect(mentoring.confidence).toBeGreaterThan(0);
    expect(mentoring.confidence).toBeLessThanOrEqual(1);
  });
});

describe('classifyNotes', () => {
  const notes = [
    '# Harbourside - LI notes',
    '## L&M',
    '- trainee Amira Khan: workload check-ins weekly, logged',
    '- Reviews happen half-termly but actions aren\'t followed up',
    '',
    'Tues: focus group w/ ECTs',
    '- Mrs Lloyd (QA officer) says the website still says IELTS 6.0',
  ].join('\n');

  it('reads words that name Object.prototype members as words', () => {
    const text = '- trainee used a constructor toString valueOf hasOwnProperty __proto__ activity; feedback not followed up\n- the constructor session was excellent';
    const observations = classifyNotes({ file: 'proto.md', text, firstLine: 1 }, model, iqts);
    expect(observations.length).toBeGreaterThanOrEqual(2);
    for (const observation of observations) expect(Observation.safeParse(observation).success).toBe(true);
    expect(observations.at(-1)?.polarity).toBe('strength');
  });

  it('splits contrast lines where the halves differ, keeps true line numbers and headings', () => {
    const observations = classifyNotes({ file: 'notes.md', text: notes, firstLine: 10 }, model, iqts);
    for (const observation of observations) expect(Observation.safeParse(observation).success).toBe(true);
    const line13 = observations.filter((o) => o.source.line === 13);
    expect(line13.map((o) => o.polarity)).toEqual(['strength', 'improvement']);
    expect(line13[1].text).toBe("actions aren't followed up");
    expect(observations.every((o) => o.section === 'leadership-and-management' || o.source.line > 13)).toBe(true);
    expect(observations.find((o) => o.source.line === 16)?.source.heading).toBe('Tues: focus group w/ ECTs');
    expect(observations.find((o) => o.source.line === 16)?.polarity).toBe('improvement');
  });

  it('parts a contrast that ends on one word, and shows that word with what it answers', () => {
    const text = ['- Induction for new tutors v. thorough but slow', '- Assignment feedback useful but late', '- Placements confirmed for all but three trainees'].join('\n');
    const observations = classifyNotes({ file: 'terse.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity, o.text])).toEqual([
      [1, 'strength', 'Induction for new tutors v. thorough'],
      [1, 'improvement', 'Induction for new tutors v. thorough but slow'],
      [2, 'strength', 'Assignment feedback useful'],
      [2, 'improvement', 'Assignment feedback useful but late'],
      [3, expect.any(String), 'Placements confirmed for all but three trainees'],
    ]);
  });

  it('parts two opposite judgements joined by a comma, an arrow or a short dash, and places them by their line', () => {
    const text = [
      '- joint obs done, none moderated',
      '- trainees clear on the standards, vague on how they will be judged against them',
      '- mentor training well attended -> 2 of 9 mentors never logged in since Sept',
      '- targets sharp - logs sparse',
      '- Workload - v. good',
      '- 14 trainees: 8 secondary, 6 primary, all in Malaysia',
      '- a trainee said "good, but far too slow" about feedback',
    ].join('\n');
    const observations = classifyNotes({ file: 'n.md', text, firstLine: 1 }, model, iqts);
    const byLine = (line: number) => observations.filter((o) => o.source.line === line);
    expect(byLine(1).map((o) => [o.text, o.polarity])).toEqual([
      ['joint obs done', 'strength'],
      ['none moderated', 'improvement'],
    ]);
    expect(byLine(2).map((o) => o.polarity)).toEqual(['strength', 'improvement']);
    expect(byLine(3).map((o) => o.polarity)).toEqual(['strength', 'improvement']);
    expect(byLine(4).map((o) => [o.text, o.polarity])).toEqual([
      ['targets sharp', 'strength'],
      ['logs sparse', 'improvement'],
    ]);
    // A label beside its judgement, a list of counts and a quotation each stay one observation.
    expect(byLine(5)).toHaveLength(1);
    expect(byLine(6)).toHaveLength(1);
    expect(byLine(7)).toHaveLength(1);
    // The halves of one line share its placement: "logs sparse" alone says little of its topic.
    for (const line of [1, 2, 3, 4]) expect(new Set(byLine(line).map((o) => o.section)).size).toBe(1);
  });

  it('does not part a line at an aside naming who, at a lone connective, or beside a bare label', () => {
    const text = [
      '- trainees told me that their mentor, Mrs Okonkwo, meets them weekly and sets precise, helpful targets',
      '- In contrast, written feedback on lesson plans was largely descriptive and rarely linked to the ITTECF',
      '- second placement requirement met: sister school in Wroclaw, 4 wks',
      // What a recommendation is for is part of it.
      "- Leaders should ensure that partner schools keep to the agreed planning expectations, so that trainees' workload is reasonable wherever they are placed",
    ].join('\n');
    const observations = classifyNotes({ file: 'asides.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity])).toEqual([
      [1, 'strength'],
      [2, 'improvement'],
      [3, 'strength'],
      [4, 'improvement'],
    ]);
    expect(observations[1].text).toBe('written feedback on lesson plans was largely descriptive and rarely linked to the ITTECF');
    // "So far" and "Overall completion" are part of the point, not a connective before it.
    const kept = classifyNotes({ file: 'kept.md', text: '- So far, 3 of 12 files have the signed agreement\n- Overall completion 91%', firstLine: 1 }, model, iqts);
    expect(kept.map((o) => o.text)).toEqual(['So far, 3 of 12 files have the signed agreement', 'Overall completion 91%']);
  });

  it('reads the polarity a heading names for the neutral lines under it', () => {
    const text = ['Strengths', '- mentor training programme', '- partnership agreements', 'AFIs', '- mentor training programme', 'Context', '- 38 trainees across 4 countries'].join('\n');
    const observations = classifyNotes({ file: 'grouped.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity])).toEqual([
      [2, 'strength'],
      [3, 'strength'],
      [5, 'improvement'],
      [7, 'context'],
    ]);
  });

  it('reads the polarity a line\'s own lead-in names, as a heading would, and not a topic that sounds like one', () => {
    const text = ['- Context: all 12 files checked', '- all 12 files checked'].join('\n');
    const observations = classifyNotes({ file: 'lead-ins.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity])).toEqual([
      [1, 'context'],
      [2, 'strength'],
    ]);
    expect(['Context: 46 trainees', 'AFI 2 - mentor training', '**Key strengths:** x', 'Background - 3 hubs', 'Still to test: whether trainees know the route', 'Q: who decides when a support plan closes?'].map((line) => lineFiling(line, iqts).polarity)).toEqual(['context', 'improvement', 'strength', 'context', 'context', 'context']);
    expect(['Causes for concern: procedure clear', 'At-risk: 3 trainees', 'context of the school is tricky', 'Concerns - none', 'Still to send: 2 agreements', 'Q: who closes a plan? A: the mentor, within a wk'].map((line) => lineFiling(line, iqts).polarity)).toEqual([null, null, null, null, null, null]);
  });

  it('keeps a fact and a faint judgement beside it as one observation, and parts a sure one from it', () => {
    const text = ['- SCITT sits in a 9-school trust; trust board gets an iQTS report each term', '- met 6 trainees online; mentoring v. weak, no written feedback since Oct'].join('\n');
    const observations = classifyNotes({ file: 'facts.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity])).toEqual([
      [1, 'context'],
      [2, 'context'],
      [2, 'improvement'],
    ]);
  });

  it('keeps a line of facts whole where its pieces alone would read as judgements', () => {
    const text = ['- 14 partner schs across the dale, 9 w/ under 100 pupils; 11 of 14 teach mixed-age classes', '- met 6 trainees online; mentoring v. weak, no written feedback since Oct'].join('\n');
    const observations = classifyNotes({ file: 'facts.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => [o.source.line, o.polarity, o.text])).toEqual([
      [1, 'context', '14 partner schs across the dale, 9 w/ under 100 pupils; 11 of 14 teach mixed-age classes'],
      [2, 'context', 'met 6 trainees online'],
      [2, 'improvement', 'mentoring v. weak, no written feedback since Oct'],
    ]);
  });

  it('takes the area a line names for itself, in a lead-in or by a criterion id', () => {
    // The same words, filed by what the inspector wrote in front of them.
    const text = ['- PD2.3 - reading list last updated 2019', '- L&M: reading list last updated 2019', '- reading list last updated 2019 (C3.4)'].join('\n');
    const observations = classifyNotes({ file: 'lead-ins.md', text, firstLine: 1 }, model, iqts);
    expect(observations.map((o) => o.section)).toEqual(['programme-design-and-delivery', 'leadership-and-management', 'compliance']);
    expect([observations[0].criterion.id, observations[2].criterion.id]).toEqual(['PD2.3', 'C3.4']);
  });

  it('places a line that says little of its topic with the lines near it, under the same heading', () => {
    const between = (before: string, after: string) => classifyNotes({ file: 'n.md', firstLine: 1, text: `${before}\nChecked 6 of them\n${after}` }, model, iqts).find((o) => o.text === 'Checked 6 of them')!;
    const compliance = ['GCSE equivalence checked for all trainees\nDegree certificates on file for every trainee', 'English proficiency evidence held\nSuitability declarations signed'] as const;
    // Oversight by leaders (mentoring alone is as much programme design: PD2.10 against LM2.5).
    const oversight = ['Partnership board minutes record actions and owners\nQA visits to placement schools logged each term', 'Leaders review the partnership agreement every year\nMentor monitoring reported to the strategic board'] as const;
    expect(between(...compliance).section).toBe('compliance');
    expect(between(...oversight).section).toBe('leadership-and-management');
    // Lines under another heading are another topic.
    const fenced = classifyNotes({ file: 'n.md', firstLine: 1, text: `## Oversight\n${oversight[0]}\n\n## Files\nChecked 6 of them\n\n## Oversight again\n${oversight[1]}` }, model, iqts);
    const alone = classifyNotes({ file: 'n.md', firstLine: 1, text: '## Files\nChecked 6 of them' }, model, iqts)[0];
    expect(fenced.find((o) => o.text === 'Checked 6 of them')).toMatchObject({ section: alone.section, confidence: alone.confidence });
  });

  it('never lets a personal name into an observation', () => {
    const json = JSON.stringify(classifyNotes({ file: 'notes.md', text: notes, firstLine: 1 }, model, iqts));
    for (const name of ['Amira', 'Khan', 'Lloyd']) expect(json).not.toContain(name);
  });

  it('leaks no planted name from the dev fixtures', async () => {
    const dir = new URL('../fixtures/notes/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.includes('-dev-') && f.endsWith('.labels.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const labels = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { framework: string; notes: string; names: string[] };
      const framework = labels.framework === 'iqts' ? iqts : await loadFramework(labels.framework);
      const fixtureModel = labels.framework === 'iqts' ? model : await loadClassifier(framework, corpusDir);
      const text = readFileSync(new URL(labels.notes, dir), 'utf8');
      const observations = classifyNotes({ file: labels.notes, text, firstLine: 1 }, fixtureModel, framework);
      const output = observations.map((o) => `${o.text}\n${o.source.heading ?? ''}`).join('\n');
      for (const name of labels.names) expect(new RegExp(`(?<![\\w'-])${name}(?![\\w'-])`).test(output), `${file}: a planted name leaked`).toBe(false);
    }
  }, 60_000);
});

describe('training on labelled notes', () => {
  it('learns from the shipped training notes and writes no planted name into the model file', () => {
    expect(model.counts.byOrigin['notes-fixture']).toBeGreaterThan(100);
    const stored = readFileSync(join(corpusDir, 'model', 'iqts.json'), 'utf8').toLowerCase();
    const dir = new URL('../../corpus/training/notes/', import.meta.url);
    const parts = new Set<string>();
    const devDir = new URL('../fixtures/notes/', import.meta.url);
    const labelFiles = [
      ...readdirSync(dir).filter((f) => f.endsWith('.labels.json')).map((f) => new URL(f, dir)),
      // The dev notes train the model too (the held-out test notes never do).
      ...readdirSync(devDir).filter((f) => f.includes('-dev-') && f.endsWith('.labels.json')).map((f) => new URL(f, devDir)),
    ];
    for (const file of labelFiles) {
      const { names } = JSON.parse(readFileSync(file, 'utf8')) as { names: string[] };
      for (const name of names) for (const part of name.split(/[\s-]+/)) if (/^\p{Lu}\p{Ll}{3,}$/u.test(part)) parts.add(stem(part.toLowerCase()));
    }
    expect(parts.size).toBeGreaterThan(10);
    const terms = new Set(stored.match(/"[^"]+"/g)?.flatMap((quoted) => quoted.slice(1, -1).replace(/^not_/, '').split('_')) ?? []);
    // A stem that an English word of the training text also has is not a leak: "Grace", "Low",
    // "Bell", "Ward" are words, and "Sayed" stems as "says" does. So a name part counts only where
    // no dictionary word in the training text shares its stem.
    // A word written in lower case in a notes file that plants no such name ("EAL lang support") is
    // note shorthand, not a name, too.
    const wordStems = new Set<string>();
    for (const file of labelFiles) {
      const { names, notes } = JSON.parse(readFileSync(file, 'utf8')) as { names: string[]; notes: string };
      const planted = new Set(names.flatMap((name) => name.toLowerCase().split(/[\s-]+/)));
      for (const word of readFileSync(new URL(notes, file), 'utf8').match(/[A-Za-z]+/g) ?? []) {
        const lower = word.toLowerCase();
        if (isEnglishWord(lower) || (word === lower && !planted.has(lower))) wordStems.add(stem(lower));
      }
    }
    const leaked = [...parts].filter((part) => terms.has(part) && !wordStems.has(part));
    expect(leaked).toEqual([]);
  });
});

describe('runClassify', () => {
  it('refuses bad requests with a coded error that names the file, not the text', async () => {
    const request = (text: string, framework = 'iqts') => runClassify({ notes: { file: 'n.md', text, firstLine: 1 }, framework, corpusDir } as never);
    await expect(request('   \n\n')).rejects.toMatchObject({ code: 'notes-empty' });
    await expect(request('\u0000\u0001binary\u0002')).rejects.toMatchObject({ code: 'binary-content' });
    await expect(request('mentors v. supportive', 'ofsted-1999')).rejects.toMatchObject({ code: 'framework-unknown' });
    const huge = 'x'.repeat(10 * 1024 * 1024 + 1);
    await expect(request(huge)).rejects.toMatchObject({ code: 'notes-too-large' });
    const error = await request('Trainee Amira Khan\u0000').catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('Amira');
  });

  it('classifies a chunk of a larger file with its true line numbers', async () => {
    const observations = await runClassify({ notes: { file: 'n.md', text: 'mentors v. supportive\nno minutes since spring', firstLine: 120 }, framework: 'iqts', corpusDir });
    expect(observations.map((o) => [o.source.line, o.polarity])).toEqual([
      [120, 'strength'],
      [121, 'improvement'],
    ]);
  });
});

describe('progress on big notes', () => {
  it('reports progress through a long notes file and ends with the whole bar', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => (i % 2 ? `mentor logs ${i} blank since Jan` : `induction for tutor ${i} v. thorough`));
    const seen: Array<{ done: number; total: number }> = [];
    const observations = await runClassify({ notes: { file: 'big.md', text: lines.join('\n'), firstLine: 1 }, framework: 'iqts', corpusDir }, { onProgress: (p) => seen.push(p) });
    expect(observations).toHaveLength(2500);
    const classifying = seen.filter((p) => p.done > 10 && p.done < 100);
    expect(classifying.length).toBeGreaterThan(0);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toMatchObject({ done: 100, total: 100 });
  });
});

describe('loadClassifier', () => {
  it('keys the cached model by the training settings too', async () => {
    const before = await trainingKey(iqts, corpusDir, [iqts]);
    const share = DEFAULT_TRAIN.polarityNetworkShare;
    try {
      DEFAULT_TRAIN.polarityNetworkShare = share + 0.1;
      expect(await trainingKey(iqts, corpusDir, [iqts])).not.toBe(before);
    } finally {
      DEFAULT_TRAIN.polarityNetworkShare = share;
    }
    expect(await trainingKey(iqts, corpusDir, [iqts])).toBe(before);
  });

  it('caches the model under <corpus>/model and rebuilds it when the corpus changes', async () => {
    const file = join(corpusDir, 'model', 'iqts.json');
    const first = statSync(file);
    clearClassifierMemory();
    const again = await loadClassifier(iqts, corpusDir);
    expect(again.key).toBe(model.key);
    expect(statSync(file).mtimeMs).toBe(first.mtimeMs);
    expect(readdirSync(join(corpusDir, 'model')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const report = readFileSync(new URL('../../corpus/samples/reports/iqts-university-of-derby-2024.txt', import.meta.url), 'utf8');
    await storeDocument(corpusDir, await parseText(
        report
          .replaceAll('University of Derby', 'University of Nowhere')
          .replace('Areas identified for improvement\n', 'Areas identified for improvement\n\n- Placement allocation is not communicated to schools early enough.\n'),
        'nowhere.txt',
      ));
    clearClassifierMemory();
    const rebuilt = await loadClassifier(iqts, corpusDir);
    expect(rebuilt.key).not.toBe(model.key);
    expect(rebuilt.counts.statements).toBeGreaterThan(model.counts.statements);
    expect(JSON.parse(readFileSync(file, 'utf8')).key).toBe(rebuilt.key);
  }, 60_000);

  it('stores a model only under the key of the data it read, though the corpus changes as it reads', async () => {
    const userCorpus = mkdtempSync(join(tmpdir(), 'drafter-changing-corpus-'));
    try {
      mkdirSync(join(userCorpus, 'training', 'notes'), { recursive: true });
      // A broken notes file: its warning comes while the statements are read, after the key is worked out.
      writeFileSync(join(userCorpus, 'training', 'notes', 'broken.labels.json'), '{ not json');
      const report = readFileSync(new URL('../../corpus/samples/reports/iqts-university-of-derby-2024.txt', import.meta.url), 'utf8');
      const document = await parseText(
        report
          .replaceAll('University of Derby', 'University of Elsewhere')
          .replace('Areas identified for improvement\n', 'Areas identified for improvement\n\n- Mentors are not told early enough which trainees they will host.\n'),
        'elsewhere.txt',
      );
      const entry = entryFor(document);
      let ingested = false;
      const warn = () => {
        if (ingested) return;
        ingested = true;
        // What an ingest running alongside does.
        mkdirSync(dirname(documentPath(userCorpus, entry.hash)), { recursive: true });
        writeFileSync(documentPath(userCorpus, entry.hash), JSON.stringify(document));
        writeFileSync(join(userCorpus, 'index.json'), JSON.stringify({ version: 1, documents: [entry] }));
      };
      const trained = await loadClassifier(iqts, userCorpus, { warn });
      expect(ingested).toBe(true);
      expect(trained.counts.statements).toBeGreaterThan(model.counts.statements);
      // Read back from disk, not trained again: its key is the data's as it now is.
      const file = join(userCorpus, 'model', 'iqts.json');
      const written = statSync(file).mtimeMs;
      clearClassifierMemory();
      expect((await loadClassifier(iqts, userCorpus)).key).toBe(trained.key);
      expect(statSync(file).mtimeMs).toBe(written);
    } finally {
      await rm(userCorpus, { recursive: true, force: true });
    }
  }, 120_000);

  it("says which of a corpus's training notes files it skipped, each time, though the statements come from a cache", async () => {
    const userCorpus = mkdtempSync(join(tmpdir(), 'drafter-training-warnings-'));
    try {
      mkdirSync(join(userCorpus, 'training', 'notes'), { recursive: true });
      writeFileSync(join(userCorpus, 'training', 'notes', 'broken.labels.json'), '{ not json');
      for (let read = 0; read < 2; read++) {
        const warnings: string[] = [];
        await trainingStatements(userCorpus, { warn: (message) => warnings.push(message) });
        expect(warnings).toEqual(['training notes broken.labels.json skipped: not valid JSON']);
      }
    } finally {
      await rm(userCorpus, { recursive: true, force: true });
    }
  }, 120_000);

  it('learns from the labelled notes which way each cue points', () => {
    const w = model.polarity.weights;
    // Order: strength, improvement, context. Learnt, not set: a regression in the training data shows here.
    expect(w['CUE_partial-count'][1]).toBeGreaterThan(w['CUE_partial-count'][0]);
    expect(w['CUE_shortfall'][1]).toBeGreaterThan(w['CUE_shortfall'][0]);
    expect(w['CUE_positive'][0]).toBeGreaterThan(w['CUE_positive'][1]);
    expect(w['CUE_activity'][2]).toBeGreaterThan(w['CUE_activity'][0]);
    // General-language valence for words no cue list holds ("shoddy", "superb").
    expect(w['LEX_neg'][1]).toBeGreaterThan(w['LEX_neg'][0]);
    expect(w['LEX_pos'][0]).toBeGreaterThan(w['LEX_pos'][1]);
    expect(model.section.examples).toBeGreaterThan(300);
    // Each linear model has a network beside it over the same features, which weighs them together.
    for (const part of [model.polarity, model.section]) {
      expect(part.networkShare).toBeGreaterThan(0);
      expect(part.network!.inputs).toHaveLength(part.network!.names.length * part.network!.hidden);
      expect(part.network!.names.every((name) => name in part.weights)).toBe(true);
    }
  });

  it('learns which criterion a line\'s words point to, and blends it into the section', () => {
    const { ids, sections } = model.criteria;
    const weights = model.criterionModel.weights;
    const bestFor = (feature: string) => ids[weights[feature].indexOf(Math.max(...weights[feature]))];
    // Learnt from the labelled statements, not read off the criterion titles.
    const expected: Array<[string, string]> = [['dbs', 'LM1.3'], ['zone', 'PD2.9'], ['moderation', 'LM3.8'], ['wellbeing', 'LM3.2'], ['feedback', 'PD2.7']];
    for (const [word, criterion] of expected) expect([word, bestFor(`W_${stem(word)}`)]).toEqual([word, criterion]);
    expect(sections[ids.indexOf(bestFor(`W_${stem('degree')}`))]).toBe('compliance');
    expect(model.criterionModel.blend).toBeGreaterThan(0);
    expect(model.criterionModel.examples).toBeGreaterThan(300);
  });

  it('keeps no criterion-model feature that only one training statement has', () => {
    const line = (text: string, criterion: string, file: string): LabelledStatement => ({
      text,
      polarity: 'strength',
      framework: 'iqts',
      section: iqts.criteria.find((c) => c.id === criterion)!.section,
      criterion,
      origin: 'notes-fixture',
      source: { hash: file, file },
    });
    const trained = trainClassifier(
      [line('quokka tracking of placements', 'PD2.13', 'a.md'), line('quokka tracking again', 'PD2.13', 'b.md'), line('wombat review of mentors', 'LM2.5', 'a.md')],
      iqts,
    );
    expect(Object.keys(trained.criterionModel.weights)).toContain('W_quokka');
    expect(Object.keys(trained.criterionModel.weights)).not.toContain('W_wombat');
    // Kept in the section model, which has its own evidence to weigh a rare word against.
    expect(Object.keys(trained.section.weights)).toContain('W_wombat');
  });

  it('weighs the polarity cues as section evidence', () => {
    const lines = [
      ['IELTS 6.5 confirmed for all 12 files', 'compliance', 'C1.3'],
      ['4 of 11 partnership agreements unsigned', 'compliance', 'C3.2'],
      ['mentor training sessions well planned and engaging', 'programme-design-and-delivery', 'PD2.10'],
      ['trainees praise the feedback on their teaching', 'programme-design-and-delivery', 'PD2.7'],
    ] as const;
    const statements = lines.flatMap(([text, section, criterion], i) =>
      [0, 1, 2].map((k) => ({ text: `${text} ${k}`, polarity: 'strength' as const, framework: 'iqts' as const, section, criterion, origin: 'notes-fixture' as const, source: { hash: `h${i}`, file: `f${i}-${k}.md` } }) satisfies LabelledStatement),
    );
    const trained = trainClassifier(statements, iqts);
    const w = trained.section.weights;
    const compliance = trained.sections.ids.indexOf('compliance');
    expect(w['SC_full-count'][compliance]).toBeGreaterThan(0);
    expect(w['SC_partial-count'][compliance]).toBeGreaterThan(0);
  });

  it('marks words a sentiment lexicon knows, negated within the negation scope', () => {
    expect(polarityFeatures('placement admin shoddy').terms).toContain('LEX_neg');
    expect(polarityFeatures('tutor feedback superb').terms).toContain('LEX_pos');
    expect(polarityFeatures('induction not superb').terms).toContain('LEX_notpos');
    expect(polarityFeatures('met six trainees online').terms.filter((t) => t.startsWith('LEX_'))).toEqual([]);
  });

  it("reads a lead inspector's summary of what the team did as the inspectors' own activity", () => {
    for (const text of ["Between us we have now sampled 14 trainees' tracking records and 6 mentor logs.", 'We have read the policy and spoken to the DSL', 'So far I have spoken to 9 trainees']) {
      expect([text, polarityFeatures(text).cues]).toEqual([text, ['activity']]);
    }
    // "have met" is as often a requirement met as a meeting.
    expect(polarityFeatures('We have met all the requirements').cues).not.toContain('activity');
  });

  it('judges a rate given for several years by where it went, and reads "22/23" as a year, not a count', () => {
    expect(polarityFeatures('Eng completion 90% (22-23), 84% (23-24)').cues).toEqual(['shortfall']);
    expect(polarityFeatures('completion 21/22 91%, 22/23 86%, 23/24 81%').cues).toEqual(['shortfall']);
    expect(polarityFeatures('completion 22/23 88%, 23/24 91%, 24/25 92%').cues).toEqual(['positive']);
    expect(polarityFeatures('withdrawals 5% (22-23), 9% (23-24)').cues).toEqual(['shortfall']);
    expect(polarityFeatures('files signed: 22/23').cues).toContain('partial-count');
    expect(polarityFeatures('DBS checks complete (19/20)').cues).toContain('partial-count');
    // Year groups are no years; two kinds of measure are not one series.
    expect(polarityFeatures('attendance Year 12 97%, Year 13 88%').cues).not.toContain('shortfall');
    expect(polarityFeatures('completion 90% (22/23), withdrawals 8% (23/24)').cues).not.toContain('positive');
  });

  it('judges an outcome that moved by its direction, not by the figure it moved from', () => {
    expect(polarityFeatures('completion down from 93% last year').cues).toEqual(expect.arrayContaining(['shortfall']));
    expect(polarityFeatures('completion down from 93% last year').share).toBeNull();
    expect(polarityFeatures('salaried completion up from 64% to 88% in 2 yrs').cues).toEqual(expect.arrayContaining(['positive']));
    expect(polarityFeatures('salaried completion up from 64% to 88% in 2 yrs').cues).not.toContain('partial-count');
    // "from" alone is no change: the figure stands.
    expect(polarityFeatures('survey returns from 92% of trainees').cues).toContain('full-count');
  });

  it('reads workload, turnover and what people cannot explain as inspectors do', () => {
    expect(polarityFeatures('mentor workload high').cues).toContain('shortfall');
    expect(polarityFeatures('low staff turnover').cues).toContain('negated-shortfall');
    expect(polarityFeatures('3 mentors could not explain the ITTECF').cues).toContain('shortfall');
    expect(polarityFeatures('tutors approachable, mentors less so').cues).toContain('shortfall');
    expect(polarityFeatures('fewer than the required 120 days in school').cues).toContain('shortfall');
    expect(polarityFeatures('moderation sample spread well across phases').cues).toContain('positive');
  });

  it('judges one figure set against another by which is higher, and reads breaches, risks and the weakest link as shortfalls', () => {
    expect(polarityFeatures('71% returned in 2024-25 v 48% yr before').cues).toContain('positive');
    // Neither figure is read as a level once they are compared ("48%" alone is a low rate).
    expect(polarityFeatures('71% returned in 2024-25 v 48% yr before').cues).not.toContain('shortfall');
    expect(polarityFeatures('secondary completion 87% v primary 98%').cues).toContain('shortfall');
    expect(polarityFeatures('completion 94% vs sector 91%').cues).toContain('positive');
    // The benchmark or the earlier year first; a measure where more is worse; "v" meaning "very".
    expect(polarityFeatures('national completion 91% v provider 94%').cues).toContain('positive');
    expect(polarityFeatures('completion 85% in 2023 v 92% in 2024').cues).toContain('positive');
    expect(polarityFeatures('withdrawals 9% v 4% nationally, completion ok').cues).not.toContain('positive');
    expect(polarityFeatures('completion 97% v good 100% of ECTs in post').cues).not.toContain('shortfall');
    expect(polarityFeatures('the difference has widened from 5 to 11 pts').cues).toContain('shortfall');
    expect(polarityFeatures('4 trainees at 48 days by wk 18 -> at risk').cues).toContain('shortfall');
    expect(polarityFeatures('equiv test booked, already on placement -> breach').cues).toContain('shortfall');
    expect(polarityFeatures('Moderation is perhaps the weakest link.').cues).toContain('shortfall');
    expect(polarityFeatures('Feedback on assignments takes a while to come back').cues).toContain('shortfall');
    expect(polarityFeatures("Trainees' own maths audited at entry, not re-checked").cues).toContain('shortfall');
    // A negator before them undoes them; trainees "at risk" who are identified are a category.
    for (const undone of ['no trainees at risk', 'zero breaches found', '0 breaches found', 'breaches are rare', 'mentoring is no less rigorous than last year', 'trainees at risk are identified quickly']) {
      expect(polarityFeatures(undone).cues).not.toContain('shortfall');
    }
  });

  it('reads praise said of a minority as none, and governors who challenge as a strength, but not a call for them to', () => {
    expect(polarityFeatures('only one could explain why').cues).not.toContain('positive');
    expect(polarityFeatures('all six could explain why').cues).toContain('positive');
    expect(polarityFeatures('minutes show governors challenging the physics figures').cues).toContain('positive');
    expect(polarityFeatures('governors should be challenging leaders more').cues).not.toContain('positive');
    expect(polarityFeatures('governors never challenged leaders').cues).not.toContain('positive');
    expect(polarityFeatures('trustees find recruitment challenging').cues).not.toContain('positive');
    expect(polarityFeatures('lack of robust challenge from the board').cues).not.toContain('positive');
    // A minority is the subject only just before the praise.
    expect(polarityFeatures('only one trainee could explain why').cues).not.toContain('positive');
    expect(polarityFeatures('within only two weeks trainees could explain it').cues).toContain('positive');
  });

  it('reads unfinished work and an old edition of the safeguarding guidance as shortfalls', () => {
    const year = new Date().getFullYear();
    expect(polarityFeatures('subject sequencing still a work in progress').cues).toContain('shortfall');
    expect(polarityFeatures('mentor curriculum is WIP').cues).toContain('shortfall');
    expect(polarityFeatures(`refers to KCSIE ${year - 5}`).cues).toContain('outdated');
    expect(polarityFeatures(`KCSIE ${year} part 1 read and signed by every trainee`).cues).not.toContain('outdated');
  });
});
