import type { Diagnostic, Report } from '../../schemas/index.js';
import { squash } from '../lines.js';
import { findInspectorate, normaliseProviderType, readGradeTable, readLabelled, sentenceMatching, withoutBoilerplate } from './common.js';
import { extractDates } from './dates.js';
import { parseList } from './lists.js';
import { numberedParagraphs } from './paragraphs.js';
import { hasContent, sectionText, type Section } from './sections.js';

type ReportBody = Omit<Report, 'kind' | 'source' | 'diagnostics'>;

const TITLE_RE = /Initial teacher (?:education|training) (?:\(ITE\) )?inspection report/i;
const PHASE_COLUMN_RE = /Early years ITT|Early years(?: ITE)?|Primary QTS|Primary(?: ITE)?|Secondary QTS|Secondary(?: ITE)?|Further education(?: and skills)?(?: ITT| ITE)?|FE ITT|FE/;
const TABLE_END_KEYS = new Set(['ite-phase', 'ite-partnership-info', 'ite-inspection-info', 'ite-team', 'ite-strengths', 'ite-improve']);

/** "complies fully with the statutory criteria", "meets the DfE's initial teacher training criteria", "does not comply…". */
export const COMPLIANCE_RE = /\bcompl(?:y|ies|iant)\b.{0,80}\bcriteria\b|\b(?:meets?|does not meet)\b.{0,40}\b(?:ITT|initial teacher training|statutory) criteria\b/i;

export const DETAIL_LABELS: Array<[string, RegExp]> = [
  ['Unique reference number', /Unique reference number(?: \(URN\))?/i],
  ['Inspection number', /Inspection number/i],
  ['Inspection framework', /This inspection was carried out under(?: the)?/i],
  ['Inspection dates', /Inspection dates?/i],
  ['Lead inspector', /Lead inspector/i],
  ['Inspection team', /Inspection team/i],
  ['Type of ITE partnership', /Type of (?:ITE|ITT) (?:partnership|provider)/i],
  ['Phases provided', /Phases? provided/i],
  ['Date of previous inspection', /Date of previous inspection/i],
  ['Previous inspection report', /Previous inspection report/i],
  ['Provider address', /Provider address/i],
  ['Telephone number', /Telephone number/i],
  ['Email', /Email address/i],
];

