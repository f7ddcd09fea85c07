// The web face: real stages through the in-process runner, requests by fastify's inject (no port).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import type { Runner } from '../../src/pipeline/runner.js';
import { DraftResult, Observation } from '../../src/schemas/index.js';
import { bounded, buildServer, contentDisposition, fileSlug } from '../../src/server/index.js';
import { checkReason } from '../../src/server/page.js';
import { unzip } from './unzip.js';

const fixtures = new URL('../fixtures/notes/', import.meta.url);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Fictional notes in an inspector's register, with planted names that must not come back.
const SMALL_NOTES = [
  '## Meeting with trainees, School B',
  '- Trainees say mentor meetings happen weekly; trainee Priya Ramanathan said targets are "always specific"',
  '- 4 of 11 placement files incomplete; no record of second placement for two trainees',
  '- Safeguarding training for all trainees in induction week, certificates on file',
  '',
  '## QA',
  '- Partnership review minutes since spring: none. Mr Tobias Grindley (link tutor) unsure who chairs it',
  '- Tutor visits each half-term but write-ups v. brief; no actions agreed',
].join('\n');
const SMALL_NAMES = ['Priya', 'Ramanathan', 'Tobias', 'Grindley'];

let app: FastifyInstance;
let runner: Runner;
let root: string;
let outDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafter-serve-'));
  outDir = join(root, 'out');
  runner = createInProcessRunner();
  app = await buildServer({ runner, corpusDir: join(root, 'corpus'), outDir, log: (line) => logLines.push(line) });
});

afterAll(async () => {
  await app?.close();
  await runner?.close();
  await rm(root, { recursive: true, force: true });
});

function form(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (file) body.append('notesFile', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'text/plain' }), file.name);
  return body;
}

function expectOneLineError(response: { statusCode: number; body: string }, status: number, code: string): void {
  expect(response.statusCode).toBe(status);
  const body = JSON.parse(response.body) as { error: string; code: string };
  expect(body.code).toBe(code);
  expect(body.error.startsWith(`[${code}] `)).toBe(true);
  expect(body.error).not.toMatch(/\n|\bat .*\.ts:\d+/);
}

describe('GET /', () => {
  it('renders the form with the frameworks that have a report template', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const page = response.body;
    const options = [...page.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1]);
    expect(options).toContain('iqts');
    expect(options).toContain('ite-2025');
    expect(options).not.toContain('ite-2015');
    expect(page).toContain('International Qualified Teacher Status');
    expect(page).toMatch(/<form id="notes-form" method="post" action="\/api\/draft" enctype="multipart\/form-data"/);
    expect(page).toMatch(/formaction="\/api\/classify#observations">Preview observations/);
    expect(page).toMatch(/formaction="\/api\/draft">Draft Word report/);
    // Every visible control has a label.
    for (const id of ['notes', 'notesFile', 'framework', 'provider', 'dateFrom', 'dateTo', 'inspectorate', 'trackChanges']) {
      expect(page).toContain(`for="${id}"`);
      expect(page).toContain(`id="${id}"`);
    }
    expect(page).not.toMatch(/<script/i);
  });
});

