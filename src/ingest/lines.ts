/** A line of document text with where it came from, so diagnostics can point at it. */
export interface Line {
  text: string;
  /** 1-based line number in the text handed to the parser. */
  line: number;
  /** 1-based page number when the reader knew the page (PDF). */
  page?: number;
}

const BULLET_CHARS = '•◼◻▪▫●○◦■□◆◇►▶▸➢✓✔¢§·‣⁃∙⦁\uf0b7\uf0a7\uf076\uf0d8*';
/** A list bullet at the start of a line: one of the glyph bullets, or "-"/"–" followed by a space. */
export const BULLET_RE = new RegExp(`^\\s*(?:[${BULLET_CHARS.replace(/[*]/g, '\\*')}]|[-–—](?=\\s))\\s*`);

/** Markdown and HTML residue that readers leave behind: links, emphasis, heading hashes, tags. */
export function stripMarkup(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/<\/?(?:p|br|span|strong|em|b|i|u)\b[^>]*>/gi, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2')
    .replace(/\\([()[\]*_#])/g, '$1');
}

/** Unicode clean-up every reader's output gets: ligatures, odd spaces, soft hyphens, CRLF. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/\ufb00/g, 'ff')
    .replace(/\ufb03/g, 'ffi')
    .replace(/\ufb04/g, 'ffl')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\f/g, '\n');
}

export function toLines(text: string, page?: number, firstLine = 1): Line[] {
  return text.split('\n').map((t, i) => ({ text: t.replace(/[ \t]+$/g, ''), line: firstLine + i, ...(page ? { page } : {}) }));
}

/** Collapses inner whitespace; tabs (table cells) become single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins two pieces of one paragraph, mending a word hyphenated across the break. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  // look only at the tail: paragraphs can grow long and a regex anchored at $ scans from the start
  const tail = a.slice(-300);
  // a line ending in a hyphen: reports are not auto-hyphenated, so it is a compound ("well-planned")
  if (/[A-Za-z]-$/.test(tail) && /^[a-z]/.test(b)) return a + b;
  if (tail.endsWith('/') && /^[\w.-]+(?:\/|$)/.test(b) && /https?:\/\/\S*$/.test(tail)) return a + b;
  return `${a} ${b}`;
}

/** True when the text stops mid-sentence: no closing punctuation at its end. */
export function endsMidSentence(text: string): boolean {
  return !/[.!?:;]["')\]]?$/.test(text.slice(-20).trim());
}
