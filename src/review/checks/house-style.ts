import type { Finding, Severity } from '../../schemas/index.js';
import type { AnalysedReport } from '../analyse.js';
import type { ReviewThresholds } from '../context.js';
import { findingIn } from '../finding.js';
import { splitSentences, withoutQuotations, words } from '../text.js';
import { textUnits, type TextUnit } from '../units.js';

interface ShorthandRule {
  pattern: RegExp;
  severity: Severity;
  /** What the slip is and what to write instead. */
  explain: string;
}

// Reference: Ofsted and ISI house style write words in full; these are the forms inspectors' notes use.
const SHORTHAND: ShorthandRule[] = [
  { pattern: /\[[^\][]{0,400}?(?:\b(?:complete|insert|tbc|tbd|todo|to do|add|check|confirm|name|names|date|dates|provider)\b|xx)[^\][]{0,400}\](?!\()/gi, severity: 'error', explain: 'a placeholder was left to fill in' },
  { pattern: /\b(?:TODO|TBC|TBD|FIXME)\b|\bX{3,}\b/g, severity: 'error', explain: 'a drafting marker was left in' },
  { pattern: /\?{2,}/g, severity: 'error', explain: 'question marks left as a query to the author' },
  { pattern: /\bv\.\s+(?=[a-z])/g, severity: 'warning', explain: '"v." is note shorthand for "very"' },
  { pattern: /\bw\/o?(?=[\s\w])/gi, severity: 'warning', explain: '"w/" is note shorthand for "with"' },
  { pattern: /\b(?:obs|mtgs?|esp|approx|yrs?|schs?|tchrs?|ldrs?|wks?|mgmt|dept|govs|ppl|b\/c|thru|asap|re:)(?![\w'’-])\.?/gi, severity: 'warning', explain: 'note shorthand: write the word in full' },
  { pattern: /\s&\s/g, severity: 'warning', explain: '"&" in prose: write "and"' },
  { pattern: /\b(?:trainees?|mentors?|tutors?|teachers?|NQTs?|ECTs?)\s+(?:\d{1,2}|[A-Z])\b(?![’'.-]\w)/g, severity: 'warning', explain: 'a note label for a person ("trainee 3") was left in: describe the role instead' },
  { pattern: /(?<![\w.])(?:T|M|NQT|ECT)\d{1,2}\b/g, severity: 'warning', explain: 'a coded label for a person ("T3") was left in' },
  { pattern: /->|→|=>|⇒|←|↑|↓|\+ve\b|-ve\b/g, severity: 'warning', explain: 'arrows and signs are note shorthand: write the relationship in words' },
];

/** Drafting markers: the rules above whose severity is error, plus a suggested grade never confirmed. */
const MARKERS: ShorthandRule[] = [
  ...SHORTHAND.filter((rule) => rule.severity === 'error'),
  { pattern: /\((?:suggested|draft|provisional)\)/gi, severity: 'error', explain: 'a suggested judgement was never confirmed' },
];

/**
 * Placeholders and drafting markers anywhere in the document text, outside the narrative the other
 * checks read (title block, summary and information sections of a draft), one finding per marker.
 */
export function checkLeftoverMarkers(report: AnalysedReport, lines: Array<{ text: string; line: number }>): Finding[] {
  const narrative = textUnits(report)
    .filter((unit) => unit.origin !== 'title')
    .map((unit) => unit.text.replace(/\s+/g, ' '));
  const seen = new Map<string, { line: number; count: number; rule: ShorthandRule }>();
  for (const { text, line } of lines) {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const rule of MARKERS) {
      for (const match of flat.matchAll(rule.pattern)) {
        // Already reported against its paragraph or summary point.
        const probe = flat.slice(Math.max(0, match.index - 30), match.index + match[0].length);
        if (narrative.some((unit) => unit.includes(probe))) continue;
        const hit = seen.get(match[0]);
        if (hit) hit.count++;
        else seen.set(match[0], { line, count: 1, rule });
      }
    }
  }
  return [...seen].map(([marker, { line, count, rule }]) =>
    findingIn(
      report,
      'error',
      'shorthand',
      null,
      null,
      `Line ${line}: ${rule.explain} ("${marker.length > 70 ? `${marker.slice(0, 69)}…` : marker}")${count > 1 ? `, ${count} times in all` : ''}.`,
    ),
  );
}

const FIRST_PERSON = /(?<![\p{L}’'-])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|we've|we’ve|We've|We’ve|our|Our|us)(?![\p{L}’'-])/gu;
const CONTRACTION = /\b(?:\w+n['’]t|it['’]s|they['’]re|we['’]re|they['’]ve|that['’]s)\b/gi;

/** A few words either side of a hit, so the reviewer can find it without the message quoting the paragraph. */
function around(text: string, index: number, length: number): string {
  const before = text.slice(0, index).split(/\s+/).slice(-4).join(' ');
  const after = text.slice(index + length).split(/\s+/).slice(0, 4).join(' ');
  return `${index > 0 && before ? '…' : ''}${before}${text.slice(index, index + length)}${after}${after ? '…' : ''}`.replace(/\s+/g, ' ').trim();
}

function where(unit: TextUnit): string {
  return unit.paragraph !== null ? `Paragraph ${unit.paragraph}` : unit.label.charAt(0).toUpperCase() + unit.label.slice(1);
}

/** Note shorthand, placeholders and drafting markers left in the report's prose. */
export function checkShorthand(report: AnalysedReport): Finding[] {
  const findings: Finding[] = [];
  for (const unit of textUnits(report)) {
    for (const rule of SHORTHAND) {
      const hits = [...unit.text.matchAll(rule.pattern)];
      if (hits.length === 0) continue;
      const first = hits[0];
      const shown = around(unit.text, first.index, first[0].length);
      findings.push(
        findingIn(
          report,
          rule.severity,
          'shorthand',
          unit.section,
          unit.paragraph,
          `${where(unit)}: ${rule.explain} ("${shown}"${hits.length > 1 ? `, and ${hits.length - 1} more` : ''}).`,
        ),
      );
    }
  }
  return findings;
}

/** First person, sentences too long to read, contractions. */
export function checkStyle(report: AnalysedReport, thresholds: ReviewThresholds): Finding[] {
  const findings: Finding[] = [];
  for (const unit of textUnits(report)) {
    if (unit.origin === 'title') continue;
    const prose = withoutQuotations(unit.text);
    const firstPerson = [...prose.matchAll(FIRST_PERSON)];
    if (firstPerson.length) {
      const hit = firstPerson[0];
      findings.push(
        findingIn(
          report,
          'warning',
          'style',
          unit.section,
          unit.paragraph,
          `${where(unit)} is written in the first person ("${around(prose, hit.index, hit[0].length)}"); reports speak of "inspectors", not "I" or "we".`,
        ),
      );
    }
    const contractions = [...prose.matchAll(CONTRACTION)];
    if (contractions.length) {
      findings.push(
        findingIn(report, 'info', 'style', unit.section, unit.paragraph, `${where(unit)} uses a contraction ("${contractions[0][0]}"); write it in full.`),
      );
    }
    if (unit.origin === 'detail') continue;
    splitSentences(unit.text).forEach((sentence, index) => {
      const count = words(sentence).length;
      if (count > thresholds.longSentenceWords) {
        findings.push(
          findingIn(
            report,
            count > thresholds.longSentenceWords * 1.4 ? 'warning' : 'info',
            'style',
            unit.section,
            unit.paragraph,
            `${where(unit)}, sentence ${index + 1} runs to ${count} words (over ${thresholds.longSentenceWords}); split it so it reads at one pass.`,
          ),
        );
      }
    });
  }
  return findings;
}
