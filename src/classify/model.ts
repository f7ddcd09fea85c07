import { Polarity as PolaritySchema, type Framework, type FrameworkId, type LabelledStatement, type Polarity } from '../schemas/index.js';
import { trainJoints, type JointModel } from './joints.js';
import { CUES, forEachPolarityFeature, polarityFeatures, polarityScale, polarityVector, type Cue } from './features.js';
import { lineFiling, polarityOfHeadings, sectionOfHeadings, sectionStems } from './headings.js';
import { addInput, compileMlp, outputOf, predictMlp, startHidden, trainMlp, type CompiledMlp, type MlpWeights } from './mlp.js';
import { compileSoftmax, predictRows, softmaxInPlace, sparseExamples, trainSoftmax, type CompiledSoftmax, type SoftmaxExample } from './softmax.js';
import { compileNaiveBayes, naiveBayesScores, trainNaiveBayes, type CompiledNaiveBayes, type NaiveBayesWeights } from './naive-bayes.js';
import { contentStems, intern, joinName } from './text.js';

/** Bump when features or the model layout change: a cached model of another version is rebuilt. */
export const MODEL_VERSION = 62;

/** The schema's order, which every probability vector follows. */
export const POLARITIES: readonly Polarity[] = PolaritySchema.options;

/**
 * The trained classifier, as stored in `<corpusDir>/model/<framework>.json`: plain JSON.
 * Polarity is a multinomial logistic regression (softmax, L2, AdaGrad) over negation-marked stems
 * and bigrams, the cue detectors and the heading's polarity, trained on labelled notes lines
 * (weight 1) and corpus statements (down-weighted: report prose is another register), beside a
 * small network over the same features that weighs them together (the two mixed). Section is the
 * same pair of models over the framework's labelled statements, with per-section BM25 criterion
 * evidence, the polarity cues and the heading's section as features. Criteria are a BM25 index over each criterion's
 * title, keywords, descriptors, level descriptors and the statements labelled with it; the best
 * criterion is taken within the predicted section.
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
    /** feature → weight per class, in POLARITIES order. */
    weights: Record<string, number[]>;
    bias: number[];
    vocabulary: number;
    /**
     * A one-hidden-layer network over the same features, and its share of the polarity decision
     * (probabilities mixed geometrically with the linear model's; 0 or absent: linear only).
     */
    network?: MlpWeights;
    networkShare?: number;
    /** A naive Bayes view over the same features, from the labelled notes lines (absent: none). */
    naiveBayes?: NaiveBayesWeights;
  };
  /** How the pieces of one note line relate, by the joint between them (absent: each piece is read alone). */
  joints?: JointModel;
  /** Section model: feature → weight per section, in `sections.ids` order. */
  section: {
    weights: Record<string, number[]>;
    bias: number[];
    examples: number;
    /** A network over the same features, and its share of the section model's decision (as the polarity model's). */
    network?: MlpWeights;
    networkShare?: number;
  };
  /**
   * Criterion model: the section model's words, headings and heading section (no BM25 evidence)
   * → weight per criterion, in `criteria.ids` order. Its probabilities, summed per section, are
   * blended into the section model's (`blend` is their share).
   */
  criterionModel: {
    weights: Record<string, number[]>;
    bias: number[];
    examples: number;
    blend: number;
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
  };
}

/** Training settings, chosen by leave-one-file-out cross-validation over the training notes. */
export interface TrainOptions {
  /** Weight of a corpus statement (report list, paragraph, descriptor) against a notes line (1). */
  corpusWeight?: number;
  /** Weight of a corpus statement in the section model. */
  sectionCorpusWeight?: number;
  l2?: number;
  /** L2 of the section model (more features per example than it has examples per feature). */
  sectionL2?: number;
  epochs?: number;
  /** Weight of a labelled notes line in its criterion's BM25 document. */
  notesIndexWeight?: number;
  /** Average the weights over the later epochs. */
  average?: boolean;
  /** Reweight classes to equal total weight (macro-F1 counts each class alike). */
  balance?: number;
  /** Epochs of the criterion model (it overfits sooner than the section model: 46 classes on the same examples). */
  criterionEpochs?: number;
  /** Share of the criterion model in a statement's section probabilities (0: section model only). */
  criterionBlend?: number;
  /** Statements a criterion-model feature must occur in: one-off words and bigrams are three quarters of its weights and say nothing of another file. */
  criterionMinCount?: number;
  /** Hidden units of the polarity and section networks. */
  networkHidden?: number;
  /** Epochs of the polarity network. */
  polarityNetworkEpochs?: number;
  /** The polarity network's share of the polarity decision (0: linear model only). */
  polarityNetworkShare?: number;
  /** Examples a feature must occur in to be one of the polarity network's inputs. */
  polarityNetworkMinCount?: number;
  /** The naive Bayes view's share of the polarity decision (0: none). */
  polarityNaiveBayesShare?: number;
  sectionNetworkEpochs?: number;
  /** The section network's share of the section model's decision (0: linear model only). */
  sectionNetworkShare?: number;
  sectionNetworkMinCount?: number;
  /** How much a line's joints count against its pieces' own polarity (0: each piece read alone). */
  jointWeight?: number;
}

