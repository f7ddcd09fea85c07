import { decapitalise } from './register.js';
import type { TopicEntry } from './topics.js';

/** Words that mark a shortfall in a clause (not in a praise clause). */
const SHORTFALL =
  /\b(not|no|never|nothing|none|cannot|unsure|limited|weak|underdeveloped|inconsistent|inconsistently|patchy|thin|variable|generic|lacks?|missing|incomplete|late|delayed|only|too|recommends?|depends|varies|vary|differs?|unclear|insufficient)\b|n't\b/i;

/** "X, but Y" / "X; however, Y" / "X whereas Y" / "Although X, Y" / "X, although Y" → clauses. */
function contrastClauses(text: string): { before: string; after: string; connective: string } | null {
  const body = text.replace(/[.]+$/, '');
  const lead = /^(?:Although|Though|While|Whilst)\s+(.+?),\s+(.+)$/i.exec(body);
  // "Although X, Y": X concedes, Y is the main clause.
  if (lead) return { before: lead[1]!, after: lead[2]!, connective: 'although-lead' };
  const mid = /^(.+?)(,?\s+but\s+|;\s*however,?\s+|\.\s+However,?\s+|,\s+however,?\s+|,?\s+whereas\s+|,\s+although\s+|,\s+though\s+)(.+)$/i.exec(body);
  // "X, although Y": Y concedes; after "but"/"however"/"whereas" the contrast comes second.
  if (mid) return { before: mid[1]!, after: mid[3]!, connective: /although|though/i.test(mid[2]!) ? 'although-mid' : 'mid' };
  return null;
}

/** The subject of a clause, where it has a plain "<subject> is/are/has/…" shape. */
function subjectOf(clause: string): { subject: string; plural: boolean } | null {
  const m = /^(.{2,80}?)\s+(is|are|was|were|has|have|does|do)\b/i.exec(clause);
  if (!m) return null;
  return { subject: m[1]!, plural: /^(are|were|have|do)$/i.test(m[2]!) };
}

/**
 * The part of an improvement point that carries the shortfall: "The examiner report is positive,
 * but recommends more moderation." → "The examiner report recommends more moderation." A clause
 * with no subject of its own takes the other clause's; a pronoun is replaced by it. Returns the
 * text unchanged when there is no contrast or neither clause reads as a shortfall.
 */
export function shortfallClause(text: string): string {
  const parts = contrastClauses(text);
  if (!parts) return text;
  const beforeBad = SHORTFALL.test(parts.before);
  const afterBad = SHORTFALL.test(parts.after);
  // The shortfall usually follows "but"; a praise clause after it ("…, but trainees value it") loses.
  let chosen: string;
  let other: string;
  // Neither reads as a shortfall: the contrast ("but …") is the point, or the concessive clause is not.
  const afterWins = afterBad || (!beforeBad && parts.connective !== 'although-mid');
  if (afterWins) {
    chosen = parts.after;
    other = parts.before;
  } else {
    chosen = parts.before;
    other = parts.after;
  }
  const subject = subjectOf(other);
  const pronoun = /^(they|it|this|these)\s+/i.exec(chosen);
  if (pronoun) {
    if (!subject) return text;
    chosen = `${subject.subject} ${chosen.slice(pronoun[0].length)}`;
  } else if (!subjectOf(chosen) && !/^(?:[Tt]here|[Nn]o|[Nn]one|[Ss]ome|[Aa]ll|[Ff]ew|[Mm]ost|[Mm]any|[Ss]everal|[Tt]he|[Ee]ach|[Ee]very|[A-Z]|[a-z]+\s+(?:had|did|can|could|will|were|was)\b)/.test(chosen)) {
    // No subject of its own ("recommends more moderation"): borrow the other clause's.
    if (!subject || !/^[a-z]+s\b/.test(chosen)) return text;
    chosen = `${subject.subject} ${chosen}`;
  }
  chosen = chosen.trim();
  return `${chosen.charAt(0).toUpperCase()}${chosen.slice(1)}.`;
}

/**
 * "Targets are set each week, but mostly generic." in a paragraph after strengths: one contrast
 * per sentence, so the "but" becomes the paragraph's "However," on a sentence of its own.
 * Returns null when the sentence has a contrast that cannot be split safely (then it gets no prefix).
 */
