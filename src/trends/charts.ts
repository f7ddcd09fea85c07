/**
 * Charts for the main trend views, as Vega-Lite specs rendered headless to SVG (Vega's 'none'
 * renderer needs no browser or canvas) and to PNG with resvg. Each chart is one framework: criteria
 * are not comparable across framework versions.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { FrameworkTrends, TrendsResult } from './compute-trends.js';
import { UNMAPPED } from './count-themes.js';
import type { Dimension } from './dimensions.js';

export interface ChartDefinition {
  /** File stem: "<framework>-<view>". */
  name: string;
  title: string;
  spec: TopLevelSpec;
}

export interface RenderedChart {
  name: string;
  svg: string;
  png: Buffer;
}

const FONT = 'DejaVu Sans';

// DejaVu Sans advance widths (1/1000 em) for ASCII 32–126, regular and bold, measured with resvg.
// Vega's headless renderer has no canvas to measure text and guesses 0.8 em a character, which
// truncates labels early and pads charts with blank space; these widths match what resvg draws.
const ADVANCE = {
  normal: [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,711,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,594,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,344,635,634,278,278,579,278,974,634,612,635,635,394,521,392,634,592,818,592,592,525,636,337,636,838],
  bold: [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,678,704,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,405,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838],
};

/** Text width in pixels as resvg will draw it in DejaVu Sans. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? ADVANCE.bold : ADVANCE.normal;
  let units = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    units += code >= 32 && code < 127 ? table[code - 32] : 640;
  }
  return (units / 1000) * fontSize;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  text?: unknown;
}
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
metrics.width = (item, text) => {
  const value = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  return textWidth(value, size, weight === 'bold' || (typeof weight === 'number' && weight >= 600) || weight === '700');
};
const DIMENSION_TITLE: Record<Dimension, string> = {
  year: 'year',
  grade: 'grade',
  phase: 'phase',
  inspectorate: 'inspectorate',
  'provider-type': 'provider type',
};

/** A criterion as a chart label: "LM2.5 Mentor identification, training…" for short ids, the title for path-like ids. */
export function criterionLabel(id: string, title: string, max = 52): string {
  const label = id.length <= 6 ? `${id} ${title}` : title;
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}\u2026` : label;
}

function subtitle(result: TrendsResult, fw: FrameworkTrends, what: string): string[] {
  const lines = [`${what} · ${fw.reports} report${fw.reports === 1 ? '' : 's'} · ${fw.title}`];
  if (result.corpus.includedSynthetic > 0) lines.push('SYNTHETIC DATA: generated reports, not real inspections');
  return lines;
}

const baseConfig = {
  font: FONT,
  background: 'white',
  padding: 12,
  title: { anchor: 'start' as const, fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555' },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 360 },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 480 },
  view: { stroke: null },
};

function topCriteria(fw: FrameworkTrends, n: number) {
  return fw.criteria.filter((c) => c.id !== UNMAPPED && c.improvement.reports > 0).slice(0, n);
}

/** Areas for improvement by criterion: share of reports raising each, bars coloured by section. */
export function afiByCriterionChart(result: TrendsResult, fw: FrameworkTrends, top = 15): ChartDefinition {
  const sectionTitle = new Map(fw.sections.map((section) => [section.id, section.title]));
  const values = topCriteria(fw, top).map((c) => ({
    criterion: criterionLabel(c.id, c.title),
    section: sectionTitle.get(c.section) ?? (c.section || 'other'),
    share: c.improvement.share,
    reports: c.improvement.reports,
    label: `${Math.round(c.improvement.share * 100)}% (${c.improvement.reports})`,
  }));
  return {
    name: `${fw.framework}-afi-by-criterion`,
    title: 'Areas for improvement by criterion',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: 'Areas for improvement by criterion', subtitle: subtitle(result, fw, 'Share of reports raising each criterion') },
      data: { values },
      width: 420,
      height: { step: 20 },
      encoding: {
        y: { field: 'criterion', type: 'nominal', sort: values.map((v) => v.criterion), title: null },
        x: { field: 'share', type: 'quantitative', title: 'Share of reports', axis: { format: '.0%', tickCount: 6 }, scale: { zero: true, nice: true } },
      },
      layer: [
        {
          mark: { type: 'bar', cornerRadiusEnd: 2 },
          encoding: { color: { field: 'section', type: 'nominal', title: 'Section', legend: { orient: 'bottom', columns: 2 } } },
        },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: '#333' }, encoding: { text: { field: 'label' } } },
      ],
      config: baseConfig,
    } as TopLevelSpec,
  };
}

/** Share of reports per year raising each of the `top` most raised criteria as an area for improvement. */
export function afiShareByYearChart(result: TrendsResult, fw: FrameworkTrends, top = 5): ChartDefinition | null {
  const years = fw.breakdowns.year.groups.filter((g) => /^\d{4}$/.test(g.value));
  if (years.length < 2) return null;
  const criteria = topCriteria(fw, top);
  const values = criteria.flatMap((c) =>
    years.map((g) => {
      const cell = fw.breakdowns.year.cells.find((x) => x.kind === 'improvement' && x.criterionId === c.id && x.group === g.value);
      return { year: g.value, criterion: criterionLabel(c.id, c.title, 64), share: cell?.share ?? 0, reports: g.reports };
    }),
  );
  return {
    name: `${fw.framework}-afi-share-by-year`,
    title: 'Areas for improvement by year',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: 'Areas for improvement by year', subtitle: subtitle(result, fw, `Share of each year's reports raising the ${criteria.length} most raised criteria`) },
      data: { values },
      width: 520,
      height: 300,
      mark: { type: 'line', point: { size: 50, filled: true }, strokeWidth: 2 },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'Year of inspection', axis: { labelAngle: 0 } },
        y: { field: 'share', type: 'quantitative', title: 'Share of reports', axis: { format: '.0%' }, scale: { domainMin: 0 } },
        color: { field: 'criterion', type: 'nominal', title: 'Criterion', sort: criteria.map((c) => criterionLabel(c.id, c.title, 64)), legend: { orient: 'bottom', columns: 1 } },
      },
      config: baseConfig,
    } as TopLevelSpec,
  };
}