describe('POST /api/classify', () => {
  it('returns contract-shaped observations for pasted notes, with names replaced', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/classify', payload: { notes: SMALL_NOTES, framework: 'iqts' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const observations = Observation.array().parse(JSON.parse(response.body));
    expect(observations.length).toBeGreaterThanOrEqual(5);
    const lines = SMALL_NOTES.split('\n');
    for (const observation of observations) {
      expect(observation.source.file).toBe('pasted-notes.txt');
      expect(lines[observation.source.line - 1]!.trim()).not.toBe('');
      expect(['leadership-and-management', 'programme-design-and-delivery', 'compliance']).toContain(observation.section);
      expect(observation.criterion.id).toMatch(/\S/);
      expect(observation.confidence).toBeGreaterThanOrEqual(0);
    }
    for (const name of SMALL_NAMES) expect(response.body).not.toContain(name);
  });

  it('renders a preview table for the form, marks rows to check and keeps an uploaded file as text', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/classify',
      headers: { accept: 'text/html,application/xhtml+xml' },
      payload: form({ framework: 'iqts', notes: '' }, { name: 'week-notes.md', bytes: Buffer.from(SMALL_NOTES) }),
    });
    expect(response.statusCode).toBe(200);
    const page = response.body;
    const rows = [...page.matchAll(/<tr(?: class="check")?>\n<td class="num">(\d+)<\/td>/g)];
    const json = await app.inject({ method: 'POST', url: '/api/classify', payload: { notes: SMALL_NOTES, framework: 'iqts', notesName: 'week-notes.md' } });
    const observations = Observation.array().parse(JSON.parse(json.body));
    expect(rows.map((row) => Number(row[1]))).toEqual(observations.map((observation) => observation.source.line));
    expect(page).toContain('Observations from week-notes.md');
    const unsure = observations.filter((observation) => observation.confidence < 0.5 || (observation.polarityConfidence ?? 1) < 0.5).length;
    expect((page.match(/<tr class="check">/g) ?? []).length).toBeGreaterThanOrEqual(unsure);
    // The file's text is put in the box (escaped), so "Draft Word report" on this page drafts the same notes.
    expect(page).toContain('&quot;always specific&quot;');
    expect(page).toContain('name="notesName" value="week-notes.md"');
    for (const name of ['Tobias', 'Grindley']) expect(page.split('<textarea')[0]).not.toContain(name);
  });

  it('reads a Word notes file', async () => {
    const document = new Document({ sections: [{ children: SMALL_NOTES.split('\n').map((line) => new Paragraph(line)) }] });
    const bytes = await Packer.toBuffer(document);
    const response = await app.inject({ method: 'POST', url: '/api/classify', payload: form({ framework: 'iqts' }, { name: 'notes.docx', bytes, type: DOCX }) });
    expect(response.statusCode).toBe(200);
    const observations = Observation.array().parse(JSON.parse(response.body));
    expect(observations.length).toBeGreaterThanOrEqual(5);
    expect(observations.every((observation) => observation.source.file === 'notes.docx')).toBe(true);
  });

  it('refuses empty notes with one line', async () => {
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/classify', payload: { notes: '  \n ', framework: 'iqts' } }), 400, 'notes-empty');
    expectOneLineError(
      await app.inject({ method: 'POST', url: '/api/classify', payload: form({ framework: 'iqts' }, { name: 'empty.txt', bytes: new Uint8Array() }) }),
      400,
      'notes-empty',
    );
  });

  it('refuses a binary upload, an unsupported file type and an oversized file', async () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 131) % 256;
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/classify', payload: form({ framework: 'iqts' }, { name: 'notes.txt', bytes: binary }) }), 400, 'binary-content');
    expectOneLineError(
      await app.inject({ method: 'POST', url: '/api/classify', payload: form({ framework: 'iqts' }, { name: 'notes.pdf', bytes: Buffer.from('%PDF-1.7 text') }) }),
      400,
      'unsupported-format',
    );
    const huge = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/classify', payload: form({ framework: 'iqts' }, { name: 'big.txt', bytes: huge }) }), 413, 'notes-too-large');
  });

  it('refuses a damaged Word file, and takes a url-encoded form', async () => {
    const damaged = await app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: form({ framework: 'iqts' }, { name: 'C:\\fakepath\\notes.docx', bytes: Buffer.from('PK not really a zip'), type: DOCX }),
    });
    expectOneLineError(damaged, 400, 'docx-corrupt');
    expect(JSON.parse(damaged.body).error).toMatch(/^\[docx-corrupt\] notes\.docx: /);
    const encoded = await app.inject({
      method: 'POST',
      url: '/api/classify',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ notes: SMALL_NOTES, framework: 'iqts' }).toString(),
    });
    expect(encoded.statusCode).toBe(200);
    expect(Observation.array().parse(JSON.parse(encoded.body)).length).toBeGreaterThanOrEqual(5);
  });

  it('refuses an unknown framework', async () => {
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/classify', payload: { notes: SMALL_NOTES, framework: 'ofsted-1999' } }), 400, 'framework-unknown');
  });

  it('answers a malformed JSON body with a fixed line that does not quote it', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/classify', headers: { 'content-type': 'application/json' }, payload: '{"notes": "Priya Ramanathan' });
    expectOneLineError(response, 400, 'invalid-argument');
    expect(response.body).not.toContain('Priya');
  });
});

