import type { ParsedDocument } from '../schemas/index.js';

export interface CorpusStats {
  documents: number;
  reports: number;
  frameworks: number;
  byFramework: Record<string, number>;
  byYear: Record<string, number>;
  byOverallGrade: Record<string, number>;
  byProviderType: Record<string, number>;
  byFormat: Record<string, number>;
  strengths: number;
  areasForImprovement: number;
  paragraphs: number;
  criteria: number;
  warnings: number;
}

const bump = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);

/** Counts over a loaded corpus, for `drafter corpus stats`. */
export function corpusStats(docs: ParsedDocument[]): CorpusStats {
  const s: CorpusStats = {
    documents: docs.length,
    reports: 0,
    frameworks: 0,
    byFramework: {},
    byYear: {},
    byOverallGrade: {},
    byProviderType: {},
    byFormat: {},
    strengths: 0,
    areasForImprovement: 0,
    paragraphs: 0,
    criteria: 0,
    warnings: 0,
  };
  for (const d of docs) {
    if (d.source) bump(s.byFormat, d.source.format);
    s.warnings += d.diagnostics.filter((x) => x.severity !== 'info').length;
    if (d.kind === 'framework') {
      s.frameworks++;
      s.criteria += d.criteria.length;
      continue;
    }
    s.reports++;
    bump(s.byFramework, d.framework);
    bump(s.byYear, d.inspectionDates[0]?.slice(0, 4) ?? 'unknown');
    bump(s.byOverallGrade, d.overallGrade ?? 'none');
    bump(s.byProviderType, d.providerType ?? 'unknown');
    s.strengths += d.strengths.length;
    s.areasForImprovement += d.areasForImprovement.length;
    s.paragraphs += d.paragraphs.length;
  }
  return s;
}
