import type { Framework, FrameworkId, LabelledStatement, Polarity } from '../schemas/index.js';
import { CUE_WEIGHTS, polarityFeatures, type Cue } from './features.js';
import { contentStems } from './text.js';

/** Bump when features or the model layout change: a cached model of another version is rebuilt. */
export const MODEL_VERSION = 12;

export const POLARITIES: readonly Polarity[] = ['strength', 'improvement', 'context'];

/**
 * The trained classifier, as stored in `<corpusDir>/model/<framework>.json`: plain JSON.
 * Polarity is a multinomial naive Bayes over negation-marked stems and bigrams (framework-free,
 * trained on every statement); criteria are a BM25 index over each criterion's title, keywords,
 * descriptors, level descriptors and the corpus statements labelled with it.
 */
export interface ClassifierModel {
  format: 'drafter-classifier';
  version: number;
  framework: FrameworkId;
  /** Hash of the training data (corpus index, bundled samples, taxonomy, model version). */
  key: string;
  trainedAt: string;
  trainingMs: number;
  counts: {
    statements: number;
    byPolarity: Record<string, number>;
    byOrigin: Record<string, number>;
  };
  polarity: {
    /** term → counts per class, in POLARITIES order. */
    terms: Record<string, [number, number, number]>;
    classTotals: [number, number, number];
    vocabulary: number;
  };
  criteria: {
    ids: string[];
    titles: string[];
    sections: string[];
    /** term → [criterion index, BM25 weight] postings. */
    postings: Record<string, Array<[number, number]>>;
  };
  sections: {
    ids: string[];
    titles: string[];
    /** Distinctive stems of each section's title: a heading made of them names the section. */
    stems: string[][];
    /** Section prior added to a criterion's score: compliance holds only outright criteria. */
    bias: number[];
  };
}

/** Train from labelled statements under one framework's taxonomy. Pure; a few ms for hundreds of statements. */
export function trainClassifier(statements: LabelledStatement[], framework: Framework, key = ''): ClassifierModel {
  const started = performance.now();
  const terms: Record<string, [number, number, number]> = {};
  const classTotals: [number, number, number] = [0, 0, 0];
  const byPolarity: Record<string, number> = {};
  const byOrigin: Record<string, number> = {};
  for (const statement of statements) {
    byPolarity[statement.polarity] = (byPolarity[statement.polarity] ?? 0) + 1;
    byOrigin[statement.origin] = (byOrigin[statement.origin] ?? 0) + 1;
    const c = POLARITIES.indexOf(statement.polarity);
    for (const term of polarityFeatures(statement.text).terms) {
      const row = (terms[term] ??= [0, 0, 0]);
      row[c]++;
      classTotals[c]++;
    }
  }

  // Criterion documents: field-weighted bags of stems (title and keywords say most per word).
  const ids = framework.criteria.map((criterion) => criterion.id);
  const bags = framework.criteria.map(() => new Map<string, number>());
  const add = (index: number, text: string, weight: number) => {
    const stems = contentStems(text);
    const bag = bags[index];
    for (let i = 0; i < stems.length; i++) {
      bag.set(stems[i], (bag.get(stems[i]) ?? 0) + weight);
      if (i > 0) {
        const bigram = `${stems[i - 1]}_${stems[i]}`;
        bag.set(bigram, (bag.get(bigram) ?? 0) + weight);
      }
    }
  };
  framework.criteria.forEach((criterion, index) => {
    add(index, criterion.title, 3);
    for (const keyword of criterion.keywords) add(index, keyword, 1.5);
    for (const descriptor of criterion.descriptors) add(index, descriptor, 1);
    for (const level of criterion.levels) add(index, level.text, 0.5);
  });
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  for (const statement of statements) {
    if (statement.framework !== framework.id || !statement.criterion || statement.origin === 'descriptor') continue;
    const index = indexOf.get(statement.criterion);
    if (index !== undefined) add(index, statement.text, 0.5);
  }
  const postings = bm25Postings(bags);

  const sections = framework.sections.map((section) => section.id);
  const generic = new Set(['qualiti', 'provis', 'iqt', 'programm', 'includ', 'personal', 'standard']);
  const sectionStems = framework.sections.map((section) => [
    ...new Set([...contentStems(section.title), ...contentStems(section.id.replace(/-/g, ' '))].filter((s) => !generic.has(s))),
  ]);
  // iQTS: "compliance" collects outright criteria (entry requirements, 120 days, agreements);
  // a note about QA or mentoring belongs to leadership or delivery even where a C-criterion matches.
  const bias = framework.sections.map((section) => (section.id === 'compliance' ? -0.15 : 0));

  return {
    format: 'drafter-classifier',
    version: MODEL_VERSION,
    framework: framework.id,
    key,
    trainedAt: new Date().toISOString(),
    trainingMs: Math.round(performance.now() - started),
    counts: { statements: statements.length, byPolarity, byOrigin },
    polarity: { terms, classTotals, vocabulary: Object.keys(terms).length },
    criteria: { ids, titles: framework.criteria.map((criterion) => criterion.title), sections: framework.criteria.map((criterion) => criterion.section), postings },
    sections: { ids: sections, titles: framework.sections.map((section) => section.title), stems: sectionStems, bias },
  };
}

function bm25Postings(bags: Array<Map<string, number>>): Record<string, Array<[number, number]>> {
  const k1 = 2;
  const b = 0.5;
  const lengths = bags.map((bag) => [...bag.values()].reduce((sum, n) => sum + n, 0));
  const average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = bags.length;
  const postings: Record<string, Array<[number, number]>> = {};
  bags.forEach((bag, index) => {
    for (const [term, tf] of bag) {
      const idf = Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
      const weight = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[index]) / average));
      (postings[term] ??= []).push([index, Math.round(weight * 1000) / 1000]);
    }
  });
  return postings;
}

