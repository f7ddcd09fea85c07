import { createRequire } from 'node:module';

// Deep requires: `import natural from 'natural'` loads mongoose, pg and redis clients (~1.5 s);
// the stemmer and stopword list alone load in milliseconds.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(token: string): string };
const stopwordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;

/** English function words, plus report filler that says nothing about a criterion. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...stopwordList,
  'however',
  'well',
  'enough',
  'always',
  'not',
  'no',
  'do',
  'does',
  'also',
  'many',
  'much',
  'there',
  'their',
  'they',
  'them',
  'this',
  'these',
  'those',
  'should',
  'make',
  'sure',
  'ensure',
  'ensures',
  'ensuring',
  'further',
]);

const stemCache = new Map<string, string>();

/** Porter stem, cached: corpora repeat a small vocabulary many times. */
export function stem(token: string): string {
  let hit = stemCache.get(token);
  if (hit === undefined) {
    hit = porter.stem(token);
    stemCache.set(token, hit);
  }
  return hit;
}

/** Lower-case word tokens: letters and digits, apostrophes folded, hyphenated words split. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? '' : 's'))
    .split(/[^a-z0-9']+/)
    .map((token) => token.replace(/^'+|'+$/g, ''))
    .filter((token) => token.length > 0);
}

/** Stems of the content words of a text, in order. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.length > 1 && !STOPWORDS.has(token))
    .map(stem);
}
