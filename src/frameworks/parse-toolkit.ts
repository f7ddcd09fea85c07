import type { Criterion, Diagnostic, Framework, FrameworkSection, GradeLevel, LevelDescriptor, SourceInfo } from '../schemas/index.js';
import { collapse, contentWords, firstMonthYear, prose, sentence, slug, stripMarkup, titleSimilarity } from './text.js';

/**
 * Ofsted's ITE inspection toolkit: per evaluation area a table with one column per grade
 * (consultation draft: causing concern … exemplary; final: urgent improvement … exceptional), a
 * theme title row, then the theme's descriptor for each grade. Extracted from PDF, the table comes
 * out as tab-separated rows with cells split at page breaks, merged title cells sliced across
 * columns, and some merged cells interleaved line by line. This parser recovers what the cell
 * structure supports and records the rest as diagnostics; it never reassigns text it cannot place.
 */

/** Printed column labels → the final toolkit's label (the common key across versions). */
const SCALE: Record<string, string> = {
  'causing concern': 'urgent improvement',
  'attention needed': 'needs attention',
  secure: 'expected standard',
  strong: 'strong standard',
  exemplary: 'exceptional',
  'urgent improvement': 'urgent improvement',
  'needs attention': 'needs attention',
  'expected standard': 'expected standard',
  'strong standard': 'strong standard',
  exceptional: 'exceptional',
};
const CONSULTATION_LABELS = ['causing concern', 'attention needed', 'secure', 'strong', 'exemplary'];
const LABEL_RE = /causing concern|attention needed|urgent improvement|needs attention|expected standard|strong standard|exemplary|exceptional|secure|strong/gi;

/** Generic text of the exemplary/exceptional column that flows down the whole table. */
const BOILERPLATE =
  /where the provider is|secure in all evaluation|(?:^|\s)exemplary|exceptional practice|national quality|consistency panel|embedded and sustained|tangible difference|being used and\/or|adapted internally|shared externally|system improvement|report card|case stud|Ofsted Academy|panel of experts|best practice|will include whether|may consider a feature/i;
