// Bare names with no role or title nearby ("Jade said…", "chased by Tomasz twice") must not leak,
// and words that are also names (Will, Mark, Grace, Amber), schools and places must survive.
// The sentences are invented; fixtures/bare-names.txt marks each personal name as [Name].
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactNames } from '../../src/classify/redact-names.js';

const lines = readFileSync(new URL('./fixtures/bare-names.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

describe('redactNames on bare names', () => {
  it('removes every marked name', () => {
    const leaks: string[] = [];
    for (const marked of lines) {
      const out = redactNames(marked.replace(/[[\]]/g, '')).text;
      for (const [, name] of marked.matchAll(/\[([^\]]+)\]/g)) {
        if (new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(out)) leaks.push(`${name} in "${out}"`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps every capitalised word that is not a marked name', () => {
    const lost: string[] = [];
    for (const marked of lines) {
      const out = new Set(words(redactNames(marked.replace(/[[\]]/g, '')).text));
      for (const word of words(marked.replace(/\[[^\]]+\]/g, ' '))) if (/^\p{Lu}/u.test(word) && !out.has(word)) lost.push(`${word} in "${marked}"`);
    }
    expect(lost).toEqual([]);
  });

  it('finds names in notes typed all in lower case', () => {
    const notes = [
      'greyfield scitt - visit notes',
      '- programme lead mrs wenna tregothnan-price met us on teams',
      '- obs ngozi (y4) - clear modelling, pace good',
      '- ngozi said the mentor meetings are weekly',
      '- met mentor dr kasimir wolanski + 2 trainees',
      '- wolanski keeps a log of every visit',
      '- li spoke to the ht about the tracker',
      '- reading is prioritised, phonics secure',
    ].join('\n');
    const out = redactNames(notes).text;
    for (const name of ['wenna', 'tregothnan', 'ngozi', 'kasimir', 'wolanski']) expect(out.toLowerCase()).not.toContain(name);
    for (const kept of ['greyfield scitt', 'li spoke to the ht', 'reading is prioritised, phonics secure', 'clear modelling']) expect(out).toContain(kept);
    expect(out.split('\n')).toHaveLength(8);
  });

  it('says who the person is where the context tells', () => {
    expect(redactNames("Kwesi's placement changed in March").text).toBe("A trainee's placement changed in March");
    expect(redactNames('observed Grace teaching Y3 phonics').text).toBe('observed a trainee teaching Y3 phonics');
    expect(redactNames('Grace period for submissions was extended').text).toBe('Grace period for submissions was extended');
    expect(redactNames('call w/ Colegio Santa Lucía, Valencia').text).toBe('call w/ Colegio Santa Lucía, Valencia');
  });
});
