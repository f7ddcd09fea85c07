import type { Diagnostic, GradeEntry, JudgementParagraph, Report } from '../../schemas/index.js';
import { squash } from '../lines.js';
import { findInspectorate, KNOWN_INSPECTORATES, normaliseProviderType, readLabelled, sentenceMatching, withoutBoilerplate } from './common.js';
import { extractDates } from './dates.js';
import { COMPLIANCE_RE, DETAIL_LABELS } from './ite2015.js';
import { parseList } from './lists.js';
import { hasContent, proseParagraphs, sectionText, type Section } from './sections.js';

type ReportBody = Omit<Report, 'kind' | 'source' | 'diagnostics'>;

/** The renewed framework's scale, best first, as printed. */
export const SCALE_RE = /\b(Exceptional|Strong standard|Expected standard|Needs attention|Urgent improvement)\b/i;
const AREAS: Array<[string, RegExp]> = [
  ['Inclusion', /\bInclusion\b/],
  ['Curriculum, teaching and training', /\bCurriculum, teaching and training\b/],
  ['Achievement', /\bAchievement\b/],
  ['Professional behaviours, personal development and well-being', /\bProfessional behaviours, personal development and well-being\b/],
  ['Leadership', /\bLeadership(?: and governance)?\b/],
];
const COMPLIANCE_LABEL = /\bCompliance,? including safeguarding\b/i;
const TITLE_RE = /Initial teacher education \(ITE\) inspection report|Initial teacher education inspection report|ITE inspection report|ITE report card/i;

/** True when text reads as a renewed-framework report card: several areas each with a scale grade. */
export function looksLikeIte2025Report(text: string): boolean {
  const scaleWords = new Set((text.match(new RegExp(SCALE_RE.source, 'gi')) ?? []).map((w) => w.toLowerCase()));
  const areas = AREAS.filter(([, re]) => re.test(text)).length;
  return scaleWords.size >= 2 && areas >= 3;
}

/**
 * An Ofsted ITE report under the renewed framework (toolkit in use from January 2026): a grade on
 * the five-point scale for each evaluation area, compliance including safeguarding met / not met,
 * narrative per area (numbered here in reading order) and the improvement points.
 */
