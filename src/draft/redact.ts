import nlp from 'compromise';
import { redactNames } from '../classify/index.js';
import { COUNTRIES } from './countries.js';

/**
 * The draft's safety net for personal names, run on everything note-derived before and after
 * rewriting. Observations arrive redacted by the classifier (redactNames); these extra rules catch
 * shapes that slip through in notes — a name in brackets after a role, a name leading a line with
 * its role in brackets, a first name inside a quotation — and then redactNames runs again.
 */
const ROLE = '(?:trainee|apprentice|mentor|tutor|teacher|lead|leader|student|coordinator|head|HT|director|manager|officer|examiner|governor|SENCO|DSL|ECT)';
const NAME = "[A-Z][a-z'’-]+";
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function isPlace(words: string): boolean {
  return COUNTRIES.some((country) => country.pattern.test(words));
}

function isFirstName(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  return list.some((tag) => /^(MaleName|FemaleName|FirstName)$/.test(tag)) && !list.some((tag) => /Noun|Verb|Adjective|Place|Month|WeekDay/.test(tag) && tag !== 'ProperNoun');
}

const NOT_NAME_WORDS = /^(?:School|Academy|College|University|Trust|Partnership|SCITT|International|Primary|Secondary|Year|Key|Stage|Teams|Zoom|English|Maths|Mathematics|Science|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Core|Content|Framework|Standards|Teachers'?)$/;

export function draftRedact(text: string): string {
  let out = text.replace(/[⟦⟧]/g, '');
  // "Precious Nyathi (maths apprentice) - …" → "the maths apprentice - …"
  out = out.replace(new RegExp(`(^|[-*•]\\s+|^\\s*)(${NAME}(?:\\s+${NAME})?)\\s*\\(([^)]*\\b${ROLE}s?\\b[^)]*)\\)`, 'g'), (match, lead: string, name: string, role: string) =>
    name.split(/\s+/).some((word) => NOT_NAME_WORDS.test(word)) || isPlace(name) ? match : `${lead}the ${role.trim()}`,
  );
  // "at risk in Nov (Kofi Mensah)" → "at risk in Nov"
  out = out.replace(new RegExp(`\\s*\\((${NAME}(?:\\s+${NAME}){1,2})\\)`, 'g'), (match, name: string) =>
    name.split(/\s+/).some((word) => NOT_NAME_WORDS.test(word)) || isPlace(name) ? match : '',
  );
  // "… teach" - Callum, engineering → "… teach" - a person, engineering (attribution by bare name)
  out = out.replace(new RegExp(`(["”])(\\s*[-–—:]\\s*)(${NAME}(?:\\s+${NAME})?)(?=\\s*(?:,|\\)|$))`, 'g'), (match, quote: string, dash: string, name: string) =>
    new RegExp(`^${ROLE}s?$`, 'i').test(name) || isPlace(name) || NOT_NAME_WORDS.test(name) ? match : `${quote}${dash}a person`,
  );
  // First names inside quotations: "Dave sees me every fortnight" → "[name] sees me …"
  out = out.replace(/["“]([^"“”]+)["”]/g, (quote) => quote.replace(new RegExp(`\\b${NAME}\\b`, 'g'), (word, offset: number) => (offset > 1 && isFirstName(word) ? '[name]' : word)));
  const result = redactNames(out);
  // A "name" that is an ordinary lower-case word ("mentor and …" read as a name) would mangle the
  // sentence; real names in notes are capitalised, and the inbound pass over raw notes still runs.
  return result.names.some((name) => /^[A-Z]/.test(name)) ? result.text : out;
}
