import type { Diagnostic, Report } from '../../schemas/index.js';
import { squash } from '../lines.js';
import { normaliseProviderType, findInspectorate, sentenceMatching } from './common.js';
import { extractDates } from './dates.js';
import { parseList } from './lists.js';
import { numberedParagraphs } from './paragraphs.js';
import { findSection, hasContent, sectionText, type Section } from './sections.js';

type ReportBody = Omit<Report, 'kind' | 'source' | 'diagnostics'>;

const TITLE_RE = /International qualified teacher status \(iQTS\):?\s*(?:pilot )?inspection report|iQTS (?:pilot )?inspection report/i;

/** An iQTS inspection report (ISI / Penta, DfE template: seed 000). */
export function parseIqtsReport(sections: Section[], diagnostics: Diagnostic[]): ReportBody {
  const preamble = sectionText(sections[0]);
  const summary = sectionText(findSection(sections, 'iqts-summary'));
  const information = sectionText(findSection(sections, 'iqts-information'));
  const all = sections.map((s) => `${s.heading} ${sectionText(s)}`).join(' ');

  // The provider's name sits between the title and "Inspection dates". A running header that
  // also says "iQTS inspection report" may come first, so the title nearest the dates counts.
  const head = preamble.split(/Inspection dates?:?/i)[0];
  const titles = [...head.matchAll(new RegExp(TITLE_RE.source, 'gi'))];
  const titleMatch = titles.at(-1) ?? TITLE_RE.exec(all);
  const fullTitle = titles.find((m) => /International qualified teacher status/i.test(m[0]));
  const title = squash((fullTitle ?? titleMatch)?.[0] ?? 'iQTS inspection report');

  let provider = '';
  if (titleMatch && titles.length > 0) provider = squash(head.slice(titleMatch.index! + titleMatch[0].length));
  if (!provider) provider = /(?:^|\.\s+)(?:The\s+)?(.{3,120}?) (?:was|were) inspected by/i.exec(summary)?.[1] ?? '';
  if (!provider) {
    diagnostics.push({ code: 'provider-missing', severity: 'warning', message: 'could not find the provider name' });
  }
  provider = provider.replace(/^the\s+(?=University)/i, '').trim();

  const datesText = /Inspection dates?:?\s*(.{0,80})/i.exec(preamble)?.[1] ?? '';
  let inspectionDates = extractDates(datesText);
  if (inspectionDates.length === 0) inspectionDates = extractDates(/took place (?:between|from|on) (.{0,60})/i.exec(summary)?.[1] ?? '');
  if (inspectionDates.length === 0) diagnostics.push({ code: 'dates-missing', severity: 'warning', message: 'could not find the inspection dates' });

  const gradeMatch = /provision to be:?\s*(Grade\s*[1-4])/i.exec(summary) ?? /\b(Grade\s*[1-4])\b/.exec(summary);
  const overallGrade = gradeMatch ? squash(gradeMatch[1]).replace(/^grade/i, 'Grade') : null;
  if (!overallGrade) diagnostics.push({ code: 'grade-missing', severity: 'warning', message: 'could not find the overall grade' });
  const descriptor = gradeMatch ? squash(summary.slice(summary.indexOf(gradeMatch[0]) + gradeMatch[0].length)) : '';

  // the statement is the text before any numbered paragraphs (a non-compliant report numbers its reasons)
  const complianceLines = findSection(sections, 'iqts-compliance')?.lines ?? [];
  const firstNumbered = complianceLines.findIndex((l) => /^\s*\d{1,3}[.)]\s/.test(l.text));
  const complianceIntro = squash(complianceLines.slice(0, firstNumbered < 0 ? undefined : firstNumbered).map((l) => l.text).join(' '));
  const compliance =
    sentenceMatching(complianceIntro, /complian|comply/i) ?? sentenceMatching(summary, /(?:is|are|not) compliant with the iQTS criteria/i);

  const strengthsSection = findSection(sections, 'strengths');
  const improvementsSection = findSection(sections, 'improvements');
  const strengths = strengthsSection ? parseList(strengthsSection.lines).items : [];
  const areasForImprovement = improvementsSection ? parseList(improvementsSection.lines).items : [];
  if (!strengthsSection) diagnostics.push({ code: 'strengths-missing', severity: 'warning', message: 'no "Area of strength" section' });
  if (!improvementsSection) diagnostics.push({ code: 'improvements-missing', severity: 'info', message: 'no "Areas identified for improvement" section' });

  const judgementSections = sections.filter(
    (s) => (s.key === 'iqts-compliance' || s.key === 'leadership-and-management' || s.key === 'programme-design-and-delivery') && hasContent(s),
  );
  const paragraphs = numberedParagraphs(judgementSections, (s) => s.heading, diagnostics);
  if (paragraphs.length === 0) diagnostics.push({ code: 'paragraphs-missing', severity: 'warning', message: 'no numbered judgement paragraphs found' });

  const phases = detectPhases(information || all);
  const stated = /\b(SCITT|school-centred initial teacher training|higher education institution|school-led)\b/i.exec(information)?.[1];
  let providerType = normaliseProviderType(stated);
  if (!providerType && /\buniversity\b/i.test(provider)) {
    providerType = 'HEI';
    diagnostics.push({ code: 'provider-type-inferred', severity: 'info', message: 'provider type HEI inferred from the provider name' });
  }

  const details: Record<string, string> = {};
  if (datesText) details['Inspection dates'] = squash(/^.*?\d{4}/.exec(datesText)?.[0] ?? datesText);
  if (descriptor) details['Grade descriptor'] = descriptor;
  const inPerson = findSection(sections, 'iqts-in-person');
  if (inPerson) details['In-person inspection activities'] = listOrText(inPerson);
  const remote = findSection(sections, 'iqts-remote');
  if (remote) details['Remote inspection activities'] = listOrText(remote);
  const infoSection = findSection(sections, 'iqts-information');
  if (infoSection) {
    const countries = parseList(infoSection.lines).items.filter((i) => i.split(' ').length <= 6);
    if (countries.length) details['Countries'] = countries.join('; ');
    const trainees = /A total of ([\w-]+) iQTS trainees?/i.exec(information)?.[1];
    if (trainees) details['Trainees'] = trainees;
  }
  if (providerType) details['Provider type'] = providerType;

  return {
    framework: 'iqts',
    title,
    provider,
    inspectorate: findInspectorate(preamble) ?? findInspectorate(summary),
    providerType,
    inspectionDates,
    phases,
    grades: overallGrade ? [{ judgement: 'Overall grade', phase: null, grade: overallGrade }] : [],
    overallGrade,
    compliance,
    strengths,
    areasForImprovement,
    paragraphs,
    details,
  };
}

function listOrText(section: Section): string {
  const { intro, items } = parseList(section.lines);
  return items.length ? `${intro ? `${intro} ` : ''}${items.join('; ')}` : squash(intro || sectionText(section));
}

/** Phases an iQTS programme covers, from "the primary iQTS programme", "primary phase". */
export function detectPhases(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(early years|primary|secondary|middle years)\b(?=(?: and (?:primary|secondary))? (?:iQTS |QTS )?(?:programme|phase|course|training|route))/gi)) {
    found.add(m[1][0].toUpperCase() + m[1].slice(1).toLowerCase());
  }
  const order = ['Early years', 'Primary', 'Middle years', 'Secondary'];
  return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
