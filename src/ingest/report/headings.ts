/**
 * Section headings of the report shapes Drafter reads, as patterns. Each is matched against a
 * whole line (line mode) or searched for inside a flattened text (to put the line breaks back),
 * so patterns are case-sensitive and specific enough not to fire inside ordinary sentences.
 */
/** Phase names as they sit inside a heading ("Key strengths of the primary partnership"). */
export const PHASE_WORDS = String.raw`(?:early years(?: ITT| ITE)?|primary(?: and secondary)?|secondary|further education(?: and skills)?|FE|post-16|middle years|School Direct)`;
/** Phase names opening a heading ("Primary phase report"). */
export const PHASE_WORDS_CAP = String.raw`(?:Early years(?: ITT| ITE)?|Primary(?: and secondary)?|Secondary|Further education(?: and skills)?|FE|Post-16|Middle years)`;
const PW = PHASE_WORDS;
const PC = PHASE_WORDS_CAP;

export interface HeadingDef {
  key: string;
  source: string;
  /** Searched for inside flattened text too. Off for one-word headings ("Leadership") that open ordinary sentences. */
  inline: boolean;
}

const h = (key: string, source: string, inline = true): HeadingDef => ({ key, source, inline });

export const HEADINGS: HeadingDef[] = [
  // iQTS (ISI / Penta reports)
  h('iqts-summary', String.raw`Summary of (?:the )?iQTS inspection and grading`),
  h('iqts-purpose', String.raw`Purpose of (?:the )?iQTS inspection`),
  h('iqts-information', String.raw`Information about this iQTS provider`),
  h('iqts-in-person', String.raw`In-person inspection activities`),
  h('iqts-remote', String.raw`Remote inspection activities`),
  h('iqts-findings', String.raw`Summary of (?:the )?inspection findings`),
  h('strengths', String.raw`Areas? of strength`),
  h('improvements', String.raw`Areas? (?:identified )?for (?:improvement|development)`),
  // one-word variants (final-framework or other inspectorates' templates), whole lines only
  h('strengths', String.raw`(?:Key )?[Ss]trengths`, false),
  h('improvements', String.raw`Recommendations(?: for improvement)?|Areas? to improve`, false),
  h('iqts-compliance', String.raw`Compliance of (?:the )?provision with (?:the )?iQTS criteria`),
  h('leadership-and-management', String.raw`Quality of leadership and management`),
  h('programme-design-and-delivery', String.raw`Quality of (?:the )?programme (?:delivery and design|design and delivery|design|delivery)`),
  h('next-steps', String.raw`Next steps`),
  h('contact', String.raw`Contact us`),
  h('glossary', String.raw`Glossary(?: of terms)?`),
  h('annex-gradings', String.raw`Annex A: (?:Inspection )?gradings`),
  // Ofsted ITE, 2015 handbook
  h('ite-judgements', String.raw`Inspection judgements`),
  h('ite-phase', String.raw`The ${PW} phase`),
  h('ite-partnership-info', String.raw`Information about the (?:${PW} )?(?:ITE )?partnership`),
  h('ite-inspection-info', String.raw`Information about the (?:${PW} )?ITE inspection`),
  h('ite-team', String.raw`Inspection team`),
  h('ite-overall', String.raw`Overall effectiveness`),
  h('ite-strengths', String.raw`Key strengths of the (?:${PW} )?partnership`),
  h('ite-improve', String.raw`What does the (?:${PW} )?(?:ITE )?partnership need to do to improve(?: further)?\?`),
  h('ite-annex', String.raw`Annex: (?:[Pp]artnership|[Pp]artner) schools`),
  h('ite-details', String.raw`(?:ITE|Initial teacher education) (?:partnership|provider) details`),
  h('ite-boilerplate', String.raw`The Office for Standards in Education, Children's Services and Skills \(Ofsted\)`),
  // Ofsted ITE, 2020 framework
  h('ite20-like', String.raw`What is it like to be a trainee (?:at|with) this (?:ITE )?(?:provider|partnership)\?`),
  h('ite20-well', String.raw`What does the (?:ITE )?(?:provider|partnership) do well and what does it need to do better\?`),
  h('ite20-improve', String.raw`What does the (?:ITE )?(?:provider|partnership) need to do to improve\?`),
  h('ite20-phase', String.raw`${PC}(?: age-phase| phase)(?: report)?`),
  h('ite20-info-provider', String.raw`Information about this (?:ITE )?(?:provider|partnership)`),
  h('ite20-info-phase', String.raw`Information about the ${PW}(?: age-phase| phase)`),
  h('ite20-info-inspection', String.raw`Information about this inspection`),
  h('ite20-info-authority', String.raw`\(Information for the (?:ITE )?(?:provider|partnership) and appropriate authority\)`),
  // Ofsted ITE, renewed framework (report cards, from January 2026): evaluation areas as headings
  h('ite25-area', String.raw`Inclusion|Curriculum, teaching and training|Achievement|Professional behaviours, personal development and well-being|Leadership(?: and governance)?`, false),
  h('ite25-compliance', String.raw`Compliance,? including safeguarding`, false),
  h('ite25-report-card', String.raw`Report card|Inspection grades|Inspection outcomes`, false),
  h('ite25-improve', String.raw`What does the (?:ITE )?(?:provider|partnership) need to do to improve\??|What the (?:ITE )?(?:provider|partnership) needs to do to improve`),
  h('ite25-details', String.raw`Provider details`),
  // the report shape Drafter drafts for the renewed framework (templates/ite-2025): read back for review
  h('ite25-summary', String.raw`Summary of grades`, false),
  h('ite25-about', String.raw`About this provider`, false),
  h('ite25-activities', String.raw`Inspection activities`, false),
  h('ite25-well', String.raw`What the (?:ITE )?(?:provider|partnership) does well`, false),
  h(
    'ite25-area-recommendations',
    String.raw`Recommendations: (?:[Ii]nclusion|[Cc]urriculum, teaching and training|[Aa]chievement|[Pp]rofessional behaviours, personal development and well-being|[Ll]eadership(?: and governance)?|[Cc]ompliance,? including safeguarding)`,
    false,
  ),
  h('ite25-annex', String.raw`Annex A: Grade scale`, false),
];

const anchored = HEADINGS.map((d) => ({ key: d.key, re: new RegExp(`^(?:${d.source})$`) }));

/** The heading key when a whole line is a known heading, otherwise null. */
export function headingKey(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/:$/, '');
  for (const d of anchored) if (d.re.test(t)) return d.key;
  return null;
}

export function isHeading(text: string): boolean {
  return headingKey(text) !== null;
}

/** One regex finding any heading inside running text (flattened reports). */
export const ANY_HEADING_RE = new RegExp(
  HEADINGS.filter((d) => d.inline)
    .map((d) => `(?:${d.source})`)
    .join('|'),
  'g',
);
