import { z } from 'zod';
import { FrameworkId } from './framework.js';

/** A note line a drafted item came from. */
export const NoteRef = z.object({ file: z.string(), line: z.number().int().positive() });
export type NoteRef = z.infer<typeof NoteRef>;

/** A Word comment the draft carries: traceability for a paragraph or summary point, or a grade's reasons. */
export const DraftComment = z.object({
  id: z.number().int().nonnegative(),
  /** One Word paragraph per entry. Names file:line, criterion and confidence, never note text. */
  lines: z.array(z.string()),
});
export type DraftComment = z.infer<typeof DraftComment>;

/**
 * One sentence of drafted text; `low` marks text from a low-confidence observation (highlighted);
 * `framing` marks a judgement-first opening drafted from the balance of findings (to confirm).
 */
export const DraftSegment = z.object({ text: z.string(), low: z.boolean().default(false), framing: z.boolean().optional() });
export type DraftSegment = z.infer<typeof DraftSegment>;

/** A judgement paragraph: the observations for one criterion, in report register. */
export const DraftParagraph = z.object({
  number: z.number().int().positive().describe('continuous across sections, as in published reports'),
  section: z.string(),
  criterion: z.object({ id: z.string(), title: z.string() }),
  segments: z.array(DraftSegment).min(1),
  text: z.string().describe('the segments joined: the paragraph as it reads'),
  polarity: z.enum(['strength', 'improvement', 'mixed']),
  sources: z.array(NoteRef),
  confidence: z.number().min(0).max(1).describe('lowest confidence among its observations'),
  lowConfidence: z.boolean(),
  commentId: z.number().int().nonnegative(),
});
export type DraftParagraph = z.infer<typeof DraftParagraph>;

/** A bullet in the summary of strengths, areas for improvement or recommendations. */
export const SummaryPoint = z.object({
  text: z.string(),
  criteria: z.array(z.string()),
  sources: z.array(NoteRef),
  confidence: z.number().min(0).max(1),
  lowConfidence: z.boolean(),
  commentId: z.number().int().nonnegative(),
});
export type SummaryPoint = z.infer<typeof SummaryPoint>;

/** A grade Drafter suggests from the framework's descriptors; the inspector decides. */
export const SuggestedGrade = z.object({
  grade: z.string(),
  label: z.string(),
  descriptor: z.string(),
  standing: z.enum(['above', 'meets', 'below', 'failing']),
  reasons: z.array(z.string()),
  commentId: z.number().int().nonnegative(),
});
export type SuggestedGrade = z.infer<typeof SuggestedGrade>;

/** Compliance as the notes support it: met (no shortfall noted), not met, or not evidenced. */
export const ComplianceModel = z.object({
  status: z.enum(['met', 'not-met', 'not-evidenced']),
  statement: z.string().describe("the framework's met / not met sentence, or a placeholder"),
  commentId: z.number().int().nonnegative(),
});
export type ComplianceModel = z.infer<typeof ComplianceModel>;

/** A report section or evaluation area with its drafted paragraphs. */
export const SectionModel = z.object({
  id: z.string(),
  title: z.string(),
  paragraphs: z.array(DraftParagraph),
  grade: SuggestedGrade.nullable().describe('toolkit areas only'),
  strengths: z.array(SummaryPoint),
  improvements: z.array(SummaryPoint),
  recommendations: z.array(SummaryPoint),
});
export type SectionModel = z.infer<typeof SectionModel>;

/** A context fact the draft states (provider information, inspection activities), with its source. */
export const DraftFact = z.object({ text: z.string(), sources: z.array(NoteRef), commentId: z.number().int().nonnegative() });
export type DraftFact = z.infer<typeof DraftFact>;

/** Everything a report template needs: the draft as data, before any layout. */
export const ReportModel = z.object({
  framework: FrameworkId,
  frameworkVersion: z.string(),
  title: z.string(),
  provider: z.string(),
  inspectorate: z.string().nullable(),
  dates: z.array(z.iso.date()),
  /** "18 to 21 March 2024", or null when no dates were given. */
  datesText: z.string().nullable(),
  /** "between 18 and 21 March 2024" / "on 18 March 2024", or null. */
  datesSentence: z.string().nullable(),
  provider_info: z.object({
    countries: z.array(z.string()),
    facts: z.array(DraftFact),
  }),
  activities: z.object({ inPerson: z.array(DraftFact), remote: z.array(DraftFact) }),
  strengths: z.array(SummaryPoint),
  improvements: z.array(SummaryPoint),
  compliance: ComplianceModel,
  sections: z.array(SectionModel).describe('judgement sections in framework order; compliance last where it has paragraphs'),
  overallGrade: SuggestedGrade.nullable(),
  comments: z.array(DraftComment),
  stats: z.object({
    observations: z.number().int(),
    drafted: z.number().int().describe('observations that reached a paragraph, summary or fact'),
    paragraphs: z.number().int(),
    lowConfidence: z.number().int(),
  }),
});
export type ReportModel = z.infer<typeof ReportModel>;
