import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A content problem the parser could live with, recorded on the document rather than thrown. */
export const Diagnostic = z.object({
  code: z.string().describe('stable kebab-case rule id, e.g. "page-debris-removed"'),
  message: z.string(),
  severity: Severity,
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
