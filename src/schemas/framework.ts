import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { SourceInfo } from './source.js';

/** Every framework or report shape Drafter knows. Adding one is data plus a template, not code. */
export const FrameworkId = z.enum(['iqts', 'ite-2015', 'ite-2020', 'ite-2025']);
export type FrameworkId = z.infer<typeof FrameworkId>;

/** One step of a grade scale, best first in `Framework.gradeScale`. */
export const GradeLevel = z.object({
  grade: z.string().describe('as printed: "1", "Outstanding", "Strong standard"'),
  label: z.string().describe('short name: "Grade 1", "exceptional"'),
  descriptor: z.string().default(''),
  /** Where this level sits: positive at or above the expected standard. */
  standing: z.enum(['above', 'meets', 'below', 'failing']).default('meets'),
});
export type GradeLevel = z.infer<typeof GradeLevel>;

/** A report section or evaluation area a criterion belongs to. */
export const FrameworkSection = z.object({
  id: z.string().describe('kebab-case: "leadership-and-management", "inclusion"'),
  title: z.string(),
  /** Reports grade this section on its own (toolkit areas), rather than only as part of the overall grade. */
  graded: z.boolean().default(false),
  /** Other names documents use for this section (older or draft versions), for matching parsed headings. */
  aliases: z.array(z.string()).default([]),
});
export type FrameworkSection = z.infer<typeof FrameworkSection>;

/** Descriptor text for one grade level of one criterion or theme. */
export const LevelDescriptor = z.object({ grade: z.string(), text: z.string() });
export type LevelDescriptor = z.infer<typeof LevelDescriptor>;

/** A criterion, expectation or theme: the unit observations are classified against. */
export const Criterion = z.object({
  id: z.string().describe('stable id: "C1.4", "LM2.5", "leadership/governance"'),
  section: z.string().describe('FrameworkSection.id'),
  title: z.string(),
  descriptors: z.array(z.string()).describe('what the framework expects, as written'),
  levels: z.array(LevelDescriptor).default([]).describe('descriptors per grade level, where the framework has them'),
  keywords: z.array(z.string()).default([]).describe('domain terms that signal this criterion in notes'),
});
export type Criterion = z.infer<typeof Criterion>;

export const GlossaryEntry = z.object({ term: z.string(), definition: z.string() });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** A versioned framework taxonomy: corpus/frameworks/<id>.json, or one parsed from a framework document. */
export const Framework = z.object({
  kind: z.literal('framework'),
  id: FrameworkId,
  version: z.string().describe('e.g. "2023-10-pilot", "2025-09"'),
  title: z.string(),
  publisher: z.string().default(''),
  gradeScale: z.array(GradeLevel),
  sections: z.array(FrameworkSection),
  criteria: z.array(Criterion),
  /** Compliance is judged met / not met (toolkit) or compliant / not compliant (iQTS). */
  compliance: z.object({ met: z.string(), notMet: z.string() }).optional(),
  /** Fixed report text that comes from the framework, not from notes: purpose, glossary, next steps. */
  text: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  glossary: z.array(GlossaryEntry).default([]),
  source: SourceInfo.optional(),
  diagnostics: z.array(Diagnostic).default([]),
});
export type Framework = z.infer<typeof Framework>;
