import nlp from 'compromise';
import { DrafterError } from '../errors.js';
import {
  LOW_CONFIDENCE,
  type ComplianceModel,
  type Criterion,
  type DraftComment,
  type DraftFact,
  type DraftParagraph,
  type DraftSegment,
  type Framework,
  type GradeLevel,
  type NoteRef,
  type Observation,
  type ReportModel,
  type SectionModel,
  type SuggestedGrade,
  type SummaryPoint,
} from '../schemas/index.js';
import { formatDateRange } from './dates.js';
import { clearSentenceCaches, decapitalise, expandShorthand, flagsUncertainty, isVerbless, repairFragment, resolvePronouns, stripNoteMarkers, toReportSentences } from './register.js';
import { framingSentence, topicFor, type TopicTable } from './topics.js';
import { COUNTRIES } from './countries.js';
import { recommendationFor, shortfallClause, splitContrast } from './recommend.js';

export { recommendationFor };

/** Provider and inspection details the notes do not carry. */
export interface DraftDetails {
  provider: string;
  dates?: string[];
  inspectorate?: string | null;
  /** Applied to every note-derived string as a last safety net (names → roles). */
  redact?: (text: string) => string;
  /** Topic phrases for judgement-first openings (templates/<framework>/topics.json); titles otherwise. */
  topics?: TopicTable | null;
}

/** Published reports list a few summary points; the rest stay in the paragraphs. */
const MAX_STRENGTHS = 3;
const MAX_IMPROVEMENTS = 6;


/** Wording for a compliance shortfall (and placeholder) the templates show. */
const PLACEHOLDER = (what: string): string => `[Inspector to complete: ${what}]`;

interface Group {
  criterion: { id: string; title: string };
  section: string;
  order: number;
  context: Observation[];
  strengths: Observation[];
  improvements: Observation[];
}

const JUDGED = (o: Observation): boolean => o.polarity !== 'context';

/**
 * Observations → the report as data: paragraphs per criterion in report register, consolidated
 * summary points, compliance, suggested grades, and a traceability comment for every drafted item.
 * Pure: the same inputs give the same model.
 */
