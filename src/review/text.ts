import { createRequire } from 'node:module';

// The Porter stemmer alone: importing `natural` whole pulls in database drivers and ~1 s of start-up.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'v', 'vs', 'no', 'approx', 'st', 'cf', 'esp', 'incl', 'para', 'fig']);

/** Splits prose into sentences, keeping "e.g." and "Mr." inside them. */
export function splitSentences(text: string): string[] {
  const pieces = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])["'’”)]?\s+(?=["'‘“(]?[A-Z0-9])/);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const previous = sentences[sentences.length - 1];
    const lastWord = previous?.match(/([A-Za-z.]+)\.$/)?.[1]?.toLowerCase();
    if (previous !== undefined && lastWord !== undefined && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else if (piece) {
      sentences.push(piece);
    }
  }
  return sentences;
}

/** Words as written (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export const STOPWORDS = new Set(
  `a about above after again all also an and any are as at be been before being both but by can could did do does doing during each
  few for from further had has have having he her here hers him his how i if in into is it its itself just may might more most much
  must my of on once only or other our out over own same she should so some such than that the their theirs them then there these
  they this those through to too under until up very was we were what when where which while who whom why will with would you your
  within across between because well`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that carry a judgement's direction but not its topic: dropped when comparing what two sentences are about. */
export const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'lack', 'lacks', 'cannot', "don't", "doesn't", "isn't", "aren't"]);

const stemCache = new Map<string, string>();

/** Porter stem of a lower-cased word, cached (review stems the same words thousands of times). */
export function stem(word: string): string {
  let hit = stemCache.get(word);
  if (hit === undefined) {
    hit = porter.stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, hit);
  }
  return hit;
}

/** Stemmed content words: lower-cased, stopwords and negators dropped, so "mentors do not meet" ~ "mentors meet". */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text.replace(/['’]s\b/g, ''))) {
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (word.length < 2 || STOPWORDS.has(word) || NEGATORS.has(word) || /^\d+$/.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Word n-gram shingles over normalised text (case, punctuation and numbers folded). */
export function wordShingles(text: string, size = 3): string[] {
  const tokens = words(text.toLowerCase()).map((w) => (/^\d+$/.test(w) ? '#' : w));
  if (tokens.length < size) return tokens.length ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Shortens a fragment for a message: at most `max` words, with an ellipsis, never a whole paragraph. */
export function fragment(text: string, max = 10): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  const cut = parts.slice(0, max).join(' ').replace(/[,;:.]+$/, '');
  return parts.length > max ? `${cut}…` : cut;
}

/** Removes quoted speech (double quotes, curly quotes, and single-quoted phrases of two words or more). */
export function withoutQuotations(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/‘[^’]*’(?![\p{L}])/gu, ' ')
    .replace(/(^|[\s(])'[^']*\s[^']*'(?![\p{L}])/gu, '$1 ');
}
