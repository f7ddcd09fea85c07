import { ANY_HEADING_RE } from './report/headings.js';

/** A line this long with headings inside it is a whole report (or a large part) flattened onto one line. */
export function looksFlattened(line: string): boolean {
  if (line.length < 1200) return false;
  ANY_HEADING_RE.lastIndex = 0;
  const headings = line.match(ANY_HEADING_RE)?.length ?? 0;
  return headings >= 2;
}

/**
 * Puts line breaks back into text flattened onto one line: around known headings, before bullets,
 * and before numbered paragraphs. Numbers are only taken as paragraph numbers when they run in
 * sequence (1., 2., 3., … or a restart at 1.), so "section 4. The" or "1.57" do not split.
 */
export function unflatten(line: string): string {
  let t = stripInlineFurniture(line);
  t = t.replace(ANY_HEADING_RE, (m) => `\n${m}\n`);
  // bullets: glyphs anywhere, and " - " between words (not in "18 - 21")
  t = t.replace(/\s+([•◼◻▪▫●○◦■□◆◇►▶▸➢✓✔¢‣⁃∙⦁\uf0b7\uf0a7])\s+/g, '\n$1 ');
  t = t.replace(/\s+-\s+(?=[A-Za-z('"])/g, '\n- ');
  // numbered paragraphs in sequence
  const candidates = [...t.matchAll(/(?<=(?:^|[.!?:'")\]\n])\s*)\b(\d{1,3})\.\s+(?=[A-Z'"(])/g)];
  const cuts: number[] = [];
  let expected = 1;
  for (const m of candidates) {
    const n = Number(m[1]);
    if (n === expected || (n === 1 && expected > 1)) {
      cuts.push(m.index!);
      expected = n + 1;
    }
  }
  for (const at of cuts.reverse()) t = `${t.slice(0, at)}\n${t.slice(at)}`;
  return t
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}

const PAGE_MARK = /\bPage \d{1,4} of \d{1,4}\b/g;

/** The longest run of words (3 to 20) that most `texts` start with, when at least 60% do. */
function commonLead(texts: string[][]): string[] | null {
  for (let k = 20; k >= 3; k--) {
    const counts = new Map<string, number>();
    for (const words of texts) if (words.length >= k) counts.set(words.slice(0, k).join(' '), (counts.get(words.slice(0, k).join(' ')) ?? 0) + 1);
    const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n >= Math.max(3, Math.ceil(texts.length * 0.6))) return best.split(' ');
  }
  return null;
}

/**
 * Page furniture inside flattened text: "Page N of M" markers, and the running header or footer
 * that sits next to them on most pages (the same words after, or before, most markers).
 */
export function stripInlineFurniture(text: string): string {
  const marks = [...text.matchAll(PAGE_MARK)];
  let t = text;
  if (marks.length >= 3) {
    const after = marks.map((m) => text.slice(m.index! + m[0].length, m.index! + m[0].length + 300).trim().split(/\s+/));
    const before = marks.map((m) => text.slice(Math.max(0, m.index! - 300), m.index!).trim().split(/\s+/).reverse());
    const header = commonLead(after);
    const footer = commonLead(before);
    const esc = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    if (header) t = t.replace(new RegExp(`(${PAGE_MARK.source})\\s+${esc(header)}`, 'g'), '$1');
    // the first page's header has no page marker before it
    if (header) t = t.replace(new RegExp(`^\\s*${esc(header)}\\s+`), '');
    if (footer) t = t.replace(new RegExp(`${esc([...footer].reverse())}\\s+(${PAGE_MARK.source})`, 'g'), '$1');
  }
  return t.replace(/\s*\bPage \d{1,4} of \d{1,4}\b\s*/g, ' ');
}