const TERMINAL = /[.!?:;)]['"]?$/;

function normaliseLabel(cell: string): string | null {
  if (cell.length > 40) return null;
  const t = collapse(cell).toLowerCase();
  return t in SCALE ? t : null;
}

/** The printed grade of a column label, in the document's capitalisation style ("Attention needed"). */
function printed(label: string): string {
  return label[0].toUpperCase() + label.slice(1);
}

/** A run of at least four grade labels separated only by whitespace: a table's header. */
function headerRuns(flat: string): Array<{ at: number; end: number; labels: string[] }> {
  const runs: Array<{ at: number; end: number; labels: string[] }> = [];
  let current: { at: number; end: number; labels: string[] } | null = null;
  for (const m of flat.matchAll(LABEL_RE)) {
    const label = m[0].toLowerCase();
    if (current && /^\s*$/.test(flat.slice(current.end, m.index))) {
      current.labels.push(label);
      current.end = m.index + m[0].length;
    } else {
      if (current && current.labels.length >= 4) runs.push(current);
      current = { at: m.index, end: m.index + m[0].length, labels: [label] };
    }
  }
  if (current && current.labels.length >= 4) runs.push(current);
  return runs;
}

/** True when the text reads as an ITE inspection toolkit (grade-column tables), not a report. */
export function looksLikeToolkit(text: string): boolean {
  const flat = collapse(stripMarkup(text));
  const runs = headerRuns(flat);
  if (runs.length >= 2) return true;
  return runs.length === 1 && /inspection toolkit/i.test(flat.slice(0, 800)) && !/inspection report|report card/i.test(flat.slice(0, 800));
}

function sectionFor(name: string, sections: FrameworkSection[]): { section: FrameworkSection; score: number } | null {
  let best: { section: FrameworkSection; score: number } | null = null;
  for (const section of sections) {
    for (const alias of [section.title, ...section.aliases]) {
      const a = collapse(name).toLowerCase();
      const score = a === alias.toLowerCase() ? 1 : titleSimilarity(name, alias);
      if (!best || score > best.score) best = { section, score };
    }
  }
  return best && best.score >= 0.75 ? best : null;
}

const wordCache = new Map<string, Set<string>>();
function wordSet(text: string): Set<string> {
  let set = wordCache.get(text);
  if (!set) {
    set = new Set(contentWords(text));
    if (wordCache.size > 5000) wordCache.clear();
    wordCache.set(text, set);
  }
  return set;
}

/** Share of a row's content words found in a theme's descriptors: how well the row belongs to it. */
function overlap(rowText: string, themeText: string): number {
  const row = wordSet(rowText);
  const theme = wordSet(themeText);
  if (row.size < 4 || !theme.size) return 0;
  let shared = 0;
  for (const w of row) if (theme.has(w)) shared++;
  return shared / row.size;
}

interface Theme {
  criterion: Criterion | null;
  section: string;
  docTitle: string;
  /** column label → text pieces, in order */
  text: Map<string, string[]>;
  garbled: Set<string>;
  unplaced: number;
  titleMissing: boolean;
  compliance: boolean;
}

interface Area {
  name: string;
  section: FrameworkSection | null;
  columns: Map<number, string>;
  firstCol: number;
  lastCol: number;
  flows: Map<string, string[]>;
  areaText: Map<string, string[]>;
  themes: Theme[];
  /** No cell boundaries: levels were never expected to be recovered theme by theme. */
  flat: boolean;
}

const isLower = (s: string) => /^[a-z(,;'"]/.test(s);
const startsUpper = (s: string) => /^[A-Z]/.test(s);
const joinPieces = (pieces: string[]) => prose(pieces.join(' ').replace(/⟦|⟧/g, ' '));

function titleLike(text: string): boolean {
  const t = collapse(text.replace(/[·•]/g, ' '));
  return t.length >= 3 && t.length <= 100 && /^[A-Z]/.test(t) && !/[.!?]$/.test(t) && !/[.!?]\s/.test(t) && t.split(' ').length <= 14 && !BOILERPLATE.test(t);
}

export function parseToolkit(text: string, source: SourceInfo, taxonomy: Framework): Framework {
  const diagnostics: Diagnostic[] = [];
  // bold runs mark theme titles inside cells ("<b>Relevant, high-quality research</b> Leaders make…")
  const marked = text.replace(/<b>([\s\S]*?)<\/b>/gi, (_m, inner: string) => `⟦${inner}⟧`);
  // footnotes ("<sup>1</sup> 'Keeping children safe…'") sit between table rows at page ends
  const withoutFootnotes = marked
    .split('\n')
    .filter((l) => !/^\s*<sup>/i.test(l))
    .join('\n');
  const lines = stripMarkup(withoutFootnotes)
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]+/g, ' '));
  const flat = collapse(lines.join(' '));
  const runs = headerRuns(flat);
  const labelsSeen = new Set(runs.flatMap((r) => r.labels));
  const consultation = CONSULTATION_LABELS.some((l) => labelsSeen.has(l) && !(l === 'secure' || l === 'strong'));
  const version = consultation ? '2025-consultation' : (firstMonthYear(flat.slice(0, 2000)) ?? taxonomy.version);

  // rows need both cell boundaries (tabs) and row boundaries (line breaks) in the text as given
  const tabRows = text.split('\n').filter((l) => (l.match(/\t/g) ?? []).length >= 2).length;
  const areas = tabRows >= 10 ? parseTabbed(lines, taxonomy, diagnostics) : parseFlat(flat, runs, taxonomy, diagnostics);

  const criteria: Criterion[] = [];
  const textOut: Record<string, string | string[]> = { taxonomyVersion: taxonomy.version };
  const byLabel = new Map<string, GradeLevel>(taxonomy.gradeScale.map((g) => [g.label, g]));
  const found = new Set<string>();
  for (const area of areas) {
    const sectionId = area.section?.id ?? slug(area.name);
    for (const [label, pieces] of [...area.flows, ...area.areaText]) {
      if (!pieces.length) continue;
      const key = `${sectionId}:${printed(label)}`;
      const value = joinPieces(pieces);
      textOut[key] = typeof textOut[key] === 'string' ? `${textOut[key]} ${value}` : value;
    }
    if (area.flows.size) {
      diagnostics.push({
        code: 'framework-levels-unrecovered',
        severity: 'info',
        message: `${area.name}: the ${[...area.flows.keys()].map(printed).join(' and ')} descriptors run down the whole table, not per theme; kept as area text, not attributed to themes`,
      });
    }
    for (const theme of area.themes) {
      const levels: LevelDescriptor[] = [];
      const order = theme.compliance ? ['not met', 'met'] : [...area.columns.values()];
      for (const label of order) {
        const pieces = theme.text.get(label) ?? [];
        if (!pieces.length) continue;
        levels.push({ grade: theme.compliance ? printed(label) : printed(label), text: joinPieces(pieces) });
      }
      const name = theme.criterion?.title ?? collapse(theme.docTitle);
      const cut = levels.filter((l) => !TERMINAL.test(l.text));
      if (cut.length) {
        diagnostics.push({ code: 'framework-descriptor-truncated', severity: 'warning', message: `${area.name} / ${name}: ${cut.map((l) => l.grade).join(', ')} text stops mid-sentence in the source` });
      }
      if (theme.garbled.size) {
        diagnostics.push({
          code: 'framework-descriptor-garbled',
          severity: 'warning',
          message: `${area.name} / ${name}: ${[...theme.garbled].map(printed).join(', ')} text is interleaved across table columns in the source; ${levels.some((l) => theme.garbled.has(l.grade.toLowerCase())) ? 'only its intact parts are kept' : 'not recovered'}`,
        });
      }
      if (theme.unplaced) {
        diagnostics.push({ code: 'framework-cell-unplaced', severity: 'warning', message: `${area.name} / ${name}: ${theme.unplaced} table cell(s) could not be placed in a column and were left out` });
      }
      if (theme.titleMissing) {
        diagnostics.push({ code: 'framework-theme-title-missing', severity: 'info', message: `${area.name}: a theme with no title row was recognised by its descriptors as "${name}"` });
      }
      const expectedCols = theme.compliance ? ['not met', 'met'] : [...area.columns.values()].filter((l) => !area.flows.has(l));
      const missing = expectedCols.filter((l) => !(theme.text.get(l) ?? []).length);
      if (missing.length && !area.flat) {
        diagnostics.push({ code: 'framework-levels-unrecovered', severity: 'warning', message: `${area.name} / ${name}: no ${missing.map(printed).join(', ')} descriptor recovered` });
      }
      const secure = levels.find((l) => byLabel.get(SCALE[l.grade.toLowerCase()] ?? '')?.standing === 'meets' || l.grade === 'Met');
      if (theme.criterion) {
        found.add(theme.criterion.id);
        const existing = criteria.find((c) => c.id === theme.criterion!.id);
        if (existing) {
          // the same theme met twice (a repeated title row): keep the fuller reading
          if (levels.length > existing.levels.length) Object.assign(existing, { levels, descriptors: secure ? [secure.text] : [] });
          continue;
        }
        criteria.push({ ...theme.criterion, descriptors: secure ? [secure.text] : [], levels });
      } else {
        const id = `${theme.section}/${slug(theme.docTitle)}`;
        diagnostics.push({ code: 'framework-theme-added', severity: 'warning', message: `${area.name}: theme "${collapse(theme.docTitle)}" is not in the ${taxonomy.version} taxonomy; given id ${id}` });
        criteria.push({ id, section: theme.section, title: collapse(theme.docTitle), descriptors: secure ? [secure.text] : [], levels, keywords: [] });
      }
    }
  }
  const missing = taxonomy.criteria.filter((c) => !found.has(c.id)).map((c) => c.id);
  if (missing.length) {
    diagnostics.push({ code: 'framework-theme-missing', severity: 'warning', message: `taxonomy themes not found in the document: ${missing.join(', ')}` });
  }
  if (consultation) {
    diagnostics.push({
      code: 'framework-areas-differ',
      severity: 'info',
      message: `consultation-draft toolkit (areas: ${areas.map((a) => a.name).join('; ')}; scale causing concern … exemplary); mapped onto the ${taxonomy.version} taxonomy: ${areas
        .filter((a) => a.section)
        .map((a) => `${a.name} → ${a.section!.id}`)
        .join(', ')}; levels causing concern → urgent improvement, attention needed → needs attention, secure → expected standard, strong → strong standard, exemplary → exceptional`,
    });
  }

  const printedScale = new Map<string, string>();
  for (const l of labelsSeen) printedScale.set(SCALE[l], printed(l));
  const gradeScale: GradeLevel[] = taxonomy.gradeScale.map((g) => ({ ...g, grade: printedScale.get(g.label) ?? g.grade, descriptor: printedScale.has(g.label) ? '' : g.descriptor }));
  if (!labelsSeen.size) diagnostics.push({ code: 'framework-grades-unrecovered', severity: 'error', message: 'no grade-column header (causing concern … exemplary, or urgent improvement … exceptional) was found' });

  return {
    kind: 'framework',
    id: 'ite-2025',
    version,
    title: /ITE inspection toolkit/i.test(flat.slice(0, 300)) ? 'ITE inspection toolkit' : taxonomy.title,
    publisher: taxonomy.publisher,
    gradeScale,
    sections: taxonomy.sections,
    criteria,
    compliance: labelsSeen.size ? taxonomy.compliance : undefined,
    text: textOut,
    glossary: [],
    source,
    diagnostics,
  };
}

