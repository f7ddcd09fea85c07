import type { Finding } from '../../schemas/index.js';
import type { AnalysedReport } from '../analyse.js';
import { findingIn } from '../finding.js';

/**
 * Judgement paragraphs are numbered 1…n through the report. A gap, a repeat or a restart inside a
 * section means a paragraph was lost, pasted twice or renumbered by hand. A restart at 1 under a new
 * heading is how multi-phase Ofsted reports number each phase, so that is not reported.
 */
export function checkNumbering(report: AnalysedReport): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = report.paragraphs;
  if (paragraphs.length === 0) return findings;
  if (paragraphs[0].number !== 1) {
    findings.push(
      findingIn(report, 'warning', 'numbering', paragraphs[0].section, paragraphs[0].number, `Judgement paragraphs start at ${paragraphs[0].number}, not 1.`),
    );
  }
  let numbers = new Set<number>([paragraphs[0].number]);
  for (let i = 1; i < paragraphs.length; i++) {
    const previous = paragraphs[i - 1];
    const current = paragraphs[i];
    if (current.number === 1 && current.section !== previous.section) {
      numbers = new Set([1]);
      continue;
    }
    if (current.number === previous.number + 1) {
      numbers.add(current.number);
      continue;
    }
    if (current.number === previous.number) {
      findings.push(
        findingIn(report, 'warning', 'numbering', current.section, current.number, `Paragraph number ${current.number} is used twice in a row.`),
      );
    } else if (current.number > previous.number + 1) {
      const missing = current.number - previous.number - 1;
      findings.push(
        findingIn(
          report,
          'warning',
          'numbering',
          current.section,
          current.number,
          `Numbering jumps from ${previous.number} to ${current.number}: ${missing === 1 ? `paragraph ${previous.number + 1} is` : `${missing} paragraphs are`} missing.`,
        ),
      );
    } else {
      findings.push(
        findingIn(
          report,
          'warning',
          'numbering',
          current.section,
          current.number,
          `Numbering goes back from ${previous.number} to ${current.number}` +
            (numbers.has(current.number) ? ` (paragraph ${current.number} already exists)` : '') +
            (current.section === previous.section ? ` within "${current.section}".` : '.'),
        ),
      );
    }
    numbers.add(current.number);
  }
  return findings;
}