export const DEFAULT_TRAIN: Required<TrainOptions> = {
  corpusWeight: 0.25,
  sectionCorpusWeight: 0.25,
  l2: 1e-4,
  sectionL2: 1e-3,
  // Halved in session 20, when the training notes had doubled (24,574 statements): leave-one-file-out
  // over a third of the training files, 12 / 6 / 4 epochs (linear, polarity network, section network)
  // against 6 / 3 / 2: iQTS macro-F1 0.9069 / 0.9069, section 90.08% / 90.27%; ITE 0.8992 / 0.9001,
  // 87.34% / 87.34% (8 / 4 / 3 between). The fit is 10-25% quicker, not half: the criterion model
  // (46 classes, 4 epochs) and building the features are most of what is left.
  epochs: 6,
  notesIndexWeight: 1,
  balance: 0,
  average: true,
  criterionEpochs: 4,
  criterionBlend: 0.5,
  criterionMinCount: 2,
  // The networks (LOFO macro-F1 +0.004 iQTS, +0.007 ITE; section +0.2 / +0.6 points). A bigger
  // share, more epochs or width, or three networks averaged did no better.
  networkHidden: 32,
  polarityNetworkEpochs: 3,
  polarityNetworkShare: 0.4,
  polarityNetworkMinCount: 2,
  // Leave-one-file-out macro-F1, ITE / iQTS: none 0.8734 / 0.8710; 0.2 counted on every statement
  // 0.8751 / 0.8723, on notes lines only 0.8755 / 0.8735; 0.35 (every statement) 0.8726 / 0.8725.
  polarityNaiveBayesShare: 0.2,
  sectionNetworkEpochs: 2,
  sectionNetworkShare: 0.5,
  sectionNetworkMinCount: 3,
  // Leave-one-file-out macro-F1, ITE: 0.4 0.8716, 0.7 0.8732, 1 0.8717 (none: 0.8661); iQTS 0.7 0.8707 (none: 0.8683).
  jointWeight: 0.7,
};

interface Prepared {
  statement: LabelledStatement;
  stems: string[];
  weight: number;
}

/** Train from labelled statements under one framework's taxonomy. Pure; well under a second for a few thousand statements. */
export function trainClassifier(statements: LabelledStatement[], framework: Framework, key = '', options: TrainOptions = {}): ClassifierModel {
  const settings = { ...DEFAULT_TRAIN, ...options };
  const started = performance.now();
  // Each statement's cues, read once by the polarity models: the section model weighs them too.
  const cuesOf = new Map<LabelledStatement, readonly Cue[]>();
  const polarity = trainPolarityModels(statements, settings, cuesOf);
  return assembleModel(statements, framework, key, polarity, trainPlacementModels(statements, framework, settings, cuesOf), started);
}

/** The polarity half of a model: the linear model, the network, the naive Bayes view and the joints. */
export interface PolarityModels {
  polarity: ClassifierModel['polarity'];
  joints?: JointModel;
}

/** What of a statement the polarity models read. */
export type PolarityStatement = Pick<LabelledStatement, 'text' | 'headings' | 'polarity' | 'origin' | 'linePieces'>;

/**
 * Train the polarity half. It reads every statement of every framework and no taxonomy, so it can
 * run on another thread while this one trains the section and criterion models (train-in-parallel.ts).
 */
export function trainPolarityModels<S extends PolarityStatement>(statements: readonly S[], settings: Required<TrainOptions>, cuesOf?: Map<S, readonly Cue[]>): PolarityModels {
  const polarityExamples: SoftmaxExample[] = [];
  for (const statement of statements) {
    const headings = statement.headings ?? [];
    const features = polarityFeatures(statement.text);
    cuesOf?.set(statement, features.cues);
    polarityExamples.push({
      features: polarityVector(statement.text, { headingPolarity: polarityOfHeadings(headings), heading: headings[0] ?? null }, features),
      label: POLARITIES.indexOf(statement.polarity),
      weight: statement.origin === 'notes-fixture' ? 1 : settings.corpusWeight,
    });
  }
  balanceClasses(polarityExamples, POLARITIES.length, settings.balance);
  // Numbered once for the linear model and the network both.
  const polarityRows = sparseExamples(polarityExamples);
  const polarity = trainSoftmax(polarityRows, POLARITIES.length, { l2: settings.l2, epochs: settings.epochs, average: settings.average });
  const network =
    settings.polarityNetworkShare > 0 ? trainMlp(polarityRows, POLARITIES.length, { hidden: settings.networkHidden, epochs: settings.polarityNetworkEpochs, minCount: settings.polarityNetworkMinCount }) : undefined;
  return {
    polarity: {
      weights: polarity.weights,
      bias: polarity.bias,
      vocabulary: Object.keys(polarity.weights).length,
      ...(network ? { network, networkShare: settings.polarityNetworkShare } : {}),
      // Counted on the notes lines alone: report sentences hardly ever set a scene, and counted in
      // they drew the view away from context.
      ...(settings.polarityNaiveBayesShare > 0
        ? { naiveBayes: trainNaiveBayes(polarityExamples.filter((_, i) => statements[i].origin === 'notes-fixture'), POLARITIES.length, polarity.weights, settings.polarityNaiveBayesShare) }
        : {}),
    },
    ...(settings.jointWeight > 0 ? { joints: trainJoints(statements, settings.jointWeight) } : {}),
  };
}

/** The section and criterion half of a model, for one framework. */
export type PlacementModels = Pick<ClassifierModel, 'section' | 'criterionModel' | 'criteria' | 'sections'>;