/** A model ready for the hot path: Maps instead of records, log-probabilities precomputed. */
export interface CompiledModel {
  model: ClassifierModel;
  logLikelihood: Map<string, [number, number, number]>;
  postings: Map<string, Array<[number, number]>>;
  criterionById: Map<string, number>;
  sectionIndex: Map<string, number>;
}

const compiledCache = new WeakMap<ClassifierModel, CompiledModel>();

export function compile(model: ClassifierModel): CompiledModel {
  const hit = compiledCache.get(model);
  if (hit) return hit;
  const alpha = 0.5;
  const v = model.polarity.vocabulary + 1;
  const totals = model.polarity.classTotals;
  const logLikelihood = new Map<string, [number, number, number]>();
  for (const [term, counts] of Object.entries(model.polarity.terms)) {
    logLikelihood.set(term, [0, 1, 2].map((c) => Math.log((counts[c] + alpha) / (totals[c] + alpha * v))) as [number, number, number]);
  }
  const compiled: CompiledModel = {
    model,
    logLikelihood,
    postings: new Map(Object.entries(model.criteria.postings)),
    criterionById: new Map(model.criteria.ids.map((id, index) => [id, index])),
    sectionIndex: new Map(model.sections.ids.map((id, index) => [id, index])),
  };
  compiledCache.set(model, compiled);
  return compiled;
}

/** Weight of the corpus-trained naive Bayes against the explicit cues. */
const NB_WEIGHT = 0.6;
/** With no evaluative cue at all, a note is more likely to be a fact than a judgement. */
const NO_CUE: readonly [number, number, number] = [-0.2, -0.2, 0.8];
const EVALUATIVE: ReadonlySet<Cue> = new Set<Cue>([
  'positive', 'negated-positive', 'shortfall', 'negated-shortfall', 'absence', 'recommendation', 'partial-count', 'full-count', 'outdated', 'delay', 'met', 'regular', 'provision',
]);

export interface PolarityResult {
  tokens: string[];
  polarity: Polarity;
  confidence: number;
  /** Probabilities in POLARITIES order. */
  probabilities: [number, number, number];
  cues: Cue[];
}

/** Log-score added to a class when the note sits under a heading that names it ("Strengths", "AFIs", "Context"). */
const HEADING_PRIOR = 1.5;

/** Polarity of one statement: naive Bayes evidence plus the explicit cues, softmaxed. */
export function scorePolarity(compiled: CompiledModel, text: string, headingPolarity: Polarity | null = null): PolarityResult {
  const { tokens, terms, cues } = polarityFeatures(text);
  const nb: [number, number, number] = [0, 0, 0];
  let known = 0;
  for (const term of terms) {
    const ll = compiled.logLikelihood.get(term);
    if (!ll) continue;
    known++;
    nb[0] += ll[0];
    nb[1] += ll[1];
    nb[2] += ll[2];
  }
  const scores: [number, number, number] = [0, 0, 0];
  if (known > 0) {
    const mean = (nb[0] + nb[1] + nb[2]) / 3;
    const scale = NB_WEIGHT / Math.sqrt(known);
    for (let c = 0; c < 3; c++) scores[c] += (nb[c] - mean) * scale;
  }
  let evaluative = false;
  for (const cue of cues) {
    const w = CUE_WEIGHTS[cue];
    scores[0] += w[0];
    scores[1] += w[1];
    scores[2] += w[2];
    if (EVALUATIVE.has(cue)) evaluative = true;
  }
  if (!evaluative) for (let c = 0; c < 3; c++) scores[c] += NO_CUE[c];
  if (headingPolarity) scores[POLARITIES.indexOf(headingPolarity)] += HEADING_PRIOR;
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp[0] + exp[1] + exp[2];
  const probabilities: [number, number, number] = [exp[0] / sum, exp[1] / sum, exp[2] / sum];
  let best = 0;
  for (let c = 1; c < 3; c++) if (probabilities[c] > probabilities[best]) best = c;
  return { tokens, polarity: POLARITIES[best], confidence: probabilities[best], probabilities, cues };
}

export interface CriterionResult {
  /** Raw BM25 scores per criterion, in model order. */
  scores: Float64Array;
}

/** BM25 score of every criterion for a text (plus optional extra query text at a lower weight). */
export function scoreCriteria(compiled: CompiledModel, text: string | string[], extra?: string, extraWeight = 0.3): Float64Array {
  const scores = new Float64Array(compiled.model.criteria.ids.length);
  const addQuery = (query: string | string[], weight: number) => {
    const stems = contentStems(query);
    const seen = new Set<string>();
    for (let i = 0; i < stems.length; i++) {
      const unigram = stems[i];
      if (!seen.has(unigram)) {
        seen.add(unigram);
        const list = compiled.postings.get(unigram);
        if (list) for (const [index, w] of list) scores[index] += w * weight;
      }
      if (i > 0) {
        const bigram = `${stems[i - 1]}_${unigram}`;
        if (!seen.has(bigram)) {
          seen.add(bigram);
          const list = compiled.postings.get(bigram);
          if (list) for (const [index, w] of list) scores[index] += w * weight;
        }
      }
    }
  };
  addQuery(text, 1);
  if (extra) addQuery(extra, extraWeight);
  return scores;
}
