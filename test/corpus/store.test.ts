import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument, listCorpus, loadCorpus, showDocument } from '../../src/corpus/index.js';
import { createInProcessRunner } from '../../src/pipeline/in-process.js';
import { IQTS_TXT, ITE_TXT, root } from '../ingest/samples.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafter-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus store', () => {
  it('stores one JSON document per content hash plus an index, and re-ingest is a duplicate', async () => {
    const first = await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    expect(first).toMatchObject({ status: 'ingested', kind: 'report', reason: null, code: null });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(dir, 'documents', `${first.hash}.json`))).toBe(true);
    const again = await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    expect(again).toMatchObject({ status: 'duplicate', hash: first.hash });
    // the same bytes under another name are the same document
    copyFileSync(IQTS_TXT, join(dir, 'copy.txt'));
    expect((await ingestDocument({ path: join(dir, 'copy.txt'), corpusDir: dir })).status).toBe('duplicate');
    expect(await listCorpus(dir)).toHaveLength(1);
    expect(readdirSync(join(dir, 'documents'))).toEqual([`${first.hash}.json`]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('the same report in another format is a duplicate, not a second report', async () => {
    const txt = await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    const pdf = await ingestDocument({ path: join(root, 'test/fixtures/pdf/iqts-derby.pdf'), corpusDir: dir });
    expect(pdf.status).toBe('duplicate');
    expect(pdf.hash).not.toBe(txt.hash);
    expect(pdf.reason).toMatch(/^same report as [0-9a-f]{12} \(iqts-university-of-derby-2024\.txt\)/);
    expect(await listCorpus(dir)).toHaveLength(1);
  });

  it('loads, lists and shows documents by hash prefix', async () => {
    const a = await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    const b = await ingestDocument({ path: ITE_TXT, corpusDir: dir });
    const docs = await loadCorpus(dir);
    expect(docs.map((d) => (d.kind === 'report' ? d.provider : d.id))).toEqual(['University of Derby', 'Loughborough University ITE Partnership']);
    const entries = await listCorpus(dir);
    expect(entries[1]).toMatchObject({ hash: b.hash, kind: 'report', framework: 'ite-2015', provider: 'Loughborough University ITE Partnership', overallGrade: '1' });
    const shown = await showDocument(dir, a.hash!.slice(0, 8));
    expect(shown.kind === 'report' && shown.paragraphs.length).toBe(28);
    await expect(showDocument(dir, 'ffff0000')).rejects.toMatchObject({ code: 'document-not-found' });
    await expect(showDocument(dir, 'xyz')).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('an empty or missing corpus loads as empty; a missing index is rebuilt from documents/', async () => {
    expect(await loadCorpus(join(dir, 'nothing-here'))).toEqual([]);
    await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    rmSync(join(dir, 'index.json'));
    expect(await listCorpus(dir)).toHaveLength(1);
  });

  it('reports an invalid stored document as one line naming the file', async () => {
    const { hash } = await ingestDocument({ path: IQTS_TXT, corpusDir: dir });
    const path = join(dir, 'documents', `${hash}.json`);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    delete doc.provider;
    writeFileSync(path, JSON.stringify(doc));
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corpus-invalid' });
    expect((error as Error).message).toContain(`${hash}.json`);
    expect((error as Error).message).toContain('provider');
    expect((error as Error).message).not.toContain('\n');
    writeFileSync(join(dir, 'index.json'), '{ not json');
    await expect(listCorpus(dir)).rejects.toMatchObject({ code: 'corpus-invalid' });
  });

  it('never throws for bad input: a batch keeps going and each failure has its code and one-line reason', async () => {
    const pdf = (n: string) => join(root, 'test/fixtures/pdf', n);
    const requests = [
      pdf('encrypted.pdf'),
      pdf('iqts-derby.pdf'),
      pdf('scanned.pdf'),
      pdf('truncated.pdf'),
      pdf('empty.pdf'),
      join(root, 'test/fixtures/text/not-a-report.txt'),
      join(dir, 'does-not-exist.pdf'),
      ITE_TXT,
    ].map((path) => ({ path, corpusDir: dir }));
    const outcomes = await createInProcessRunner().ingest(requests);
    expect(outcomes.map((o) => [o.file, o.status, o.code])).toEqual([
      ['encrypted.pdf', 'failed', 'pdf-encrypted'],
      ['iqts-derby.pdf', 'ingested', null],
      ['scanned.pdf', 'failed', 'pdf-no-text-layer'],
      ['truncated.pdf', 'failed', 'pdf-corrupt'],
      ['empty.pdf', 'failed', 'file-empty'],
      ['not-a-report.txt', 'failed', 'not-a-report-or-framework'],
      ['does-not-exist.pdf', 'failed', 'file-not-found'],
      ['ite-2015-loughborough-university-2018.txt', 'ingested', null],
    ]);
    for (const o of outcomes.filter((x) => x.status === 'failed')) {
      expect(o.reason).toMatch(new RegExp(`^\\[${o.code}\\] `));
      expect(o.reason).not.toContain('\n');
    }
    expect(await listCorpus(dir)).toHaveLength(2);
  });

  it('concurrent ingests into one corpus lose no index entries', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => {
      const p = join(dir, `r${i}.txt`);
      writeFileSync(p, readFileSync(IQTS_TXT, 'utf8').replace('University of Derby\n', `University of Derby ${i}\n`));
      return p;
    });
    const outcomes = await Promise.all([...texts, ...texts].map((path) => ingestDocument({ path, corpusDir: dir })));
    expect(outcomes.filter((o) => o.status === 'ingested')).toHaveLength(6);
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(6);
    expect(await listCorpus(dir)).toHaveLength(6);
  });
});