/** `cuesOf`: each statement's polarity cues where the polarity models have read them; else read here. */
export function trainPlacementModels(statements: LabelledStatement[], framework: Framework, settings: Required<TrainOptions>, cuesOf?: ReadonlyMap<LabelledStatement, readonly Cue[]>): PlacementModels {
  // Criterion documents: field-weighted bags of stems (title and keywords say most per word).
  const ids = framework.criteria.map((criterion) => criterion.id);
  const criterionIndex = new Map(ids.map((id, index) => [id, index]));
  const taxonomyBags = framework.criteria.map(() => new Map<string, number>());
  framework.criteria.forEach((criterion, index) => {
    addToBag(taxonomyBags[index], contentStems(criterion.title), 3);
    for (const keyword of criterion.keywords) addToBag(taxonomyBags[index], contentStems(keyword), 1.5);
    for (const descriptor of criterion.descriptors) addToBag(taxonomyBags[index], contentStems(descriptor), 1);
    for (const level of criterion.levels) addToBag(taxonomyBags[index], contentStems(level.text), 0.5);
  });
  const mine: Prepared[] = statements
    .filter((statement) => statement.framework === framework.id && statement.origin !== 'descriptor')
    .map((statement) => ({ statement, stems: contentStems(statement.text), weight: statement.origin === 'notes-fixture' ? settings.notesIndexWeight : 0.5 }));
  const indexed = mine.filter((p) => p.statement.criterion && criterionIndex.has(p.statement.criterion));
  const bags = taxonomyBags.map((bag) => new Map(bag));
  for (const p of indexed) addToBag(bags[criterionIndex.get(p.statement.criterion!)!], p.stems, p.weight);
  const bagLengths = bags.map(bagLength);
  const postings = bm25Postings(bags, bagLengths);
  const indexedByFile = new Map<string, Array<{ bag: number; stems: string[]; weight: number }>>();
  for (const p of indexed) {
    const list = indexedByFile.get(p.statement.source.file) ?? [];
    list.push({ bag: criterionIndex.get(p.statement.criterion!)!, stems: p.stems, weight: p.weight });
    indexedByFile.set(p.statement.source.file, list);
  }

  const sectionIds = framework.sections.map((section) => section.id);
  const sectionIndex = new Map(sectionIds.map((id, index) => [id, index]));
  const criterionSections = framework.criteria.map((criterion) => sectionIndex.get(criterion.section) ?? -1);
  // Section examples: BM25 evidence for each comes from an index without its own file (cross-fitted),
  // so the model learns how far criterion evidence can be trusted on a line it has not indexed.
  const sectionExamples: SoftmaxExample[] = [];
  const byFile = new Map<string, Prepared[]>();
  for (const p of mine) {
    if (!p.statement.section || !sectionIndex.has(p.statement.section)) continue;
    const list = byFile.get(p.statement.source.file) ?? [];
    list.push(p);
    byFile.set(p.statement.source.file, list);
  }
  const termBags = termBagIndex(bags);
  // A line is a neighbour of the lines around it: its query terms are worked out once.
  const neighbourTerms = new Map<string, string[]>();
  const termsOfText = (text: string) => {
    let terms = neighbourTerms.get(text);
    if (!terms) neighbourTerms.set(text, (terms = queryTerms(contentStems(text))));
    return terms;
  };
  // A statement's words, headings and filed section: the section and criterion models both read them.
  const lexicalOf = new Map<Prepared, Map<string, number>>();
  const lexical = (p: Prepared) => {
    let features = lexicalOf.get(p);
    if (!features) {
      const headings = p.statement.headings ?? [];
      features = lexicalFeatures(p.stems, headings, lineFiling(p.statement.text, framework).section ?? sectionOfHeadings(headings, framework));
      lexicalOf.set(p, features);
    }
    return features;
  };
  for (const [file, list] of byFile) {
    const heldOut = new HeldOutPostings(termBags, bagLengths, indexedByFile.get(file) ?? []);
    for (const p of list) {
      const scores = heldOut.addScores(queryTerms(p.stems), new Float64Array(ids.length));
      const neighbours = p.statement.neighbours ?? [];
      let around: Float64Array | null = null;
      for (const text of neighbours) around = heldOut.addScores(termsOfText(text), around ?? new Float64Array(ids.length));
      const cues = cuesOf?.get(p.statement) ?? polarityFeatures(p.statement.text).cues;
      sectionExamples.push({
        features: sectionVector(lexical(p), scores, criterionSections, sectionIds, around, cues),
        label: sectionIndex.get(p.statement.section!)!,
        weight: p.statement.origin === 'notes-fixture' ? 1 : settings.sectionCorpusWeight,
      });
    }
  }
  const sectionRows = sparseExamples(sectionExamples);
  const section = sectionExamples.length ? trainSoftmax(sectionRows, sectionIds.length, { l2: settings.sectionL2, epochs: settings.epochs, average: settings.average }) : { weights: {}, bias: sectionIds.map(() => 0) };
  const sectionNetwork =
    sectionExamples.length && settings.sectionNetworkShare > 0
      ? trainMlp(sectionRows, sectionIds.length, { hidden: settings.networkHidden, epochs: settings.sectionNetworkEpochs, minCount: settings.sectionNetworkMinCount })
      : undefined;
  // The criterion model learns which criterion a line's words point to (BM25 only matches them):
  // summed per section and blended in, it lifts leave-one-file-out section accuracy ~1 point.
  const criterionExamples: SoftmaxExample[] = indexed.map((p) => ({
    features: lexical(p),
    label: criterionIndex.get(p.statement.criterion!)!,
    weight: p.statement.origin === 'notes-fixture' ? 1 : settings.sectionCorpusWeight,
  }));
  dropRareFeatures(criterionExamples, settings.criterionMinCount);
  const criterionModel = criterionExamples.length && settings.criterionBlend > 0 ? trainSoftmax(criterionExamples, ids.length, { l2: settings.sectionL2, epochs: settings.criterionEpochs, average: settings.average }) : { weights: {}, bias: ids.map(() => 0) };

  return {
    section: { weights: section.weights, bias: section.bias, examples: sectionExamples.length, ...(sectionNetwork ? { network: sectionNetwork, networkShare: settings.sectionNetworkShare } : {}) },
    criterionModel: { weights: criterionModel.weights, bias: criterionModel.bias, examples: criterionExamples.length, blend: criterionExamples.length ? settings.criterionBlend : 0 },
    criteria: { ids, titles: framework.criteria.map((criterion) => criterion.title), sections: framework.criteria.map((criterion) => criterion.section), postings },
    sections: { ids: sectionIds, titles: framework.sections.map((s) => s.title), stems: sectionStems(framework) },
  };
}