function newArea(name: string, taxonomy: Framework, header: string[], diagnostics: Diagnostic[]): Area {
  const match = sectionFor(name, taxonomy.sections);
  if (!match) diagnostics.push({ code: 'framework-area-unknown', severity: 'warning', message: `evaluation area "${name}" matches no area of the ${taxonomy.version} taxonomy` });
  const columns = new Map<number, string>();
  header.forEach((cell, i) => {
    const label = normaliseLabel(cell);
    if (label) columns.set(i, label);
  });
  const idx = [...columns.keys()];
  const firstCol = Math.min(...idx);
  const lastCol = Math.max(...idx);
  const flows = new Map<string, string[]>();
  // the outer columns (causing concern, exemplary) are written once per area, running past theme rows
  for (const i of [firstCol, lastCol]) flows.set(columns.get(i)!, []);
  return { name, section: match?.section ?? null, columns, firstCol, lastCol, flows, areaText: new Map(), themes: [], flat: false };
}

function themeCandidates(area: Area, taxonomy: Framework, compliance: boolean): Criterion[] {
  const sectionId = compliance ? 'compliance' : area.section?.id;
  return taxonomy.criteria.filter((c) => c.section === sectionId);
}

function matchTitle(title: string, candidates: Criterion[]): Criterion | null {
  let best: { c: Criterion; s: number } | null = null;
  for (const c of candidates) {
    const s = Math.max(titleSimilarity(title, c.title), titleSimilarity(c.title, title) * 0.95);
    if (!best || s > best.s) best = { c, s };
  }
  return best && best.s >= 0.55 ? best.c : null;
}