/** Heatmap: share of reports in each group raising each of the top criteria as an area for improvement. */
export function afiByGroupChart(result: TrendsResult, fw: FrameworkTrends, dimension: Dimension, top = 12): ChartDefinition | null {
  const breakdown = fw.breakdowns[dimension];
  if (breakdown.groups.length < 1) return null;
  const criteria = topCriteria(fw, top);
  const cells = new Map(breakdown.cells.filter((c) => c.kind === 'improvement').map((c) => [`${c.group}\u0000${c.criterionId}`, c]));
  const values = criteria.flatMap((c) =>
    breakdown.groups.map((g) => {
      const share = cells.get(`${g.value}\u0000${c.id}`)?.share ?? 0;
      return { group: `${g.value} (${g.reports})`, criterion: criterionLabel(c.id, c.title), share, label: `${Math.round(share * 100)}%` };
    }),
  );
  const groupOrder = breakdown.groups.map((g) => `${g.value} (${g.reports})`);
  // Columns wide enough for the longest group label ("Requires improvement (171)").
  const step = Math.ceil(Math.max(70, ...groupOrder.map((label) => textWidth(label, 11) + 14)));
  const criterionOrder = criteria.map((c) => criterionLabel(c.id, c.title));
  const name = DIMENSION_TITLE[dimension];
  return {
    name: `${fw.framework}-afi-by-${dimension}`,
    title: `Areas for improvement by ${name}`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: `Areas for improvement by ${name}`, subtitle: subtitle(result, fw, `Share of each group's reports raising the criterion (reports per group in brackets)`) },
      data: { values },
      width: { step },
      height: { step: 24 },
      encoding: {
        x: { field: 'group', type: 'ordinal', sort: groupOrder, title: upperFirst(name), axis: { orient: 'top', labelAngle: 0, labelLimit: step } },
        y: { field: 'criterion', type: 'ordinal', sort: criterionOrder, title: null },
      },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: { field: 'share', type: 'quantitative', title: 'Share', scale: { scheme: 'blues', domainMin: 0 }, legend: { format: '.0%' } },
          },
        },
        {
          mark: { type: 'text', fontSize: 10 },
          encoding: {
            text: { field: 'label' },
            color: { condition: { test: 'datum.share > 0.45', value: 'white' }, value: '#222' },
          },
        },
      ],
      config: baseConfig,
    } as TopLevelSpec,
  };
}

/** The main views for every framework in the result (plus a heatmap for each extra dimension asked for). */
export function trendCharts(result: TrendsResult, dimensions: Dimension[] = ['provider-type']): ChartDefinition[] {
  const charts: ChartDefinition[] = [];
  for (const fw of result.frameworks) {
    if (topCriteria(fw, 1).length === 0) continue;
    charts.push(afiByCriterionChart(result, fw));
    const byYear = afiShareByYearChart(result, fw);
    if (byYear) charts.push(byYear);
    for (const dimension of new Set<Dimension>(['provider-type', ...dimensions])) {
      const chart = afiByGroupChart(result, fw, dimension);
      if (chart) charts.push(chart);
    }
  }
  return charts;
}

/** Vega-Lite → Vega → SVG text, headless. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG → PNG at `scale` × (2 by default, sharp enough to paste into a paper). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: FONT },
    background: 'white',
  });
  return resvg.render().asPng();
}

export async function renderChart(chart: ChartDefinition, scale = 2): Promise<RenderedChart> {
  const svg = await renderSvg(chart.spec);
  return { name: chart.name, svg, png: svgToPng(svg, scale) };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