/** The two halves as one model, in the stored layout. */
export function assembleModel(statements: LabelledStatement[], framework: Framework, key: string, polarity: PolarityModels, placement: PlacementModels, started: number): ClassifierModel {
  const byPolarity: Record<string, number> = {};
  const byOrigin: Record<string, number> = {};
  for (const statement of statements) {
    byPolarity[statement.polarity] = (byPolarity[statement.polarity] ?? 0) + 1;
    byOrigin[statement.origin] = (byOrigin[statement.origin] ?? 0) + 1;
  }
  return {
    format: 'drafter-classifier',
    version: MODEL_VERSION,
    framework: framework.id,
    key,
    trainedAt: new Date().toISOString(),
    trainingMs: Math.round(performance.now() - started),
    counts: { statements: statements.length, byPolarity, byOrigin },
    polarity: polarity.polarity,
    section: placement.section,
    ...(polarity.joints ? { joints: polarity.joints } : {}),
    criterionModel: placement.criterionModel,
    criteria: placement.criteria,
    sections: placement.sections,
  };
}

/** Remove features that occur in fewer than `minCount` examples. */
function dropRareFeatures(examples: SoftmaxExample[], minCount: number): void {
  if (minCount <= 1) return;
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of example.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const example of examples) {
    const kept = new Map<string, number>();
    for (const [name, value] of example.features) if (counts.get(name)! >= minCount) kept.set(name, value);
    example.features = kept;
  }
}

/**
 * Move each class's total weight towards an equal share (power 0: as is, 1: fully balanced), so a
 * class that is rarer in the training notes (context) is not under-predicted.
 */
function balanceClasses(examples: SoftmaxExample[], classes: number, power: number): void {
  if (!power) return;
  const totals = new Array<number>(classes).fill(0);
  for (const example of examples) totals[example.label] += example.weight;
  const mean = totals.reduce((a, b) => a + b, 0) / classes;
  const factor = totals.map((total) => (total > 0 ? (mean / total) ** power : 1));
  for (const example of examples) example.weight *= factor[example.label];
}

/** Add every stem, and the bigram ending at it, to the bag. */
function addToBag(bag: Map<string, number>, stems: string[], weight: number): void {
  for (let i = 0; i < stems.length; i++) {
    bag.set(stems[i], (bag.get(stems[i]) ?? 0) + weight);
    if (i > 0) {
      const bigram = joinName(stems[i - 1], '_', stems[i]);
      bag.set(bigram, (bag.get(bigram) ?? 0) + weight);
    }
  }
}

const BM25_K1 = 2;
const BM25_B = 0.5;

function bagLength(bag: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const n of bag.values()) sum += n;
  return sum;
}

/** One posting's BM25 weight, rounded as stored in the model file. */
function bm25Weight(tf: number, df: number, n: number, length: number, average: number): number {
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const weight = (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / average));
  return Math.round(weight * 1000) / 1000;
}

function bm25Postings(bags: Array<Map<string, number>>, lengths: readonly number[]): Record<string, Array<[number, number]>> {
  const average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = bags.length;
  // Built in a Map: a term such as "constructor" must not meet Object.prototype's.
  const postings = new Map<string, Array<[number, number]>>();
  bags.forEach((bag, index) => {
    for (const [term, tf] of bag) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([index, bm25Weight(tf, df.get(term)!, n, lengths[index], average)]);
    }
  });
  return Object.fromEntries(postings);
}

/**
 * The BM25 postings of the index without one file's statements, worked out per term as the
 * section model's cross-fitting asks for it. Rebuilding the whole index once per training file
 * was most of the training time; subtracting the file's own bags gives the same weights (every
 * bag weight is a multiple of 0.5, so the sums are exact either way).
 */
class HeldOutPostings {
  /** Each term the held-out file indexed: [bag, tf, bag, tf, …], its total in each bag. */
  private readonly own = new Map<string, number[]>();
  private readonly lengths: number[];
  private readonly average: number;
  /** Each term's postings as [bag, weight, bag, weight, …] (empty: no bag holds it). */
  private readonly cache = new Map<string, Float64Array>();

  constructor(
    /** Every term's [bag, tf] in bag order: only the bags that hold a term are read for it. */
    private readonly termBags: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>,
    bagLengths: readonly number[],
    heldOut: ReadonlyArray<{ bag: number; stems: string[]; weight: number }>,
  ) {
    // The file's own bags, summed as the index summed them, then each subtracted once.
    const ownBags = bagLengths.map(() => new Map<string, number>());
    for (const { bag, stems, weight } of heldOut) addToBag(ownBags[bag], stems, weight);
    ownBags.forEach((bag, index) => {
      for (const [term, tf] of bag) {
        let list = this.own.get(term);
        if (!list) this.own.set(term, (list = []));
        list.push(index, tf);
      }
    });
    this.lengths = bagLengths.map((length, index) => length - bagLength(ownBags[index]));
    this.average = this.lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, bagLengths.length);
  }

  /** The term's postings without the held-out file; built once per term. */
  private postings(term: string): Float64Array {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const holders = this.termBags.get(term);
    const own = this.own.get(term);
    const present: number[] = [];
    if (holders) {
      for (let h = 0; h < holders.length; h++) {
        const index = holders[h][0];
        let tf = holders[h][1];
        if (own) {
          for (let o = 0; o < own.length; o += 2) {
            if (own[o] !== index) continue;
            tf -= own[o + 1];
            break;
          }
        }
        if (tf > 0) present.push(index, tf);
      }
    }
    const df = present.length / 2;
    for (let k = 0; k < present.length; k += 2) present[k + 1] = bm25Weight(present[k + 1], df, this.lengths.length, this.lengths[present[k]], this.average);
    const list = Float64Array.from(present);
    this.cache.set(term, list);
    return list;
  }

  /** BM25 score of every criterion for the terms (queryTerms), added to `scores`. */
  addScores(terms: readonly string[], scores: Float64Array): Float64Array {
    for (let t = 0; t < terms.length; t++) {
      const list = this.postings(terms[t]);
      for (let k = 0; k < list.length; k += 2) scores[list[k]] += list[k + 1];
    }
    return scores;
  }
}

