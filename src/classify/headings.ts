import type { Framework, Polarity } from '../schemas/index.js';
import { contentStems } from './text.js';

/**
 * What a heading above note lines says about them: the polarity it names ("Strengths", "AFIs",
 * "Context") and the framework section it names ("L&M", "Inclusion", "C2.2"). Pure functions of
 * the heading and the taxonomy, so training (on labelled notes) and classifying see the same cues.
 */

const HEADING_POLARITY: Array<[RegExp, Polarity]> = [
  [/\b(?:areas? (?:for|of) (?:improvement|development)|afis?|weakness(?:es)?|concerns?|issues?|shortfalls?|to improve|improvements? needed|development points?|next steps|recommendations?|minus(?:es)?|negatives?|cons|risks?|gaps?)\b/i, 'improvement'],
  [/\b(?:strengths?|positives?|good practice|pluses|pros|what works|highlights?|successes|effective practice)\b/i, 'strength'],
  [/^(?:context|background|facts?|info(?:rmation)?|set[- ]?up|provider (?:info|details|information)|logistics|numbers|the provider)\b/i, 'context'],
];

/** The polarity a heading names, if any: notes are often grouped under "Strengths" and "AFIs". */
export function polarityOfHeading(heading: string): Polarity | null {
  // Every line under a heading asks again: remembered per heading text.
  let hit = headingPolarityCache.get(heading);
  if (hit === undefined) {
    hit = headingPolarity(heading);
    if (headingPolarityCache.size >= 10_000) headingPolarityCache.clear();
    headingPolarityCache.set(heading, hit);
  }
  return hit;
}

const headingPolarityCache = new Map<string, Polarity | null>();

