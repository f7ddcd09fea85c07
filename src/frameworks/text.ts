/** Small text helpers shared by the framework parsers: cleaning extracted text, and fuzzy matching. */

/** Bullet sentinel: list markers of every kind (•, ◼, ¢, -, o, numbers) become this one character. */
export const BULLET = '\u2022';

const STOPWORDS = new Set(
  'a an and are as at be been by for from has have in into is it its of on or that the their them they this to was were which who will with within all any such those these than there where when can may must should'.split(' '),
);

/** Drops HTML and Markdown markup that extraction tools leave in text; keeps line breaks and tabs. */
export function stripMarkup(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // footnote markers: "<sup>1</sup>", "<sup>&lt;sup&gt;4</sup>", "[footnote 2]"
      .replace(/<sup>[^<]*<\/sup>/gi, ' ')
      .replace(/\[footnote \d+\]/gi, ' ')
      .replace(/<li>/gi, `\n${BULLET} `)
      .replace(/<\/?(?:ul|ol|li|p|b|i|u|strong|em|span|a|br)\b[^>]*>/gi, ' ')
      .replace(/&lt;|&gt;|&amp;|&nbsp;/g, (m) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&nbsp;': ' ' })[m] ?? ' ')
      .replace(/\*\*|__/g, '')
      .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
      // heading marks left inside text that was flattened before the markup was removed
      .replace(/(?<=\s)#{1,6}(?= )/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[\u2018\u2019`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
  );
}

/** Marks list items: a line starting with a bullet or an item number gets BULLET instead. */
export function markBullets(text: string): string {
  return text.replace(/^[ \t]*(?:(?:[-*•◼▪●■¢·]|o(?=[ \t])|\d{1,2}[.)](?=[ \t]))[ \t]*)+/gm, `${BULLET} `);
}

/** One line, single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text as one string with list markers as BULLET, whatever shape it arrived in: many lines, or one
 * long line where bullets show only as " - " or " • " between words.
 */
export function flatten(text: string): string {
  let flat = collapse(markBullets(stripMarkup(text)));
  // inline bullets in text that was already flattened: " - item", " • item", " o item" before a lowercase word
  flat = flat.replace(/(?<= )(?:[-•◼▪●■¢]|o) (?=[a-z])/g, `${BULLET} `);
  return flat.replace(new RegExp(`(?:${BULLET}\\s*){2,}`, 'g'), `${BULLET} `);
}

/** Renders a list-bearing fragment as prose: bullets become "; " and the first letter is capitalised. */
export function prose(fragment: string): string {
  let t = fragment
    .replace(new RegExp(`\\s*${BULLET}\\s*`, 'g'), '; ')
    .replace(/:\s*;\s*/g, ': ')
    .replace(/^[\s;,:–-]+|[\s;,–-]+$/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (t) t = t[0].toUpperCase() + t.slice(1);
  return t;
}

/** Ends a descriptor as a sentence. */
export function sentence(text: string): string {
  const t = text.trim();
  return !t || /[.!?)]$/.test(t) ? t : `${t}.`;
}

/** Lower-case content words, possessives and plurals folded, for similarity. */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const A = new Set(contentWords(a));
  const B = new Set(contentWords(b));
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return (2 * shared) / (A.size + B.size);
}

const trigramCache = new Map<string, Set<string>>();
function trigrams(text: string): Set<string> {
  const hit = trigramCache.get(text);
  if (hit) return hit;
  const t = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, '')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  if (trigramCache.size > 2000) trigramCache.clear();
  trigramCache.set(text, out);
  return out;
}

/**
 * Similarity of two short titles, tolerant of the letter-level damage flattened PDF tables do
 * ("Track reco rd of improvement", "Ti rainees' safeguarding responsibiliti es") and of truncation
 * ("Pastoral" for "Pastoral support and well-being"): the better of trigram Dice and word containment.
 */
export function titleSimilarity(a: string, b: string): number {
  const A = trigrams(a);
  const B = trigrams(b);
  let shared = 0;
  for (const g of A) if (B.has(g)) shared++;
  const dice = A.size + B.size ? (2 * shared) / (A.size + B.size) : 0;
  const wa = contentWords(a);
  const wb = new Set(contentWords(b));
  const contained = wa.length ? wa.filter((w) => wb.has(w)).length / wa.length : 0;
  // containment only counts for real words, so a stray fragment cannot match everything
  return Math.max(dice, wa.length && wa.join('').length >= 6 ? contained * 0.9 : 0);
}

/** kebab-case id fragment. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/'/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'untitled'
  );
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first "Month YYYY" in a text as "YYYY-MM", or null. */
export function firstMonthYear(text: string): string | null {
  const m = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(20\d\d)\b/i.exec(text);
  if (!m) return null;
  return `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}`;
}
