import type { Diagnostic, JudgementParagraph, Report } from '../../schemas/index.js';
import { squash } from '../lines.js';
import { findInspectorate, normaliseProviderType, readGradeTable, readLabelled, sentenceMatching, withoutBoilerplate } from './common.js';
import { extractDates } from './dates.js';
import { COMPLIANCE_RE, DETAIL_LABELS } from './ite2015.js';
import { parseList } from './lists.js';
import { hasContent, proseParagraphs, sectionText, type Section } from './sections.js';

type ReportBody = Omit<Report, 'kind' | 'source' | 'diagnostics'>;

const TITLE_RE = /Initial teacher education \(ITE\) inspection report|Initial teacher education inspection report|ITE inspection report/i;
const GRADE_WORD = /\b(?:Outstanding|Good|Requires improvement|Inadequate|Not previously inspected)\b/;
const PHASE_COLUMN_RE = /(?:Early years(?: ITT| ITE)?|Primary|Secondary|Further education(?: and skills)?|FE)(?: age-phase| phase| ITE| QTS)?/;
// phase headings are not among them: a flattened table header ("Primary age-phase Secondary
// age-phase") reads as phase headings, and the table must not end there
const FIRST_BODY_KEYS = new Set(['ite20-like', 'ite20-well', 'ite20-improve', 'ite20-info-provider', 'ite20-info-inspection', 'ite20-info-phase']);

/**
 * An Ofsted ITE report under the 2020 framework (reports 2021–2025): a grade table per phase on
 * outstanding / good / requires improvement / inadequate, "What is it like to be a trainee…",
 * per-phase "What does the ITE partnership do well…" prose and "…need to do to improve?" lists.
 * Its judgement paragraphs are not numbered in print; they are numbered here in reading order.
 */
export function parseIte2020Report(sections: Section[], diagnostics: Diagnostic[]): ReportBody {
  const preamble = sectionText(sections[0]);
  const titleMatch = TITLE_RE.exec(preamble);
  const title = titleMatch ? squash(titleMatch[0]) : 'Initial teacher education (ITE) inspection report';
  let provider = titleMatch ? squash(preamble.slice(0, titleMatch.index)) : '';
  if (!provider) provider = /Inspection of (.{3,120}?)(?= Inspection dates| [A-Z][a-z]+ Road|,|$)/.exec(preamble)?.[1] ?? '';
  provider = provider.replace(/^Inspection of\s+/i, '');
  if (!provider) diagnostics.push({ code: 'provider-missing', severity: 'warning', message: 'could not find the provider name' });

  // The grade table sits before the first body heading (or under "Inspection judgements").
  const bodyStart = sections.findIndex((s, i) => i > 0 && FIRST_BODY_KEYS.has(s.key));
  const head = sections.slice(0, bodyStart > 0 ? bodyStart : sections.length);
  const headText = head.map((s, i) => (i === 0 ? sectionText(s).slice(titleMatch ? titleMatch.index : 0) : `${s.heading} ${sectionText(s)}`)).join(' ');
  const tableText = headText.slice(Math.max(0, headText.search(/Overall effectiveness/) - 200));
  const table = readGradeTable(
    tableText.replace(/Inspection dates?:?.*?\d{4}(?:\s*(?:-|–|to|and)\s*[^A-Z]*\d{4})?/, ' '),
    {
      rows: [
        ['Overall effectiveness', /Overall effectiveness/],
        ['The quality of education and training', /The quality of education and training/i],
        ['Leadership and management', /Leadership and management/i],
        ['Previous inspection grade', /Previous (?:full )?inspection (?:grade|judgement)/i],
      ],
      cell: GRADE_WORD,
      phase: PHASE_COLUMN_RE,
    },
    diagnostics,
  );
  const previous = table.grades.filter((g) => g.judgement === 'Previous inspection grade');
  const grades = table.grades.filter((g) => g.judgement !== 'Previous inspection grade');
  if (grades.length === 0) diagnostics.push({ code: 'grade-table-missing', severity: 'warning', message: 'could not read the judgement table' });

  let phase = '';
  const areasForImprovement: string[] = [];
  const paragraphs: JudgementParagraph[] = [];
  const phaseHeads = sections.filter((s) => s.key === 'ite20-phase');
  const multi = phaseHeads.length > 1;
  let like = '';
  for (const s of sections) {
    if (s.key === 'ite20-phase') phase = s.heading.replace(/ report$/, '');
    if (!hasContent(s)) continue;
    if (s.key === 'ite20-like' && !like) like = sectionText(s);
    if (s.key === 'ite20-improve' || s.key === 'ite20-info-authority') {
      const items = parseList(s.lines).items;
      areasForImprovement.push(...items.map((i) => (multi && phase ? `${i}` : i)));
    }
    if (s.key === 'ite20-well') {
      for (const p of proseParagraphs(s.lines)) {
        paragraphs.push({ number: paragraphs.length + 1, section: multi && phase ? `${phase}: ${s.heading}` : s.heading, text: p.text });
      }
    }
  }
  if (paragraphs.length) diagnostics.push({ code: 'paragraphs-unnumbered', severity: 'info', message: 'this report shape has no printed paragraph numbers; paragraphs are numbered in reading order' });
  else diagnostics.push({ code: 'paragraphs-missing', severity: 'warning', message: 'no judgement paragraphs found' });
  diagnostics.push({ code: 'strengths-not-listed', severity: 'info', message: 'ITE 2020-framework reports have no summary list of strengths' });

  const detailsSection = sections.find((s) => s.key === 'ite-details' && hasContent(s));
  const details = detailsSection ? readLabelled(withoutBoilerplate(sectionText(detailsSection)), DETAIL_LABELS) : {};
  for (const p of previous) details[p.phase ? `Previous inspection grade (${p.phase})` : 'Previous inspection grade'] = p.grade;
  if (like) details['What is it like to be a trainee'] = like;
  const datesText = /Inspection dates?:?\s*(.{0,90})/i.exec(preamble)?.[1] ?? details['Inspection dates'] ?? '';
  const inspectionDates = extractDates(datesText);
  if (inspectionDates.length === 0) diagnostics.push({ code: 'dates-missing', severity: 'warning', message: 'could not find the inspection dates' });

  let phases = [...new Set(grades.map((g) => g.phase).filter((p): p is string => Boolean(p)))];
  if (phases.length === 0) phases = table.phases.length ? table.phases : [...new Set(phaseHeads.map((s) => s.heading.replace(/ (?:age-)?phase(?: report)?$/, '')))];
  if (phases.length === 0 && details['Phases provided']) phases = details['Phases provided'].split(/,\s*|\s+and\s+/).map(squash).filter(Boolean);

  const overall = grades.filter((g) => g.judgement === 'Overall effectiveness');
  const overallGrade = overall.length > 0 && overall.every((g) => g.grade === overall[0].grade) ? overall[0].grade : null;
  const allText = sections.map((s) => sectionText(s)).join(' ');
  const compliance = sentenceMatching(allText, COMPLIANCE_RE);
  const providerType = normaliseProviderType(details['Type of ITE partnership']) ?? normaliseProviderType(/\b(SCITT|school-centred)\b/i.exec(provider)?.[1]);
  if (providerType) details['Provider type'] = providerType;

  return {
    framework: 'ite-2020',
    title,
    provider,
    inspectorate: findInspectorate(allText) ?? 'Ofsted',
    providerType,
    inspectionDates,
    phases,
    grades,
    overallGrade,
    compliance,
    strengths: [],
    areasForImprovement,
    paragraphs,
    details,
  };
}