export function buildReportModel(observations: Observation[], framework: Framework, details: DraftDetails): ReportModel {
  if (!observations.some(JUDGED)) {
    throw new DrafterError('no-observations', 'The notes gave no strength or area for improvement to draft from.', {
      hint: 'check the notes file and the --framework option',
    });
  }
  const redact = details.redact ?? ((text: string) => text);
  clearSentenceCaches();
  sentenceCache.clear();
  // Safety net on the way in as well as out: rewriting can change a name's case and hide it.
  observations = observations.map((o) => ({
    ...o,
    text: redact(o.text),
    source: { ...o.source, heading: o.source.heading === null ? null : redact(o.source.heading) },
  }));
  observations = restoreFragments(observations);
  const comments: DraftComment[] = [];
  const comment = (lines: string[]): number => {
    const id = comments.length;
    comments.push({ id, lines: lines.map(redact) });
    return id;
  };

  const criteria = new Map(framework.criteria.map((criterion, index) => [criterion.id, { criterion, index }]));
  const sectionIds = new Set(framework.sections.map((section) => section.id));
  const used = new Set<Observation>();
  const titles = new Map(framework.criteria.map((criterion) => [criterion.id, criterion.title]));
  /** A merged point's comment names every note line and criterion behind it. */
  const relabel = (points: SummaryPoint[]): SummaryPoint[] => {
    for (const p of points) {
      if (p.criteria.length < 2) continue;
      comments[p.commentId] = {
        id: p.commentId,
        lines: [
          `Summary point consolidating related findings, drawn from notes: ${refs(p.sources)}.`,
          `Criteria: ${p.criteria.map((id) => `${id} ${titles.get(id) ?? ''}`.trim()).join('; ')}.`,
          `Lowest classifier confidence: ${p.confidence.toFixed(2)}${p.lowConfidence ? ' — LOW: check first.' : '.'}`,
        ].map(redact),
      };
    }
    return points;
  };
  /** The most evidenced points, kept in report order. */
  const top = (points: SummaryPoint[], limit: number): SummaryPoint[] => {
    const keep = new Set([...points].sort((a, b) => b.sources.length - a.sources.length || b.confidence - a.confidence).slice(0, limit));
    return points.filter((p) => keep.has(p));
  };

  // Provider facts and inspection activities come from context lines, not judgement paragraphs.
  const providerFacts: DraftFact[] = [];
  const activities = { inPerson: [] as DraftFact[], remote: [] as DraftFact[] };
  const activitySeen = new Set<string>();
  for (const observation of observations) {
    const heading = observation.source.heading;
    if (heading && isActivityHeading(heading)) {
      const text = activityText(heading);
      const key = text.toLowerCase();
      if (!activitySeen.has(key)) {
        activitySeen.add(key);
        const fact = { text: redact(text), sources: [ref(observation)], commentId: 0 };
        (REMOTE.test(heading) ? activities.remote : activities.inPerson).push(fact);
      } else {
        const list = [...activities.inPerson, ...activities.remote];
        list.find((fact) => fact.text.toLowerCase() === redact(text).toLowerCase())?.sources.push(ref(observation));
      }
    }
    if (observation.polarity !== 'context') continue;
    const sentences = toReportSentences(observation.text);
    const first = sentences[0] ?? '';
    if (INSPECTOR_ACTION.test(stripNoteMarkers(observation.text)) && /^Inspectors\s/.test(first)) {
      const text = decapitalise(sentences.join(' ').replace(/^Inspectors\s+/, '').replace(/\.$/, ''));
      const key = text.toLowerCase();
      if (!activitySeen.has(key)) {
        activitySeen.add(key);
        (REMOTE.test(observation.text) || REMOTE.test(heading ?? '') ? activities.remote : activities.inPerson).push({
          text: redact(text),
          sources: [ref(observation)],
          commentId: 0,
        });
      }
      used.add(observation);
    } else if (PROVIDER_FACT.test(observation.text)) {
      providerFacts.push({ text: redact(sentences.join(' ')), sources: [ref(observation)], commentId: 0 });
      used.add(observation);
    }
  }
  for (const fact of [...providerFacts, ...activities.inPerson, ...activities.remote]) {
    fact.commentId = comment([`Drafted from notes: ${refs(fact.sources)}.`, 'Context from the notes: check the wording.']);
  }
  const countries = findCountries(observations);

  // Group judgements by criterion, in framework order.
  const groups = new Map<string, Group>();
  for (const observation of observations) {
    if (used.has(observation)) continue;
    const known = criteria.get(observation.criterion.id);
    const section = sectionIds.has(observation.section) ? observation.section : known?.criterion.section;
    if (!section) continue;
    const key = `${section}|${observation.criterion.id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        criterion: { id: observation.criterion.id, title: known?.criterion.title ?? observation.criterion.title },
        section,
        order: known?.index ?? Number.MAX_SAFE_INTEGER,
        context: [],
        strengths: [],
        improvements: [],
      };
      groups.set(key, group);
    }
    (observation.polarity === 'strength' ? group.strengths : observation.polarity === 'improvement' ? group.improvements : group.context).push(observation);
  }
  const ordered = [...groups.values()].filter((group) => group.strengths.length + group.improvements.length > 0);
  ordered.sort((a, b) => a.order - b.order || a.criterion.id.localeCompare(b.criterion.id));

  // Paragraphs, numbered continuously in section order (the order templates lay them out in).
  const sections: SectionModel[] = [];
  const paragraphContext: ParagraphContext = { redact, comment, seen: [], topics: details.topics ?? null, framings: new Set() };
  let number = 0;
  let lowConfidence = 0;
  for (const frameworkSection of framework.sections) {
    const isCompliance = frameworkSection.id === 'compliance';
    const sectionGroups = ordered.filter((group) => group.section === frameworkSection.id);
    const paragraphs: DraftParagraph[] = [];
    for (const group of sectionGroups) {
      // Compliance is reported as a statement; only shortfalls get a paragraph of explanation.
      if (isCompliance && group.improvements.length === 0) continue;
      const paragraph = draftParagraph(group, number + 1, paragraphContext);
      for (const observation of [...group.strengths, ...group.improvements]) used.add(observation);
      if (!paragraph) continue;
      number++;
      if (paragraph.lowConfidence) lowConfidence++;
      paragraphs.push(paragraph);
    }
    const criterionOf = (id: string): Criterion | undefined => criteria.get(id)?.criterion;
    const strengths = relabel(mergePoints(summaryStrengths(sectionGroups, redact, comment), titles));
    const improvements = relabel(mergePoints(summaryImprovements(sectionGroups, criterionOf, redact, comment), titles));
    const recommendations = improvements.map((point) => ({
      ...point,
      text: recommendationFor(point.text, point.criteria.length === 1 ? topicFor({ id: point.criteria[0]!, title: titles.get(point.criteria[0]!) ?? '' }, details.topics ?? null) : null),
      commentId: comment([...comments[point.commentId]!.lines, 'Recommendation worded from the area for improvement above.']),
    }));
    for (const point of [...strengths, ...improvements]) if (point.lowConfidence) lowConfidence++;
    sections.push({
      id: frameworkSection.id,
      title: frameworkSection.title,
      paragraphs,
      grade: frameworkSection.graded ? suggestGrade(framework, [sectionGroups], null, frameworkSection.title, comment) : null,
      strengths,
      improvements,
      recommendations,
    });
  }

  const compliance = complianceModel(framework, ordered.filter((group) => group.section === 'compliance'), comment);
  const judgedSections = framework.sections.filter((section) => section.id !== 'compliance');
  const gradedAreas = framework.sections.some((section) => section.graded);
  const overallGrade = gradedAreas
    ? null
    : suggestGrade(
        framework,
        judgedSections.map((section) => ordered.filter((group) => group.section === section.id)),
        compliance,
        'overall',
        comment,
        judgedSections.map((section) => section.title),
      );

  // The report-level summary: strengths across sections (best first), improvements in report order.
  const allStrengths = sections.flatMap((section) => section.strengths).sort((a, b) => b.sources.length - a.sources.length || b.confidence - a.confidence);
  const strengths = relabel(mergePoints(allStrengths, titles)).slice(0, MAX_STRENGTHS);
  const improvements = coverWeakParagraphs(
    relabel(mergePoints(sections.filter((section) => section.id !== 'compliance').flatMap((section) => section.improvements), titles)),
    sections.filter((section) => section.id !== 'compliance'),
    top,
    (lines) => comment(lines),
  );
  const complianceShortfalls = sections.find((section) => section.id === 'compliance')?.improvements ?? [];

  const dates = [...(details.dates ?? [])].sort();
  const range = formatDateRange(dates);
  return {
    framework: framework.id,
    frameworkVersion: framework.version,
    title: typeof framework.text.reportTitle === 'string' ? framework.text.reportTitle : framework.title,
    provider: details.provider,
    inspectorate: details.inspectorate ?? null,
    dates,
    datesText: range?.range ?? null,
    datesSentence: range?.sentence ?? null,
    provider_info: { countries, facts: providerFacts },
    activities,
    strengths,
    improvements: [...complianceShortfalls, ...improvements],
    compliance,
    sections,
    overallGrade,
    comments,
    stats: {
      observations: observations.length,
      drafted: used.size,
      paragraphs: number,
      lowConfidence,
    },
  };
}

/** "X is/are not sufficiently developed." / "not consistently effective": a paragraph judged weak on balance. */
const NEGATIVE_FRAMING = /^(.+?)\s+(is|are)\s+(not\s+(?:sufficiently|consistently|fully)\s+[a-z -]+?|not\s+yet\s+[a-z -]+?|weak|underdeveloped)\.$/;

/**
 * The report summary, capped, but never leaving a paragraph whose opening verdict is negative
 * without an area for improvement (a reader of the summary would miss the body's main shortfall):
 * points behind such paragraphs rank first, and those still left over are merged per section
 * into one point built from the paragraphs' own verdicts ("A and B are not sufficiently developed.").
 */
function coverWeakParagraphs(
  points: SummaryPoint[],
  sections: SectionModel[],
  top: (points: SummaryPoint[], limit: number) => SummaryPoint[],
  comment: (lines: string[]) => number,
): SummaryPoint[] {
  const weak = sections.flatMap((section) =>
    section.paragraphs
      .filter((p) => p.segments[0]?.framing && NEGATIVE_FRAMING.test(p.segments[0].text))
      .map((p) => ({ section: section.id, paragraph: p, verdict: NEGATIVE_FRAMING.exec(p.segments[0]!.text)! })),
  );
  const weakIds = new Set(weak.map((w) => w.paragraph.criterion.id));
  // A merged point names one finding: it covers a paragraph only if its words are that paragraph's.
  const covers = (p: SummaryPoint, w: (typeof weak)[number]): boolean =>
    p.criteria.includes(w.paragraph.criterion.id) && overlap(contentWords(p.text), contentWords(w.paragraph.text)) >= 0.4;
  const uncovered = (kept: SummaryPoint[]): typeof weak => weak.filter((w) => !kept.some((p) => covers(p, w)));
  const coversWeak = (p: SummaryPoint): boolean => weak.some((w) => weakIds.has(w.paragraph.criterion.id) && covers(p, w));
  // Weak-paragraph points first; within each kind the most evidenced.
  const ranked = [...points].sort((a, b) => Number(coversWeak(b)) - Number(coversWeak(a)) || b.sources.length - a.sources.length || b.confidence - a.confidence);
  for (let slots = MAX_IMPROVEMENTS; slots >= 0; slots--) {
    const kept = points.filter((p) => ranked.slice(0, slots).includes(p));
    const left = uncovered(kept);
    const bySection = [...new Set(left.map((w) => w.section))];
    if (kept.length + bySection.length > MAX_IMPROVEMENTS && slots > 0) continue;
    const merged = bySection.map((section) => mergedWeakPoint(left.filter((w) => w.section === section), comment));
    // Report order: a merged point follows the kept points of its section.
    const order = (p: SummaryPoint): number => {
      const index = sections.findIndex((section) => section.improvements.some((q) => q.criteria.some((id) => p.criteria.includes(id))) || section.paragraphs.some((q) => p.criteria.includes(q.criterion.id)));
      return index < 0 ? sections.length : index;
    };
    return [...kept, ...merged].map((p, i) => ({ p, i })).sort((a, b) => order(a.p) - order(b.p) || a.i - b.i).map(({ p }) => p);
  }
  return top(points, MAX_IMPROVEMENTS);
}

function mergedWeakPoint(
  weak: Array<{ paragraph: DraftParagraph; verdict: RegExpExecArray }>,
  comment: (lines: string[]) => number,
): SummaryPoint {
  // Grouped by verdict, so each clause says exactly what its paragraphs' openings say.
  const verdicts = new Map<string, string[]>();
  for (const w of weak) {
    const list = verdicts.get(w.verdict[3]!) ?? [];
    list.push(w.verdict[1]!);
    verdicts.set(w.verdict[3]!, list);
  }
  const clauses = [...verdicts.entries()].map(([verdict, subjects], index) => {
    const named = subjects.map((subject, i) => (index === 0 && i === 0 ? subject : /^[A-Z][A-Z]/.test(subject) ? subject : subject.charAt(0).toLowerCase() + subject.slice(1)));
    const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    const plural = named.length > 1 || weak.find((w) => w.verdict[1] === subjects[0])!.verdict[2] === 'are';
    return `${list} ${plural ? 'are' : 'is'} ${verdict}`;
  });
  const sources = weak.flatMap((w) => w.paragraph.sources);
  const confidence = Math.min(...weak.map((w) => w.paragraph.confidence));
  return {
    text: `${clauses.join('; ')}.`,
    criteria: weak.map((w) => w.paragraph.criterion.id),
    sources,
    confidence,
    lowConfidence: weak.some((w) => w.paragraph.lowConfidence),
    commentId: comment([
      `Summary point consolidating paragraphs ${weak.map((w) => w.paragraph.number).join(', ')}, whose opening verdicts are negative, drawn from notes: ${refs(sources)}.`,
      'Worded from those paragraphs\' drafted verdicts: confirm them, or soften the paragraphs and drop this point.',
    ]),
  };
}

const FRAGMENT = /^(?:but|and|although|though|yet|so|mostly|only|largely|mainly|partly|not|still|also|then|recommends?|relies|thought|said|says|needs?|lacks?|which|who)\b/i;

/**
 * The classifier splits a contrast line ("targets set each week but mostly generic") into parts;
 * a part with no subject of its own ("mostly generic") is drafted from the whole line instead.
 */
function restoreFragments(observations: Observation[]): Observation[] {
  const byLine = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.source.file}:${o.source.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), o]);
  }
  return observations.map((o) => {
    const siblings = byLine.get(`${o.source.file}:${o.source.line}`)!;
    const text = stripNoteMarkers(o.text);
    if (siblings.length < 2 || !(FRAGMENT.test(text) || text.split(/\s+/).length <= 2)) return o;
    // Parts of different polarity were a contrast in the notes: put the "but" back.
    const contrast = new Set(siblings.map((s) => s.polarity)).size > 1;
    const whole = siblings
      .map((s) => stripNoteMarkers(s.text).replace(/[.;,\s]+$/, ''))
      .reduce((line, part) => `${line}${/^(but|and|although|though|yet|so)\b/i.test(part) ? ' ' : contrast ? ' but ' : FRAGMENT.test(part) ? ' and ' : '; '}${part}`);
    return { ...o, text: whole };
  });
}

function ref(observation: Observation): NoteRef {
  return { file: observation.source.file, line: observation.source.line };
}

/** "notes.md:12, 14, 20; other.md:3" — compact, in line order. */
export function refs(sources: NoteRef[]): string {
  const byFile = new Map<string, number[]>();
  for (const source of sources) byFile.set(source.file, [...(byFile.get(source.file) ?? []), source.line]);
  return [...byFile.entries()]
    .map(([file, lines]) => `${file}:${[...new Set(lines)].sort((a, b) => a - b).join(', ')}`)
    .join('; ');
}

function confidenceLine(observations: Observation[]): string {
  const values = observations.map((o) => o.confidence);
  const min = Math.min(...values);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const low = min < LOW_CONFIDENCE;
  return `Classifier confidence: ${mean.toFixed(2)}${values.length > 1 ? ` (lowest ${min.toFixed(2)})` : ''}${low ? ' — LOW: highlighted text needs checking first.' : '.'}`;
}

/** The classifier was unsure, or the inspector was: its text is highlighted and the comment says "check first". */
function isLow(observation: Observation): boolean {
  return observation.confidence < LOW_CONFIDENCE || flagsUncertainty(observation.text);
}

/** A drafted sentence with why it may need the inspector's eye. */
interface Drafted {
  text: string;
  low: boolean;
  /** Still a verbless note fragment after repair. */
  fragment: boolean;
  /** Opens on a pronoun whose referent was not found. */
  dangling: boolean;
}

/** One observation → report sentences: register, then orphaned pronouns named, then fragments mended or flagged. */
function reportSentences(observation: Observation): Drafted[] {
  // The same line is drafted for its paragraph and again for the summary: do the work once.
  const key = `${observation.confidence}\u0000${observation.source.heading ?? ''}\u0000${observation.text}`;
  const known = sentenceCache.get(key);
  if (known) return known.map((drafted) => ({ ...drafted }));
  const result = draftSentences(observation);
  if (sentenceCache.size > 5000) sentenceCache.clear();
  sentenceCache.set(key, result);
  return result.map((drafted) => ({ ...drafted }));
}
const sentenceCache = new Map<string, Drafted[]>();

function draftSentences(observation: Observation): Drafted[] {
  return toReportSentences(observation.text, observation.source.heading).map((sentence, index) => {
    const resolved = resolvePronouns(sentence, observation.source.heading, index === 0);
    const repaired = repairFragment(resolved.text);
    return { text: repaired.text, low: isLow(observation) || repaired.fragment || resolved.dangling, fragment: repaired.fragment, dangling: resolved.dangling };
  });
}

/** Sentences already in the report (content words), so no point is made twice anywhere in it. */
type Seen = string[][];

function isDuplicate(words: string[], seen: Seen): boolean {
  if (words.length === 0) return false;
  return seen.some((other) => {
    if (jaccard(other, words) >= 0.8) return true;
    // A shorter restatement of a sentence already made ("… is positive." after "… is positive, but …").
    const inOther = words.filter((word) => other.includes(word)).length;
    return words.length >= 3 && inOther / words.length >= 0.9;
  });
}

function segmentsOf(observations: Observation[], redact: (text: string) => string, seen: Seen): Array<Drafted & { observation: Observation }> {
  const segments: Array<Drafted & { observation: Observation }> = [];
  for (const observation of joinSameLine(observations)) {
    for (const drafted of reportSentences(observation)) {
      const words = contentWords(drafted.text);
      if (isDuplicate(words, seen)) continue;
      seen.push(words);
      segments.push({ ...drafted, text: redact(drafted.text), observation });
    }
  }
  return segments;
}

/** Pieces of one note line the classifier split apart read better together again. */
function joinSameLine(observations: Observation[]): Observation[] {
  const byLine = new Map<string, Observation>();
  for (const observation of observations) {
    const key = `${observation.source.file}:${observation.source.line}`;
    const seen = byLine.get(key);
    if (seen) byLine.set(key, { ...seen, text: `${seen.text.replace(/[.;,\s]+$/, '')}; ${observation.text}`, confidence: Math.min(seen.confidence, observation.confidence) });
    else byLine.set(key, observation);
  }
  return [...byLine.values()];
}

interface ParagraphContext {
  redact: (text: string) => string;
  comment: (lines: string[]) => number;
  seen: Seen;
  topics: TopicTable | null;
  /** Framing sentences already used: two criteria on one topic must not open alike. */
  framings: Set<string>;
}

function draftParagraph(group: Group, number: number, context: ParagraphContext): DraftParagraph | null {
  const { redact, comment, seen } = context;
  const strengths = segmentsOf(group.strengths, redact, seen);
  const improvements = segmentsOf(group.improvements, redact, seen);
  const judged = [...strengths, ...improvements];
  // Context (who was met, what was sampled) belongs in the provider and activity sections; it
  // stays here only as a count that evidences this paragraph's judgement.
  const judgedWords = new Set(judged.flatMap((segment) => contentWords(segment.text)));
  const context_ = segmentsOf(group.context.filter((o) => COUNT.test(o.text)), redact, seen).filter(
    (segment) => {
      const words = contentWords(segment.text);
      // Evidence for this judgement, not a neighbouring fact: most of its words are the judgement's.
      return !segment.fragment && hasVerb(segment.text) && words.length > 0 && words.filter((word) => judgedWords.has(word)).length / words.length >= 0.5;
    },
  );
  contrastWithPronoun(strengths, improvements);
  // As published reports do: strengths first, then the shortfall introduced with "However, …".
  // One contrast per sentence: a line that has its own "but" is split, never prefixed.
  if (strengths.length > 0 && improvements.length > 0 && !/^However\b/.test(improvements[0]!.text)) {
    const first = improvements[0]!;
    const split = splitContrast(first.text);
    if (split) improvements[0] = { ...first, text: `${split[0]} ${split[1]}` };
    else if (!CONTRAST.test(first.text)) improvements[0] = { ...first, text: `However, ${decapitalise(first.text)}` };
  }
  const evidence: DraftSegment[] = [...strengths, ...context_, ...improvements].map((segment) => ({ text: segment.text, low: segment.low }));
  if (evidence.length === 0 && group.strengths.length + group.improvements.length > 0 && [...group.strengths, ...group.improvements].every((o) => toReportSentences(o.text).length > 0)) {
    return null; // every sentence was already made elsewhere in the report
  }
  const observations = [...(context_.length ? group.context.filter((o) => context_.some((s) => s.observation === o)) : []), ...group.strengths, ...group.improvements];
  // Judgement first, as reports open: a drafted verdict from the balance of findings, unless the
  // evidence already opens on one about the same topic.
  const topic = topicFor(group.criterion, context.topics);
  let framing: string | null = null;
  if (topic && evidence.length > 0 && !evidence.some((segment, index) => statesJudgement(segment.text, topic.topic, index === 0))) {
    const sentence = framingSentence(topic, { strengths: group.strengths.length, improvements: group.improvements.length }, {
      whole: context.topics?.whole ?? 'programme',
      compliance: group.section === 'compliance',
    });
    if (!context.framings.has(sentence.toLowerCase())) {
      context.framings.add(sentence.toLowerCase());
      framing = redact(sentence);
    }
  }
  const segments: DraftSegment[] = [...(framing ? [{ text: framing, low: false, framing: true }] : []), ...evidence];
  const sources = observations.map(ref);
  const polarity = group.improvements.length === 0 ? 'strength' : group.strengths.length === 0 ? 'improvement' : 'mixed';
  const lines = [
    `Drafted from notes: ${refs(sources)}.`,
    `Criterion: ${group.criterion.id} ${group.criterion.title}.`,
    confidenceLine(observations),
  ];
  if (group.strengths.length && group.improvements.length) {
    lines.push(`Strengths from line ${refs(group.strengths.map(ref))}; area for improvement from line ${refs(group.improvements.map(ref))}.`);
  }
  if (framing) {
    lines.push(
      `Opening sentence drafted from the balance of findings (${group.strengths.length} strength${group.strengths.length === 1 ? '' : 's'}, ${group.improvements.length} for improvement), not from a note line: confirm or reword it.`,
    );
  }
  const drafted = [...strengths, ...improvements, ...context_];
  if (drafted.some((segment) => segment.fragment)) lines.push('Highlighted: a note fragment with no verb that could not be made a sentence safely — rewrite it.');
  if (drafted.some((segment) => segment.dangling)) lines.push('Highlighted: a sentence whose "they"/"all"/"them" no longer has its referent — say who.');
  const safeSegments = segments.length > 0 ? segments : [{ text: PLACEHOLDER(`paragraph on ${group.criterion.title.toLowerCase()}`), low: false }];
  return {
    number,
    section: group.section,
    criterion: group.criterion,
    segments: safeSegments,
    text: safeSegments.map((segment) => segment.text).join(' '),
    polarity,
    sources,
    confidence: Math.min(...observations.map((o) => o.confidence)),
    lowConfidence: observations.some(isLow) || safeSegments.some((segment) => segment.low),
    commentId: comment(lines),
  };
}

const CONTRAST = /\b(?:but|however|although|though|whereas|yet)\b/i;

/** A count in a context line ("10 files", "all 24 schools") can be the evidence for a judgement. */
const COUNT = /\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|none)\b/i;

/**
 * "X is positive." then "X is positive, but recommends Y." (one note line split by polarity):
 * the second says only its new part, with the first's subject as a pronoun — "However, it recommends Y."
 */
function contrastWithPronoun(strengths: Drafted[], improvements: Drafted[]): void {
  for (const [index, improvement] of improvements.entries()) {
    for (const strength of strengths) {
      const stem = strength.text.replace(/[.]+$/, '');
      const match = new RegExp(`^${escapeRegExp(stem)}(?:,?\\s+but|,?\\s+and|;)\\s+(.+)$`, 'i').exec(improvement.text);
      if (!match) continue;
      const verb = /\b(is|are|was|were|has|have)\b/i.exec(stem)?.[1]?.toLowerCase();
      const plural = verb === 'are' || verb === 'were' || verb === 'have';
      let rest = match[1]!;
      if (/^(?:they|it)\b/i.test(rest)) rest = rest.replace(/^\w+\s+/, '');
      const needsCopula = isVerbless(`Something ${rest}`) || /^(very|mostly|largely|too|often|sometimes|rather|quite|not)\b/i.test(rest);
      improvements[index] = { ...improvement, text: `${plural ? 'They' : 'It'} ${needsCopula ? (plural ? 'are ' : 'is ') : ''}${rest}` };
      break;
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a sentence already opens on a verdict about the topic ("Course information is clear and accurate"). */
function statesJudgement(sentence: string, topic: string, opening: boolean): boolean {
  const verdict = /^(.{2,90}?)\s+(?:is|are)\s+(?:not\s+)?(?:(?:very|highly|generally|mostly|largely|consistently|sufficiently|always|yet|well|fully|too)\s+)*([a-z-]+)/i.exec(sentence.replace(/^However,\s+/i, ''));
  if (!verdict) return false;
  const evaluative = /^(thorough|clear|unclear|accurate|inaccurate|effective|ineffective|strong|weak|robust|thorough|limited|underdeveloped|inconsistent|consistent|comprehensive|systematic|secure|insecure|good|poor|high|low|detailed|well|planned|embedded|established|developed|defined|appropriate|inappropriate|helpful|valued|positive|negative|sufficient|insufficient|adequate|inadequate|rigorous|coherent|ambitious|variable|patchy|informal|generic|tracked|monitored|aligned|sequenced|timely|late)$/i;
  if (!evaluative.test(verdict[2]!)) return false;
  // "… maps every session to the CCF. This is very thorough.": the line gives its own verdict.
  if (/^(this|it|these|they)$/i.test(verdict[1]!.trim())) return true;
  if (!opening) return false;
  const topicWords = contentWords(topic);
  return contentWords(verdict[1]!).some((word) => topicWords.includes(word));
}

function hasVerb(sentence: string): boolean {
  return /\b(is|are|was|were|has|have|had|does|do|did|can|will|should)\b/i.test(sentence) || nlp(sentence).has('(#PresentTense|#PastTense)');
}

function best(observations: Observation[]): Observation {
  return [...observations].sort((a, b) => b.confidence - a.confidence || a.source.line - b.source.line)[0]!;
}

function point(text: string, groups: Group[], observations: Observation[], comment: (lines: string[]) => number, extra: string[] = []): SummaryPoint {
  const sources = observations.map(ref);
  return {
    text,
    criteria: groups.map((group) => group.criterion.id),
    sources,
    confidence: Math.min(...observations.map((o) => o.confidence)),
    lowConfidence: observations.some(isLow),
    commentId: comment([
      `Summary point drawn from notes: ${refs(sources)}.`,
      `Criterion: ${groups.map((group) => `${group.criterion.id} ${group.criterion.title}`).join('; ')}.`,
      confidenceLine(observations),
      ...extra,
    ]),
  };
}

const INSPECTION_ACTIVITY = /^(?:There (?:is|are|was|were) )?(?:an? |the |two |three |\d+ )?(?:observations?|lesson observations?|obs|visits?|meetings?|calls?|focus groups?|scrutiny|samples?|interviews?|learning walks?|joint observations?|discussions?)\s+(?:of|with|to|at)\b/i;
const POSITIVE = /\b(strong|clear|high[- ]quality|well|effective|thorough|detailed|valued|helpful|relevant|knowledgeable|supportive|confident|confidently|consistent|accurate|rigorous|excellent|good|secure|precise|quick|timely|comprehensive|praised|liked|engaged)\b/i;

/** The sentence that best states a finding: evaluative, whole, not a quotation; then the most confident. */
function bestSentence(observations: Observation[], prefer: RegExp): { sentence: string; observation: Observation } | null {
  let bestScore = -Infinity;
  let chosen: { sentence: string; observation: Observation } | null = null;
  for (const observation of observations) {
    for (const drafted of reportSentences(observation)) {
      const sentence = drafted.text;
      const words = sentence.split(' ').length;
      let score = observation.confidence;
      if (prefer.test(sentence)) score += 1;
      if (/\b(is|are|has|have|does|do|provides?|ensures?|support|supports)\b/.test(sentence)) score += 0.3;
      if (/said|told|"/.test(sentence)) score -= 0.8;
      if (words < 5) score -= 0.7;
      if (drafted.fragment || drafted.dangling) score -= 1;
      // "There is an observation of a trainee (Year 3 mathematics)": what the inspector did, not what was found.
      if (INSPECTION_ACTIVITY.test(sentence)) score -= 1.5;
      if (words > 40) score -= 0.3;
      if (score > bestScore) {
        bestScore = score;
        chosen = { sentence: sentence.replace(/^However,\s+/i, ''), observation };
      }
    }
  }
  if (chosen) {
    // A short sentence loses its context ("Attendance is not tracked."): keep the whole note line.
    const all = reportSentences(chosen.observation).map((drafted) => drafted.text);
    if (chosen.sentence.split(' ').length < 7 && all.length > 1 && all.join(' ').split(' ').length <= 35) chosen.sentence = all.join(' ');
    chosen.sentence = chosen.sentence.charAt(0).toUpperCase() + chosen.sentence.slice(1);
  }
  return chosen;
}

/** Strength summary: criteria with strengths and no shortfall, most evidenced first. */
function summaryStrengths(groups: Group[], redact: (text: string) => string, comment: (lines: string[]) => number): SummaryPoint[] {
  return groups
    .filter((group) => group.section !== 'compliance' && group.strengths.length > 0 && group.improvements.length === 0)
    .map((group) => ({ group, found: bestSentence(group.strengths, POSITIVE) }))
    .filter((entry) => entry.found !== null)
    .map(({ group, found }) => point(redact(found!.sentence), [group], group.strengths, comment))
    .sort((a, b) => b.sources.length - a.sources.length || b.confidence - a.confidence);
}

const DEFICIT =
  /^(.{3,90}?)\s+(is|are)\s+(?:very\s+|too\s+|rather\s+|still\s+|quite\s+|often\s+|sometimes\s+)*(?:limited|weak|underdeveloped|inconsistent|patchy|informal|thin|variable|generic|sparse|minimal|not\s+(?:yet\s+|fully\s+|always\s+|sufficiently\s+)?(?:defined|developed|established|systematic|embedded|robust))\b/i;
const NEGATIVE = /\b(not|no|never|limited|weak|underdeveloped|inconsistent|patchy|thin|variable|generic|lacks?|missing|incomplete|late|delayed|only|too)\b/i;

/** "…which enables mentors to …" → "to enable mentors to …", from the criterion's own descriptor. */
function descriptorGoal(criterion: Criterion | undefined): string | null {
  const descriptor = criterion?.descriptors[0];
  if (!descriptor) return null;
  const match =
    /\b(?:which|that|to)\s+(enables?|ensures?|allows?)\s+(.+?)\.?$/i.exec(descriptor) ?? /\bto\s+(support|develop|meet)\s+(.+?)\.?$/i.exec(descriptor);
  if (!match) return null;
  const verb = match[1]!.toLowerCase().replace(/s$/, '');
  const rest = match[2]!.replace(/\s+/g, ' ');
  if (rest.split(' ').length > 18 || /[;:]/.test(rest)) return null;
  return `to ${verb} ${rest}`;
}

/** Area-for-improvement summary: one point per criterion, in the sample report's phrasing where the notes support it. */
function summaryImprovements(
  groups: Group[],
  criterionOf: (id: string) => Criterion | undefined,
  redact: (text: string) => string,
  comment: (lines: string[]) => number,
): SummaryPoint[] {
  const points: SummaryPoint[] = [];
  for (const group of groups.filter((g) => g.improvements.length > 0)) {
    const found = bestSentence(group.improvements, NEGATIVE);
    if (!found) continue;
    const sentence = shortfallClause(found.sentence);
    const deficit = DEFICIT.exec(sentence);
    let text = sentence;
    const extra: string[] = [];
    if (deficit) {
      const goal = descriptorGoal(criterionOf(group.criterion.id));
      text = `${deficit[1]} ${deficit[2]!.toLowerCase()} not sufficiently developed${goal ? ` ${goal}` : ''}.`;
      extra.push(`Phrased from the notes' finding and the framework's expectation for ${group.criterion.id}; check it says what you found.`);
    }
    points.push(point(redact(text), [group], group.improvements, comment, extra));
  }
  return points;
}

/** Words too common in criterion titles to say two criteria are about the same thing. */
const GENERIC = new Set(['quality', 'high', 'training', 'trainee', 'trainees', 'programme', 'iqts', 'curriculum', 'clear', 'accurate', 'robust', 'relevant', 'well', 'considered', 'and', 'of', 'the', 'for', 'to', 'in', 'with', 'internal', 'external', 'processes', 'process', 'support', 'teaching', 'teachers', 'standards']);

function titleWords(title: string): string[] {
  return [...new Set(title.toLowerCase().match(/[a-z]+/g) ?? [])].filter((word) => !GENERIC.has(word) && word.length > 2).map((word) => word.replace(/s$/, ''));
}

/**
 * Merges points about the same thing — the same criterion topic (mentor training under L&M and
 * under programme delivery) or the same wording — so no area is listed twice.
 */
function mergePoints(points: SummaryPoint[], titles: Map<string, string>): SummaryPoint[] {
  const merged: SummaryPoint[] = [];
  const topic = (p: SummaryPoint): string[] => [...new Set(p.criteria.flatMap((id) => titleWords(titles.get(id) ?? '')))];
  for (const candidate of points) {
    const words = contentWords(subjectOf(candidate.text));
    const twin = merged.find((other) => overlap(topic(other), topic(candidate)) >= 0.5 || jaccard(contentWords(subjectOf(other.text)), words) >= 0.5);
    if (twin) {
      // The merged point keeps the wording that states the finding best.
      if (pointScore(candidate) > pointScore(twin)) twin.text = candidate.text;
      twin.sources.push(...candidate.sources);
      twin.criteria.push(...candidate.criteria.filter((id) => !twin.criteria.includes(id)));
      twin.confidence = Math.min(twin.confidence, candidate.confidence);
      twin.lowConfidence ||= candidate.lowConfidence;
      continue;
    }
    merged.push({ ...candidate, sources: [...candidate.sources], criteria: [...candidate.criteria] });
  }
  return merged;
}

function pointScore(p: SummaryPoint): number {
  return (/not sufficiently developed/.test(p.text) ? 1 : 0) + (p.text.split(' ').length >= 7 ? 0.5 : 0) + p.confidence * 0.5 - (/ said /.test(p.text) ? 0.8 : 0);
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  return a.filter((word) => setB.has(word)).length / Math.min(a.length, b.length);
}

function subjectOf(text: string): string {
  return /^(.{3,90}?)\s+(?:is|are|has|have|do|does)\b/.exec(text)?.[1] ?? text;
}

function complianceModel(framework: Framework, groups: Group[], comment: (lines: string[]) => number): ComplianceModel {
  const shortfalls = groups.flatMap((group) => group.improvements);
  const confident = shortfalls.filter((o) => !isLow(o));
  const evidence = groups.flatMap((group) => [...group.strengths, ...group.context]);
  const met = framework.compliance?.met ?? 'Compliance is met.';
  const notMet = framework.compliance?.notMet ?? 'Compliance is not met.';
  if (confident.length > 0) {
    return {
      status: 'not-met',
      statement: notMet,
      commentId: comment([
        'Suggested compliance judgement, for the inspector to confirm.',
        `Shortfalls noted against ${[...new Set(groups.filter((g) => g.improvements.length).map((g) => g.criterion.id))].join(', ')}: ${refs(confident.map(ref))}.`,
        ...(shortfalls.length > confident.length ? [`Low-confidence shortfalls also at ${refs(shortfalls.filter((o) => !confident.includes(o)).map(ref))}.`] : []),
      ]),
    };
  }
  if (evidence.length === 0 && shortfalls.length === 0) {
    return {
      status: 'not-evidenced',
      statement: PLACEHOLDER('compliance judgement (the notes record no compliance evidence)'),
      commentId: comment(['The notes record nothing against the compliance criteria, so no judgement is suggested.']),
    };
  }
  return {
    status: 'met',
    statement: met,
    commentId: comment([
      'Suggested compliance judgement, for the inspector to confirm: no confident shortfall in the notes.',
      `Compliance evidence at ${refs(evidence.map(ref))}.`,
      ...(shortfalls.length ? [`Possible shortfalls with low classifier confidence at ${refs(shortfalls.map(ref))}: check these first.`] : []),
    ]),
  };
}

/**
 * A grade from the framework's scale: compliance first (not met → the failing level), then the
 * share of evidenced criteria with no area for improvement. The top level is never suggested:
 * exceptional work is the inspector's call (and, for the toolkit, moderated nationally).
 */
function suggestGrade(
  framework: Framework,
  sectionGroups: Group[][],
  compliance: ComplianceModel | null,
  scope: string,
  comment: (lines: string[]) => number,
  sectionTitles: string[] = [],
): SuggestedGrade | null {
  const scale = framework.gradeScale;
  if (scale.length === 0) return null;
  const groups = sectionGroups.flat();
  const judged = groups.filter((group) => group.strengths.length + group.improvements.length > 0);
  if (judged.length === 0 && compliance?.status !== 'not-met') return null;
  const weak = judged.filter((group) => group.improvements.length > 0);
  // Each criterion counts by its balance of strengths to shortfalls, so one mixed criterion is not a failure.
  const share = judged.length ? judged.reduce((sum, g) => sum + g.strengths.length / (g.strengths.length + g.improvements.length), 0) / judged.length : 0;
  const byStanding = (standing: GradeLevel['standing']): GradeLevel[] => scale.filter((level) => level.standing === standing);
  const above = byStanding('above');
  const meets = byStanding('meets')[0] ?? above[above.length - 1] ?? scale[0]!;
  const confidentWeakness = weak.some((group) => group.improvements.some((o) => !isLow(o)));
  const pick = (): GradeLevel => {
    if (compliance?.status === 'not-met') return byStanding('failing')[0] ?? scale[scale.length - 1]!;
    if (share >= 0.85 && judged.length >= 3 && !confidentWeakness && above.length > 0) return above[above.length - 1]!;
    if (share >= 0.5) return meets;
    if (share >= 0.25) return byStanding('below')[0] ?? meets;
    return byStanding('failing')[0] ?? scale[scale.length - 1]!;
  };
  const picked = pick();
  const level = { ...picked, label: picked.label.charAt(0).toUpperCase() + picked.label.slice(1) };
  const reasons = [
    `Suggested ${scope === 'overall' ? 'overall grade' : `grade for ${scope}`}: ${level.label}. A suggestion for the inspector's judgement, not a decision.`,
  ];
  if (compliance) {
    reasons.push(
      compliance.status === 'not-met'
        ? 'Compliance: shortfalls noted, so the provision cannot be judged compliant; the framework puts non-compliant provision at this grade.'
        : compliance.status === 'met'
          ? 'Compliance: no confident shortfall in the notes.'
          : 'Compliance: not evidenced in the notes.',
    );
  }
  sectionGroups.forEach((list, index) => {
    const judgedHere = list.filter((group) => group.strengths.length + group.improvements.length > 0);
    const weakHere = judgedHere.filter((group) => group.improvements.length > 0);
    const title = sectionTitles[index] ?? scope;
    reasons.push(
      `${title}: ${judgedHere.length} criteria with evidence, ${weakHere.length} with an area for improvement${weakHere.length ? ` (${weakHere.map((g) => g.criterion.id).join(', ')})` : ''}; balance of strengths ${Math.round(share * 100)}%.`,
    );
  });
  reasons.push(`Descriptor (${level.label}): ${level.descriptor || 'see the framework'}`);
  reasons.push('The top grade is never suggested automatically.');
  return { grade: level.grade, label: level.label, descriptor: level.descriptor, standing: level.standing, reasons, commentId: comment(reasons) };
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'not', 'with', 'by', 'at', 'that', 'this', 'their', 'be', 'as', 'it', 'very', 'all', 'sufficiently', 'developed', 'however']);

function contentWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])].filter((word) => !STOP.has(word)).map((word) => word.replace(/s$/, ''));
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const shared = a.filter((word) => setB.has(word)).length;
  return shared / (new Set([...a, ...b]).size || 1);
}

/** A note line that records what the inspector did: "met 3 trainees", "looked at 6 e-portfolios". */
const INSPECTOR_ACTION = /^(?:watched|listened|sat in|met|observed|visited|spoke|looked|checked|reviewed|sampled|scrutinised|scrutinized|talked|interviewed|attended|examined|joined|toured|inspected|went through)\b/i;

const REMOTE = /\b(remote(?:ly)?|online|teams|zoom|video|call|virtual|webinar|recorded)\b/i;
const ACTIVITY = /\b(meet|meeting|mtg|met|visit|visited|call|focus group|observ\w*|obs|scrutiny|review|docs?|documents?|files?|sample|tour|interview|discussion|walk|feedback|lessons?|with)\b/i;
const NOT_ACTIVITY = /^(context|compliance|l&m|l and m|pdd|leadership|programme|summary|notes?|general|misc|other|strengths?|afis?|areas?|judgements?|grades?|evidence|lm|pd|c\d)/i;

function isActivityHeading(heading: string): boolean {
  const text = heading.replace(/^#+\s*/, '').trim();
  return ACTIVITY.test(text) && !NOT_ACTIVITY.test(text) && text.split(/\s+/).length >= 2;
}

/** "Tues: call w/ placement school, Doha" → "call with placement school, Doha". */
function activityText(heading: string): string {
  const text = expandShorthand(
    heading
      .replace(/^#+\s*/, '')
      .replace(/^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|day\s*\d)\b[\s.]*(?:am|pm|morning|afternoon)?\s*[-:–—,]?\s*/i, ''),
  );
  return decapitalise(text.replace(/\s+[-–—]\s+/g, ': ').replace(/[.;:\s]+$/, ''));
}

const PROVIDER_FACT =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:current\s+)?(?:iQTS\s+)?trainees\b[^.]*\b(?:this year|this yr|in total|total|cohort|enrolled|on the programme|currently|across)\b|\btrainees in total\b|\bcohort of\b|\bapproved (?:to|for)\b|\baccredited\b|\b(?:first|second|third) year of (?:iQTS )?delivery\b|\bis run from\b/i;

function findCountries(observations: Observation[]): string[] {
  const found: string[] = [];
  const texts = observations.flatMap((o) => [o.source.heading ?? '', o.text]);
  for (const text of texts) {
    const hits = COUNTRIES.map((country) => ({ name: country.name, at: text.search(country.pattern) }))
      .filter((hit) => hit.at >= 0 && !found.includes(hit.name))
      .sort((a, b) => a.at - b.at);
    found.push(...hits.map((hit) => hit.name));
  }
  return found;
}
