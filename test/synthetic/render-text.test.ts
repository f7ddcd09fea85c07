/** Synthetic reports rendered in their published shape read back through the real parser. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { generateReports, renderReportText, SYNTHETIC_BANNER } from '../../src/synthetic/index.js';

// The parser folds typographic apostrophes to plain ones.
const plain = (items: string[]) => items.map((s) => s.replace(/\u2019/g, "'"));

describe('renderReportText', () => {
  it('gives iQTS and 2015-handbook text that parses back to the same report', async () => {
    const reports = generateReports(60, { seed: 8, frameworks: ['iqts', 'ite-2015'] });
    for (const report of reports) {
      const text = renderReportText(report);
      expect(text.trimEnd().endsWith(SYNTHETIC_BANNER)).toBe(true);
      const parsed = await parseDocument(Buffer.from(text), `${report.provider}.txt`);
      expect(parsed.kind).toBe('report');
      if (parsed.kind !== 'report') continue;
      expect(parsed.framework).toBe(report.framework);
      expect(parsed.provider).toBe(report.provider);
      expect(parsed.inspectionDates).toEqual(report.inspectionDates);
      expect(plain(parsed.strengths)).toEqual(plain(report.strengths));
      expect(plain(parsed.areasForImprovement)).toEqual(plain(report.areasForImprovement));
      expect(parsed.paragraphs.map((p) => p.number)).toEqual(report.paragraphs.map((p) => p.number));
    }
  });

  it('gives 2020-framework text whose improvement list and paragraphs parse back', async () => {
    const [report] = generateReports(1, { seed: 4, frameworks: ['ite-2020'] });
    const parsed = await parseDocument(Buffer.from(renderReportText(report)), 'r.txt');
    expect(parsed.kind).toBe('report');
    if (parsed.kind !== 'report') return;
    expect(parsed.framework).toBe('ite-2020');
    expect(plain(parsed.areasForImprovement)).toEqual(plain(report.areasForImprovement));
    expect(parsed.paragraphs).toHaveLength(report.paragraphs.length);
  });
});
