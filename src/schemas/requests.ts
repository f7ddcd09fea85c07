import { z } from 'zod';
import { FrameworkId } from './framework.js';
import { NotesInput } from './observation.js';

// Requests are what a Runner moves between processes: plain JSON, validated at every edge.
// Paths are absolute; with workers on other machines they must be on shared storage.

export const IngestRequest = z.object({
  path: z.string().describe('absolute path of one document'),
  corpusDir: z.string(),
});
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestOutcome = z.object({
  file: z.string(),
  status: z.enum(['ingested', 'duplicate', 'failed']),
  hash: z.string().nullable(),
  kind: z.enum(['report', 'framework']).nullable(),
  reason: z.string().nullable().describe('one-line error for failed files, with its code'),
  code: z.string().nullable(),
});
export type IngestOutcome = z.infer<typeof IngestOutcome>;

export const ClassifyRequest = z.object({
  notes: NotesInput,
  framework: FrameworkId,
  corpusDir: z.string(),
});
export type ClassifyRequest = z.infer<typeof ClassifyRequest>;

export const DraftRequest = z.object({
  notes: NotesInput,
  framework: FrameworkId,
  provider: z.string().min(1),
  dates: z.array(z.iso.date()).default([]),
  out: z.string().describe('absolute path of the .docx to write'),
  force: z.boolean().default(false),
  corpusDir: z.string(),
  /** Printed in the title block; null leaves a highlighted placeholder. */
  inspectorate: z.string().nullable().optional(),
  /** Insert note-derived text as tracked insertions (off by default: see templates/README.md). */
  trackChanges: z.boolean().optional(),
});
export type DraftRequest = z.infer<typeof DraftRequest>;

export const DraftResult = z.object({
  out: z.string(),
  observations: z.number().int(),
  paragraphs: z.number().int(),
  placeholders: z.number().int(),
  lowConfidence: z.number().int(),
  suggestedGrade: z.string().nullable(),
});
export type DraftResult = z.infer<typeof DraftResult>;

/** Progress a stage reports as it goes; workers forward it with job.updateProgress. */
export const Progress = z.object({
  done: z.number(),
  total: z.number(),
  label: z.string().optional(),
});
export type Progress = z.infer<typeof Progress>;