function headingPolarity(heading: string): Polarity | null {
  const head = heading.split(/\s[-–—:]\s|:\s|\(/)[0].trim();
  if (head.split(/\s+/).length > 5) return null;
  for (const [pattern, polarity] of HEADING_POLARITY) if (pattern.test(head)) return polarity;
  return null;
}

/**
 * Lead-ins that label a line's kind as a heading would ("Context: trainee salaried, 2nd placement",
 * "AFI 2 - …", "Strengths: …"). Stricter than headings: a lead-in is more often a topic ("Causes
 * for concern: procedure clear", "At-risk: …"), so only the labels themselves count.
 */
const LEAD_IN_POLARITY: Array<[RegExp, Polarity]> = [
  [/^(?:afis?|areas? (?:for|of) (?:improvement|development)|weakness(?:es)?|to improve|improvements? needed|development points?|next steps?|recommendations?|negatives?|minus(?:es)?)(?: \d{1,2})?$/i, 'improvement'],
  [/^(?:(?:key|main|agreed) )?(?:strengths?|positives?|good practice|pluses|what works|highlights?|successes|effective practice)(?: \d{1,2})?$/i, 'strength'],
  // The inspector's own open questions are context too: "Still to test: whether trainees know…".
  [/^(?:context|background|facts?|info(?:rmation)?|set[- ]?up|logistics|numbers|provider (?:info|details|information)|(?:still )?to (?:test|check|verify|explore|probe))$/i, 'context'],
];

const QUESTION_LABEL = /^(?:q|qs|questions?|quer(?:y|ies))$/i;
const ANSWER = /\bA\s*:/;

/** The polarity a line's own lead-in (LEAD_IN's match on `text`: "Context: …", "AFI 2 - …") names, if any. */
function leadInPolarity(lead: RegExpExecArray | null, text: string): Polarity | null {
  if (!lead) return null;
  const label = lead[1].trim();
  for (const [pattern, polarity] of LEAD_IN_POLARITY) if (pattern.test(label)) return polarity;
  // A question to ask ("Q: who closes a support plan?") is context; with its answer ("Q: … A: …") the answer judges.
  if (QUESTION_LABEL.test(label) && !ANSWER.test(text)) return 'context';
  return null;
}

const GENERIC = new Set(['qualiti', 'provis', 'iqt', 'programm', 'includ', 'personal', 'standard']);

/** Distinctive stems of each section's title and id: a heading made of them names the section. */
export function sectionStems(framework: Framework): string[][] {
  return framework.sections.map((section) => [
    ...new Set([...contentStems(section.title), ...contentStems(section.id.replace(/-/g, ' '))].filter((s) => !GENERIC.has(s))),
  ]);
}

const stemsCache = new WeakMap<Framework, { stems: string[][]; criterion: Map<string, string>; titles: Map<string, string> }>();

function taxonomyCues(framework: Framework) {
  let hit = stemsCache.get(framework);
  if (!hit) {
    hit = {
      stems: sectionStems(framework),
      criterion: new Map(framework.criteria.map((criterion) => [criterion.id, criterion.section])),
      titles: new Map(framework.criteria.map((criterion) => [contentStems(criterion.title).join(' '), criterion.section])),
    };
    stemsCache.set(framework, hit);
  }
  return hit;
}

const CRITERION_ID = /\b([A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?)\b/g;

/**
 * The section a heading names, if it names one: "L&M", "PDD", "Inclusion", "Compliance",
 * "Curriculum - secondary deep dive", "C2.2". Activity headings ("Tues: focus group w/ ECTs") name none.
 */
export function headingSection(heading: string, framework: Framework): string | null {
  const cues = taxonomyCues(framework);
  const named = namedCriterion(heading, framework);
  if (named) return cues.criterion.get(named)!;
  // The area is named first: "Curriculum - secondary science deep dive", "Inclusion:".
  const head = heading.split(/\s[-–—:]\s|:\s|\(/)[0];
  const stems = contentStems(head);
  if (stems.length === 0 || stems.length > 5) return null;
  let best: string | null = null;
  let bestShare = 0;
  cues.stems.forEach((own, index) => {
    if (own.length === 0) return;
    const set = new Set(own);
    const hits = stems.filter((s) => set.has(s)).length;
    const share = hits / stems.length;
    if (hits > 0 && share >= 0.5 && share > bestShare) {
      bestShare = share;
      best = framework.sections[index].id;
    }
  });
  if (best) return best;
  // A heading that is a criterion's title ("Strategic leadership", "Governance and oversight").
  return cues.titles.get(stems.join(' ')) ?? null;
}

// A line's own lead-in: "PD2.3 - reading list…", "L&M: …", "**Mentoring:** …", "Inclusion - …".
const LEAD_IN = /^[\s*_]*([^:;,.()"“]{1,40}?)[\s*_]*(?::|\s[-–—]\s)/;

/** A criterion a note line names by its id ("PD2.3 - reading list…", "… (LM2.4)"): the inspector's own filing. */
function namedCriterion(text: string, framework: Framework): string | null {
  const cues = taxonomyCues(framework);
  for (const match of text.matchAll(CRITERION_ID)) if (cues.criterion.has(match[1])) return match[1];
  return null;
}

/**
 * How a note line files itself: the criterion it names by id, the section its short lead-in
 * ("L&M: …", "Mentoring - …") names, else that criterion's, and the polarity the lead-in names
 * ("Context: …"). One scan of the line for all three.
 */
export function lineFiling(text: string, framework: Framework): { section: string | null; criterion: string | null; polarity: Polarity | null } {
  const criterion = namedCriterion(text, framework);
  const lead = LEAD_IN.exec(text);
  const leadSection = lead && lead[1].split(/\s+/).length <= 4 ? headingSection(lead[1], framework) : null;
  return { section: leadSection ?? (criterion ? taxonomyCues(framework).criterion.get(criterion)! : null), criterion, polarity: leadInPolarity(lead, text) };
}

/** The first section any of the headings (nearest first) names. */
export function sectionOfHeadings(headings: readonly string[], framework: Framework): string | null {
  for (const heading of headings) {
    const section = headingSection(heading, framework);
    if (section) return section;
  }
  return null;
}

/** The first polarity any of the headings (nearest first) names. */
export function polarityOfHeadings(headings: readonly string[]): Polarity | null {
  for (const heading of headings) {
    const polarity = polarityOfHeading(heading);
    if (polarity) return polarity;
  }
  return null;
}