export function parseIte2025Report(sections: Section[], diagnostics: Diagnostic[]): ReportBody {
  const preamble = sectionText(sections[0]);
  const titleMatch = TITLE_RE.exec(preamble);
  const title = titleMatch ? squash(titleMatch[0]) : 'Initial teacher education (ITE) inspection report';
  // The provider's name comes before the title in Ofsted's report cards; a draft from Drafter puts
  // the inspectorate's name there and the provider after the title, before the dates.
  const before = titleMatch ? squash(preamble.slice(0, titleMatch.index)) : '';
  const after = titleMatch ? squash(preamble.slice(titleMatch.index + titleMatch[0].length).split(/Inspection dates?\b/i)[0]) : '';
  const provider = before && !isInspectorateName(before) ? before : after && after.length <= 150 ? after : before;
  if (!provider) diagnostics.push({ code: 'provider-missing', severity: 'warning', message: 'could not find the provider name' });
  const all = sections.map((s) => `${s.heading} ${sectionText(s)}`).join(' ');

  // Each area's grade is the first scale phrase after the area's first mention (the report card,
  // or the area heading when there is no card).
  const grades: GradeEntry[] = [];
  for (const [name, re] of AREAS) {
    const m = re.exec(all);
    if (!m) continue;
    const after = all.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const g = new RegExp(`^\\s*:?\\s*(?:Grade:?\\s*)?${SCALE_RE.source}`, 'i').exec(after);
    if (g) grades.push({ judgement: name, phase: null, grade: capitalise(g[1]) });
    else diagnostics.push({ code: 'grade-missing', severity: 'warning', message: `no grade found for ${name}` });
  }
  // the first mention followed by the judgement (a summary sentence may name the label first)
  const complianceGrade = [...all.matchAll(new RegExp(COMPLIANCE_LABEL.source, 'gi'))]
    .map((m) => /^\s*:?\s*(Not met|Met)\b/i.exec(all.slice(m.index + m[0].length))?.[1])
    .find(Boolean);
  if (complianceGrade) grades.push({ judgement: 'Compliance, including safeguarding', phase: null, grade: capitalise(complianceGrade) });

  const paragraphs: JudgementParagraph[] = [];
  const areasForImprovement: string[] = [];
  const strengths: string[] = [];
  let like = '';
  let about = '';
  let complianceText = '';
  // Printed paragraph numbers (Drafter's drafts number them; Ofsted's cards do not): when there are
  // any, the numbered paragraphs are the judgement paragraphs and an area's opening grade statement
  // is not one of them.
  const numbered = sections.some((s) => s.key === 'ite25-area' && s.lines.some((l) => NUMBERED_RE.test(l.text)));
  for (const s of sections) {
    if (!hasContent(s)) continue;
    if (s.key === 'ite25-area') {
      for (const p of proseParagraphs(s.lines)) {
        if (/^Grade:/i.test(p.text)) continue;
        const n = NUMBERED_RE.exec(p.text);
        if (numbered) {
          if (n) paragraphs.push({ number: Number(n[1]), section: s.heading, text: p.text.slice(n[0].length).trim() });
          continue;
        }
        const text = p.text.replace(new RegExp(`^${SCALE_RE.source}\\s*`, 'i'), '').trim();
        if (text.split(' ').length >= 6) paragraphs.push({ number: paragraphs.length + 1, section: s.heading, text });
      }
    } else if (s.key === 'ite25-compliance') {
      complianceText = sectionText(s).replace(/^(?:Not met|Met)\b(?:\s*\(suggested\))?\s*/i, '');
    } else if (s.key === 'ite20-improve' || s.key === 'ite25-improve' || s.key === 'improvements' || s.key === 'ite20-info-authority' || s.key === 'ite25-area-recommendations') {
      for (const item of parseList(s.lines).items) if (!areasForImprovement.includes(item)) areasForImprovement.push(item);
    } else if (s.key === 'ite25-well' || s.key === 'strengths') {
      strengths.push(...parseList(s.lines).items);
    } else if (s.key === 'ite25-about' && !about) about = sectionText(s);
    else if (s.key === 'ite20-like' && !like) like = sectionText(s);
  }
  if (paragraphs.length && !numbered) {
    diagnostics.push({ code: 'paragraphs-unnumbered', severity: 'info', message: 'this report shape has no printed paragraph numbers; paragraphs are numbered in reading order' });
  } else if (!paragraphs.length) diagnostics.push({ code: 'paragraphs-missing', severity: 'warning', message: 'no narrative found under the evaluation areas' });

  const detailsSection = sections.find((s) => (s.key === 'ite25-details' || s.key === 'ite-details') && hasContent(s));
  const details = detailsSection ? readLabelled(withoutBoilerplate(sectionText(detailsSection)), DETAIL_LABELS) : {};
  if (like) details['What is it like to be a trainee'] = like;
  if (about) details['About this provider'] = about;
  const datesText = /Inspection dates?:?\s*(.{0,90})/i.exec(preamble)?.[1] ?? details['Inspection dates'] ?? '';
  const inspectionDates = extractDates(datesText);
  if (inspectionDates.length === 0) diagnostics.push({ code: 'dates-missing', severity: 'warning', message: 'could not find the inspection dates' });
  const phases = details['Phases provided'] ? details['Phases provided'].split(/,\s*|\s+and\s+/).map(squash).filter(Boolean) : [];
  const providerType = normaliseProviderType(details['Type of ITE partnership']) ?? normaliseProviderType(/\b(SCITT|school-centred)\b/i.exec(provider)?.[1]);
  if (providerType) details['Provider type'] = providerType;

  return {
    framework: 'ite-2025',
    title,
    provider,
    inspectorate: findInspectorate(all) ?? 'Ofsted',
    providerType,
    inspectionDates,
    phases,
    grades,
    overallGrade: null,
    compliance: sentenceMatching(complianceText, COMPLIANCE_RE) ?? (complianceText ? sentenceMatching(complianceText, /./) : null),
    strengths,
    areasForImprovement,
    paragraphs,
    details,
  };
}

const NUMBERED_RE = /^(\d{1,3})[.)]\s+/;

/** True when the text before the title is only an inspectorate's name ("Ofsted"), not a provider. */
function isInspectorateName(text: string): boolean {
  return text.length <= 60 && KNOWN_INSPECTORATES.some(([re]) => new RegExp(`^(?:${re.source})$`, re.flags).test(text));
}

function capitalise(s: string): string {
  const t = squash(s).toLowerCase();
  return t[0].toUpperCase() + t.slice(1);
}