function bestByText(rowText: string, candidates: Criterion[]): { c: Criterion; s: number } | null {
  let best: { c: Criterion; s: number } | null = null;
  for (const c of candidates) {
    const s = overlap(rowText, [c.title, ...c.descriptors, ...c.levels.map((l) => l.text)].join(' '));
    if (!best || s > best.s) best = { c, s };
  }
  return best;
}

function newTheme(area: Area, criterion: Criterion | null, docTitle: string, compliance: boolean): Theme {
  const theme: Theme = { criterion, section: criterion?.section ?? (compliance ? 'compliance' : (area.section?.id ?? slug(area.name))), docTitle, text: new Map(), garbled: new Set(), unplaced: 0, titleMissing: false, compliance };
  area.themes.push(theme);
  return theme;
}

/** Appends a continuation to the column's last piece, or starts a new piece. */
function place(_area: Area, store: Map<string, string[]>, label: string, text: string) {
  const list = store.get(label);
  if (list?.length && isLower(text) && !TERMINAL.test(list[list.length - 1])) list[list.length - 1] = `${list[list.length - 1]} ${text}`;
  else push(store, label, text);
}

/** The taxonomy's descriptor for a printed column label ("attention needed" → its "Needs attention" level). */
function levelText(criterion: Criterion | null, label: string): string {
  if (!criterion) return '';
  const final = SCALE[label] ?? label;
  return criterion.levels.find((l) => l.grade.toLowerCase() === final || l.grade.toLowerCase() === label)?.text ?? '';
}

