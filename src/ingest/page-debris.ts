import type { Diagnostic } from '../schemas/index.js';
import { squash, type Line } from './lines.js';

/** "Page 2 of 19", "2 of 19", "- 2 -", "Page 2", "2 | Page", "[2]". */
const PAGE_NUMBER_RE = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\|\s*page|\[\d{1,4}\])$/i;
const BARE_NUMBER_RE = /^\d{1,4}$/;
/** A contents entry: a title, then dot leaders, a tab or spaces, then a page number. */
const CONTENTS_LINE_RE = /^(\S.{2,120}?)(?:\s*\.{3,}\s*|\t+\s*|\s{2,}|\s+)(\d{1,3})$/;

export function isPageNumberLine(text: string): boolean {
  const t = squash(text);
  return PAGE_NUMBER_RE.test(t);
}

function furnitureKey(text: string): string {
  return squash(text).toLowerCase().replace(/\d+/g, '#');
}

export interface DebrisOptions {
  /** Lines that are section headings must never be removed as furniture, however often they repeat. */
  isHeading: (text: string) => boolean;
  /** Remove short lines repeated three or more times (text without pages). PDFs use position instead. */
  repeatedLines?: boolean;
}

/**
 * Removes page furniture from PDF pages using position: lines repeated at the top or bottom of
 * most pages (running headers and footers, with or without page numbers) and page-number lines.
 * Returns the surviving lines with their page numbers.
 */
export function stripPageFurniture(pages: string[][], options: DebrisOptions, diagnostics: Diagnostic[]): Line[] {
  const ZONE = 3;
  // counted separately for the top and the bottom of pages: a running header repeats at the top
  const top = new Map<string, number>();
  const bottom = new Map<string, number>();
  const zones = pages.map((page) => {
    const nonEmpty = page.map((t, i) => ({ t, i })).filter((x) => x.t.trim());
    return { head: nonEmpty.slice(0, ZONE), foot: nonEmpty.slice(-ZONE) };
  });
  // keyed by position too: a header is the first (or second) line of every page, while body
  // text that happens to repeat lands at varying positions
  for (const z of zones) {
    z.head.forEach((x, k) => top.set(`${k}:${furnitureKey(x.t)}`, (top.get(`${k}:${furnitureKey(x.t)}`) ?? 0) + 1));
    z.foot.forEach((x, k) => {
      const key = `${z.foot.length - k}:${furnitureKey(x.t)}`;
      bottom.set(key, (bottom.get(key) ?? 0) + 1);
    });
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.6));
  // body text never counts as furniture: numbered paragraphs, bullets, long lines
  const candidate = (t: string) => t.length <= 100 && !/^(?:\d{1,3}[.)]\s|[-•◦*]\s)/.test(t) && !options.isHeading(t);
  const out: Line[] = [];
  let removed = 0;
  let lineNo = 1;
  pages.forEach((page, p) => {
    const headPos = new Map(zones[p].head.map((x, k) => [x.i, k]));
    const footPos = new Map(zones[p].foot.map((x, k) => [x.i, zones[p].foot.length - k]));
    page.forEach((text, i) => {
      const t = squash(text);
      const key = furnitureKey(t);
      const inZone = headPos.has(i) || footPos.has(i);
      const repeated =
        pages.length >= 2 &&
        ((headPos.has(i) && (top.get(`${headPos.get(i)}:${key}`) ?? 0) >= threshold) || (footPos.has(i) && (bottom.get(`${footPos.get(i)}:${key}`) ?? 0) >= threshold));
      const furniture = inZone && t.length > 0 && candidate(t) && (isPageNumberLine(t) || BARE_NUMBER_RE.test(t) || repeated);
      if (furniture) removed++;
      else out.push({ text, line: lineNo, page: p + 1 });
      lineNo++;
    });
  });
  if (removed > 0) {
    diagnostics.push({ code: 'page-furniture-removed', severity: 'info', message: `removed ${removed} running header, footer or page-number lines from ${pages.length} pages` });
  }
  return out;
}

/**
 * Removes page debris from text with no page boundaries: page-number lines, bare numbers standing
 * alone between blank lines, and short lines repeated three or more times (a running title),
 * except headings. Contents entries are removed separately (see stripContents).
 */
