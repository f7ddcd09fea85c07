import JSZip from 'jszip';
import { DrafterError } from '../errors.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return Object.hasOwn(ENTITIES, e) ? ENTITIES[e] : m;
  });
}
function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** abstractNumId per numId, and the levels of each abstract numbering. */
function readNumbering(xml: string) {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'w:abstractNumId')!;
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1], 'w:ilvl') ?? 0);
      const start = Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(l[2])?.[1] ?? 1);
      const format = /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(l[2])?.[1] ?? 'decimal';
      const text = decode(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(l[2])?.[1] ?? `%${ilvl + 1}.`);
      levels.set(ilvl, { start, format, text });
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1], 'w:numId')!;
    const abstractId = /<w:abstractNumId\b[^>]*w:val="([^"]*)"/.exec(m[2])?.[1] ?? '';
    const overrides = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2])?.[1];
      if (s) overrides.set(Number(attr(o[1], 'w:ilvl') ?? 0), Number(s));
    }
    nums.set(numId, { abstractId, overrides });
  }
  return { abstracts, nums };
}

/** Numbering set on a paragraph style (Word's "List Number" style) rather than on the paragraph. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId');
    const numId = /<w:numId\b[^>]*w:val="([^"]*)"/.exec(m[2])?.[1];
    if (id && numId) out.set(id, { numId, ilvl: Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(m[2])?.[1] ?? 0) });
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperRoman':
      return toRoman(n);
    default:
      return String(n);
  }
}
function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/**
 * The text of a Word document, paragraph by paragraph, with Word's automatic numbering written
 * back into the text ("12. Mentors…", "• …") the way Word shows it: counters run per abstract
 * numbering definition, so one definition continues across headings and sections, and a list
 * instance with a start override restarts. Table rows become tab-separated lines. Headers and
 * footers are not part of the body and so never reach the text.
 */
export async function readDocxText(bytes: Buffer, fileName: string): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DrafterError('docx-corrupt', `${fileName}: not a readable Word document (the zip container is damaged)`, { cause: error });
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new DrafterError('docx-corrupt', `${fileName}: not a Word document (no word/document.xml inside)`);
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const { abstracts, nums } = readNumbering(numberingXml);
  const styleNumbering = readStyleNumbering(stylesXml);

  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const out: string[] = [];
  let para: { text: string; numId?: string; ilvl: number; style?: string } | null = null;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let tableDepth = 0;
  let inText = false;
  let inDeleted = 0;

  const label = (numId: string, ilvl: number): string => {
    const num = nums.get(numId);
    if (!num || numId === '0') return '';
    const levels = abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!level) return '';
    if (level.format === 'bullet') return '•';
    if (level.format === 'none') return '';
    const key = num.abstractId;
    let counts = counters.get(key);
    if (!counts) counters.set(key, (counts = []));
    if (!startedNums.has(numId)) {
      startedNums.add(numId);
      const override = num.overrides.get(ilvl);
      if (override !== undefined) counts[ilvl] = override - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (levels?.get(ilvl)?.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts![i] ?? levels?.get(i)?.start ?? 1, levels?.get(i)?.format ?? 'decimal');
    });
  };

  const finishParagraph = () => {
    if (!para) return;
    const text = para.text.replace(/[ \u00a0]+/g, ' ').trim();
    const numbering = para.numId ? { numId: para.numId, ilvl: para.ilvl } : para.style ? styleNumbering.get(para.style) : undefined;
    const prefix = numbering && text ? label(numbering.numId, numbering.ilvl) : '';
    const line = prefix ? `${'  '.repeat(numbering!.ilvl)}${prefix} ${text}` : text;
    if (cell) cell.push(line);
    else if (line) out.push(line, '');
    para = null;
  };

  for (const m of documentXml.matchAll(/<(\/?)(w:[A-Za-z]+)\b([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, tag, attrs, selfClose, chars] = m;
    if (chars !== undefined) {
      if (inText && para && !inDeleted) para.text += decode(chars);
      continue;
    }
    if (tag === 'w:del') inDeleted += close ? -1 : selfClose ? 0 : 1;
    else if (tag === 'w:p') {
      if (close) finishParagraph();
      else {
        finishParagraph();
        para = { text: '', ilvl: 0 };
        if (selfClose) finishParagraph();
      }
    } else if (tag === 'w:t') inText = !close && !selfClose;
    else if (tag === 'w:tab' && para && !close) para.text += '\t';
    else if ((tag === 'w:br' || tag === 'w:cr') && para && !close) para.text += ' ';
    else if (tag === 'w:pStyle' && para) para.style = attr(attrs, 'w:val');
    else if (tag === 'w:numId' && para) para.numId = attr(attrs, 'w:val');
    else if (tag === 'w:ilvl' && para) para.ilvl = Number(attr(attrs, 'w:val') ?? 0);
    else if (tag === 'w:tbl') tableDepth += close ? -1 : 1;
    else if (tag === 'w:tr' && tableDepth === 1) {
      if (!close) row = [];
      else if (row) {
        const line = row.filter((c) => c.trim()).join('\t');
        if (line) out.push(line);
        row = null;
        out.push('');
      }
    } else if (tag === 'w:tc' && tableDepth === 1) {
      if (!close) cell = [];
      else if (cell) {
        row?.push(cell.join(' ').trim());
        cell = null;
      }
    }
  }
  finishParagraph();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
