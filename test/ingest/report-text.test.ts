import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ingest/index.js';
import { asReport, expectIqtsSample, expectIteSample, iqtsText, iteText } from './samples.js';

describe('plain-text reports (the seed samples as published text)', () => {
  it('reads every field of the iQTS report', async () => {
    const r = asReport(await parseText(iqtsText(), 'iqts.txt'));
    expectIqtsSample(r);
    expect(r.source).toMatchObject({ file: 'iqts.txt', format: 'text' });
    expect(r.source!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads every field of the Ofsted ITE 2015 report', async () => {
    expectIteSample(asReport(await parseText(iteText(), 'ite.txt')));
  });

  it('reads Markdown the same as text', async () => {
    const md = iqtsText()
      .replace(/^(Quality of leadership and management|Area of strength|Areas identified for improvement)$/gm, '## $1')
      .replace(/^- /gm, '* ');
    expectIqtsSample(asReport(await parseText(md, 'iqts.md')));
  });
});
