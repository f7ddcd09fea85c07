import type { Criterion, Diagnostic, Framework, GlossaryEntry, GradeLevel, SourceInfo } from '../schemas/index.js';
import { alignInOrder } from './align.js';
import { BULLET, collapse, contentWords, firstMonthYear, flatten, prose, sentence, stripMarkup, wordSimilarity } from './text.js';

/**
 * The iQTS inspection framework (DfE pilot, October 2023; final, June 2025): compliance criteria
 * C1.1–C3.4, the leadership and management expectations and the programme design and delivery
 * expectations (bulleted under "Part N: … criteria"), and the overall grades 1 to 4.
 * Works on the text in any shape: lines, Markdown, or one long line.
 */

const CRITERION_ID = /\bC([1-9])\.([1-9]\d?)\b/g;
// "C1.1 GCSE standard equivalent: all approved…", "C2.2 Mentoring requirements, given the…"; the
// evidence-folder list ("C1.1 GCSE standard equivalent" with no text) does not match.
const CRITERION_HEAD = /\bC([1-9])\.([1-9]\d?)\s+([A-Z][A-Za-z' ]{1,60}?)\s*[:,]\s+(?=[a-z(])/g;
const PART_HEAD = /\bPart\s+(\d)\s*[:.–-]\s*(?:[A-Za-z]+\s+){0,5}?(?:criteria|requirements|expectations)\b/gi;
// "Quality of" is optional: a revised framework may head the sections "Leadership and management"
const LM_HEAD = /(?:Quality of (?:the )?)?leadership and management/gi;
const PD_HEAD = /(?:Quality of (?:the )?)?programme (?:design and delivery|delivery and design)/gi;
const GRADES_END = /Overall (?:inspection )?gradings?|Inspection gradings? (?:and|for)|Following the inspection|Annex A\b/gi;

/** True when the text reads as the iQTS inspection framework rather than an iQTS report. */
export function looksLikeIqtsFramework(text: string): boolean {
  const flat = collapse(stripMarkup(text));
  if (!/\biQTS\b|international qualified teacher status/i.test(flat)) return false;
  const ids = new Set([...flat.matchAll(CRITERION_ID)].map((m) => m[0]));
  const head = flat.slice(0, 500);
  const titled = /inspection framework/i.test(head) && !/inspection report/i.test(head);
  const reportSigns = /The inspectorate assessed the provider's iQTS provision|Areas? identified for improvement|Inspection dates?\s*:/i.test(flat);
  return (ids.size >= 8 && /seek to establish|Overall inspection gradings?|Inspection assessments/i.test(flat)) || (titled && ids.size >= 4 && !reportSigns);
}

interface Found {
  at: number;
  end: number;
}

/** The occurrence of a heading that opens a real section (a "Part N:" list or "seek to establish" follows), not a contents line. */
function sectionStart(flat: string, head: RegExp, from = 0): Found | null {
  // the section's own lead-in first; a following "Part N:" list only as a fallback (the compliance
  // criteria's Part headings also follow the sentence that names all three assessments)
  for (const [lookahead, window] of [
    [/^\W*(?:In addition to compliance|During the inspection|Inspectorates? will seek)/i, 80],
    [/seek to establish|expected to be of high quality/i, 400],
    [/^\W*Part\s+\d\s*[:.–-]/i, 40],
  ] as const) {
    for (const m of flat.matchAll(head)) {
      if (m.index < from) continue;
      const end = m.index + m[0].length;
      if (lookahead.test(flat.slice(end, end + window))) return { at: m.index, end };
    }
  }
  return null;
}

function nextIndex(flat: string, re: RegExp, from: number): number {
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  r.lastIndex = from;
  const m = r.exec(flat);
  return m ? m.index : flat.length;
}

interface ParsedItem {
  part: number;
  text: string;
}

/** Splits one "Part N" block into its expectations: by bullets, or, with the bullets lost, at the taxonomy items' opening words. */
function splitItems(body: string, part: number, expected: Criterion[], diagnostics: Diagnostic[], label: string): ParsedItem[] {
  const pieces = body.split(BULLET).map((p) => p.trim());
  // text before the first bullet is the part's heading remainder or an intro sentence
  const bulleted = pieces.slice(1).filter((p) => contentWords(p).length >= 2);
  if (bulleted.length >= Math.max(2, Math.floor(expected.length / 2))) return bulleted.map((text) => ({ part, text }));
  if (!expected.length) return [];
  // no list markers survived: find where each expected item begins, in order
  const cuts: number[] = [];
  const lower = body.toLowerCase();
  let from = 0;
  for (const c of expected) {
    const words = (c.descriptors[0] ?? '').toLowerCase().split(/[^a-z0-9']+/).filter(Boolean).slice(0, 4);
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[^a-z0-9']+"), 'g');
    re.lastIndex = from;
    const m = re.exec(lower);
    if (m) {
      cuts.push(m.index);
      from = m.index + 1;
    }
  }
  if (cuts.length < Math.ceil(expected.length / 2)) {
    diagnostics.push({ code: 'framework-expectations-unsplit', severity: 'warning', message: `${label} Part ${part}: list markers are lost and the items could not be told apart; its expectations were not recovered` });
    return [];
  }
  diagnostics.push({ code: 'framework-expectations-by-anchor', severity: 'info', message: `${label} Part ${part}: list markers are lost; items were split where the known expectations begin (${cuts.length} of ${expected.length} found)` });
  return cuts.map((at, k) => ({ part, text: body.slice(at, cuts[k + 1] ?? body.length).trim() }));
}

function parseExpectations(
  flat: string,
  block: { from: number; to: number },
  prefix: 'LM' | 'PD',
  section: string,
  taxonomy: Framework,
  diagnostics: Diagnostic[],
  label: string,
): Criterion[] {
  const body = flat.slice(block.from, block.to);
  const known = taxonomy.criteria.filter((c) => c.section === section);
  const partOf = (c: Criterion) => Number(/^[A-Z]+(\d+)\./.exec(c.id)?.[1] ?? 0);
  const heads = [...body.matchAll(PART_HEAD)];
  const items: ParsedItem[] = [];
  if (heads.length) {
    heads.forEach((h, k) => {
      const part = Number(h[1]);
      const text = body.slice(h.index + h[0].length, heads[k + 1]?.index ?? body.length);
      items.push(...splitItems(text, part, known.filter((c) => partOf(c) === part), diagnostics, label));
    });
  } else {
    const parts = [...new Set(known.map(partOf))];
    const part = parts.length === 1 ? parts[0] : 0;
    if (!part) diagnostics.push({ code: 'framework-parts-missing', severity: 'warning', message: `${label}: no "Part N: … criteria" headings; expectations matched by text alone` });
    items.push(...splitItems(body.slice(body.indexOf(BULLET) >= 0 ? body.indexOf(BULLET) : 0), part, part ? known.filter((c) => partOf(c) === part) : known, diagnostics, label));
  }

  const out: Criterion[] = [];
  const reworded: string[] = [];
  const added: string[] = [];
  const matched = new Set<string>();
  const partsSeen = [...new Set(items.map((i) => i.part))];
  for (const part of partsSeen) {
    const docItems = items.filter((i) => i.part === part);
    const expected = part ? known.filter((c) => partOf(c) === part) : known;
    const pairs = alignInOrder(docItems, expected, (a, b) => wordSimilarity(a.text, b.descriptors.join(' ')));
    const byDoc = new Map(pairs.map((p) => [p.doc, p]));
    let next = Math.max(0, ...expected.map((c) => Number(c.id.split('.')[1]))) + 1;
    docItems.forEach((item, k) => {
      const text = sentence(prose(item.text));
      const pair = byDoc.get(k);
      if (pair) {
        const c = expected[pair.taxonomy];
        matched.add(c.id);
        if (pair.score < 0.6) reworded.push(c.id);
        out.push({ ...c, descriptors: [text] });
      } else {
        const id = `${prefix}${part || 0}.${next++}`;
        added.push(id);
        out.push({ id, section, title: text.split(/\s+/).slice(0, 7).join(' ').replace(/[,.;:]$/, ''), descriptors: [text], levels: [], keywords: [] });
      }
    });
  }
  const missing = known.filter((c) => !matched.has(c.id)).map((c) => c.id);
  if (reworded.length) diagnostics.push({ code: 'framework-criterion-reworded', severity: 'info', message: `${label}: wording differs from the taxonomy for ${reworded.join(', ')} (matched by order and text)` });
  if (added.length) diagnostics.push({ code: 'framework-criterion-added', severity: 'warning', message: `${label}: expectations not in the taxonomy, given new ids ${added.join(', ')}` });
  if (missing.length) diagnostics.push({ code: 'framework-criterion-missing', severity: 'warning', message: `${label}: taxonomy expectations not found in the document: ${missing.join(', ')}` });
  return out;
}

function parseCompliance(flat: string, lmStart: number, taxonomy: Framework, diagnostics: Diagnostic[]): Criterion[] {
  const best = new Map<string, { title: string; body: string }>();
  for (const m of flat.matchAll(CRITERION_HEAD)) {
    const id = `C${m[1]}.${m[2]}`;
    const from = m.index + m[0].length;
    const ends = [nextIndex(flat, /\bC[1-9]\.[1-9]\d?\s/, from), nextIndex(flat, PART_HEAD, from), nextIndex(flat, LM_HEAD, from), nextIndex(flat, PD_HEAD, from), from + 1500];
    if (lmStart > from) ends.push(lmStart);
    const body = flat.slice(from, Math.min(...ends));
    const prev = best.get(id);
    if (!prev || body.length > prev.body.length) best.set(id, { title: m[3].trim(), body });
  }
  const known = taxonomy.criteria.filter((c) => c.section === 'compliance');
  const out: Criterion[] = [];
  const reworded: string[] = [];
  const order = [...best.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const id of order) {
    const { title, body } = best.get(id)!;
    const text = sentence(prose(body));
    const c = known.find((k) => k.id === id);
    if (c) {
      if (wordSimilarity(text, c.descriptors.join(' ')) < 0.6) reworded.push(id);
      out.push({ ...c, title, descriptors: [text] });
    } else {
      out.push({ id, section: 'compliance', title, descriptors: [text], levels: [], keywords: [] });
    }
  }
  const added = order.filter((id) => !known.some((k) => k.id === id));
  const missing = known.filter((k) => !best.has(k.id)).map((k) => k.id);
  if (reworded.length) diagnostics.push({ code: 'framework-criterion-reworded', severity: 'info', message: `compliance criteria: wording differs from the taxonomy for ${reworded.join(', ')}` });
  if (added.length) diagnostics.push({ code: 'framework-criterion-added', severity: 'warning', message: `compliance criteria not in the taxonomy: ${added.join(', ')}` });
  if (missing.length) diagnostics.push({ code: 'framework-criterion-missing', severity: 'warning', message: `compliance criteria not found in the document: ${missing.join(', ')}` });
  return out;
}

/** "Grade 1 <descriptor> Grade 2 <descriptor> … Grade 4 <descriptor>": the first run in order where each descriptor is prose, not a page number. */
function parseGrades(flat: string, taxonomy: Framework, diagnostics: Diagnostic[]): GradeLevel[] {
  const marks = [...flat.matchAll(/\bGrade\s+([1-4])\b\s*[:–-]?\s*/g)];
  for (let k = 0; k + 3 < marks.length; k++) {
    const run = marks.slice(k, k + 4);
    if (run.some((m, i) => Number(m[1]) !== i + 1)) continue;
    const texts = run.map((m, i) => {
      const from = m.index + m[0].length;
      const to = i < 3 ? run[i + 1].index : Math.min(nextIndex(flat, GRADES_END, from), nextIndex(flat, /The inspection gradings can also|Grade 1 is the highest/, from), from + 1200);
      return flat.slice(from, to).trim();
    });
    if (texts.some((t) => t.length < 40 || t.length > 1500)) continue;
    return texts.map((t, i) => {
      const known = taxonomy.gradeScale.find((g) => g.grade === String(i + 1));
      return { grade: String(i + 1), label: `Grade ${i + 1}`, descriptor: sentence(prose(t)), standing: known?.standing ?? (i < 2 ? 'above' : i === 2 ? 'meets' : 'failing') };
    });
  }
  diagnostics.push({ code: 'framework-grades-unrecovered', severity: 'error', message: 'the overall grade descriptors (Grade 1 to Grade 4) were not found' });
  return [];
}

/** The glossary table, when its rows kept their tab-separated cells. */
function parseGlossary(text: string, diagnostics: Diagnostic[]): GlossaryEntry[] {
  const lines = stripMarkup(text).split('\n');
  const start = lines.findIndex((l) => /^\s*Glossary of terms\s*$/i.test(l));
  if (start < 0) {
    if (/Glossary of terms/i.test(text)) diagnostics.push({ code: 'framework-glossary-unrecovered', severity: 'info', message: 'the glossary table has no line structure left; glossary not recovered' });
    return [];
  }
  const out: GlossaryEntry[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*Annex\b/i.test(line)) break;
    if (!line.trim() || /^\s*Term\s*\t/i.test(line)) continue;
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2) {
      if (out.length) break;
      continue;
    }
    out.push({ term: cells[0], definition: cells.slice(1).join(' ') });
  }
  if (!out.length) diagnostics.push({ code: 'framework-glossary-unrecovered', severity: 'info', message: 'the glossary table lost its cell boundaries; glossary not recovered' });
  return out;
}

export function parseIqtsFramework(text: string, source: SourceInfo, taxonomy: Framework): Framework {
  const diagnostics: Diagnostic[] = [];
  const flat = flatten(text);

  const titleMatch = /International Qualified Teacher Status\s*\(iQTS\)\s*:?\s*(pilot\s+)?inspection framework/i.exec(flat.slice(0, 1500));
  const title = titleMatch ? `International Qualified Teacher Status (iQTS): ${titleMatch[1] ? 'pilot ' : ''}inspection framework` : taxonomy.title;
  const pilot = titleMatch ? Boolean(titleMatch[1]) : /pilot inspection framework/i.test(flat.slice(0, 1500));
  const date = firstMonthYear(flat.slice(0, 1500));
  const version = date ? `${date}${pilot ? '-pilot' : ''}` : pilot ? 'pilot' : 'undated';
  if (!date) diagnostics.push({ code: 'framework-version-undated', severity: 'warning', message: 'no publication month found near the start; version is "' + version + '"' });
  if (version !== taxonomy.version) {
    diagnostics.push({ code: 'framework-version-differs', severity: 'info', message: `document version ${version}; criteria matched to the ${taxonomy.version} taxonomy ids` });
  }

  const lm = sectionStart(flat, LM_HEAD);
  const pd = sectionStart(flat, PD_HEAD, lm?.end ?? 0);
  const criteria = parseCompliance(flat, lm?.at ?? flat.length, taxonomy, diagnostics);
  if (lm) {
    const to = pd?.at ?? Math.min(nextIndex(flat, GRADES_END, lm.end), lm.end + 12000);
    criteria.push(...parseExpectations(flat, { from: lm.end, to }, 'LM', 'leadership-and-management', taxonomy, diagnostics, 'leadership and management'));
  } else {
    diagnostics.push({ code: 'framework-section-missing', severity: 'error', message: 'no "Quality of leadership and management" section with its expectations was found' });
  }
  if (pd) {
    const to = Math.min(nextIndex(flat, GRADES_END, pd.end), nextIndex(flat, /\bGrade\s+1\b\s+The provision/, pd.end), pd.end + 12000);
    criteria.push(...parseExpectations(flat, { from: pd.end, to }, 'PD', 'programme-design-and-delivery', taxonomy, diagnostics, 'programme design and delivery'));
  } else {
    diagnostics.push({ code: 'framework-section-missing', severity: 'error', message: 'no "Quality of programme design and delivery" section with its expectations was found' });
  }

  return {
    kind: 'framework',
    id: 'iqts',
    version,
    title,
    publisher: /Department for Education|\bDfE\b/.test(flat) ? 'Department for Education' : taxonomy.publisher,
    gradeScale: parseGrades(flat, taxonomy, diagnostics),
    sections: taxonomy.sections,
    criteria,
    compliance: taxonomy.compliance,
    text: { taxonomyVersion: taxonomy.version },
    glossary: parseGlossary(text, diagnostics),
    source,
    diagnostics,
  };
}
