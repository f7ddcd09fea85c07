import { describe, expect, it } from 'vitest';
import { loadFrameworkSync } from '../../src/frameworks/index.js';
import { Report } from '../../src/schemas/index.js';
import { generateLabelledReports, generateReports, PLANTED, Prng } from '../../src/synthetic/index.js';
import { computeTrends, gradeIndex, keywordMapper, reportProviderType } from '../../src/trends/index.js';

describe('Prng', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng('42x');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateReports', () => {
  it('is deterministic for a seed, and a longer run extends a shorter one', () => {
    const first = generateReports(40, { seed: 9 });
    expect(generateReports(40, { seed: 9 })).toEqual(first);
    expect(generateReports(60, { seed: 9 }).slice(0, 40)).toEqual(first);
    expect(generateReports(40, { seed: 10 })).not.toEqual(first);
  });

  it('marks every report synthetic, names fictional providers and validates against the Report schema', () => {
    const reports = generateReports(200, { seed: 3 });
    const hashes = new Set<string>();
    for (const [i, report] of reports.entries()) {
      expect(Report.safeParse(report).success).toBe(true);
      expect(report.source?.synthetic).toBe(true);
      expect(report.provider).toBe(`Synthetic Provider ${String(i + 1).padStart(4, '0')}`);
      expect(report.source?.hash).toMatch(/^[0-9a-f]{64}$/);
      hashes.add(report.source?.hash ?? '');
      // Numbered paragraphs run 1..n without gaps; dates are ISO and sorted.
      expect(report.paragraphs.map((p) => p.number)).toEqual(report.paragraphs.map((_, k) => k + 1));
      expect([...report.inspectionDates].sort()).toEqual(report.inspectionDates);
    }
    expect(hashes.size).toBe(200);
  });

  it('covers the four frameworks with their own inspectorates, years, grades and provider types', () => {
    const reports = generateReports(400, { seed: 5 });
    const frameworks = new Set(reports.map((r) => r.framework));
    expect([...frameworks].sort()).toEqual(['iqts', 'ite-2015', 'ite-2020', 'ite-2025']);
    for (const report of reports) {
      const year = Number(report.inspectionDates.at(-1)?.slice(0, 4));
      const framework = loadFrameworkSync(report.framework);
      if (report.framework === 'iqts') {
        expect(['ISI', 'Penta International']).toContain(report.inspectorate);
        expect(year).toBeGreaterThanOrEqual(2023);
      } else {
        expect(report.inspectorate).toBe('Ofsted');
      }
      if (report.framework === 'ite-2015') expect(year).toBeLessThanOrEqual(2019);
      if (report.framework === 'ite-2025') expect(report.overallGrade).toBeNull();
      // Every printed grade is on the framework's own scale.
      for (const g of report.grades) expect(gradeIndex(g.grade, framework)).toBeGreaterThanOrEqual(0);
      expect(['HEI', 'SCITT', 'school-led']).toContain(reportProviderType(report));
    }
    expect(new Set(reports.map((r) => r.providerType))).toEqual(new Set(['HEI', 'SCITT', 'school-led']));
  });

  it('puts a paragraph behind every area for improvement', () => {
    for (const { report } of generateLabelledReports(60, { seed: 2, frameworks: ['iqts'] })) {
      const body = report.paragraphs.map((p) => p.text).join('\n');
      for (const afi of report.areasForImprovement) expect(body).toContain(afi.slice(1));
    }
  });

  it('respects framework and year filters, and refuses impossible ones', () => {
    const reports = generateReports(50, { seed: 1, frameworks: ['ite-2020'], years: [2022, 2023] });
    expect(new Set(reports.map((r) => r.framework))).toEqual(new Set(['ite-2020']));
    expect(new Set(reports.map((r) => r.inspectionDates[0].slice(0, 4)))).toEqual(new Set(['2022', '2023']));
    expect(() => generateReports(5, { frameworks: ['ite-2015'], years: [2024] })).toThrow(/in use in the years/);
    expect(() => generateReports(-1)).toThrow(/whole number/);
  });
});

describe('planted trends', () => {
  const reports = generateReports(1200, { seed: 21, frameworks: ['ite-2020'] });
  const framework = loadFrameworkSync('ite-2020');
  const result = computeTrends(reports, { frameworks: [framework], mapperFor: keywordMapper });
  const fw = result.frameworks[0];

  it('recovers mentor-training shortfalls rising year on year', () => {
    expect(PLANTED.risingByYear).toBe('mentor-training');
    const mentor = fw.criteria.find((c) => c.id === 'leadership-and-management/mentor-training');
    expect(mentor?.yearTrend).not.toBeNull();
    const trend = mentor!.yearTrend!;
    expect(trend.years).toBe(5);
    expect(trend.slope).toBeGreaterThan(0.04);
    expect(trend.last.share - trend.first.share).toBeGreaterThan(0.2);
    expect(trend.z).toBeGreaterThan(0);
    expect(trend.p).toBeLessThan(0.001);
    // It is the steepest rise of any criterion.
    const steepest = [...fw.criteria].filter((c) => c.yearTrend).sort((a, b) => b.yearTrend!.slope - a.yearTrend!.slope)[0];
    expect(steepest.id).toBe('leadership-and-management/mentor-training');
  });

  it('recovers quality-assurance shortfalls being commoner at school-led providers', () => {
    const qa = 'leadership-and-management/vision-and-ambition';
    const share = (group: string) =>
      fw.breakdowns['provider-type'].cells.find((c) => c.kind === 'improvement' && c.criterionId === qa && c.group === group)?.share ?? 0;
    expect(share('school-led')).toBeGreaterThan(share('HEI') + 0.08);
    expect(share('school-led')).toBeGreaterThan(share('SCITT') + 0.08);
    expect(fw.breakdowns['provider-type'].tests.find((t) => t.criterionId === qa)?.p).toBeLessThan(0.01);
  });

  it('keeps unplanted themes roughly level', () => {
    const workload = fw.criteria.find((c) => c.id === 'leadership-and-management/workload-and-well-being');
    expect(Math.abs(workload!.yearTrend!.slope)).toBeLessThan(0.03);
  });
});