describe('POST /api/draft', () => {
  it('returns a .docx download with no planted names, written first to the out folder', async () => {
    const notes = await readFile(new URL('iqts-dev-1.md', fixtures));
    const { names } = JSON.parse(await readFile(new URL('iqts-dev-1.labels.json', fixtures), 'utf8')) as { names: string[] };
    const response = await app.inject({
      method: 'POST',
      url: '/api/draft',
      headers: { accept: 'text/html' },
      payload: form({ framework: 'iqts', provider: 'Harbourside Universitý', dateFrom: '2026-03-09', dateTo: '2026-03-12', inspectorate: 'ISI' }, { name: 'iqts-dev-1.md', bytes: notes }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Harbourside University draft report\.docx"; filename\*=UTF-8''Harbourside%20Universit%C3%BD%20draft%20report\.docx$/);
    expect(Number(response.headers['x-drafter-observations'])).toBeGreaterThan(10);
    expect(Number(response.headers['x-drafter-paragraphs'])).toBeGreaterThan(0);
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const entries = unzip(bytes);
    expect(entries.has('word/document.xml')).toBe(true);
    const xml = [...entries].filter(([name]) => name.endsWith('.xml')).map(([, data]) => data.toString('utf8')).join('\n');
    expect(xml).toContain('Harbourside');
    for (const name of names) expect(xml).not.toContain(name);

    const saved = await readdir(outDir);
    const location = String(response.headers['content-location']);
    expect(saved).toContain(location.replace('/drafts/', ''));
    expect(location).toMatch(/^\/drafts\/harbourside-university-[0-9a-f]{12}\.docx$/);
    const again = await app.inject({ method: 'GET', url: location });
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.equals(bytes)).toBe(true);
  });

  it('gives the DraftResult summary as JSON on request', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/draft?format=json',
      payload: { notes: SMALL_NOTES, framework: 'iqts', provider: 'Fenwick SCITT', dates: ['2026-05-18', '2026-05-21'] },
    });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as DraftResult & { download: string; file: string };
    expect(DraftResult.parse(body).observations).toBeGreaterThanOrEqual(5);
    expect(body.out.startsWith(outDir)).toBe(true);
    expect(body.download).toBe(`/drafts/${body.file}`);
    const docx = await app.inject({ method: 'GET', url: body.download });
    expect(docx.headers['content-type']).toBe(DOCX);
    expect(unzip(docx.rawPayload).has('word/document.xml')).toBe(true);
  });

  it('refuses bad input with one line: empty notes, unknown framework, no template, no provider, bad dates', async () => {
    const good = { notes: SMALL_NOTES, framework: 'iqts', provider: 'Fenwick SCITT' };
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/draft', payload: { ...good, notes: '' } }), 400, 'notes-empty');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/draft', payload: { ...good, framework: 'iqts2' } }), 400, 'framework-unknown');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/draft', payload: { ...good, framework: 'ite-2015' } }), 400, 'template-missing');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/draft', payload: { ...good, provider: ' ' } }), 400, 'invalid-argument');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/draft', payload: { ...good, dates: ['2026-02-30'] } }), 400, 'invalid-argument');
    expectOneLineError(await app.inject({ method: 'GET', url: '/drafts/..%2Fcorpus%2Findex.json' }), 404, 'document-not-found');
    expectOneLineError(await app.inject({ method: 'GET', url: '/admin/queues' }), 404, 'document-not-found');
  });

  it('lists every problem on the page for the form path, keeping what was typed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/draft',
      headers: { accept: 'text/html' },
      payload: form({ framework: 'iqts', notes: '', provider: '', dateFrom: '2026-03-12', dateTo: '2026-03-09', inspectorate: 'Penta <International>' }),
    });
    expect(response.statusCode).toBe(400);
    const summary = response.body.split('<h1>')[0]!;
    expect(summary).toContain('There is a problem');
    expect(summary).toContain('href="#notes"');
    expect(summary).toContain('href="#provider"');
    expect(summary).toContain('href="#dateFrom"');
    expect(response.body).toContain('value="Penta &lt;International&gt;"');
    expect(response.body).not.toContain('Penta <International>');
  });
});