/** Each term's bags and its frequency in each, in bag order. */
function termBagIndex(bags: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  bags.forEach((bag, index) => {
    for (const [term, tf] of bag) {
      let list = out.get(term);
      if (!list) out.set(term, (list = []));
      list.push([index, tf]);
    }
  });
  return out;
}

/**
 * A query's BM25 terms: each distinct unigram, and each distinct bigram of adjacent stems, in
 * reading order (unigram i, then the bigram ending at i). Training's scorers walk this list and the
 * hot path its compiled twin (compiledQueryTerms), so both add the same terms in the same order.
 */
function queryTerms(stems: string[]): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const unigram = stems[i];
    if (!seen.has(unigram)) {
      seen.add(unigram);
      terms.push(unigram);
    }
    if (i > 0) {
      const bigram = joinName(stems[i - 1], '_', unigram);
      if (!seen.has(bigram)) {
        seen.add(bigram);
        terms.push(bigram);
      }
    }
  }
  return terms;
}

/**
 * The section model's features: lexicalFeatures' (content stems and bigrams, the headings' stems,
 * the section a heading names; copied, not changed), the cues, and per section its best
 * criterion's BM25 score (absolute, and relative to the best) for the line and, separately, for
 * the lines around it.
 */
export function sectionVector(
  lexical: ReadonlyMap<string, number>,
  scores: ArrayLike<number>,
  criterionSections: readonly number[],
  sectionIds: readonly string[],
  around: ArrayLike<number> | null = null,
  cues: readonly Cue[] = [],
): Map<string, number> {
  const out = new Map(lexical);
  for (const cue of cues) out.set(SECTION_CUE_FEATURE[cue], 1);
  sectionEvidence(out, 'BM', scores, criterionSections, sectionIds);
  // The lines around say which area a terse line is about (CV: +3 points of section accuracy on ite-2025).
  if (around) sectionEvidence(out, 'NB', around, criterionSections, sectionIds);
  return out;
}

/** Section-model features of the polarity cues: "confirmed for all" or "4 of 11 files" files a point under compliance more often than praise does. */
const SECTION_CUE_FEATURE = Object.fromEntries(CUES.map((cue) => [cue, `SC_${cue}`])) as Record<Cue, string>;

/** The words of a statement and its headings, and the section a heading names: the criterion model's features, and the section model's before its evidence. */
function lexicalFeatures(stems: string[], headings: readonly string[], headingSection: string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) {
    out.set(joinName('W', '_', stems[i]), 1);
    if (i > 0) out.set(joinName('W', '_', joinName(stems[i - 1], '_', stems[i])), 1);
  }
  for (let h = 0; h < Math.min(2, headings.length); h++) for (const s of headingFeatures(headings[h])) out.set(s, 1);
  if (headingSection) out.set(`HS_${headingSection}`, 1);
  return out;
}

const headingFeatureCache = new Map<string, string[]>();

/** `H_<stem>` features of a heading, memoised: every line under a heading asks again. */
function headingFeatures(heading: string): string[] {
  let hit = headingFeatureCache.get(heading);
  if (!hit) {
    hit = contentStems(heading).map((s) => intern(`H_${s}`));
    if (headingFeatureCache.size > 10_000) headingFeatureCache.clear();
    headingFeatureCache.set(heading, hit);
  }
  return hit;
}

// Keyed by the section-id array itself (the compiled model's, or training's, passed on every call):
// joining the ids into a string key per line cost more than the lookup saved.
const evidenceNameCache = new WeakMap<readonly string[], Map<string, string[][]>>();

/** Feature names per section for an evidence prefix, built once (the hot path only looks them up). */
function evidenceNames(prefix: string, sectionIds: readonly string[]): string[][] {
  let byPrefix = evidenceNameCache.get(sectionIds);
  if (!byPrefix) {
    byPrefix = new Map();
    evidenceNameCache.set(sectionIds, byPrefix);
  }
  let hit = byPrefix.get(prefix);
  if (!hit) {
    hit = sectionIds.map((id) => [intern(`${prefix}_${id}`), intern(`${prefix}T_${id}`), intern(`${prefix}TOP_${id}`)]);
    byPrefix.set(prefix, hit);
  }
  return hit;
}

/** Per section, its best criterion's BM25 score: relative to the best, log-absolute, and which is top. */
function sectionEvidence(out: Map<string, number>, prefix: string, scores: ArrayLike<number>, criterionSections: readonly number[], sectionIds: readonly string[]): void {
  const names = evidenceNames(prefix, sectionIds);
  forEachEvidence(scores, criterionSections, sectionIds.length, (section, kind, value) => out.set(section < 0 ? `${prefix}_none` : names[section][kind], value));
}

/**
 * sectionEvidence's features in its order, as (section, kind, value): kind 0 relative to the best,
 * 1 log-absolute, 2 top; section -1 for "none" (no criterion scored). Training names them, the hot
 * path adds their weights straight away.
 */
function forEachEvidence(scores: ArrayLike<number>, criterionSections: readonly number[], sectionCount: number, visit: (section: number, kind: number, value: number) => void): void {
  const best = zeros(sectionCount);
  let top = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = criterionSections[i];
    if (s >= 0 && scores[i] > best[s]) best[s] = scores[i];
    if (scores[i] > top) top = scores[i];
  }
  if (top <= 0) {
    visit(-1, 0, 1);
    return;
  }
  for (let s = 0; s < sectionCount; s++) {
    if (best[s] <= 0) continue;
    visit(s, 0, best[s] / top);
    visit(s, 1, Math.log1p(best[s]));
    if (best[s] === top) visit(s, 2, 1);
  }
}

