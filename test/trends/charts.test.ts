import { describe, expect, it } from 'vitest';
import { loadFrameworkSync } from '../../src/frameworks/index.js';
import { generateReports } from '../../src/synthetic/index.js';
import {
  afiByCriterionChart,
  afiByGroupChart,
  afiShareByYearChart,
  computeTrends,
  keywordMapper,
  renderChart,
  trendCharts,
  type FrameworkTrends,
} from '../../src/trends/index.js';
import { HAND_COUNTED, ruleMapper } from './fixtures/hand-counted.js';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('trend charts', () => {
  const iqts = loadFrameworkSync('iqts');
  const result = computeTrends(HAND_COUNTED, { frameworks: [iqts], mapperFor: ruleMapper });
  const fw = result.frameworks[0] as FrameworkTrends;

  it('draws areas for improvement by criterion as bars with their labels', async () => {
    const chart = await renderChart(afiByCriterionChart(result, fw));
    expect(chart.name).toBe('iqts-afi-by-criterion');
    expect(chart.svg.startsWith('<svg')).toBe(true);
    // One bar per criterion raised (LM2.5, LM2.6, LM3.2, LM2.1), each labelled with share and count.
    expect(chart.svg.match(/<path[^>]*aria-roledescription="bar"/g) ?? []).toHaveLength(4);
    expect(chart.svg).toContain('LM2.5 Mentor identification, training and monitoring');
    expect(chart.svg).toContain('60% (3)');
    expect(chart.svg).not.toContain('SYNTHETIC');
    expect(chart.png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    const size = pngSize(chart.png);
    expect(size.width).toBeGreaterThan(600);
    expect(size.width).toBeLessThan(4000);
    expect(size.height).toBeGreaterThan(200);
  });

  it('draws the share by year as lines and the provider-type view as a heatmap', async () => {
    const byYear = afiShareByYearChart(result, fw);
    expect(byYear).not.toBeNull();
    const lines = await renderChart(byYear!);
    expect(lines.svg).toContain('mark-line');
    expect(lines.svg).toContain('mark-symbol');
    expect(lines.svg).toContain('2023');
    const heat = await renderChart(afiByGroupChart(result, fw, 'provider-type')!);
    expect(heat.svg).toContain('mark-rect');
    expect(heat.svg).toContain('school-led (1)');
    expect(heat.svg).toContain('100%');
    expect(pngSize(heat.png).width).toBeGreaterThan(400);
  });

  it('makes the main views per framework and flags synthetic data on the chart', async () => {
    const reports = generateReports(120, { seed: 11, frameworks: ['ite-2020'] });
    const synthetic = computeTrends(reports, { frameworks: [loadFrameworkSync('ite-2020')], mapperFor: keywordMapper });
    const charts = trendCharts(synthetic, ['grade']);
    expect(charts.map((c) => c.name)).toEqual(['ite-2020-afi-by-criterion', 'ite-2020-afi-share-by-year', 'ite-2020-afi-by-provider-type', 'ite-2020-afi-by-grade']);
    const rendered = await renderChart(charts[0]);
    expect(rendered.svg).toContain('SYNTHETIC DATA');
  });
});
