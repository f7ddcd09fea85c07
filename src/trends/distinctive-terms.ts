import { UNMAPPED } from './count-themes.js';
import type { StatementKind } from './mapper.js';
import type { TrendStatement } from './statements.js';
import { STOPWORDS, stem, tokenize } from './text.js';

export interface DistinctiveTerm {
  /** The commonest wording of the term ("mentor training"). */
  term: string;
  /** z-score of the weighted log-odds: above ~2 is clearly distinctive. */
  score: number;
  /** Statements of this criterion using the term. */
  count: number;
}

export interface CriterionTerms {
  criterionId: string;
  /** Statements of this kind mapped to the criterion. */
  statements: number;
  terms: DistinctiveTerm[];
}

/** A statement's terms: content-word unigrams and adjacent bigrams, keyed by stems, each once. */
function termsOf(text: string, surface: Map<string, Map<string, number>>): Set<string> {
  const words = tokenize(text);
  const keys = new Set<string>();
  const note = (key: string, form: string) => {
    keys.add(key);
    let forms = surface.get(key);
    if (!forms) surface.set(key, (forms = new Map()));
    forms.set(form, (forms.get(form) ?? 0) + 1);
  };
  let previous: { word: string; stem: string } | null = null;
  for (const word of words) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) {
      previous = null;
      continue;
    }
    const s = stem(word);
    note(s, word);
    if (previous) note(`${previous.stem} ${s}`, `${previous.word} ${word}`);
    previous = { word, stem: s };
  }
  return keys;
}

/**
 * The terms most distinctive of each criterion's statements of one kind (areas for improvement by
 * default) against all other statements of that kind in the same framework: weighted log-odds with
 * an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), counted once per statement so a
 * repeated phrase in one report does not dominate. Terms need `minCount` statements.
 */
export function distinctiveTerms(
  statements: TrendStatement[],
  options: { kind?: StatementKind; top?: number; minCount?: number } = {},
): CriterionTerms[] {
  const kind = options.kind ?? 'improvement';
  const top = options.top ?? 8;
  const minCount = options.minCount ?? 2;
  const surface = new Map<string, Map<string, number>>();
  const docs = statements
    .filter((s) => s.kind === kind && s.criterion)
    .map((s) => ({ criterionId: s.criterion?.id ?? UNMAPPED, terms: termsOf(s.text, surface) }));
  const total = new Map<string, number>();
  const perCriterion = new Map<string, { n: number; counts: Map<string, number> }>();
  let totalN = 0;
  for (const doc of docs) {
    let entry = perCriterion.get(doc.criterionId);
    if (!entry) perCriterion.set(doc.criterionId, (entry = { n: 0, counts: new Map() }));
    for (const term of doc.terms) {
      entry.counts.set(term, (entry.counts.get(term) ?? 0) + 1);
      total.set(term, (total.get(term) ?? 0) + 1);
      entry.n++;
      totalN++;
    }
  }
  // Prior: the background frequency of each term, scaled to a modest pseudo-count mass.
  const alpha0 = Math.min(1000, totalN);
  const out: CriterionTerms[] = [];
  for (const [criterionId, { n, counts }] of perCriterion) {
    const restN = totalN - n;
    const terms: DistinctiveTerm[] = [];
    for (const [term, y] of counts) {
      if (y < minCount) continue;
      const yAll = total.get(term) ?? y;
      const a = (alpha0 * yAll) / totalN;
      const yRest = yAll - y;
      const delta = Math.log((y + a) / (n + alpha0 - y - a)) - Math.log((yRest + a) / (restN + alpha0 - yRest - a));
      const z = delta / Math.sqrt(1 / (y + a) + 1 / (yRest + a));
      if (z > 0) terms.push({ term: commonest(surface.get(term)) ?? term, score: round(z), count: y });
    }
    terms.sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term));
    out.push({ criterionId, statements: docs.filter((d) => d.criterionId === criterionId).length, terms: dropSubsumed(terms).slice(0, top) });
  }
  return out.sort((a, b) => b.statements - a.statements || a.criterionId.localeCompare(b.criterionId));
}

/** A unigram adds nothing when a listed bigram containing it scores as high and is as frequent. */
function dropSubsumed(terms: DistinctiveTerm[]): DistinctiveTerm[] {
  const bigrams = terms.filter((t) => t.term.includes(' '));
  return terms.filter(
    (t) => t.term.includes(' ') || !bigrams.some((b) => b.term.split(' ').includes(t.term) && b.count >= t.count && b.score >= t.score),
  );
}

function commonest(forms: Map<string, number> | undefined): string | undefined {
  if (!forms) return undefined;
  let best: string | undefined;
  let count = -1;
  for (const [form, n] of forms) if (n > count || (n === count && form < (best ?? ''))) [best, count] = [form, n];
  return best;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
