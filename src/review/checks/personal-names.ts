import type { Finding } from '../../schemas/index.js';
import type { AnalysedReport } from '../analyse.js';
import { findingIn } from '../finding.js';
import { splitSentences, words } from '../text.js';
import { textUnits } from '../units.js';

// Capitalised words that report prose uses and that are never people: bodies, documents, places in
// the report's own title page. A detected "name" made only of these (or of the provider's own
// words) is an organisation or a title, not a person.
const NOT_PEOPLE = new Set(
  `teachers standards teachers' keeping children safe education core content framework ofsted dfe isi hmi penta international
  qualified teacher status iqts itt ite ittecf ccf qts nqt nqts ect ects send sen pgce school direct university college academy trust
  scitt partnership england english mathematics uk united kingdom year key stage early years eyfs primary secondary further fe
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
  november december spring summer autumn term government department national curriculum diversity days develop`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+[A-Z][\p{L}'’-]+/gu;

/** Words of a report that name organisations: provider, inspectorate, details such as school names. */
function organisationWords(report: AnalysedReport): Set<string> {
  const doc = report.report;
  const texts = [doc.provider, doc.title, doc.inspectorate ?? '', report.framework?.title ?? '', report.framework?.publisher ?? ''];
  for (const term of report.framework?.glossary ?? []) texts.push(term.term);
  return new Set(words(texts.join(' ').toLowerCase()));
}

/** "S… H…": enough for a reviewer to recognise the name in the paragraph, too little to carry it into logs. */
export function maskName(name: string): string {
  return words(name)
    .map((w) => (TITLE_WORD.test(w) ? w : `${w.charAt(0).toUpperCase()}…`))
    .join(' ');
}

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)$/;

function isOrganisationOrTitle(name: string, organisation: Set<string>): boolean {
  const parts = words(name.toLowerCase()).filter((w) => !/^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)$/.test(w));
  if (parts.length === 0) return true;
  return parts.every((w) => NOT_PEOPLE.has(w) || organisation.has(w) || NOT_PEOPLE.has(w.replace(/['’]s?$/, '')));
}

/**
 * Personal names left in the narrative. The finding gives the paragraph, sentence and word position
 * and the initials, with the name replaced by [NAME] in the quoted context: a reviewer can find it,
 * but the name itself never reaches the terminal, a JSON pipe, a CI log or a circulated review.
 */
export function checkPersonalNames(report: AnalysedReport, findNames: (text: string) => string[]): Finding[] {
  const findings: Finding[] = [];
  const organisation = organisationWords(report);
  for (const unit of textUnits(report)) {
    if (unit.origin === 'title') continue;
    splitSentences(unit.text).forEach((sentence, sentenceIndex) => {
      // Cheap gate: a name needs a capital letter after the first word.
      if (!/\s[A-Z]/.test(sentence)) return;
      const found = new Set<string>();
      for (const match of sentence.matchAll(TITLE)) found.add(match[0]);
      for (const name of findNames(sentence)) found.add(name.replace(/[.,;:'’]+$/, '').trim());
      // "Mrs Okafor" and "Okafor" are one person: keep the longest form only.
      const names = [...found].filter((n) => ![...found].some((other) => other !== n && other.includes(n)));
      for (const name of names) {
        if (!name || isOrganisationOrTitle(name, organisation)) continue;
        // Published prose capitalises names; a lower-case "name" is a tagger slip ("lesson").
        if (!words(name).every((w) => /^\p{Lu}/u.test(w))) continue;
        // A single capitalised word that starts the sentence is too weak a signal ("Trainees").
        const at = sentence.indexOf(name);
        if (at < 0) continue;
        if (words(name).length === 1 && at === 0) continue;
        const wordIndex = words(sentence.slice(0, at)).length + 1;
        const redacted = sentence.split(name).join('[NAME]');
        const context = redacted.slice(Math.max(0, redacted.indexOf('[NAME]') - 40), redacted.indexOf('[NAME]') + 46).trim();
        findings.push(
          findingIn(
            report,
            'error',
            'personal-name',
            unit.section,
            unit.paragraph,
            `${unit.paragraph !== null ? `Paragraph ${unit.paragraph}` : unit.label}, sentence ${sentenceIndex + 1}, word ${wordIndex}: ` +
              `a personal name (${maskName(name)}) is left in ("…${context}…"); reports name roles, never people.`,
          ),
        );
      }
    });
  }
  return findings;
}
