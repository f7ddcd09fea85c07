import type { Diagnostic, GradeEntry } from '../../schemas/index.js';
import { squash } from '../lines.js';

/** Normalises a provider type as printed ("Higher education institute", "SCITT") to HEI / SCITT / school-led. */
export function normaliseProviderType(text: string | undefined | null): string | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (/\bscitt\b|school[- ]centred/.test(t)) return 'SCITT';
  if (/higher education|\bhei\b|universit/.test(t)) return 'HEI';
  if (/school[- ]led|school direct|teach first|lead school|teaching school/.test(t)) return 'school-led';
  return null;
}

/** The first sentence of `text` that matches `re`. */
export function sentenceMatching(text: string, re: RegExp): string | null {
  const sentences = squash(text).split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.find((s) => re.test(s)) ?? null;
}

export const KNOWN_INSPECTORATES: Array<[RegExp, string]> = [
  [/Independent Schools Inspectorate|\bISI\b/, 'Independent Schools Inspectorate'],
  [/Penta International/i, 'Penta International'],
  [/\bOfsted\b|Office for Standards in Education|Her Majesty's Inspectors|\bHMI\b/, 'Ofsted'],
];

export function findInspectorate(text: string): string | null {
  for (const [re, name] of KNOWN_INSPECTORATES) if (re.test(text)) return name;
  return null;
}

/**
 * Reads label/value pairs from a details table whose cells may be on one line, on separate lines
 * or flattened into running text: the value of a label is the text up to the next known label.
 */
export function readLabelled(text: string, labels: Array<[string, RegExp]>): Record<string, string> {
  const t = squash(text);
  const hits: Array<{ name: string; start: number; end: number }> = [];
  for (const [name, re] of labels) {
    const m = new RegExp(re.source, re.flags.includes('i') ? 'i' : '').exec(t);
    if (m) hits.push({ name, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Record<string, string> = {};
  hits.forEach((hit, i) => {
    const value = t.slice(hit.end, i + 1 < hits.length ? hits[i + 1].start : undefined).replace(/^[\s:|]+|[\s|]+$/g, '');
    // a URL wrapped at a slash comes back with a space in it
    const mended = value.replace(/(https?:\/\/\S+\/)\s+(?=[\w.-])/g, '$1');
    if (mended) out[hit.name] = mended;
  });
  return out;
}

export interface TableSpec {
  /** Judgement row labels, printed name first, with a pattern for the whole label (incl. any question). */
  rows: Array<[string, RegExp]>;
  /** A grade cell as printed. */
  cell: RegExp;
  /** Column (phase) headers. */
  phase: RegExp;
}

/**
 * Reads a judgement table however it was extracted: one row per line with tab cells, cells on
 * their own lines, or flattened so the grades land inside the row label ("Overall effectiveness
 * How well does the partnership secure 1 2 1 consistently high-quality outcomes for trainees?").
 * The column headers come before the first row label; each row's grades are the grade cells
 * between its label and the next one. One GradeEntry per phase column (phase null for one column).
 */
export function readGradeTable(text: string, spec: TableSpec, diagnostics: Diagnostic[]): { phases: string[]; grades: GradeEntry[] } {
  const t = squash(text);
  const hits: Array<{ name: string; start: number; end: number }> = [];
  for (const [name, re] of spec.rows) {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(t);
    if (m) hits.push({ name, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  if (hits.length === 0) return { phases: [], grades: [] };
  const header = t.slice(0, hits[0].start);
  const phases = [...header.matchAll(new RegExp(spec.phase.source, 'g'))].map((m) => squash(m[0]));
  const columns = Math.max(1, phases.length);
  const grades: GradeEntry[] = [];
  hits.forEach((hit, i) => {
    // the grade may sit inside the label (flattened) or after it
    const labelText = t.slice(hit.start, hit.end);
    const after = t.slice(hit.end, i + 1 < hits.length ? hits[i + 1].start : undefined);
    const region = `${labelText.slice(hit.name.length)} ${after}`;
    const cells = [...region.matchAll(new RegExp(spec.cell.source, 'gi'))].map((m) => m[0]);
    if (cells.length === 0) return;
    if (cells.length < columns) {
      diagnostics.push({ code: 'grade-table-short-row', severity: 'warning', message: `judgement table row "${hit.name}" has ${cells.length} grades for ${columns} phases` });
    }
    cells.slice(0, columns).forEach((grade, c) => {
      grades.push({ judgement: hit.name, phase: columns > 1 ? (phases[c] ?? null) : null, grade: normaliseCell(grade) });
    });
  });
  return { phases, grades };
}

function normaliseCell(cell: string): string {
  const t = squash(cell);
  return /^[a-z]/.test(t) ? t[0].toUpperCase() + t.slice(1) : t;
}

/** Cuts Ofsted's closing publication boilerplate off a details table. */
export function withoutBoilerplate(text: string): string {
  const at = text.search(/The Office for Standards in Education|If you would like a copy of this document|©\s*Crown copyright|You may reuse this information/);
  return at >= 0 ? text.slice(0, at) : text;
}
