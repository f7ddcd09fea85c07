/**
 * The facets an analyst breaks trends down by, read off a report and put into a small fixed
 * vocabulary, so "Higher education institute", "HEI" and "University" count as one group.
 */
import type { Framework, Report } from '../schemas/index.js';

export const DIMENSIONS = ['year', 'grade', 'phase', 'inspectorate', 'provider-type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const UNKNOWN = 'unknown';

/** Year of the last inspection day: the judgement is made then (2015-handbook reports span two stages). */
export function reportYear(report: Report): string {
  const last = [...report.inspectionDates].sort().at(-1);
  return last ? last.slice(0, 4) : UNKNOWN;
}

/** Position of a printed grade on the framework's scale (0 = best), or -1. */
export function gradeIndex(printed: string, framework: Framework): number {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const wanted = norm(printed);
  const digit = /^(?:grade )?(\d)$/.exec(wanted)?.[1];
  return framework.gradeScale.findIndex(
    (level) => norm(level.grade) === wanted || norm(level.label) === wanted || (digit !== undefined && norm(level.grade) === digit),
  );
}

/** How a grade is shown: the words where the scale has them ("Outstanding", not "1"; "Grade 3" for iQTS). */
export function gradeName(index: number, framework: Framework): string {
  const level = framework.gradeScale[index];
  if (!level) return UNKNOWN;
  if (/[a-z]/i.test(level.grade)) return level.grade;
  return /[a-z]/i.test(level.label) ? level.label.charAt(0).toUpperCase() + level.label.slice(1) : level.grade;
}

/**
 * The report's headline grade: its overall grade, else its overall-effectiveness grades, else (toolkit
 * reports have no overall grade) its area grades. Where several phases or areas are graded, the lowest
 * counts: that is the judgement the provider must act on.
 */
export function reportGrade(report: Report, framework: Framework): { name: string; rank: number } {
  const candidates = report.overallGrade
    ? [report.overallGrade]
    : report.grades.some((g) => /overall/i.test(g.judgement))
      ? report.grades.filter((g) => /overall/i.test(g.judgement)).map((g) => g.grade)
      : report.grades.map((g) => g.grade);
  const indices = candidates.map((g) => gradeIndex(g, framework)).filter((i) => i >= 0);
  if (indices.length === 0) return { name: UNKNOWN, rank: Number.MAX_SAFE_INTEGER };
  const worst = Math.max(...indices);
  return { name: gradeName(worst, framework), rank: worst };
}

const PHASES: Array<[RegExp, string]> = [
  [/early/i, 'Early years'],
  [/primary/i, 'Primary'],
  [/secondary/i, 'Secondary'],
  [/further|\bfe\b|skills/i, 'Further education and skills'],
];

/** The phases a report covers, in one vocabulary. A report of several phases belongs to each. */
export function reportPhases(report: Report): string[] {
  const out = new Set<string>();
  for (const phase of report.phases) {
    const hit = PHASES.find(([pattern]) => pattern.test(phase));
    out.add(hit ? hit[1] : phase.trim());
  }
  return out.size ? [...out] : [UNKNOWN];
}

/** ISI, Penta International or Ofsted. Ofsted is the only inspectorate of ITE in England, so ite-* reports without one are Ofsted's. */
export function reportInspectorate(report: Report): string {
  const text = report.inspectorate ?? '';
  if (/\bISI\b|independent schools inspectorate/i.test(text)) return 'ISI';
  if (/penta/i.test(text)) return 'Penta International';
  if (/ofsted|\bHMI\b|majesty/i.test(text)) return 'Ofsted';
  if (text.trim()) return text.trim();
  return report.framework.startsWith('ite-') ? 'Ofsted' : UNKNOWN;
}

/**
 * HEI, SCITT or school-led, from the report's provider type, else its details table ("Type of ITE
 * partnership"), else the provider's name ("… SCITT", "University of …").
 */
export function reportProviderType(report: Report): string {
  const detail = Object.entries(report.details).find(([key]) => /type of/i.test(key))?.[1];
  for (const text of [report.providerType, detail, report.provider]) {
    if (!text) continue;
    if (/scitt|school[- ]centred/i.test(text)) return 'SCITT';
    if (/school[- ]led|school direct|teaching school|\btrust\b|\bMAT\b|academy/i.test(text)) return 'school-led';
    if (/\bHEI\b|higher education|universit|college/i.test(text)) return 'HEI';
  }
  return report.providerType?.trim() || UNKNOWN;
}

/** The group(s) a report falls in along one dimension. */
export function dimensionValues(report: Report, framework: Framework, dimension: Dimension): string[] {
  switch (dimension) {
    case 'year':
      return [reportYear(report)];
    case 'grade':
      return [reportGrade(report, framework).name];
    case 'phase':
      return reportPhases(report);
    case 'inspectorate':
      return [reportInspectorate(report)];
    case 'provider-type':
      return [reportProviderType(report)];
  }
}

/** Orders groups sensibly: years ascending, grades best first, others by a fixed list then name. */
export function groupOrder(dimension: Dimension, framework: Framework): (a: string, b: string) => number {
  const fixed: Partial<Record<Dimension, string[]>> = {
    phase: PHASES.map(([, name]) => name),
    'provider-type': ['HEI', 'SCITT', 'school-led'],
    inspectorate: ['ISI', 'Penta International', 'Ofsted'],
  };
  const rank = (value: string): number => {
    if (value === UNKNOWN) return Number.MAX_SAFE_INTEGER;
    if (dimension === 'grade') {
      const i = framework.gradeScale.findIndex((_, k) => gradeName(k, framework) === value);
      return i < 0 ? 1000 : i;
    }
    const list = fixed[dimension];
    const i = list ? list.indexOf(value) : -1;
    return i < 0 ? 1000 : i;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}
