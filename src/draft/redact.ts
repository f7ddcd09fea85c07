import nlp from 'compromise';
import { redactNames } from '../classify/index.js';
import { COUNTRIES } from './countries.js';

/**
 * The draft's safety net for personal names, run on everything note-derived before and after
 * rewriting. Observations arrive redacted by the classifier (redactNames), which also handles a
 * name leading a line with its role in brackets and a quotation's attribution; the rules kept here
 * are the ones whose draft wording differs: a bracketed name is dropped (not "(a trainee)") and a
 * known first name anywhere inside a quotation becomes "[name]". Then redactNames runs again.
 */
const ROLE = '(?:trainee|apprentice|mentor|tutor|teacher|lead|leader|student|coordinator|head|HT|director|manager|officer|examiner|governor|SENCO|DSL|ECT)';
const NAME = "[A-Z][a-z'’-]+";
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function isPlace(words: string): boolean {
  return COUNTRIES.some((country) => country.pattern.test(words));
}

function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  return list.some((tag) => /^(MaleName|FemaleName|FirstName)$/.test(tag)) && !list.some((tag) => /Noun|Verb|Adjective|Place|Month|WeekDay/.test(tag) && tag !== 'ProperNoun');
}

const NOT_NAME_WORDS = /^(?:School|Academy|College|University|Trust|Partnership|SCITT|International|Primary|Secondary|Year|Key|Stage|Teams|Zoom|English|Maths|Mathematics|Science|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Core|Content|Framework|Standards|Teachers'?)$/;

export function draftRedact(text: string): string {
  let out = text.replace(/[⟦⟧]/g, '');
  // "at risk in Nov (Kofi Mensah)" → "at risk in Nov"
  out = out.replace(new RegExp(`\\s*\\((${NAME}(?:\\s+${NAME}){1,2})\\)`, 'g'), (match, name: string) =>
    name.split(/\s+/).some((word) => NOT_NAME_WORDS.test(word)) || isPlace(name) ? match : '',
  );
  // First names inside quotations: "Dave sees me every fortnight" → "[name] sees me …"
  out = out.replace(/["“]([^"“”]+)["”]/g, (quote) => quote.replace(new RegExp(`\\b${NAME}\\b`, 'g'), (word, offset: number) => (offset > 1 && isFirstName(word) ? '[name]' : word)));
  const result = redactNames(out);
  // A "name" that is an ordinary lower-case word ("mentor and …" read as a name) would mangle the
  // sentence; real names in notes are capitalised, and the inbound pass over raw notes still runs.
  return result.names.some((name) => /^[A-Z]/.test(name)) ? result.text : out;
}
