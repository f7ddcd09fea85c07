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
  let t = line.replace(/\s*\bPage \d{1,4} of \d{1,4}\b\s*/g, ' ');
  t = t.replace(ANY_HEADING_RE, (m) => `\n${m}\n`);
  // bullets: glyphs anywhere, and " - " between words (not in "18 - 21")
  t = t.replace(/\s+([•◼◻▪●■◆►¢])\s+/g, '\n$1 ');
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
