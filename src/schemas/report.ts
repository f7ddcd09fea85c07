import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { FrameworkId } from './framework.js';
import { SourceInfo } from './source.js';

/** One cell of a judgement table. */
export const GradeEntry = z.object({
  judgement: z.string().describe('"Overall effectiveness", "Quality of leadership and management"'),
  phase: z.string().nullable().describe('"Secondary QTS", "Primary"; null where the report has one column'),
  grade: z.string().describe('as printed: "1", "Grade 3", "Outstanding"'),
});
export type GradeEntry = z.infer<typeof GradeEntry>;

/** A numbered judgement paragraph, page debris removed. */
export const JudgementParagraph = z.object({
  number: z.number().int().positive(),
  section: z.string().describe('heading the paragraph sits under, as printed'),
  text: z.string(),
});
export type JudgementParagraph = z.infer<typeof JudgementParagraph>;

/** A published (or drafted) inspection report, parsed. */
export const Report = z.object({
  kind: z.literal('report'),
  framework: FrameworkId,
  title: z.string().default(''),
  provider: z.string(),
  inspectorate: z.string().nullable().default(null),
  providerType: z.string().nullable().default(null).describe('"HEI", "SCITT", "school-led", as far as the report says'),
  inspectionDates: z.array(z.iso.date()).describe('earliest first'),
  phases: z.array(z.string()),
  grades: z.array(GradeEntry),
  overallGrade: z.string().nullable().default(null),
  compliance: z.string().nullable().default(null).describe('the compliance statement, as printed'),
  strengths: z.array(z.string()),
  areasForImprovement: z.array(z.string()),
  paragraphs: z.array(JudgementParagraph),
  details: z.record(z.string(), z.string()).default({}).describe('URN, inspection number, previous inspection…'),
  source: SourceInfo.optional(),
  diagnostics: z.array(Diagnostic).default([]),
});
export type Report = z.infer<typeof Report>;
