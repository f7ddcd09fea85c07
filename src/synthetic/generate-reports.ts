import { createHash } from 'node:crypto';
import { DrafterError } from '../errors.js';
import { FrameworkId, Report, type GradeEntry, type JudgementParagraph } from '../schemas/index.js';
import { Prng } from '../prng.js';
import { PROFILES, TOOLKIT_AREA, type FrameworkProfile, type PhaseKey, type ProviderType } from './profiles.js';
import { PLANTED, SLOT_VALUES, THEMES, type Theme } from './themes.js';

export interface GenerateOptions {
  /** Same seed, same reports, on any machine. */
  seed?: number | string;
  /** Frameworks to draw from (all four by default). */
  frameworks?: FrameworkId[];
  /** Relative share of each framework (default weights roughly follow how many reports each era has). */
  frameworkWeights?: Partial<Record<FrameworkId, number>>;
  /** Only these calendar years (intersected with each framework's years in use). */
  years?: number[];
  /** Number the providers from here (default 1), to add to an existing synthetic corpus without clashes. */
  firstNumber?: number;
}

/** What the generator meant each summary point to be about: the ground truth for tests. */
export interface SyntheticTruth {
  strengths: string[];
  improvements: string[];
  providerType: ProviderType;
  year: number;
}

const DEFAULT_WEIGHTS: Record<FrameworkId, number> = { iqts: 0.2, 'ite-2015': 0.25, 'ite-2020': 0.4, 'ite-2025': 0.15 };
/** The latest month synthetic inspections are dated in (fixed, so output does not depend on the clock). */
const LAST_MONTH = { year: 2026, month: 10 };
const QUALIFIERS = [', particularly in {subject}', ', especially during the main placement', ', particularly for trainees in the {phase} phase'];
const CONSEQUENCES = [
  'As a result, the quality of support that trainees receive is not always high.',
  'This limits the ability of leaders to assure themselves of the quality of the trainee experience.',
  'As a result, leaders do not act quickly enough to address the issues.',
  'This means that some trainees are less well prepared than others.',
  '',
  '',
];

/**
 * Makes `count` synthetic inspection reports. Deterministic: report i depends only on (seed, i), so a
 * larger count extends a smaller one. Every report is marked `source.synthetic: true` and names a
 * provider "Synthetic Provider NNNN". Planted trends are in PLANTED (themes.ts).
 */
export function generateReports(count: number, options: GenerateOptions = {}): Report[] {
  return generateLabelledReports(count, options).map((item) => item.report);
}

/** As generateReports, with the themes each summary point was written from (for tests and evaluation). */
export function generateLabelledReports(count: number, options: GenerateOptions = {}): Array<{ report: Report; truth: SyntheticTruth }> {
  if (!Number.isInteger(count) || count < 0) {
    throw new DrafterError('invalid-argument', `Report count must be a whole number of 0 or more (got ${count}).`);
  }
  const seed = options.seed ?? 1;
  const frameworks = options.frameworks ?? FrameworkId.options;
  const choices = frameworks
    .map((id) => ({ profile: PROFILES[id], years: PROFILES[id].years.filter((year) => !options.years || options.years.includes(year)) }))
    .filter((choice) => choice.years.length > 0);
  if (choices.length === 0) {
    throw new DrafterError('invalid-argument', `No framework in ${frameworks.join(', ')} was in use in the years asked for.`, {
      hint: Object.values(PROFILES)
        .map((p) => `${p.id}: ${p.years[0]}–${p.years[p.years.length - 1]}`)
        .join('; '),
    });
  }
  const weights = { ...DEFAULT_WEIGHTS, ...options.frameworkWeights };
  const first = options.firstNumber ?? 1;
  const width = Math.max(4, String(first + count - 1).length);
  const out: Array<{ report: Report; truth: SyntheticTruth }> = [];
  for (let i = 0; i < count; i++) {
    const prng = new Prng(`${seed}:${first + i}`);
    const choice = prng.weighted(choices, (c) => weights[c.profile.id] ?? 0);
    out.push(makeReport(prng, choice.profile, prng.pick(choice.years), `Synthetic Provider ${String(first + i).padStart(width, '0')}`));
  }
  return out;
}