/** A model ready for the hot path: Maps instead of records, keys interned, rows flat. */
export interface CompiledModel {
  model: ClassifierModel;
  polarity: CompiledSoftmax;
  /** Per polarity row, the statement that last took it: a feature counts once per statement. */
  polarityTakenBy: Float64Array;
  /** The polarity network (null: the linear model alone). */
  network: CompiledNetwork | null;
  naiveBayes: CompiledNaiveBayes | null;
  /** The section network (null: the linear model alone). */
  sectionNetwork: CompiledNetwork | null;
  section: CompiledSoftmax;
  criterion: CompiledSoftmax;
  /** BM25 query terms by stem: postings and "W_" section and criterion weights; bigrams hang off their first stem. */
  terms: Map<string, CompiledTerm>;
  /** Section weight offsets (-1 where the model has no weight) of the evidence features, by prefix ("BM", "NB"). */
  evidenceAt: Record<'BM' | 'NB', { none: number; sections: number[][] }>;
  /** Section and criterion weight offsets of the "HS_<section>" features, by section id. */
  headingSectionAt: Map<string, LexicalOffsets<number>>;
  /** Section weight offsets of the "SC_<cue>" features (-1: the model has none). */
  cueAt: Map<Cue, number>;
  /** Section and criterion weight offsets of a heading's "H_" features (known ones only), by heading text. */
  headingAt: Map<string, LexicalOffsets<number[]>>;
  criterionById: Map<string, number>;
  sectionIndex: Map<string, number>;
  criterionSections: number[];
  /** Recent BM25 scores of headings and of neighbour lines, by their text: lines under one heading share them. */
  recentHeadings: Map<string, readonly number[]>;
  recentNeighbours: Map<string, readonly number[]>;
}

/** Where a feature's rows sit in the section model and in the criterion model (-1: not there). */
interface LexicalOffsets<T> {
  section: T;
  criterion: T;
}

/** One BM25 query term (a stem, or a bigram of two) as the hot path scores it. */
interface CompiledTerm {
  /** Interleaved [criterion index, BM25 weight, …], in the stored postings' order; null if no criterion has the term. */
  postings: Float64Array | null;
  /** Offset of the section model's "W_<term>" row, or -1. */
  sectionAt: number;
  /** Offset of the criterion model's "W_<term>" row, or -1. */
  criterionAt: number;
  /** Bigrams starting with this stem, by their second stem. */
  bigrams: Map<string, CompiledTerm> | null;
  /** The query that last took this term: each term counts once per query, as in queryTerms. */
  takenBy: number;
}

const compiledCache = new WeakMap<ClassifierModel, CompiledModel>();

export function compile(model: ClassifierModel): CompiledModel {
  const hit = compiledCache.get(model);
  if (hit) return hit;
  const sectionIndex = new Map(model.sections.ids.map((id, index) => [id, index]));
  const terms = new Map<string, CompiledTerm>();
  const termFor = (name: string): CompiledTerm => {
    // Stems have no "_" (tokens are made of [a-z0-9'’&/+.-]), so "a_b" is the bigram of a and b.
    const cut = name.indexOf('_');
    const table = cut < 0 ? terms : (termFor(name.slice(0, cut)).bigrams ??= new Map());
    const key = intern(cut < 0 ? name : name.slice(cut + 1));
    let term = table.get(key);
    if (!term) table.set(key, (term = { postings: null, sectionAt: -1, criterionAt: -1, bigrams: null, takenBy: 0 }));
    return term;
  };
  for (const name of Object.keys(model.criteria.postings)) {
    const list = model.criteria.postings[name];
    const flat = new Float64Array(list.length * 2);
    for (let k = 0; k < list.length; k++) {
      flat[2 * k] = list[k][0];
      flat[2 * k + 1] = list[k][1];
    }
    termFor(name).postings = flat;
  }
  const section = compileSoftmax(model.section.weights, model.section.bias, intern);
  for (const [name, at] of section.index) if (name.startsWith('W_')) termFor(name.slice(2)).sectionAt = at;
  const criterion = compileSoftmax(model.criterionModel.weights, model.criterionModel.bias, intern);
  for (const [name, at] of criterion.index) if (name.startsWith('W_')) termFor(name.slice(2)).criterionAt = at;
  const offset = (name: string) => section.index.get(name) ?? -1;
  const evidenceAt = (prefix: 'BM' | 'NB') => ({ none: offset(`${prefix}_none`), sections: evidenceNames(prefix, model.sections.ids).map((names) => names.map(offset)) });
  const polarity = compileSoftmax(model.polarity.weights, model.polarity.bias, intern);
  const compiled: CompiledModel = {
    model,
    polarity,
    polarityTakenBy: new Float64Array(polarity.w.length / polarity.classes),
    network: compileNetwork(model.polarity, polarity),
    naiveBayes: compileNaiveBayes(model.polarity.naiveBayes, polarity),
    sectionNetwork: compileNetwork(model.section, section),
    section,
    criterion,
    terms,
    evidenceAt: { BM: evidenceAt('BM'), NB: evidenceAt('NB') },
    headingSectionAt: new Map(model.sections.ids.map((id) => [id, { section: offset(`HS_${id}`), criterion: criterion.index.get(`HS_${id}`) ?? -1 }])),
    cueAt: new Map(CUES.map((cue) => [cue, offset(SECTION_CUE_FEATURE[cue])])),
    headingAt: new Map(),
    criterionById: new Map(model.criteria.ids.map((id, index) => [id, index])),
    sectionIndex,
    criterionSections: model.criteria.sections.map((section) => sectionIndex.get(section) ?? -1),
    recentHeadings: new Map(),
    recentNeighbours: new Map(),
  };
  compiledCache.set(model, compiled);
  return compiled;
}

