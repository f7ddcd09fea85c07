import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DrafterError } from '../errors.js';
import type { Criterion } from '../schemas/index.js';

/**
 * What a paragraph is about, as a report names it ("Mentor training", "Suitability checks"), so
 * the paragraph can open on its judgement the way published reports do. The phrases live in
 * templates/<framework>/topics.json (editable wording); a framework without one gets a
 * conservative phrase from the criterion title, or none (then the paragraph opens on its evidence).
 */
export const TopicEntry = z.object({
  topic: z.string().min(2),
  plural: z.boolean().default(false),
  /** What the criterion expects when met ("clear and accurate"); "effective" when absent. */
  good: z.string().optional(),
});
export type TopicEntry = z.infer<typeof TopicEntry>;

export interface TopicTable {
  /** "programme" / "partnership": what a strength is a strength of. */
  whole: string;
  entries: Record<string, TopicEntry>;
}

const cache = new Map<string, TopicTable | null>();

/** `<dir>/<framework>/topics.json`, or null when the shape has none. Bad JSON is a clear error. */
export function loadTopics(frameworkId: string, dir: string): TopicTable | null {
  const file = path.join(dir, frameworkId, 'topics.json');
  if (cache.has(file)) return cache.get(file)!;
  let table: TopicTable | null = null;
  if (existsSync(file)) {
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (cause) {
      throw new DrafterError('template-invalid', `${file}: not valid JSON.`, { hint: 'fix the topics file or remove it', cause });
    }
    const entries: Record<string, TopicEntry> = {};
    for (const [id, value] of Object.entries(raw)) {
      if (id.startsWith('_')) continue;
      const parsed = TopicEntry.safeParse(value);
      if (!parsed.success) throw new DrafterError('template-invalid', `${file}: entry "${id}" needs {topic, plural?, good?}.`, { hint: 'see templates/README.md' });
      entries[id] = parsed.data;
    }
    table = { whole: typeof raw._whole === 'string' ? raw._whole : 'programme', entries };
  }
  cache.set(file, table);
  return table;
}

const EVALUATIVE_TITLE = /^(?:clear and accurate|robust|well-considered|accurate|correct and consistent|high quality|high-quality|relevant(?:,? (?:and )?(?:high-quality|constructive))?|innovative|documented and accessible|tailored|strong|purposeful|ambitious|effective|clear)\s+/i;

/** A topic from a criterion title alone, when it is a plain noun phrase; null when it is not safe. */
export function topicFromTitle(title: string): TopicEntry | null {
  let text = title.split(/[:(]|,\s+including\b/)[0]!.trim();
  const good = EVALUATIVE_TITLE.exec(text)?.[0]?.trim().toLowerCase();
  text = text.replace(EVALUATIVE_TITLE, '');
  // People and outcomes ("Expert teachers", "Trainees' progress") are not things that "are effective".
  if (!text || /'|’|\//.test(text) || /\b(teachers?|trainees?|mentors?|leaders?|bodies|outcomes?|rates?|know)\b/i.test(text) || text.split(/\s+/).length > 6) return null;
  const gerund = /^[A-Z][a-z]+ing\b/.test(text) && !/^(Training|Mentoring|Safeguarding|Marking|Teaching|Learning)\b/.test(text);
  const plural = !gerund && (/\band\b/.test(text) || /[^s]s$/.test(text.split(/\s+/).pop()!));
  return { topic: text.charAt(0).toUpperCase() + text.slice(1), plural, ...(good && !/^high/.test(good) ? { good: good.replace(/-/g, ' ') } : {}) };
}

export function topicFor(criterion: { id: string; title: string }, table: TopicTable | null): TopicEntry | null {
  return table?.entries[criterion.id] ?? topicFromTitle(criterion.title);
}

export interface Balance {
  strengths: number;
  improvements: number;
}

/**
 * The judgement-first opening sentence, in measured report wording, from the balance of the
 * paragraph's findings. It states no fact the findings do not (it is their verdict, for the
 * inspector to confirm), and is marked as framing in the model and the Word comment.
 */
export function framingSentence(topic: TopicEntry, balance: Balance, options: { whole: string; compliance: boolean }): string {
  const is = topic.plural ? 'are' : 'is';
  const good = topic.good ?? 'effective';
  const { strengths, improvements } = balance;
  const subject = topic.topic;
  if (options.compliance) return `${subject} ${topic.plural ? 'do' : 'does'} not fully meet the criteria.`;
  if (improvements === 0) return strengths >= 3 ? `${subject} ${is} a strength of the ${options.whole}.` : `${subject} ${is} ${good}.`;
  // "Not sufficiently <good>" would assert more than a shortfall shows ("not accurate"); "developed" does not.
  if (strengths === 0) return `${subject} ${is} not sufficiently developed.`;
  if (strengths > improvements) return `${subject} ${is} largely ${good}.`;
  return `${subject} ${is} not consistently ${good}.`;
}
