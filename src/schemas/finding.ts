import { z } from 'zod';
import { Severity } from './diagnostic.js';

export const FindingKind = z.enum([
  'grade-narrative',
  'summary-body',
  'boilerplate',
  'polarity-inconsistency',
  'personal-name',
  'numbering',
  'shorthand',
  'style',
  'terminology',
  /** The file could not be read or is not a report: the rest are still reviewed. */
  'unreadable',
]);
export type FindingKind = z.infer<typeof FindingKind>;

/** One consistency problem a quality reviewer should look at. */
export const Finding = z.object({
  file: z.string(),
  severity: Severity,
  kind: FindingKind,
  location: z.object({ section: z.string().nullable(), paragraph: z.number().int().nullable() }),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const ReviewResult = z.object({ findings: z.array(Finding) });
export type ReviewResult = z.infer<typeof ReviewResult>;
