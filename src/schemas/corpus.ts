import { z } from 'zod';
import { SourceFormat } from './source.js';

/** One line of a corpus's index.json: enough to list the corpus without opening every document. */
export const CorpusEntry = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.string(),
  format: SourceFormat,
  kind: z.enum(['report', 'framework']),
  framework: z.string().describe('report framework or framework id'),
  title: z.string().default(''),
  provider: z.string().nullable().default(null),
  inspectionDates: z.array(z.string()).default([]),
  overallGrade: z.string().nullable().default(null),
  addedAt: z.string(),
});
export type CorpusEntry = z.infer<typeof CorpusEntry>;

/** `<corpusDir>/index.json`. */
export const CorpusIndex = z.object({
  version: z.literal(1),
  documents: z.array(CorpusEntry),
});
export type CorpusIndex = z.infer<typeof CorpusIndex>;