function push(map: Map<string, string[]>, key: string, value: string) {
  if (!value) return;
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function last(map: Map<string, string[]>, key: string): string {
  const list = map.get(key) ?? [];
  return list[list.length - 1] ?? '';
}

/** Tab-separated rows (text extracted with its table cells). */
function parseTabbed(lines: string[], taxonomy: Framework, diagnostics: Diagnostic[]): Area[] {
  const areas: Area[] = [];
  let area: Area | null = null;
  let theme: Theme | null = null;
  let compliance: { notMet: number; met: number } | null = null;
  let pendingComplianceTitle: string | null = null;
  let shift = 0;
  let lastWasRow = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      shift = 0;
      lastWasRow = false;
      continue;
    }
    const cells = line.split('\t').map((c) => collapse(c));
    const labels = cells.map(normaliseLabel);
    if (labels.filter(Boolean).length >= 4) {
      let k = i - 1;
      while (k >= 0 && !lines[k].trim()) k--;
      const name = k >= 0 && !lines[k].includes('\t') ? collapse(lines[k]) : `area ${areas.length + 1}`;
      area = newArea(name, taxonomy, cells, diagnostics);
      areas.push(area);
      theme = null;
      compliance = null;
      shift = 0;
      lastWasRow = true;
      continue;
    }
    if (!area) continue;
    if (!line.includes('\t') && !lastWasRow) {
      // footnotes and page debris between table rows; a page break resets any column shift.
      // (A line straight after a row is a row whose empty trailing cells were trimmed.)
      shift = 0;
      continue;
    }
    lastWasRow = true;
    const notMetAt = cells.findIndex((c) => /^not met$/i.test(c));
    const metAt = cells.findIndex((c) => /^met$/i.test(c));
    if (notMetAt >= 0 && metAt >= 0) {
      compliance = { notMet: notMetAt, met: metAt };
      theme = null;
      pendingComplianceTitle = null;
      continue;
    }

    if (compliance) {
      const filled = cells.map((c, idx) => ({ c, idx })).filter((x) => x.c);
      if (!filled.length) continue;
      const joined = filled.map((x) => x.c).join(' ');
      if (!theme && titleLike(joined.replace(/⟦|⟧/g, ''))) {
        pendingComplianceTitle = (pendingComplianceTitle ? `${pendingComplianceTitle} ` : '') + joined;
        continue;
      }
      if (!theme) {
        const candidates = themeCandidates(area, taxonomy, true);
        const byTitle = pendingComplianceTitle ? matchTitle(pendingComplianceTitle, candidates) : null;
        const byText = bestByText(joined, candidates);
        const criterion = byTitle ?? (byText && byText.s >= 0.35 ? byText.c : null);
        theme = newTheme(area, criterion, pendingComplianceTitle ?? 'Compliance', true);
      }
      // cells up to the "Not met" header's column are not met, the rest met; a row of two cells
      // that lost its empty cells is one of each
      const bothLeft = filled.length === 2 && filled.every((x) => x.idx <= compliance!.notMet);
      const notMet = bothLeft ? [filled[0]] : filled.filter((x) => x.idx <= compliance!.notMet);
      const met = bothLeft ? [filled[1]] : filled.filter((x) => x.idx > compliance!.notMet);
      for (const x of notMet) push(theme.text, 'not met', x.c.replace(/⟦[^⟧]*⟧/g, ' ').trim() || x.c);
      if (met.length > 1) theme.garbled.add('met');
      else if (met.length === 1) push(theme.text, 'met', met[0].c);
      if (notMet.length > 1) theme.garbled.add('not met');
      continue;
    }

    // ---- a grade-column row ----
    // merged cells sliced across columns: a cell with no sentence end, then one starting mid-sentence,
    // then a column starting afresh, were one cell whose lines the extraction interleaved
    const garbledCols = new Set<number>();
    for (let k = area.firstCol + 1; k + 2 < cells.length && k < area.lastCol; k++) {
      const [a, b, after] = [cells[k], cells[k + 1], cells[k + 2]];
      if (a && !TERMINAL.test(a) && b && isLower(b) && after && startsUpper(after) && !BOILERPLATE.test(after)) {
        cells.splice(k, 2, `${a} ${b}`);
        garbledCols.add(k);
      }
    }
    const flowCells = new Map<string, string>();
    const middle: Array<{ col: number; text: string }> = [];
    cells.forEach((c, idx) => {
      if (!c) return;
      const flow = idx <= area!.firstCol ? area!.columns.get(area!.firstCol)! : idx >= area!.lastCol ? area!.columns.get(area!.lastCol)! : null;
      if (flow) flowCells.set(flow, `${flowCells.get(flow) ?? ''} ${c}`.trim());
      else middle.push({ col: idx, text: c });
    });
    for (const [label, c] of flowCells) push(area.flows, label, c);

    // a bold run at the start of a cell is a theme title that shares the cell with its first descriptor
    const inlineTitle = middle.find((m) => /^⟦[^⟧]{3,100}⟧/.test(m.text) && titleLike(/^⟦([^⟧]*)⟧/.exec(m.text)![1]));

    const middleText = middle.map((m) => m.text).join(' ');
    const nonBoiler = middle.filter((m) => !BOILERPLATE.test(m.text));
    if (!inlineTitle && nonBoiler.length && titleLike(nonBoiler.map((m) => m.text).join(' '))) {
      const title = nonBoiler.map((m) => m.text).join(' ');
      const criterion = matchTitle(title, themeCandidates(area, taxonomy, false));
      if (criterion || nonBoiler.map((m) => m.text).join(' ').replace(/\W/g, '').length >= 8) {
        theme = newTheme(area, criterion, title, false);
        shift = 0;
        continue;
      }
    }
    if (!middle.length || (!nonBoiler.length && middle.length)) {
      // only exemplary boilerplate in the middle columns (misplaced by the extraction)
      for (const m of middle) push(area.flows, area.columns.get(area.lastCol)!, m.text);
      continue;
    }
    if (nonBoiler.every((m) => m.text.replace(/\W/g, '').length <= 3)) continue; // stray letters of a sliced title

    const cols = [...middle];

    // a bold title inside a cell opens the next theme mid-row
    const inline = cols.map((m) => ({ m, hit: /⟦([^⟧]{3,100})⟧/.exec(m.text) })).find((x) => x.hit && titleLike(x.hit[1]));
    if (inline && inline.hit) {
      const prev = theme;
      const title = inline.hit[1];
      const next = newTheme(area, matchTitle(title, themeCandidates(area, taxonomy, false)), title, false);
      for (const m of cols) {
        const label = area.columns.get(m.col + shift);
        if (!label || area.flows.has(label)) {
          next.unplaced++;
          continue;
        }
        if (m === inline.m) {
          const before = m.text.slice(0, inline.hit.index).trim();
          const after = m.text.slice(inline.hit.index + inline.hit[0].length).trim();
          if (before) place(area, prev ? prev.text : area.areaText, label, before);
          if (after) place(area, next.text, label, after);
          continue;
        }
        // the row's other cells hold the end of one theme and the start of the next: place each
        // sentence only where the taxonomy's descriptors clearly claim it
        for (const piece of m.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
          const a = prev ? overlap(piece, levelText(prev.criterion, label)) : 0;
          const b = overlap(piece, levelText(next.criterion, label));
          if (prev && a >= 0.5 && a >= b + 0.2) place(area, prev.text, label, piece);
          else if (b >= 0.5 && b >= a + 0.2) place(area, next.text, label, piece);
          else next.unplaced++;
        }
      }
      theme = next;
      shift = 0;
      continue;
    }

    // a fresh row (every cell starts a sentence) may open a theme that has no title row
    if (cols.every((m) => startsUpper(m.text))) {
      const candidates = themeCandidates(area, taxonomy, false);
      const best = bestByText(middleText, candidates);
      const currentScore = theme?.criterion ? overlap(middleText, [theme.criterion.title, ...theme.criterion.descriptors, ...theme.criterion.levels.map((l) => l.text)].join(' ')) : 0;
      if (best && best.s >= 0.45 && best.c !== theme?.criterion && best.s > currentScore + 0.1) {
        theme = newTheme(area, best.c, best.c.title, false);
        theme.titleMissing = true;
        shift = 0;
      }
    }

    const store = theme ? theme.text : area.areaText;
    const usable = (col: number) => {
      const l = area!.columns.get(col);
      return l && !area!.flows.has(l) ? l : null;
    };
    // continuations (cells starting mid-sentence) belong to columns whose text stops mid-sentence;
    // after a page break the extraction sometimes drops a leading empty cell, shifting the row left
    const open = [...area.columns.keys()].filter((c) => usable(c) && last(store, usable(c)!) && !TERMINAL.test(last(store, usable(c)!))).sort((a, b) => a - b);
    const conts = cols.filter((m) => isLower(m.text));
    const target = new Map<{ col: number; text: string }, number>();
    if (conts.every((m) => open.includes(m.col + shift))) conts.forEach((m) => target.set(m, m.col + shift));
    else if (conts.length === open.length) {
      conts.forEach((m, k) => target.set(m, open[k]));
      shift = open[0] - conts[0].col;
    } else conts.forEach((m) => open.includes(m.col + shift) && target.set(m, m.col + shift));

    for (const m of cols) {
      const col = isLower(m.text) ? target.get(m) : m.col + shift;
      const label = col === undefined ? null : usable(col);
      if (!label) {
        // a stray piece of the exemplary text, or a cell beyond the grade columns
        if (isLower(m.text) || BOILERPLATE.test(m.text)) push(area.flows, area.columns.get(area.lastCol)!, m.text);
        else if (theme) theme.unplaced++;
        continue;
      }
      place(area, store, label, m.text);
      if (garbledCols.has(m.col) && theme) theme.garbled.add(label);
    }
  }
  // garbled text is never kept: drop those pieces, keep intact ones
  for (const a of areas) {
    for (const t of a.themes) {
      for (const label of t.garbled) {
        if (label === 'met' || label === 'not met') continue; // compliance garbled cells were never stored
        t.text.delete(label);
      }
    }
  }
  return areas;
}