describe('POST /api/review', () => {
  const samples = new URL('../../corpus/samples/reports/', import.meta.url);

  function reviewForm(files: Array<{ name: string; bytes: Uint8Array }>): FormData {
    const body = new FormData();
    for (const file of files) body.append('reports', new Blob([new Uint8Array(file.bytes)]), file.name);
    return body;
  }

  it('reviews uploaded reports with findings named by the uploaded file, and says which could not be read', async () => {
    const report = await readFile(new URL('iqts-university-of-derby-2024.txt', samples));
    const response = await app.inject({
      method: 'POST',
      url: '/api/review',
      payload: reviewForm([
        { name: 'derby.txt', bytes: report },
        { name: 'shopping.txt', bytes: Buffer.from('eggs\nmilk\nbread\n') },
      ]),
    });
    expect(response.statusCode).toBe(200);
    const { findings } = JSON.parse(response.body) as { findings: Array<{ file: string; kind: string; severity: string; message: string }> };
    expect(findings.some((finding) => finding.file === 'shopping.txt' && finding.kind === 'unreadable')).toBe(true);
    expect(findings.every((finding) => ['derby.txt', 'shopping.txt'].includes(finding.file))).toBe(true);
    expect(response.body).not.toContain(tmpdir());

    const page = await app.inject({ method: 'POST', url: '/api/review', headers: { accept: 'text/html' }, payload: reviewForm([{ name: 'derby.txt', bytes: report }]) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h3>derby.txt</h3>');
    expect(page.body).toMatch(/\d+ errors?, \d+ warnings?, \d+ info in 1 report/);

    const word = await app.inject({ method: 'POST', url: '/api/review?format=docx', payload: reviewForm([{ name: 'derby.txt', bytes: report }]) });
    expect(word.headers['content-type']).toBe(DOCX);
    expect(unzip(word.rawPayload).get('word/document.xml')!.toString('utf8')).toContain('derby.txt');
  });

  it('refuses no files, an unsupported type, and a batch with nothing reviewable', async () => {
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/review', payload: reviewForm([]) }), 400, 'invalid-argument');
    expectOneLineError(await app.inject({ method: 'POST', url: '/api/review', payload: reviewForm([{ name: 'a.exe', bytes: Buffer.from('MZ') }]) }), 400, 'unsupported-format');
    const none = await app.inject({ method: 'POST', url: '/api/review', payload: reviewForm([{ name: 'list.txt', bytes: Buffer.from('eggs\nmilk\n') }]) });
    expectOneLineError(none, 400, 'not-a-report-or-framework');
    expect(none.body).toContain('list.txt');
    expect(none.body).not.toContain(tmpdir());
  });
});

describe('limits and logging', () => {
  it('answers 504 when a stage runs past the time limit, and removes a draft that lands late', async () => {
    const real = createInProcessRunner();
    const slow: Runner = {
      ...real,
      classify: async (request) => new Promise((resolve) => setTimeout(() => resolve(real.classify(request)), 300)),
    };
    const limited = await buildServer({ runner: slow, corpusDir: join(root, 'corpus'), outDir, timeoutMs: 50 });
    try {
      expectOneLineError(await limited.inject({ method: 'POST', url: '/api/classify', payload: { notes: SMALL_NOTES, framework: 'iqts' } }), 504, 'request-timeout');
    } finally {
      await limited.close();
    }
    const late: string[] = [];
    await expect(bounded(new Promise<string>((resolve) => setTimeout(() => resolve('late'), 30)), 5, 'drafting', (value) => late.push(value))).rejects.toThrow(
      /took longer than/,
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(late).toEqual(['late']);
  });

  it('logs one line per request and never the notes, names or provider', async () => {
    const joined = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) expect(line).toMatch(/^\S+Z ((GET|POST) \S+ \d{3} \d+ms$|warning: )/);
    for (const secret of [...SMALL_NAMES, 'Harbourside', 'Fenwick', 'safeguarding', 'week-notes']) expect(joined).not.toContain(secret);
  });

  it('names draft files safely', () => {
    expect(fileSlug('St Mary’s & All Saints’ SCITT (Ørsted)')).toBe('st-mary-s-all-saints-scitt-rsted');
    expect(fileSlug('  ')).toBe('provider');
    expect(contentDisposition('a/b"c\nd.docx')).toBe(`attachment; filename="a b c d.docx"; filename*=UTF-8''a%20b%20c%20d.docx`);
  });
});

describe('checkReason', () => {
  const observation = (confidence: number, polarityConfidence: number, text = 'mentor training patchy'): Observation =>
    Observation.parse({ text, source: { file: 'n.md', line: 1, heading: null }, polarity: 'improvement', section: 'leadership-and-management', criterion: { id: 'LM2.5', title: 'Mentors', score: 1 }, alternatives: [], confidence, polarityConfidence });

  it('names the weaker part of a low confidence, and says nothing of a sure one', () => {
    expect(checkReason(observation(0.9, 0.95))).toBeNull();
    expect(checkReason(observation(0.4, 0.45))).toBe('strength or weakness uncertain');
    expect(checkReason(observation(0.35, 0.95))).toBe('section uncertain');
    expect(checkReason(observation(0.45, 0.65))).toBe('section and polarity both a little uncertain');
  });
});
