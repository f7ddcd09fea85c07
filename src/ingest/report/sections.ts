import { joinText, squash, type Line } from '../lines.js';
import { headingKey } from './headings.js';

export interface Section {
  key: string;
  heading: string;
  /** The line of the heading (0 for the preamble). */
  line: number;
  lines: Line[];
}

/** Splits cleaned lines at known headings. Text before the first heading is the 'preamble'. */
export function segment(lines: Line[]): Section[] {
  const sections: Section[] = [{ key: 'preamble', heading: '', line: 0, lines: [] }];
  for (const l of lines) {
    const key = l.text.trim() ? headingKey(l.text) : null;
    if (key) sections.push({ key, heading: squash(l.text).replace(/:$/, ''), line: l.line, lines: [] });
    else sections[sections.length - 1].lines.push(l);
  }
  return sections;
}

export function hasContent(section: Section): boolean {
  return section.lines.some((l) => l.text.trim());
}

/** The section's text as one string, lines joined by spaces. */
export function sectionText(section: Section | undefined): string {
  return section ? squash(section.lines.map((l) => l.text).join(' ')) : '';
}

/**
 * The section with `key` that has content; when a heading repeats (a contents list the cleaner
 * missed, or a table heading) the one with the most text wins.
 */
export function findSection(sections: Section[], key: string): Section | undefined {
  let best: Section | undefined;
  let bestLen = 0;
  for (const s of sections) {
    if (s.key !== key) continue;
    const len = sectionText(s).length;
    if (len > bestLen) {
      best = s;
      bestLen = len;
    }
  }
  return best;
}

/** Splits text into prose paragraphs at blank lines, joining wrapped lines. */
export function proseParagraphs(lines: Line[]): Array<{ text: string; line: number; page?: number }> {
  const out: Array<{ text: string; line: number; page?: number }> = [];
  let cur: { text: string; line: number; page?: number } | null = null;
  for (const l of lines) {
    const t = squash(l.text);
    if (!t) {
      cur = null;
      continue;
    }
    if (cur) cur.text = joinText(cur.text, t);
    else {
      cur = { text: t, line: l.line, ...(l.page ? { page: l.page } : {}) };
      out.push(cur);
    }
  }
  return out;
}