function makeReport(prng: Prng, profile: FrameworkProfile, year: number, provider: string): { report: Report; truth: SyntheticTruth } {
  const providerType = prng.weighted(profile.providerTypes, ([, w]) => w)[0];
  const inspectorate = prng.weighted(profile.inspectorates, ([, w]) => w)[0];
  const phaseKeys = pickPhases(prng, profile);
  const gradeIndex = profile.grades.indexOf(prng.weighted(profile.grades, ([, w]) => w));

  const eligible = THEMES.filter(
    (theme) =>
      (!theme.frameworks || theme.frameworks.includes(profile.id)) &&
      (!theme.phases || theme.phases.some((phase) => phaseKeys.includes(phase))),
  );
  const [minAfi, maxAfi] = profile.improvementCount[gradeIndex];
  const improvements = prng.sampleWeighted(eligible, prng.int(minAfi, maxAfi), (theme) => improvementWeight(theme, profile, year, providerType));
  const [minStr, maxStr] = profile.strengthCount[gradeIndex];
  const strengthPool = eligible.filter((theme) => !improvements.includes(theme));
  const strengths = prng.sampleWeighted(strengthPool, prng.int(minStr, maxStr), (theme) => Math.sqrt(theme.weight));

  const phaseWords = phaseKeys.map((key) => key.replace('-', ' '));
  const fill = (template: string) => fillSlots(template, prng, phaseWords);
  const strengthTexts = strengths.map((theme) => fill(prng.pick(theme.strengths)));
  // A qualifier on some shortfalls, as inspectors narrow them down: fewer word-for-word repeats across reports.
  const qualify = (template: string, final: string) =>
    fill(
      prng.chance(0.4) && !/\{(?:subject|S|phase)\}|placement|schools|partnership\b/i.test(template)
        ? template.replace(/\.?$/, `${prng.pick(QUALIFIERS)}${final}`)
        : template.replace(/\.?$/, final),
    );
  const issueTexts = improvements.map((theme) => qualify(prng.pick(theme.issues), '.'));
  const afiTexts = improvements.map((theme, k) => {
    const action = qualify(prng.pick(theme.actions), '');
    switch (profile.improvementStyle) {
      case 'issue':
        return issueTexts[k];
      case 'action':
        return action;
      case 'should-action-issue':
        return `Leaders should ${action}. ${issueTexts[k]}`;
    }
  });

  // Body: a paragraph behind every summary point, plus further strengths the summary leaves out.
  const extra = prng.sampleWeighted(
    strengthPool.filter((theme) => !strengths.includes(theme)),
    prng.int(3, 8),
    () => 1,
  );
  const drafts: Array<{ section: string; text: string }> = [
    ...strengths.map((theme, k) => ({ section: profile.sections[theme.area], text: `${strengthTexts[k]} ${fill(prng.pick(theme.strengthDetails))}` })),
    ...extra.map((theme) => ({
      section: profile.sections[theme.area],
      text: `${fill(prng.pick(theme.strengths))} ${fill(prng.pick(theme.strengthDetails))}`,
    })),
    ...improvements.map((theme, k) => ({
      section: profile.sections[theme.area],
      text: [fill(prng.pick(theme.weaknessOpenings)), `However, ${lowerFirst(issueTexts[k])}`, prng.pick(CONSEQUENCES)].filter(Boolean).join(' '),
    })),
  ];
  const sectionOrder = [...new Set(Object.values(profile.sections))];
  const paragraphs: JudgementParagraph[] = sectionOrder
    .flatMap((section) => prng.shuffle(drafts.filter((d) => d.section === section)))
    .map((d, k) => ({ number: k + 1, section: d.section, text: d.text }));

  const phases = phaseKeys.map((key) => profile.phases[key] as string);
  const { grades, overallGrade } = gradeTable(prng, profile, phases, gradeIndex, improvements);
  const inspectionDates = visitDates(prng, profile, year);
  const compliance = complianceText(profile, gradeIndex, prng);

  const body: Omit<Report, 'source'> = {
    kind: 'report',
    framework: profile.id,
    title: profile.title,
    provider,
    inspectorate,
    providerType,
    inspectionDates,
    phases,
    grades,
    overallGrade,
    compliance,
    strengths: strengthTexts,
    areasForImprovement: afiTexts,
    paragraphs,
    details: {
      'Type of provider': providerType,
      'Phases provided': phases.join(', '),
      Note: 'Synthetic report made by drafter generate; not a real inspection.',
    },
    diagnostics: [],
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const report = Report.parse({
    ...body,
    source: { file: `${provider.toLowerCase().replace(/\s+/g, '-')}.json`, hash, format: 'text', synthetic: true },
  });
  return {
    report,
    truth: { strengths: strengths.map((t) => t.id), improvements: improvements.map((t) => t.id), providerType, year },
  };
}

/** Base weight with the planted effects applied. */
function improvementWeight(theme: Theme, profile: FrameworkProfile, year: number, providerType: ProviderType): number {
  let weight = theme.weight;
  if (theme.id === PLANTED.risingByYear) {
    // From a quarter to 2.75 times its base weight across the framework's years (the last year only, if it has one).
    const [first, last] = [profile.years[0], profile.years[profile.years.length - 1]];
    const t = last > first ? (year - first) / (last - first) : 1;
    weight *= 0.25 + 2.5 * t;
  }
  if (theme.id === PLANTED.byProviderType.theme && providerType === PLANTED.byProviderType.providerType) {
    weight *= PLANTED.byProviderType.factor;
  }
  return weight;
}

function pickPhases(prng: Prng, profile: FrameworkProfile): PhaseKey[] {
  const keys = Object.keys(profile.phases) as PhaseKey[];
  // Primary and secondary dominate; early years and FE are rarer.
  const weight = (key: PhaseKey) => (key === 'primary' || key === 'secondary' ? 3 : 1);
  const chosen = [prng.weighted(keys, weight)];
  for (const key of prng.shuffle(keys)) {
    if (!chosen.includes(key) && prng.chance(profile.extraPhaseChance * (weight(key) === 3 ? 1 : 0.4))) chosen.push(key);
  }
  return keys.filter((key) => chosen.includes(key));
}

function gradeTable(
  prng: Prng,
  profile: FrameworkProfile,
  phases: string[],
  gradeIndex: number,
  improvements: Theme[],
): { grades: GradeEntry[]; overallGrade: string | null } {
  const scale = profile.grades.map(([grade]) => grade);
  const clamp = (i: number) => scale[Math.min(scale.length - 1, Math.max(0, i))];
  if (!profile.perPhase) {
    return { grades: [{ judgement: profile.judgements[0], phase: null, grade: scale[gradeIndex] }], overallGrade: scale[gradeIndex] };
  }
  const grades: GradeEntry[] = [];
  if (profile.id === 'ite-2025') {
    // Toolkit: no overall grade. An area the report criticises often (not always) sits a step below the report's level.
    const weakAreas = new Set(improvements.map((theme) => TOOLKIT_AREA[theme.area]));
    for (const phase of phases) {
      for (const area of profile.judgements) {
        const shift = weakAreas.has(area) ? (prng.chance(0.4) ? 1 : 0) : prng.chance(0.15) ? -1 : 0;
        grades.push({ judgement: area, phase, grade: clamp(gradeIndex + shift) });
      }
    }
    return { grades, overallGrade: null };
  }
  // Ofsted per-phase tables: the first phase carries the report's grade; others may differ by one.
  phases.forEach((phase, k) => {
    const overall = k === 0 ? gradeIndex : gradeIndex + (prng.chance(0.25) ? prng.pick([-1, 1]) : 0);
    profile.judgements.forEach((judgement, j) => {
      const grade = j === 0 ? clamp(overall) : clamp(overall + (prng.chance(0.2) ? prng.pick([-1, 1]) : 0));
      grades.push({ judgement, phase, grade });
    });
  });
  return { grades, overallGrade: phases.length === 1 ? scale[gradeIndex] : null };
}

function visitDates(prng: Prng, profile: FrameworkProfile, year: number): string[] {
  const dates: string[] = [];
  for (const visit of profile.visits) {
    // Nothing after LAST_MONTH: a synthetic corpus must not hold inspections that have not happened.
    const months = visit.months.filter((m) => year * 12 + m <= LAST_MONTH.year * 12 + LAST_MONTH.month);
    const month = prng.pick(months.length ? months : [visit.months[0]]);
    // A Monday in that month (UTC), then consecutive weekdays.
    const firstOfMonth = new Date(Date.UTC(year, month - 1, 1));
    const firstMonday = 1 + ((8 - firstOfMonth.getUTCDay()) % 7);
    const start = firstMonday + 7 * prng.int(0, 2);
    for (const d of [0, visit.days - 1]) dates.push(new Date(Date.UTC(year, month - 1, start + d)).toISOString().slice(0, 10));
  }
  // First and last day of the inspection, as a parsed report gives them (two-stage inspections span months).
  dates.sort();
  return [dates[0], dates[dates.length - 1]];
}

function complianceText(profile: FrameworkProfile, gradeIndex: number, prng: Prng): string {
  const worst = gradeIndex === profile.grades.length - 1;
  switch (profile.id) {
    case 'iqts':
      return worst ? 'The provider is not compliant with the iQTS criteria.' : 'The provider is compliant with the iQTS criteria.';
    case 'ite-2015':
      return 'The provider complies fully with the statutory criteria that all providers of initial teacher training must meet.';
    case 'ite-2020':
      return worst && prng.chance(0.5)
        ? 'The provider does not meet the DfE\u2019s initial teacher training criteria.'
        : 'The provider meets the DfE\u2019s initial teacher training criteria and supporting advice.';
    case 'ite-2025':
      return worst && prng.chance(0.6) ? 'Not met' : 'Met';
  }
}

function fillSlots(template: string, prng: Prng, phaseWords: string[]): string {
  return template.replace(/\{(L|M|S|subject|phase)\}/g, (_match, slot: keyof typeof SLOT_VALUES, offset: number) => {
    // A phase the report covers, not any phase.
    const value: string = slot === 'phase' ? prng.pick(phaseWords) : prng.pick(SLOT_VALUES[slot]);
    return offset === 0 ? upperFirst(value) : slot === 'L' ? lowerFirst(value) : value;
  });
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns ("SEND", "English") as they are.
  return /^[A-Z][a-z]/.test(text) && !/^(English|iQTS)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
