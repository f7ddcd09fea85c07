import type { Framework, Polarity, Report } from '../schemas/index.js';
import { DEFAULT_THRESHOLDS, type ReviewContext, type ReviewThresholds } from './context.js';
import type { PolarityJudgement } from './prose-polarity.js';
import { contentStems, splitSentences } from './text.js';

export interface AnalysedSentence {
  text: string;
  stems: string[];
  polarity: Polarity;
  confidence: number;
}

/** How a paragraph leans overall: mostly weaknesses, some weakness, only strengths, or no judgement. */
export type Lean = 'improvement' | 'mixed' | 'strength' | 'context';

export interface AnalysedParagraph {
  number: number;
  section: string;
  text: string;
  sentences: AnalysedSentence[];
  stems: string[];
  lean: Lean;
  /** Share of the paragraph's judged sentences that are weaknesses. */
  weakShare: number;
}

export interface AnalysedItem {
  index: number;
  text: string;
  stems: string[];
}

/** A report with its prose split, stemmed and judged once, for every check to share. */
export interface AnalysedReport {
  report: Report;
  file: string;
  framework: Framework | undefined;
  paragraphs: AnalysedParagraph[];
  strengths: AnalysedItem[];
  improvements: AnalysedItem[];
  /** Findings are raised on this report (false for reference reports). */
  reviewed: boolean;
}

/** The file name findings carry: the source file when known, else the provider. */
export function reportFile(report: Report, index: number): string {
  return report.source?.file || report.provider || `report ${index + 1}`;
}

export function thresholdsOf(context: ReviewContext): ReviewThresholds {
  return { ...DEFAULT_THRESHOLDS, ...context.thresholds };
}

/** Wraps the context's polarity judge with a cache: boilerplate sentences recur across reports. */
export function cachedPolarity(context: ReviewContext): (text: string, framework: Framework | undefined) => PolarityJudgement {
  const cache = new Map<string, PolarityJudgement>();
  return (text, framework) => {
    const key = `${framework?.id ?? ''}\u0000${text}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = context.polarity(text, framework);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Splits a report's paragraphs into judged sentences and classifies how each paragraph leans. */
export function analyseReport(
  report: Report,
  file: string,
  context: ReviewContext,
  judge: (text: string, framework: Framework | undefined) => PolarityJudgement,
  reviewed: boolean,
): AnalysedReport {
  const { polarityConfidence } = thresholdsOf(context);
  const framework = context.framework(report.framework);
  const paragraphs = report.paragraphs.map((paragraph): AnalysedParagraph => {
    const sentences = splitSentences(paragraph.text).map((text): AnalysedSentence => {
      const judged = judge(text, framework);
      return { text, stems: contentStems(text), polarity: judged.polarity, confidence: judged.confidence };
    });
    const judged = sentences.filter((s) => s.polarity !== 'context' && s.confidence >= polarityConfidence);
    const weak = judged.filter((s) => s.polarity === 'improvement').length;
    const weakShare = judged.length ? weak / judged.length : 0;
    const leadIsWeak = judged[0] !== undefined && judged[0] === sentences[0] && judged[0].polarity === 'improvement';
    const lean: Lean =
      judged.length === 0 ? 'context' : weakShare > 0.5 || (leadIsWeak && weakShare >= 0.5) ? 'improvement' : weak > 0 ? 'mixed' : 'strength';
    return {
      number: paragraph.number,
      section: paragraph.section,
      text: paragraph.text,
      sentences,
      stems: sentences.flatMap((s) => s.stems),
      lean,
      weakShare,
    };
  });
  const item = (text: string, index: number): AnalysedItem => ({ index: index + 1, text, stems: contentStems(text) });
  return {
    report,
    file,
    framework,
    paragraphs,
    strengths: report.strengths.map(item),
    improvements: report.areasForImprovement.map(item),
    reviewed,
  };
}