export function splitContrast(sentence: string): [string, string] | null {
  const m = /^(.+?),?\s+but\s+(.+?)\.?$/.exec(sentence);
  if (!m || /\b(?:although|though|whereas|however)\b/i.test(sentence)) return null;
  const before = m[1]!;
  let after = m[2]!;
  const subject = subjectOf(before);
  if (!subject) return null;
  if (/^(they|it)\s+/i.test(after)) {
    // already has its own subject
  } else if (/^(very|mostly|largely|too|often|sometimes|rather|quite|not|generally|usually|only)\b/i.test(after) && !/\b(is|are|was|were)\b/.test(after.split(/\s+/).slice(0, 3).join(' '))) {
    after = `${subject.plural ? 'they are' : 'it is'} ${after}`;
  } else if (!subject.plural && /^[a-z]+s\s/.test(after) && !/^(?:is|was|has|does)\s/.test(after) && !/^(?:[a-z]+ss)\s/.test(after)) {
    // "…, but omits two hubs": a singular subject's own verb takes "it".
    after = `it ${after}`;
  } else if (/^(there|[a-z]+\s+(?:is|are|has|have|do|does|did|was|were)\b)/i.test(after)) {
    // a clause with its own subject
  } else {
    return null;
  }
  return [`${before}.`, `However, ${after}.`];
}

const NEGATED =
  /^(.{2,80}?)\s+(do|does|did|could|can|is|are)\s*(?:not|n't)\s+(?:always\s+|consistently\s+|yet\s+|routinely\s+|regularly\s+|sufficiently\s+)?(.+)$/i;

/**
 * The improvement a negated finding asks for, from its own predicate, or null when no safe
 * transformation exists: "mentors do not always set precise targets" → "mentors set precise targets";
 * "trainees could not explain X" → "trainees can explain X"; "attendance is not tracked" →
 * "attendance is tracked". Nothing is added that the note does not say.
 */
export function positivePredicate(finding: string): string | null {
  const m = NEGATED.exec(finding.replace(/[.]+$/, ''));
  if (!m) return null;
  const subject = m[1]!;
  const aux = m[2]!.toLowerCase();
  const rest = m[3]!;
  // Further clauses ("…, and there is no analysis") or a second negative make the result unsafe.
  if (/[,;:]|\b(and|but|because|since|so|no|not|never)\b/i.test(rest)) return null;
  if (/^(he|she|they|it|this|one|some|a|an)\b/i.test(subject) || /\b(said|told|reported)\b/i.test(subject)) return null;
  const verb = aux === 'could' || aux === 'can' ? 'can ' : aux === 'is' || aux === 'are' ? `${aux} ` : '';
  return `${decapitalise(subject)} ${verb}${rest}`;
}

/**
 * An area for improvement turned into what leaders should do, as Ofsted phrases it: from the
 * finding's own predicate where it has one, else from the area's topic; "Leaders should address:
 * <finding>" only where neither is safe. Never adds a fact.
 */
export function recommendationFor(afi: string, topic: TopicEntry | null = null): string {
  const deficit = /^(.+?)\s+(is|are)\s+not sufficiently developed(.*)\.$/.exec(afi);
  if (deficit) return `Leaders should ensure that ${decapitalise(deficit[1]!)} ${deficit[2]} sufficiently developed${deficit[3]}.`;
  const finding = shortfallClause(afi);
  const sentences = finding.split(/(?<=\.)\s+(?=[A-Z])/).map((sentence) => sentence.replace(/\.$/, ''));
  const negated = sentences.map(positivePredicate).filter((p): p is string => p !== null);
  if (negated.length > 0) return `Leaders should make sure that ${negated[0]}.`;
  const shortfall = sentences.find((sentence) => SHORTFALL.test(sentence));
  if (topic) {
    // A topic is a common noun phrase mid-sentence ("Leaders' work" → "leaders' work"), an acronym keeps its capitals.
    const subject = /^[A-Z][A-Z]/.test(topic.topic) ? topic.topic : topic.topic.charAt(0).toLowerCase() + topic.topic.slice(1);
    const consistent = /\b(inconsisten\w*|varies|variable|depends on|not always|not consistently|patchy)\b/i.test(finding);
    const verb = consistent ? (topic.plural ? 'are consistent' : 'is consistent') : topic.plural ? 'improve' : 'improves';
    // A finding with no shortfall in it (a misfiled strength) is not repeated as something to fix.
    return shortfall ? `Leaders should ensure that ${subject} ${verb}. The inspection found that ${decapitalise(shortfall)}.` : `Leaders should ensure that ${subject} ${verb}.`;
  }
  return `Leaders should address: ${decapitalise((shortfall ?? sentences.join('. ')).trim())}.`;
}
