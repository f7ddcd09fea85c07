import type { Framework } from '../schemas/index.js';
import { contentStems } from './text.js';

/** Whether a summary point was listed as a strength or as an area for improvement. */
export type StatementKind = 'strength' | 'improvement';

/** The criterion a statement was mapped to. */
export interface MappedCriterion {
  id: string;
  title: string;
  section: string;
  /** The mapper's own score; only comparable within one mapper. */
  score: number;
}

/**
 * Maps one summary statement to a framework criterion, or null when nothing fits. Trends take it
 * as a parameter so tests can pin the mapping and the CLI can use the trained classifier.
 */
export type StatementMapper = (text: string, kind: StatementKind) => MappedCriterion | null;

interface Feature {
  criterion: number;
  weight: number;
}

/**
 * A transparent mapper built from the taxonomy alone: each criterion's keywords (as stemmed
 * phrases), title words and descriptor words, weighted by how few criteria share them (IDF).
 * Deterministic and fast; the fallback when no classifier model has been trained.
 */
export function keywordMapper(framework: Framework): StatementMapper {
  const criteria = framework.criteria;
  // feature key (stems joined by spaces) → per-criterion weight, keeping the strongest source
  const perCriterion = criteria.map((criterion) => {
    const features = new Map<string, number>();
    const add = (key: string, weight: number) => {
      if (key && (features.get(key) ?? 0) < weight) features.set(key, weight);
    };
    for (const keyword of criterion.keywords) {
      const stems = contentStems(keyword);
      add(stems.join(' '), 3 * (1 + 0.5 * (stems.length - 1)));
    }
    for (const s of contentStems(criterion.title)) add(s, 2);
    for (const descriptor of criterion.descriptors) for (const s of contentStems(descriptor)) add(s, 0.5);
    return features;
  });
  const df = new Map<string, number>();
  for (const features of perCriterion) for (const key of features.keys()) df.set(key, (df.get(key) ?? 0) + 1);

  // Index by first stem, so a statement is scanned once whatever the number of phrases.
  const index = new Map<string, Array<{ rest: string[] } & Feature>>();
  perCriterion.forEach((features, criterion) => {
    for (const [key, weight] of features) {
      const [first, ...rest] = key.split(' ');
      const idf = Math.log(1 + criteria.length / (df.get(key) ?? 1));
      let list = index.get(first);
      if (!list) index.set(first, (list = []));
      list.push({ rest, criterion, weight: weight * idf });
    }
  });

  return (text) => {
    const stems = contentStems(text);
    const scores = new Float64Array(criteria.length);
    const seen = new Set<string>();
    for (let i = 0; i < stems.length; i++) {
      const candidates = index.get(stems[i]);
      if (!candidates) continue;
      for (const feature of candidates) {
        if (feature.rest.some((s, k) => stems[i + 1 + k] !== s)) continue;
        // Each feature counts once per statement: repetition is style, not evidence.
        const id = `${feature.criterion}:${stems[i]} ${feature.rest.join(' ')}`;
        if (seen.has(id)) continue;
        seen.add(id);
        scores[feature.criterion] += feature.weight;
      }
    }
    // Summary points are about quality; compliance criteria only win when the text is about compliance.
    const aboutCompliance = /complian|criteri|statutory/i.test(text);
    let best = -1;
    for (let c = 0; c < criteria.length; c++) {
      if (criteria[c].section === 'compliance' && !aboutCompliance) scores[c] *= 0.7;
      if (scores[c] > 0 && (best < 0 || scores[c] > scores[best])) best = c;
    }
    if (best < 0) return null;
    const criterion = criteria[best];
    return { id: criterion.id, title: criterion.title, section: criterion.section, score: scores[best] };
  };
}

/** Remembers each (text, kind) answer: synthetic and boilerplate-heavy corpora repeat statements. */
export function memoizeMapper(mapper: StatementMapper): StatementMapper {
  const cache = new Map<string, MappedCriterion | null>();
  return (text, kind) => {
    const key = `${kind}\u0000${text}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const result = mapper(text, kind);
    cache.set(key, result);
    return result;
  };
}