/** Text with no cell boundaries: areas and theme titles can be found, level descriptors cannot be placed. */
function parseFlat(flat: string, runs: Array<{ at: number; end: number; labels: string[] }>, taxonomy: Framework, diagnostics: Diagnostic[]): Area[] {
  const areas: Area[] = [];
  const names = taxonomy.sections.flatMap((s) => [s.title, ...s.aliases].map((n) => ({ n, s })));
  runs.forEach((run, k) => {
    const before = flat.slice(Math.max(0, run.at - 120), run.at).trim();
    const named = names
      .filter(({ n }) => before.toLowerCase().endsWith(n.toLowerCase()))
      .sort((a, b) => b.n.length - a.n.length)[0];
    const name = named?.n ?? `area ${k + 1}`;
    const area = newArea(name, taxonomy, run.labels, diagnostics);
    area.flat = true;
    areas.push(area);
    const body = flat.slice(run.end, runs[k + 1]?.at ?? flat.length);
    for (const c of themeCandidates(area, taxonomy, false).concat(/\bNot met\b.*\bMet\b/.test(body) ? themeCandidates(area, taxonomy, true) : [])) {
      const pattern = c.title
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .split(/\s+/)
        .join('\\s+');
      if (new RegExp(pattern, 'i').test(body)) newTheme(area, c, c.title, c.section === 'compliance');
    }
  });
  if (areas.length) {
    diagnostics.push({
      code: 'framework-levels-unrecovered',
      severity: 'warning',
      message: 'the toolkit text has no table cell boundaries (tabs or line breaks), so level descriptors cannot be assigned to grades or themes; only areas and theme titles were recovered',
    });
  }
  for (const area of areas) area.flows.clear();
  return areas;
}
