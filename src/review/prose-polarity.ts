import type { Polarity } from '../schemas/index.js';

/** A sentence's judgement direction and how sure the judge is (0–1). */
export interface PolarityJudgement {
  polarity: Polarity;
  confidence: number;
}

// Published report prose is formal: weaknesses are phrased with a small, stable vocabulary
// ("not sufficiently", "underdeveloped", "inconsistencies", "do not always"), strengths with another.
// This judge reads that register; it backs up (and can stand in for) the notes classifier.
const IMPROVEMENT_PATTERNS: RegExp[] = [
  // "are not vulnerable to radicalisation" is a strength: a negated harm is not a shortfall.
  /\b(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would)\s+not\b(?!\s+(?:vulnerable|at\s+risk|harmed|exposed|discriminated|disadvantaged|bullied|only)\b)/i,
  /\b(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|cannot|can't)\b/i,
  /\bnot\s+(?:always|sufficiently|fully|yet|consistently|all|enough|as|clear|clearly|well|effective|effectively|precise|systematic|explicitly)\b/i,
  /\bno\s+(?:planned|clear|systematic|formal|evidence|record|records|minutes|training|system|process|mentor)\b/i,
  /\black(?:s|ing)?\b/i,
  /\btoo\s+(?:few|little|much|slow|slowly|late|variable|many|often|narrow|general)\b/i,
  /\b(?:insufficient(?:ly)?|inconsisten(?:t|tly|cy|cies)|underdeveloped|under-developed|inadequate(?:ly)?|inaccurate(?:ly)?|ineffective(?:ly)?)\b/i,
  /\b(?:weak|weaker|weakness(?:es)?|poor(?:ly)?|variable|unclear|unsatisfactory|delayed|patchy|vague|superficial)\b/i,
  /\b(?:only\s+)?limited\s+(?:impact|range|number|opportunit\w*|progress|time|evidence|use|capacity|oversight|understanding|knowledge|training|support|feedback|monitoring)\b/i,
  /\b(?:requires?|required|needs?)\s+(?:improvement|to\s+improve|attention|strengthening|development)\b/i,
  /\bat\s+an\s+early\s+stage\b/i,
  /\bless\s+(?:effective|well|secure|confident|consistent)\b/i,
  /\b(?:fail|fails|failed|failure|shortcomings?|non-complian(?:t|ce)|not\s+compliant)\b/i,
  // "gaps in subject knowledge" is a weakness; "help trainees close gaps in…" is a strength.
  /(?<!\b(?:close|closes|closing|fill|fills|filling|address|addresses|addressing|narrow|narrowing|identify|identifies)\s+(?:[\w'’-]+\s+){0,2})\bgaps?\s+in\b/i,
  /\bnever\b/i,
  /\bsometimes\b/i,
];

const STRENGTH_PATTERNS: RegExp[] = [
  /\b(?:highly\s+)?effective(?:ly)?\b/i,
  /\bhigh[- ]quality\b|\bof\s+(?:high|the\s+highest)\s+quality\b/i,
  /\bwell[- ](?:planned|designed|sequenced|considered|structured|supported|prepared|organised|established|targeted|placed|informed)\b/i,
  /\b(?:strong|strength|strengths|thorough(?:ly)?|comprehensive(?:ly)?|exceptional(?:ly)?|outstanding|excellent|exemplary|rigorous(?:ly)?|meticulous(?:ly)?)\b/i,
  /\b(?:clear(?:ly)?|accurate(?:ly)?|precise(?:ly)?|robust|systematic(?:ally)?|detailed|valuable|valued?|values|successful(?:ly)?|secure|confident(?:ly)?)\b/i,
  /\b(?:benefit|benefits|helpful|useful|positive|committed|diligent|appropriate(?:ly)?|carefully|great\s+care|well)\b/i,
  /\b(?:supports?|ensures?|enables?|helps?)\b/i,
];

const HEDGE_AFTER_HOWEVER = /^\s*however\b/i;

/** Counts non-overlapping hits of each pattern, ignoring strength words right after a negation ("not effective"). */
function score(text: string): { strength: number; improvement: number } {
  let improvement = 0;
  for (const pattern of IMPROVEMENT_PATTERNS) if (pattern.test(text)) improvement++;
  let strength = 0;
  for (const pattern of STRENGTH_PATTERNS) {
    const global = new RegExp(pattern.source, 'gi');
    for (const match of text.matchAll(global)) {
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      if (/\b(?:not|no|never|less|insufficiently|without)\s+(?:\w+\s+)?$/i.test(before)) continue;
      strength++;
      break;
    }
  }
  return { strength, improvement };
}

/**
 * Judges one sentence of report prose as a strength, an area for improvement, or context.
 * A sentence opening "However," leans to improvement: that is how reports introduce the shortfall.
 */
export function judgeProsePolarity(sentence: string): PolarityJudgement {
  // "Where a placement does not meet the expected standard, leaders act swiftly": the condition
  // names the problem the provider handles; the main clause carries the judgement.
  const main = sentence.replace(/^\s*(?:where|when|whenever|if|in\s+(?:the\s+)?(?:few\s+)?cases\s+where)\b[^,]{0,160},\s*/i, '');
  const { strength, improvement } = score(main);
  const however = HEDGE_AFTER_HOWEVER.test(main) ? 1 : 0;
  const weak = improvement * 1.5 + however;
  if (weak === 0 && strength === 0) return { polarity: 'context', confidence: 0.5 };
  if (weak >= strength) {
    return { polarity: 'improvement', confidence: Math.min(0.95, 0.55 + 0.15 * (weak - strength) + 0.1 * improvement) };
  }
  return { polarity: 'strength', confidence: Math.min(0.95, 0.55 + 0.12 * (strength - weak)) };
}