/** An Ofsted ITE report under the 2015 handbook (seed 002), one phase or several. */
export function parseIte2015Report(sections: Section[], diagnostics: Diagnostic[]): ReportBody {
  const preamble = sectionText(sections[0]);
  const titleMatch = TITLE_RE.exec(preamble);
  const title = titleMatch ? squash(titleMatch[0]) : 'Initial teacher education inspection report';
  let provider = titleMatch ? squash(preamble.slice(0, titleMatch.index)) : '';
  if (!provider) diagnostics.push({ code: 'provider-missing', severity: 'warning', message: 'could not find the provider name' });

  // The judgement table: from the first "Inspection judgements" to the first phase or partnership heading.
  const tableStart = sections.findIndex((s) => s.key === 'ite-judgements');
  const tableSections: Section[] = [];
  if (tableStart >= 0) {
    for (let i = tableStart; i < sections.length && !TABLE_END_KEYS.has(sections[i].key); i++) tableSections.push(sections[i]);
  }
  const tableText = tableSections
    .map((s) => `${s.key === 'ite-judgements' ? '' : s.heading} ${sectionText(s)}`)
    .join(' ')
    .replace(/Key to judgements:.*?inadequate\.?/i, ' ');
  const table = readGradeTable(
    tableText,
    {
      rows: [
        ['Overall effectiveness', /Overall effectiveness(?: How well does the partnership secure)?/],
        ['The outcomes for trainees', /The outcomes for trainees/i],
        ['The quality of training across the partnership', /The quality of training(?: across the partnership)?/i],
        ['The quality of leadership and management across the partnership', /The quality of leadership and management(?: across the partnership)?/i],
      ],
      cell: /(?<![\w.-])[1-4](?![\w.-])/,
      phase: PHASE_COLUMN_RE,
    },
    diagnostics,
  );
  if (table.grades.length === 0) diagnostics.push({ code: 'grade-table-missing', severity: 'warning', message: 'could not read the judgement table' });

  // Phase blocks: "The primary phase", "The secondary phase"… (or the whole report when there are none).
  const afterTable = sections.slice(tableStart >= 0 ? tableStart + tableSections.length : 1);
  const phaseHeads = afterTable.filter((s) => s.key === 'ite-phase');
  const multi = phaseHeads.length > 1;
  let currentPhase = '';
  const strengths: string[] = [];
  const areasForImprovement: string[] = [];
  const judgementSections: Section[] = [];
  const phaseOf = new Map<Section, string>();
  const team: string[] = [];
  const phaseGrades: Array<{ phase: string | null; grade: string }> = [];
  const details: Record<string, string> = {};
  for (const s of afterTable) {
    if (s.key === 'ite-phase') currentPhase = s.heading;
    if (s.key === 'ite-annex' || s.key === 'ite-details' || s.key === 'ite-boilerplate') currentPhase = '';
    phaseOf.set(s, currentPhase);
    if (!hasContent(s)) continue;
    if (s.key === 'ite-strengths') strengths.push(...parseList(s.lines).items);
    else if (s.key === 'ite-improve') areasForImprovement.push(...parseList(s.lines).items);
    else if (s.key === 'ite-judgements') judgementSections.push(s);
    else if (s.key === 'ite-team') team.push(...s.lines.map((l) => squash(l.text)).filter(Boolean));
    else if (s.key === 'ite-overall') {
      const g = /Grade:?\s*([1-4])\b/.exec(sectionText(s));
      if (g) phaseGrades.push({ phase: phaseName(currentPhase), grade: g[1] });
    } else if (s.key === 'ite-partnership-info') {
      const { items, intro } = parseList(s.lines);
      const name = multi && currentPhase ? `Information about the partnership (${phaseName(currentPhase)})` : 'Information about the partnership';
      details[name] = items.length ? items.join(' ') : intro;
    }
  }
  const paragraphs = numberedParagraphs(judgementSections, (s) => (multi && phaseOf.get(s) ? `${phaseOf.get(s)}: ${s.heading}` : s.heading), diagnostics);
  if (paragraphs.length === 0) diagnostics.push({ code: 'paragraphs-missing', severity: 'warning', message: 'no numbered judgement paragraphs found' });
  if (strengths.length === 0) diagnostics.push({ code: 'strengths-missing', severity: 'warning', message: 'no key strengths found' });

  const detailsSection = sections.find((s) => s.key === 'ite-details' && hasContent(s));
  if (detailsSection) Object.assign(details, readLabelled(withoutBoilerplate(sectionText(detailsSection)), DETAIL_LABELS));
  // no readable judgement table: each phase's "Overall effectiveness  Grade: 1" still gives its grade
  if (table.grades.length === 0 && phaseGrades.length > 0) {
    for (const g of phaseGrades) table.grades.push({ judgement: 'Overall effectiveness', phase: multi ? g.phase : null, grade: g.grade });
    diagnostics.push({ code: 'grades-from-phase-sections', severity: 'info', message: 'overall effectiveness grades taken from the phase sections' });
  }
  // the table and each phase section print the overall grade twice; say so when they disagree
  for (const g of phaseGrades) {
    const inTable = table.grades.find(
      (t) => t.judgement === 'Overall effectiveness' && (t.phase === null || (g.phase !== null && t.phase.toLowerCase().startsWith(g.phase.toLowerCase()))),
    );
    if (inTable && inTable.grade !== g.grade && (multi || table.phases.length <= 1)) {
      diagnostics.push({ code: 'grade-mismatch', severity: 'warning', message: `overall effectiveness is ${inTable.grade} in the judgement table but ${g.grade} in the ${g.phase ?? 'phase'} section` });
    }
  }
  if (team.length && !details['Inspection team']) details['Inspection team'] = team.join('; ');

  const datesText = /Inspection dates?:?\s*(.{0,90})/i.exec(preamble)?.[1] ?? '';
  let inspectionDates = extractDates(datesText);
  if (inspectionDates.length === 0) inspectionDates = extractDates(details['Inspection dates'] ?? '');
  if (inspectionDates.length === 0) diagnostics.push({ code: 'dates-missing', severity: 'warning', message: 'could not find the inspection dates' });

  let phases = table.phases;
  if (phases.length === 0 && details['Phases provided']) phases = details['Phases provided'].split(/,\s*|\s+and\s+/).map(squash).filter(Boolean);

  const overall = table.grades.filter((g) => g.judgement === 'Overall effectiveness');
  const overallGrade = overall.length > 0 && overall.every((g) => g.grade === overall[0].grade) ? overall[0].grade : null;

  const allText = paragraphs.map((p) => p.text).join(' ');
  const compliance = sentenceMatching(allText, COMPLIANCE_RE);
  const providerType = normaliseProviderType(details['Type of ITE partnership']) ?? normaliseProviderType(/\b(SCITT|school-centred)\b/i.exec(provider)?.[1]);
  if (providerType) details['Provider type'] = providerType;

  return {
    framework: 'ite-2015',
    title,
    provider,
    inspectorate: findInspectorate(`${preamble} ${details['Lead inspector'] ?? ''}`) ?? 'Ofsted',
    providerType,
    inspectionDates,
    phases,
    grades: table.grades,
    overallGrade,
    compliance,
    strengths,
    areasForImprovement,
    paragraphs,
    details,
  };
}

/** "The early years phase" → "Early years". */
function phaseName(heading: string): string | null {
  const m = /^The (.+?) phase$/.exec(heading);
  return m ? m[1][0].toUpperCase() + m[1].slice(1) : null;
}
