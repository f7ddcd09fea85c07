import { z } from 'zod';
import { FrameworkId } from './framework.js';

export const Polarity = z.enum(['strength', 'improvement', 'context']);
export type Polarity = z.infer<typeof Polarity>;

export const CriterionScore = z.object({ id: z.string(), score: z.number() });
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Below this an observation's confidence means "check me": the CLI marks it, drafts highlight it, eval measures the flag. */
export const LOW_CONFIDENCE = 0.5;

/** One classified piece of an inspector's notes. Its text has personal names already replaced by roles. */
export const Observation = z.object({
  text: z.string().min(1),
  source: z.object({
    file: z.string(),
    line: z.number().int().positive(),
    heading: z.string().nullable().default(null).describe('activity or area heading the line sat under, redacted'),
  }),
  polarity: Polarity,
  section: z.string().describe('report section: for iQTS leadership-and-management, programme-design-and-delivery or compliance'),
  criterion: z.object({ id: z.string(), title: z.string(), score: z.number() }),
  alternatives: z.array(CriterionScore).describe('next-best criteria, best first'),
  confidence: z.number().min(0).max(1).describe(`below ${LOW_CONFIDENCE} means "check me"`),
  polarityConfidence: z.number().min(0).max(1).optional(),
});
export type Observation = z.infer<typeof Observation>;

/** Inspector notes as they travel between processes: already read to text, not yet redacted. */
export const NotesInput = z.object({
  file: z.string().describe('file name for provenance'),
  text: z.string(),
  firstLine: z.number().int().positive().default(1).describe('line number of the first line of text; >1 for a chunk of a larger file'),
});
export type NotesInput = z.infer<typeof NotesInput>;

/** A statement with a known polarity and section, derived from the corpus to train the classifier. */
export const LabelledStatement = z.object({
  text: z.string().min(1),
  polarity: Polarity,
  framework: FrameworkId,
  section: z.string().nullable(),
  criterion: z.string().nullable(),
  origin: z.enum(['strength-list', 'improvement-list', 'paragraph-clause', 'descriptor', 'notes-fixture']),
  source: z.object({ hash: z.string(), file: z.string() }),
  /** Headings above a labelled notes line, nearest first (names scrubbed): context the classifier learns from. */
  headings: z.array(z.string()).optional(),
  /** The note lines just before and after a labelled line (names scrubbed): the topic around it. */
  neighbours: z.array(z.string()).optional(),
  /**
   * On the first statement of a labelled notes line: the pieces the splitter cuts that line into,
   * each with the joint before it (see jointOf) and the polarity of the label covering it. The
   * classifier learns from them how often the two sides of a "but", a ";" or a " - " differ.
   */
  linePieces: z.array(z.object({ joint: z.string(), polarity: Polarity })).optional(),
});
export type LabelledStatement = z.infer<typeof LabelledStatement>;