export function stripTextDebris(lines: Line[], options: DebrisOptions, diagnostics: Diagnostic[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = squash(l.text);
    if (t && t.length <= 120) counts.set(furnitureKey(t), (counts.get(furnitureKey(t)) ?? 0) + 1);
  }
  // first pass: page-number lines and running titles; second pass: bare numbers that stand alone
  // once those are gone (blank or furniture on both sides), as a page number printed on its own does
  // A running title stands apart from the text: next to a blank line or a page number. Wrapped
  // table cells that repeat ("The provision is") sit inside running text and are kept.
  const isolated = (i: number) => {
    const near = (j: number) => j < 0 || j >= lines.length || !lines[j].text.trim() || isPageNumberLine(lines[j].text);
    return near(i - 1) || near(i + 1);
  };
  const debris = lines.map((l, i) => {
    const t = squash(l.text);
    if (!t) return false;
    if (isPageNumberLine(t)) return true;
    return (
      options.repeatedLines !== false &&
      isolated(i) &&
      !options.isHeading(t) &&
      t.length <= 120 &&
      (counts.get(furnitureKey(t)) ?? 0) >= 3 &&
      !/[.:;,]$/.test(t) &&
      /[a-z]/i.test(t) &&
      !/^\s*(?:[-•*]|\d+[.)])\s/.test(l.text)
    );
  });
  const alone = (i: number, step: number): boolean => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (debris[j]) continue;
      return !lines[j].text.trim();
    }
    return true;
  };
  // grade cells of a judgement table extracted one per line ("1", blank, "2") look like page numbers:
  // inside the table (from its key or first row label, for 40 lines) small numbers are kept
  const inTable = new Array<boolean>(lines.length).fill(false);
  lines.forEach((l, i) => {
    if (/Key to judgements|^\s*Overall effectiveness\b/i.test(l.text)) {
      // the table ends at body text: a numbered paragraph, a bullet or a sentence
      for (let j = i; j < Math.min(lines.length, i + 40); j++) {
        if (j > i && /^\s*(?:\d{1,3}[.)]\s+\S|[-•*]\s)|[a-z][.!?]$/.test(lines[j].text)) break;
        inTable[j] = true;
      }
    }
  });
  lines.forEach((l, i) => {
    const t = squash(l.text);
    if (debris[i] || !BARE_NUMBER_RE.test(t) || (inTable[i] && Number(t) <= 4)) return;
    if (alone(i, -1) && alone(i, 1)) debris[i] = true;
  });
  const out = lines.filter((_, i) => !debris[i]);
  const removed = debris.filter(Boolean).length;
  if (removed > 0) {
    diagnostics.push({ code: 'page-debris-removed', severity: 'info', message: `removed ${removed} page-number or running header/footer lines` });
  }
  return out;
}

/**
 * Removes table-of-contents entries: a line that is a known heading followed by a page number, or
 * any entry-like line in the block after a "Contents" heading.
 */
export function stripContents(lines: Line[], options: DebrisOptions, diagnostics: Diagnostic[]): Line[] {
  let inContents = false;
  let removed = 0;
  const out: Line[] = [];
  const nextText = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].text.trim()) return squash(lines[j].text);
    return '';
  };
  const lastIndex = new Map<string, number>();
  lines.forEach((l, i) => lastIndex.set(squash(l.text), i));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = squash(l.text);
    if (/^(?:table of )?contents$/i.test(t)) {
      inContents = true;
      removed++;
      continue;
    }
    const m = CONTENTS_LINE_RE.exec(t);
    if (m && !/overall effectiveness|grade/i.test(m[1]) && (options.isHeading(m[1]) || (inContents && !/[.;:]$/.test(m[1])))) {
      removed++;
      continue;
    }
    if (inContents && t) {
      // a heading with its page number on the next line, as some extractors produce; or an entry
      // with no page number at all (a Word contents field never updated) whose text comes back
      // later as a heading line
      if ((options.isHeading(t) && BARE_NUMBER_RE.test(nextText(i))) || BARE_NUMBER_RE.test(t) || (t.length <= 120 && !/[.;:,]$/.test(t) && (lastIndex.get(t) ?? -1) > i)) {
        removed++;
        continue;
      }
      inContents = false;
    }
    out.push(l);
  }
  if (removed > 0) diagnostics.push({ code: 'contents-removed', severity: 'info', message: `removed ${removed} table-of-contents lines` });
  return out;
}
