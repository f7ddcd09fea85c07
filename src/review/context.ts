import type { Framework, FrameworkId, Report } from '../schemas/index.js';
import { judgeProsePolarity, type PolarityJudgement } from './prose-polarity.js';

export type { PolarityJudgement } from './prose-polarity.js';

/**
 * Thresholds the checks use. The defaults were calibrated on the real iQTS (Derby 2024) and
 * Ofsted ITE 2015 (Loughborough 2018) reports so that both pass without error or warning findings
 * (see test/review/samples.test.ts), and on planted faults so that those are found.
 */
export interface ReviewThresholds {
  /** TF-IDF cosine at or above which a summary item counts as backed by a sentence or paragraph. */
  summaryMatch: number;
  /** Cosine at or above which a paragraph's weakness counts as carried into the areas for improvement. */
  weaknessCovered: number;
  /** Shingle Jaccard at or above which two paragraphs from different reports are near-duplicates. */
  nearDuplicate: number;
  /** Shingle Jaccard at or above which near-duplicates are "nearly identical" (a warning, not info). */
  nearIdentical: number;
  /** Content-stem Jaccard at or above which two sentences say the same thing (polarity inconsistency). */
  sameWording: number;
  /** Share of judged paragraphs that are mostly weaknesses above which a top grade is contradicted. */
  weakShareContradictsTop: number;
  /** Share at or below which a below-standard grade has (almost) nothing behind it. */
  weakShareContradictsLow: number;
  /** Words above which a sentence is too long to read. */
  longSentenceWords: number;
  /** Minimum polarity confidence for a sentence's judgement to be counted. */
  polarityConfidence: number;
}

export const DEFAULT_THRESHOLDS: ReviewThresholds = {
  summaryMatch: 0.2,
  weaknessCovered: 0.22,
  nearDuplicate: 0.5,
  nearIdentical: 0.8,
  sameWording: 0.7,
  weakShareContradictsTop: 0.4,
  weakShareContradictsLow: 0.1,
  longSentenceWords: 45,
  polarityConfidence: 0.5,
};

/** What the checks need from the rest of Drafter, injected so that the checks stay pure and testable. */
export interface ReviewContext {
  /** The taxonomy a report was written under, or undefined when Drafter has none for it. */
  framework(id: FrameworkId): Framework | undefined;
  /** Judges one sentence of report prose. */
  polarity(text: string, framework: Framework | undefined): PolarityJudgement;
  /** Personal names in a piece of text, as written. */
  findNames(text: string): string[];
  /** Each reviewed file's full cleaned text lines, where the caller read the document (drafts carry placeholders outside the narrative). */
  documentLines?: Map<string, Array<{ text: string; line: number }>>;
  /** Other reports to compare against (boilerplate, polarity, terminology); findings are never raised on them. */
  reference?: Report[];
  thresholds?: Partial<ReviewThresholds>;
}

/** A context with the built-in prose polarity judge and no name finder: for callers without a classifier. */
export function basicReviewContext(frameworks: Framework[], overrides: Partial<ReviewContext> = {}): ReviewContext {
  const byId = new Map(frameworks.map((framework) => [framework.id, framework]));
  return {
    framework: (id) => byId.get(id),
    polarity: (text) => judgeProsePolarity(text),
    findNames: () => [],
    ...overrides,
  };
}
