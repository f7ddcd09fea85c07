import { z } from 'zod';

export const SourceFormat = z.enum(['pdf', 'docx', 'text']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Where a parsed document came from. `hash` is the sha256 of the file's bytes and keys the corpus. */
export const SourceInfo = z.object({
  file: z.string().describe('file name as given, not a full path'),
  hash: z.string(),
  format: SourceFormat,
  pages: z.number().int().nonnegative().optional(),
  synthetic: z.boolean().default(false).describe('made by the test corpus generator, never a real report'),
});
export type SourceInfo = z.infer<typeof SourceInfo>;
