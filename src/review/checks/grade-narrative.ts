import type { Finding, Framework, GradeEntry, GradeLevel, Severity } from '../../schemas/index.js';
import type { AnalysedParagraph, AnalysedReport } from '../analyse.js';
import type { ReviewThresholds } from '../context.js';
import { findingIn, listNumbers } from '../finding.js';
import { contentStems, fragment, jaccard } from '../text.js';

/** A grade as printed, placed on the framework's scale (0 = best). */
export interface PlacedGrade {
  entry: GradeEntry;
  level: GradeLevel;
  rank: number;
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\s*grade\s*:?\s*/, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Places a printed grade ("1", "Grade 3", "Outstanding", "Strong standard") on the framework's scale. */
export function placeGrade(printed: string, framework: Framework): { level: GradeLevel; rank: number } | undefined {
  const wanted = norm(printed);
  if (!wanted) return undefined;
  const scale = framework.gradeScale;
  for (const [rank, level] of scale.entries()) {
    if (norm(level.grade) === wanted || norm(level.label) === wanted) return { level, rank };
  }
  // "1" on a scale printed in words (Ofsted: grade 1 is outstanding), or the reverse.
  if (/^\d+$/.test(wanted)) {
    const rank = Number(wanted) - 1;
    if (rank >= 0 && rank < scale.length && !scale.some((l) => /^\d+$/.test(norm(l.grade)))) return { level: scale[rank], rank };
  }
  for (const [rank, level] of scale.entries()) {
    const names = [norm(level.grade), norm(level.label)].filter((n) => n.length > 2);
    if (names.some((n) => wanted.startsWith(n) || n.startsWith(wanted))) return { level, rank };
  }
  return undefined;
}

const OVERALL = /overall/i;

/** One entry per grade level, with the phases given it: a multi-phase report says each thing once. */
function byLevel(grades: PlacedGrade[]): Array<PlacedGrade & { phases: string[] }> {
  const out = new Map<number, PlacedGrade & { phases: string[] }>();
  for (const grade of grades) {
    const hit = out.get(grade.rank);
    if (hit) {
      if (grade.entry.phase && !hit.phases.includes(grade.entry.phase)) hit.phases.push(grade.entry.phase);
    } else {
      out.set(grade.rank, { ...grade, phases: grade.entry.phase ? [grade.entry.phase] : [] });
    }
  }
  return [...out.values()];
}

/** Whether a descriptor (or compliance statement) says the provision is NOT compliant / not met. */
const saysNotCompliant = (text: string) =>
  /\b(?:not|non)[- ]?complian|\bdoes\s+not\s+comply|\bdo\s+not\s+comply|\bnot\s+met\b|\bbreach/i.test(text);
const saysCompliant = (text: string) => !saysNotCompliant(text) && /\bcomplian|\bcompl(?:y|ies)\b|\bmet\b/i.test(text);
/** The descriptor makes non-compliance a condition of the grade, not one alternative ("…, or the provider does not comply"). */
const requiresNotCompliant = (descriptor: string) =>
  descriptor
    .split(/(?<=\.)\s+/)
    .some((sentence) => saysNotCompliant(sentence) && !/\bor\b[^.]*?(?:\b(?:not|non)[- ]?complian|\bdoes\s+not\s+comply|\bnot\s+met\b)/i.test(sentence));
/** The descriptor expects improvement points ("with minor issues identified for improvement"). */
const expectsImprovements = (text: string) => /\bimprov|\bissues?\b|\bweakness|\battention\b|\brecommendation/i.test(text);

function share(part: number, whole: number): string {
  return `${part} of ${whole}`;
}

function judgedParagraphs(paragraphs: AnalysedParagraph[]): AnalysedParagraph[] {
  return paragraphs.filter((p) => p.lean !== 'context');
}

/** Paragraphs under a section whose heading resembles `title` (word overlap), for area-level grades. */
function paragraphsUnder(paragraphs: AnalysedParagraph[], title: string): AnalysedParagraph[] {
  const wanted = new Set(contentStems(title));
  return paragraphs.filter((p) => jaccard(new Set(contentStems(p.section)), wanted) >= 0.5);
}

/**
 * Grade against narrative, driven by the framework's grade scale: where a grade sits (above, meets,
 * below, failing), what its descriptor promises (compliance, "minor issues identified for
 * improvement"), and what the report's paragraphs and summary lists actually say.
 */
export function checkGradeNarrative(report: AnalysedReport, thresholds: ReviewThresholds): Finding[] {
  const framework = report.framework;
  if (!framework || framework.gradeScale.length === 0) return [];
  const findings: Finding[] = [];
  const flag = (severity: Severity, where: string, message: string) => findingIn(report, severity, 'grade-narrative', where, null, message);
  const { report: doc } = report;

  const placed: PlacedGrade[] = [];
  for (const entry of doc.grades) {
    const hit = placeGrade(entry.grade, framework);
    if (hit) placed.push({ entry, ...hit });
  }
  let overall = placed.filter((g) => OVERALL.test(g.entry.judgement));
  if (overall.length === 0 && doc.overallGrade) {
    const hit = placeGrade(doc.overallGrade, framework);
    if (hit) overall = [{ entry: { judgement: 'Overall', phase: null, grade: doc.overallGrade }, ...hit }];
  }
  if (overall.length === 0 && doc.overallGrade) {
    findings.push(
      flag('info', 'Overall', `Grade "${fragment(doc.overallGrade, 4)}" is not on the ${framework.title} scale; grade checks skipped.`),
    );
  }

  const judged = judgedParagraphs(report.paragraphs);
  const weak = judged.filter((p) => p.lean === 'improvement');
  const withWeakness = judged.filter((p) => p.lean === 'improvement' || p.lean === 'mixed');
  const weakShare = judged.length ? weak.length / judged.length : 0;
  const sections = [...new Set(judged.map((p) => p.section))];
  const weakSections = sections.filter((s) => judged.some((p) => p.section === s && p.lean === 'improvement'));
  const nAfi = doc.areasForImprovement.length;
  const nStrengths = doc.strengths.length;
  // Phases with different grades can share one set of paragraphs; judge shares only against one grade.
  const distinctOverall = [...new Set(overall.map((g) => g.rank))];

  for (const grade of byLevel(overall)) {
    const { level, rank } = grade;
    const label = grade.phases.length ? `${level.label} (${grade.phases.join(', ')})` : level.label;
    const descriptor = level.descriptor ? ` ("${fragment(level.descriptor.replace(/^.*?\.\s+(?=The quality)/, ''), 12)}")` : '';
    const where = grade.entry.judgement;
    const sharesApply = distinctOverall.length === 1;

    if (sharesApply && rank === 0 && judged.length >= 3) {
      if (weakShare >= thresholds.weakShareContradictsTop) {
        findings.push(
          flag(
            'error',
            where,
            `${label} is the top grade${descriptor}, but ${share(weak.length, judged.length)} judged paragraphs are mostly weaknesses ` +
              `(paragraphs ${listNumbers(weak.map((p) => p.number))}); the narrative does not support the grade.`,
          ),
        );
      } else if (
        nAfi >= 3 &&
        // 2020-framework reports list no strengths: then the paragraphs must lean to weakness too.
        (nStrengths > 0 ? nAfi > nStrengths : weakShare >= 0.25) &&
        sections.length >= 2 &&
        weakSections.length * 2 > sections.length
      ) {
        findings.push(
          flag(
            'warning',
            where,
            `${label} is the top grade, but there are ${nAfi} areas for improvement${nStrengths ? ` against ${nStrengths} strength${nStrengths === 1 ? '' : 's'}` : ''}, and weaknesses dominate ` +
              `paragraphs in ${share(weakSections.length, sections.length)} sections.`,
          ),
        );
      }
    } else if (sharesApply && level.standing === 'above' && judged.length >= 3 && weakShare >= Math.max(0.5, thresholds.weakShareContradictsTop + 0.15)) {
      findings.push(
        flag(
          'warning',
          where,
          `${label} is above the expected standard, but ${share(weak.length, judged.length)} judged paragraphs are mostly weaknesses.`,
        ),
      );
    }

    if ((level.standing === 'below' || level.standing === 'failing') && nAfi === 0) {
      findings.push(
        flag(
          'error',
          where,
          `${label} is below the expected standard, but the report lists no areas for improvement; a provider graded so must be told what to improve.`,
        ),
      );
    } else if (level.standing === 'meets' && expectsImprovements(level.descriptor) && nAfi === 0) {
      findings.push(
        flag(
          withWeakness.length === 0 ? 'error' : 'warning',
          where,
          `${label}${descriptor} expects issues identified for improvement, but the report lists no areas for improvement` +
            (withWeakness.length ? ` (weaknesses appear in paragraphs ${listNumbers(withWeakness.map((p) => p.number))}).` : ' and no paragraph states a weakness.'),
        ),
      );
    }
    if (
      sharesApply &&
      (level.standing === 'below' || level.standing === 'failing') &&
      judged.length >= 3 &&
      weakShare <= thresholds.weakShareContradictsLow &&
      withWeakness.length <= 1
    ) {
      findings.push(
        flag(
          'warning',
          where,
          `${label} is below the expected standard, but only ${share(withWeakness.length, judged.length)} judged paragraphs state any weakness.`,
        ),
      );
    }

    // Compliance as the descriptor requires it.
    const compliance = doc.compliance?.trim() ?? '';
    if (requiresNotCompliant(level.descriptor)) {
      if (!compliance) {
        findings.push(
          flag('warning', where, `${label} requires the provision to be found not compliant, but the report has no compliance statement.`),
        );
      } else if (!saysNotCompliant(compliance)) {
        findings.push(
          flag(
            'error',
            where,
            `${label} requires the provision to be found not compliant, but the compliance statement says "${fragment(compliance, 10)}".`,
          ),
        );
      }
    } else if (/\bis\s+compliant|\bcompliant\s+with/i.test(level.descriptor) && compliance && saysNotCompliant(compliance)) {
      findings.push(
        flag(
          'error',
          where,
          `${label} requires the provision to be compliant, but the compliance statement says "${fragment(compliance, 10)}".`,
        ),
      );
    }
  }

  // Compliance not met (statement, or a compliance/safeguarding row of the judgement table) needs a
  // recommendation that says what to put right.
  const complianceRows = doc.grades.filter((g) => /complian|safeguard/i.test(g.judgement) && saysNotCompliant(g.grade));
  const statementNotMet = doc.compliance ? saysNotCompliant(doc.compliance) : false;
  if (complianceRows.length > 0 || statementNotMet) {
    // Whole keyword phrases, not their words: "curriculum mapped to ITTECF" must not make every
    // curriculum recommendation a compliance one.
    const phrases = [
      'complian',
      'comply',
      'safeguard',
      'statutory',
      ...framework.criteria.filter((c) => /complian/i.test(c.section)).flatMap((c) => c.keywords),
    ].map((k) => k.toLowerCase());
    const addressed = report.improvements.some((item) => {
      const text = ` ${item.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      return phrases.some((phrase) => text.includes(` ${phrase.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`));
    });
    if (!addressed) {
      const where = complianceRows[0]?.judgement ?? 'Compliance';
      findings.push(
        flag(
          'warning',
          where,
          `${complianceRows.length ? `"${fragment(complianceRows[0].judgement, 6)}" is judged "${complianceRows[0].grade}"` : 'The compliance statement says the provider is not compliant'}, ` +
            `but no area for improvement says what must be put right.`,
        ),
      );
    }
  }

  // Overall against key judgements in the same phase: overall cannot sit outside their range.
  for (const grade of overall) {
    const keys = placed.filter((g) => !OVERALL.test(g.entry.judgement) && g.entry.phase === grade.entry.phase);
    if (keys.length < 2) continue;
    const best = Math.min(...keys.map((k) => k.rank));
    const worst = Math.max(...keys.map((k) => k.rank));
    if (grade.rank < best || grade.rank > worst) {
      findings.push(
        flag(
          'warning',
          grade.entry.judgement,
          `Overall grade ${grade.level.label}${grade.entry.phase ? ` (${grade.entry.phase})` : ''} is ${grade.rank < best ? 'better' : 'worse'} than every key judgement ` +
            `(${keys.map((k) => `${fragment(k.entry.judgement, 5)}: ${k.level.label}`).join('; ')}).`,
        ),
      );
    }
  }

  // Graded areas (toolkit): a below-standard area needs a recommendation; an above-standard area cannot be mostly weaknesses.
  for (const section of framework.sections.filter((s) => s.graded && !OVERALL.test(s.title))) {
    const grades = byLevel(placed.filter((g) => jaccard(new Set(contentStems(g.entry.judgement)), new Set(contentStems(section.title))) >= 0.5));
    for (const grade of grades) {
      const label = `${section.title}: ${grade.level.label}${grade.phases.length ? ` (${grade.phases.join(', ')})` : ''}`;
      const under = judgedParagraphs(paragraphsUnder(report.paragraphs, section.title));
      if (grade.level.standing === 'below' || grade.level.standing === 'failing') {
        const sectionStems = new Set([
          ...contentStems(section.title),
          ...framework.criteria.filter((c) => c.section === section.id).flatMap((c) => contentStems([c.title, ...c.keywords].join(' '))),
          ...under.flatMap((p) => p.stems),
        ]);
        const recommended = report.improvements.some((item) => {
          const stems = new Set(item.stems);
          let shared = 0;
          for (const s of stems) if (sectionStems.has(s)) shared++;
          return stems.size > 0 && shared / stems.size >= 0.4;
        });
        if (!recommended) {
          findings.push(
            flag(
              'warning',
              section.title,
              `${label} is below the expected standard, but no area for improvement addresses ${section.title.toLowerCase()}.`,
            ),
          );
        }
      } else if (grade.level.standing === 'above' && under.length >= 3) {
        const weakUnder = under.filter((p) => p.lean === 'improvement');
        if (weakUnder.length / under.length >= thresholds.weakShareContradictsTop) {
          findings.push(
            flag(
              'warning',
              section.title,
              `${label} is above the expected standard, but ${share(weakUnder.length, under.length)} of its paragraphs are mostly weaknesses.`,
            ),
          );
        }
      }
    }
  }
  return findings;
}