// Counts queries and statements: a term or polarity row stamped with the current one is already taken.
let queries = 0;

/**
 * queryTerms(stems) as compiled terms the model knows, in the same order and each once: one lookup
 * per term and no bigram name built.
 */
function compiledQueryTerms(compiled: CompiledModel, stems: string[]): CompiledTerm[] {
  const query = ++queries;
  const out: CompiledTerm[] = [];
  let previous: CompiledTerm | undefined;
  for (let i = 0; i < stems.length; i++) {
    const unigram = compiled.terms.get(stems[i]);
    if (unigram !== undefined && unigram.takenBy !== query) {
      unigram.takenBy = query;
      out.push(unigram);
    }
    const bigram = previous?.bigrams?.get(stems[i]);
    if (bigram !== undefined && bigram.takenBy !== query) {
      bigram.takenBy = query;
      out.push(bigram);
    }
    previous = unigram;
  }
  return out;
}

/**
 * A new array of n zeros. Per-statement scores are plain arrays on the hot path: making a
 * Float64Array costs about a microsecond here, five times as much.
 */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** A statement's BM25 query: the model's terms in it (in queryTerms' order) and the criterion scores they give. */
export interface CriterionQuery {
  terms: CompiledTerm[];
  /** The statement's polarity cues, where known: section evidence too. */
  cues?: readonly Cue[];
  /** BM25 score of every criterion, added term by term in queryTerms' order as training adds them. Shared: never written after. */
  scores: readonly number[];
}

/** The BM25 query of a statement's content stems. */
export function criterionQuery(compiled: CompiledModel, stems: string[], cues?: readonly Cue[]): CriterionQuery {
  const terms = compiledQueryTerms(compiled, stems);
  const scores = zeros(compiled.model.criteria.ids.length);
  for (const term of terms) {
    const list = term.postings;
    if (list) for (let k = 0; k < list.length; k += 2) scores[list[k]] += list[k + 1];
  }
  return cues ? { terms, scores, cues } : { terms, scores };
}

/** The criterion scores of lines around a statement, summed in order (null when there are none). */
export function sumScores(lines: ReadonlyArray<readonly number[]>): number[] | null {
  if (lines.length === 0) return null;
  const sum = lines[0].slice();
  for (let j = 1; j < lines.length; j++) for (let i = 0; i < sum.length; i++) sum[i] += lines[j][i];
  return sum;
}

export interface PolarityResult {
  tokens: string[];
  /** contentStems(tokens), when the features gathered them. */
  stems?: string[];
  polarity: Polarity;
  confidence: number;
  /** Probabilities in POLARITIES order. */
  probabilities: [number, number, number];
  cues: Cue[];
}

/**
 * A network beside a linear model over the same features: its share of their decision, and per
 * linear-model row the offset of the feature's input row (-1: none), so one name lookup serves both.
 */
interface CompiledNetwork {
  mlp: CompiledMlp;
  share: number;
  inputOf: Int32Array;
}

/** A stored network, reached through its linear model's rows (a feature the linear model dropped as all-zero is left out of both). */
function compileNetwork(stored: { network?: MlpWeights; networkShare?: number }, linear: CompiledSoftmax): CompiledNetwork | null {
  const { network, networkShare } = stored;
  if (!network || !networkShare) return null;
  const mlp = compileMlp(network);
  const inputOf = new Int32Array(linear.w.length / linear.classes).fill(-1);
  for (const [name, input] of mlp.index) {
    const at = linear.index.get(name);
    if (at !== undefined) inputOf[at / linear.classes] = input;
  }
  return { mlp, share: networkShare, inputOf };
}

/**
 * The linear model's probabilities `p` mixed with the network's `q` geometrically, in place:
 * where both are sure they agree, where one hesitates the other decides.
 */
function mixIn(p: number[], q: readonly number[], share: number): void {
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k] = Math.exp((1 - share) * Math.log(p[k]) + share * Math.log(q[k]));
  for (let k = 0; k < p.length; k++) p[k] /= sum;
}

/** Odds multiplier for the class a heading names: a line under "AFIs" is an AFI unless it plainly says otherwise. */
const HEADING_ODDS = Math.exp(3);

/** Polarity of one statement: the learned model's class probabilities. */
export function scorePolarity(compiled: CompiledModel, text: string, headingPolarity: Polarity | null = null, heading: string | null = null): PolarityResult {
  const features = polarityFeatures(text);
  // polarityVector without its map: the model's rows each once, in first-seen order, and the number
  // of distinct features (known to the model or not), which sets the scale.
  const { index, classes } = compiled.polarity;
  const takenBy = compiled.polarityTakenBy;
  const statement = ++queries;
  const rows: number[] = [];
  const unknown: string[] = [];
  const network = compiled.network;
  const networkRows: number[] = [];
  forEachPolarityFeature(text, { headingPolarity, heading }, features, (name) => {
    const at = index.get(name);
    if (at === undefined) {
      if (!unknown.includes(name)) unknown.push(name);
    } else if (takenBy[at / classes] !== statement) {
      takenBy[at / classes] = statement;
      rows.push(at);
      const input = network ? network.inputOf[at / classes] : -1;
      if (input >= 0) networkRows.push(input);
    }
  });
  const scale = polarityScale(rows.length + unknown.length);
  const p = predictRows(compiled.polarity, rows, scale);
  if (network) mixIn(p, predictMlp(network.mlp, networkRows, scale), network.share);
  const naiveBayes = compiled.naiveBayes;
  if (naiveBayes) mixIn(p, softmaxInPlace(naiveBayesScores(naiveBayes, rows, scale)), naiveBayes.share);
  if (headingPolarity) {
    // A heading that names the class ("Strengths", "AFIs") is the author's own label for the lines
    // under it; labelled training notes seldom use such headings, so its weight is set, not learnt.
    const c = POLARITIES.indexOf(headingPolarity);
    p[c] *= HEADING_ODDS;
    const sum = p[0] + p[1] + p[2];
    for (let k = 0; k < 3; k++) p[k] /= sum;
  }
  const probabilities: [number, number, number] = [p[0], p[1], p[2]];
  let best = 0;
  for (let c = 1; c < 3; c++) if (probabilities[c] > probabilities[best]) best = c;
  return { tokens: features.tokens, stems: features.stems, polarity: POLARITIES[best], confidence: probabilities[best], probabilities, cues: features.cues };
}

