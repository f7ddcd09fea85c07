const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const SEP = String.raw`\s*(?:-|–|—|to|and|until)\s*`;

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 0 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Every date in a phrase such as "18 - 21 March 2024", "Stage 1: 23 April 2018 Stage 2: 1 October
 * 2018", "23–25 April 2018", "28 February to 2 March 2022" or "2024-03-18". A range gives its
 * first and last day. Returned as ISO dates, sorted, without duplicates.
 */
export function extractDates(text: string): string[] {
  const found: string[] = [];
  let rest = text.replace(/\s+/g, ' ');
  const take = (re: RegExp, fn: (m: RegExpExecArray) => Array<string | null>) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      for (const d of fn(m)) if (d) found.push(d);
      return ' ';
    });
  };
  // 28 February to 2 March 2022 (range across months)
  take(new RegExp(String.raw`\b${DAY} ${MONTH}${SEP}${DAY} ${MONTH},? (\d{4})\b`, 'gi'), (m) => {
    const y = Number(m[5]);
    return [iso(y, monthIndex(m[2]), Number(m[1])), iso(y, monthIndex(m[4]), Number(m[3]))];
  });
  // 18 - 21 March 2024
  take(new RegExp(String.raw`\b${DAY}${SEP}${DAY} ${MONTH},? (\d{4})\b`, 'gi'), (m) => {
    const y = Number(m[4]);
    const mo = monthIndex(m[3]);
    return [iso(y, mo, Number(m[1])), iso(y, mo, Number(m[2]))];
  });
  // 23 April 2018
  take(new RegExp(String.raw`\b${DAY} ${MONTH},? (\d{4})\b`, 'gi'), (m) => [iso(Number(m[3]), monthIndex(m[2]), Number(m[1]))]);
  // April 23, 2018
  take(new RegExp(String.raw`\b${MONTH} ${DAY},? (\d{4})\b`, 'gi'), (m) => [iso(Number(m[3]), monthIndex(m[1]), Number(m[2]))]);
  // 2024-03-18
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]))]);
  // 18/03/2024 (UK order)
  take(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (m) => [iso(Number(m[3]), Number(m[2]) - 1, Number(m[1]))]);
  return [...new Set(found)].sort();
}
