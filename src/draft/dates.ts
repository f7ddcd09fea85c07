import { DrafterError } from '../errors.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 to 21 March 2024" and "between 18 and 21 March 2024", as reports print inspection dates. */
export function formatDateRange(isoDates: string[]): { range: string; sentence: string } | null {
  if (isoDates.length === 0) return null;
  const sorted = [...isoDates].sort();
  const [start, end] = [sorted[0]!, sorted[sorted.length - 1]!].map((iso) => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return { year, month, day };
  }) as [{ year: number; month: number; day: number }, { year: number; month: number; day: number }];
  const full = (d: typeof start): string => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  if (start.year === end.year && start.month === end.month && start.day === end.day) {
    return { range: full(start), sentence: `on ${full(start)}` };
  }
  const from = start.year !== end.year ? full(start) : start.month !== end.month ? `${start.day} ${MONTHS[start.month - 1]}` : `${start.day}`;
  return { range: `${from} to ${full(end)}`, sentence: `between ${from} and ${full(end)}` };
}

/**
 * Parses the CLI's --dates: "2024-03-18,2024-03-21", "18-21 March 2024", "18 to 21 March 2024",
 * "28 February - 2 March 2024" or one date. Returns ISO dates, earliest first.
 */
export function parseDates(input: string): string[] {
  const text = input.trim();
  const iso = text.split(/\s*,\s*|\s+/).filter(Boolean);
  if (iso.every((part) => /^\d{4}-\d{2}-\d{2}$/.test(part))) return iso.map(checkIso).sort();
  const month = (name: string): number => {
    const index = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
    if (index < 0) throw bad(input);
    return index + 1;
  };
  const range = /^(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s*(?:-|–|—|to|and)\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.replace(/^between\s+/i, ''));
  if (range) {
    const endYear = Number(range[6]);
    const end = toIso(endYear, month(range[5]!), Number(range[4]));
    const start = toIso(range[3] ? Number(range[3]) : endYear, range[2] ? month(range[2]) : month(range[5]!), Number(range[1]));
    if (start > end) throw bad(input);
    return [start, end];
  }
  const single = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text);
  if (single) return [toIso(Number(single[3]), month(single[2]!), Number(single[1]))];
  throw bad(input);
}

function toIso(year: number, month: number, day: number): string {
  return checkIso(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function checkIso(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw bad(iso);
  return iso;
}

function bad(input: string): DrafterError {
  return new DrafterError('invalid-argument', `--dates "${input}" is not a date or date range.`, {
    hint: 'use "2024-03-18,2024-03-21" or "18-21 March 2024"',
  });
}