/** BM25 scores of a query text, remembered for the next few calls (headings and neighbours repeat line after line). */
function cachedScores(compiled: CompiledModel, recent: Map<string, readonly number[]>, key: string): readonly number[] {
  let hit = recent.get(key);
  if (!hit) {
    hit = criterionQuery(compiled, contentStems(key)).scores;
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    recent.set(key, hit);
  }
  return hit;
}

/** BM25 scores of lines around a statement, by their text (cached: the next line has them as neighbours too). */
export function neighbourScores(compiled: CompiledModel, texts: readonly string[]): number[] | null {
  return sumScores(texts.map((text) => cachedScores(compiled, compiled.recentNeighbours, text)));
}

/** BM25 scores of a heading's text (cached: every line under it asks again). */
export function headingScores(compiled: CompiledModel, heading: string): readonly number[] {
  return cachedScores(compiled, compiled.recentHeadings, heading);
}

/** A statement's section probabilities, and its criterion model's probabilities per criterion. */
export interface SectionPlacement {
  sections: number[];
  criteria: number[];
}

/**
 * A statement's section probabilities: the section model's over sectionVector's map (as trained)
 * and the criterion model's over lexicalFeatures' map, summed per section, blended; without
 * building either map. The section sum runs over the same features in the same order as its map
 * (the query's stems and bigrams first, each once, then the headings, the cues and the evidence), so its
 * result is identical. `around` is the neighbour lines' summed BM25 scores (sumScores).
 */
export function placeStems(compiled: CompiledModel, query: CriterionQuery, headings: readonly string[], headingSection: string | null, around: readonly number[] | null): SectionPlacement {
  const { w, classes } = compiled.section;
  const sectionScores = compiled.section.bias.slice();
  // The section network's hidden layer is summed as the linear scores are, feature by feature.
  const network = compiled.sectionNetwork;
  if (network) startHidden(network.mlp);
  const add = (at: number, value: number) => {
    if (at < 0) return;
    for (let c = 0; c < classes; c++) sectionScores[c] += w[at + c] * value;
    const input = network ? network.inputOf[at / classes] : -1;
    if (input >= 0) addInput(network!.mlp, input, value);
  };
  // The criterion model's features all have value 1: its rows, each once, in lexicalFeatures' order.
  const criterionRows: number[] = [];
  for (const term of query.terms) {
    add(term.sectionAt, 1);
    if (term.criterionAt >= 0) criterionRows.push(term.criterionAt);
  }
  const headingRows: number[] = [];
  const criterionHeadingRows: number[] = [];
  for (let h = 0; h < Math.min(2, headings.length); h++) {
    const offsets = headingOffsets(compiled, headings[h]);
    for (const at of offsets.section) if (!headingRows.includes(at)) headingRows.push(at);
    for (const at of offsets.criterion) if (!criterionHeadingRows.includes(at)) criterionHeadingRows.push(at);
  }
  for (const at of headingRows) add(at, 1);
  criterionRows.push(...criterionHeadingRows);
  if (headingSection) {
    const at = compiled.headingSectionAt.get(headingSection);
    add(at?.section ?? -1, 1);
    if (at && at.criterion >= 0) criterionRows.push(at.criterion);
  }
  // As training: a line read as several observations carries the cues of them all (its own text was never read whole).
  if (query.cues) for (const cue of query.cues) add(compiled.cueAt.get(cue) ?? -1, 1);
  const sectionCount = compiled.model.sections.ids.length;
  const evidence = (at: { none: number; sections: number[][] }) => (s: number, kind: number, value: number) => add(s < 0 ? at.none : at.sections[s][kind], value);
  forEachEvidence(query.scores, compiled.criterionSections, sectionCount, evidence(compiled.evidenceAt.BM));
  if (around) forEachEvidence(around, compiled.criterionSections, sectionCount, evidence(compiled.evidenceAt.NB));
  const sections = softmaxInPlace(sectionScores);
  if (network) mixIn(sections, outputOf(network.mlp), network.share);
  const criteria = predictRows(compiled.criterion, criterionRows, 1);
  const blend = compiled.model.criterionModel.blend;
  if (blend > 0) {
    for (let s = 0; s < sectionCount; s++) sections[s] *= 1 - blend;
    for (let i = 0; i < criteria.length; i++) {
      const s = compiled.criterionSections[i];
      if (s >= 0) sections[s] += blend * criteria[i];
    }
  }
  return { sections, criteria };
}

/** Section and criterion weight offsets of a heading's "H_" features that the models know, memoised per heading. */
function headingOffsets(compiled: CompiledModel, heading: string): LexicalOffsets<number[]> {
  let hit = compiled.headingAt.get(heading);
  if (!hit) {
    hit = { section: [], criterion: [] };
    for (const name of headingFeatures(heading)) {
      const section = compiled.section.index.get(name);
      if (section !== undefined) hit.section.push(section);
      const criterion = compiled.criterion.index.get(name);
      if (criterion !== undefined) hit.criterion.push(criterion);
    }
    if (compiled.headingAt.size >= 10_000) compiled.headingAt.clear();
    compiled.headingAt.set(heading, hit);
  }
  return hit;
}
