import type { Finding } from '../../schemas/index.js';
import type { AnalysedItem, AnalysedParagraph, AnalysedReport } from '../analyse.js';
import type { ReviewThresholds } from '../context.js';
import { findingIn, summaryHeading } from '../finding.js';
import { fragment } from '../text.js';
import { cosine, Idf, type Vector } from '../tfidf.js';

interface ParagraphVectors {
  paragraph: AnalysedParagraph;
  whole: Vector;
  sentences: Vector[];
}

interface Match {
  paragraph: AnalysedParagraph;
  score: number;
}

/** Best-matching paragraph for a summary item: the higher of paragraph-level and sentence-level cosine. */
function bestMatches(item: Vector, paragraphs: ParagraphVectors[]): Match[] {
  return paragraphs
    .map(({ paragraph, whole, sentences }) => ({
      paragraph,
      score: Math.max(cosine(item, whole), ...sentences.map((s) => cosine(item, s))),
    }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Summary against body: each listed strength and area for improvement needs a judgement paragraph
 * behind it, and each paragraph's weakness should reach the areas for improvement. Similarity is
 * TF-IDF cosine over stemmed content words, with IDF from the report's own sentences so that a
 * report's findings do not depend on what else is reviewed with it.
 */
export function checkSummaryBody(report: AnalysedReport, thresholds: ReviewThresholds): Finding[] {
  if (report.paragraphs.length === 0) return [];
  const findings: Finding[] = [];
  const documents = [
    ...report.paragraphs.flatMap((p) => p.sentences.map((s) => s.stems)),
    ...report.strengths.map((i) => i.stems),
    ...report.improvements.map((i) => i.stems),
  ];
  const idf = new Idf(documents);
  const paragraphs: ParagraphVectors[] = report.paragraphs.map((paragraph) => ({
    paragraph,
    whole: idf.vector(paragraph.stems),
    sentences: paragraph.sentences.map((s) => idf.vector(s.stems)),
  }));

  const checkList = (items: AnalysedItem[], list: 'strengths' | 'improvements') => {
    const heading = summaryHeading(report, list);
    const noun = list === 'strengths' ? 'strength' : 'area for improvement';
    for (const item of items) {
      if (item.stems.length < 3) continue; // "The partnership should:" lead-ins and debris
      const matches = bestMatches(idf.vector(item.stems), paragraphs);
      const best = matches[0];
      if (!best || best.score < thresholds.summaryMatch) {
        findings.push(
          findingIn(
            report,
            'warning',
            'summary-body',
            heading,
            null,
            `Summary ${noun} ${item.index} ("${fragment(item.text)}") has no judgement paragraph behind it` +
              (best ? ` (closest is paragraph ${best.paragraph.number}, similarity ${best.score.toFixed(2)})` : '') +
              '; the summary should only state what the body evidences.',
          ),
        );
      } else {
        // Every paragraph that supports the point leans the other way: the body contradicts the summary.
        const supporting = matches.filter((m) => m.score >= thresholds.summaryMatch);
        const contrary = list === 'strengths' ? 'improvement' : 'strength';
        if (supporting.every((m) => m.paragraph.lean === contrary)) {
          const message =
            list === 'strengths'
              ? `Strength ${item.index} ("${fragment(item.text)}") is matched only by paragraphs that are mostly weaknesses ` +
                `(best: paragraph ${best.paragraph.number}); the body criticises what the summary praises.`
              : `Area for improvement ${item.index} ("${fragment(item.text)}") is matched only by paragraphs that read as strengths ` +
                `(best: paragraph ${best.paragraph.number}); the body praises what the summary asks to improve.`;
          findings.push(findingIn(report, 'warning', 'summary-body', heading, best.paragraph.number, message));
        }
      }
    }
  };
  checkList(report.strengths, 'strengths');
  checkList(report.improvements, 'improvements');

  // Paragraph weaknesses that never reach the areas for improvement.
  const improvementVectors = report.improvements.filter((i) => i.stems.length >= 3).map((i) => idf.vector(i.stems));
  for (const { paragraph, whole, sentences } of paragraphs) {
    const weakIndexes = paragraph.sentences
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => s.polarity === 'improvement' && s.confidence >= thresholds.polarityConfidence && s.stems.length >= 3)
      .map(({ index }) => index);
    if (weakIndexes.length === 0) continue;
    const covered = improvementVectors.some(
      (afi) => cosine(afi, whole) >= thresholds.summaryMatch || weakIndexes.some((i) => cosine(afi, sentences[i]) >= thresholds.weaknessCovered),
    );
    if (covered) continue;
    const first = paragraph.sentences[weakIndexes[0]];
    // The opening sentence carries a report paragraph's judgement ("Mentor training is
    // underdeveloped."); a weakness there with no matching area for improvement is a real gap,
    // while a "However, …" qualification further down is often deliberately left out of the summary.
    const dominant = weakIndexes[0] === 0 && paragraph.lean !== 'strength';
    findings.push(
      findingIn(
        report,
        dominant ? 'warning' : 'info',
        'summary-body',
        paragraph.section,
        paragraph.number,
        `Paragraph ${paragraph.number} ${dominant ? 'opens with a weakness' : 'states a weakness'} ("${fragment(first.text)}") ` +
          `that no area for improvement covers; ${dominant ? 'add it to the areas for improvement or soften the paragraph' : 'check whether it belongs in the summary'}.`,
      ),
    );
  }
  return findings;
}
