/**
 * Drafter's fatal input errors. Each has a permanent kebab-case code (never renamed), a one-line
 * message saying what happened and what to do, and whether retrying could help.
 * Messages name files and lines, never note text, so personal names stay out of logs.
 */
export const ErrorCatalogue = {
  'file-not-found': { retryable: false },
  'file-empty': { retryable: false },
  'file-unreadable': { retryable: true },
  'unsupported-format': { retryable: false },
  'pdf-no-text-layer': { retryable: false },
  'pdf-encrypted': { retryable: false },
  'pdf-corrupt': { retryable: false },
  'docx-corrupt': { retryable: false },
  'not-a-report-or-framework': { retryable: false },
  'binary-content': { retryable: false },
  'notes-empty': { retryable: false },
  'notes-too-large': { retryable: false },
  'framework-unknown': { retryable: false },
  'framework-not-in-corpus': { retryable: false },
  'corpus-invalid': { retryable: false },
  'document-not-found': { retryable: false },
  'corpus-no-reports': { retryable: false },
  'criterion-unknown': { retryable: false },
  'no-observations': { retryable: false },
  'template-missing': { retryable: false },
  'template-invalid': { retryable: false },
  'output-exists': { retryable: false },
  'output-unwritable': { retryable: false },
  'invalid-argument': { retryable: false },
  'invalid-job-data': { retryable: false },
  'redis-unreachable': { retryable: true },
  'job-failed': { retryable: false },
  'request-timeout': { retryable: true },
} as const satisfies Record<string, { retryable: boolean }>;

export type ErrorCode = keyof typeof ErrorCatalogue;

export class DrafterError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'DrafterError';
    this.code = code;
    this.retryable = ErrorCatalogue[code].retryable;
    this.hint = options.hint;
  }

  /** True for a DrafterError from any copy of this module (queue children load their own). */
  static is(error: unknown): error is DrafterError {
    return error instanceof Error && error.name === 'DrafterError' && typeof (error as { code?: unknown }).code === 'string';
  }

  /** The one line the CLI prints: "[code] message (hint)". */
  toLine(): string {
    return `[${this.code}] ${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** Turns zod issues into one line of `path: message` pairs. */
export function formatIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** The most a notes file may hold, in bytes (and characters once read): one inspection's notes are a few hundred KB. */
export const MAX_NOTES_BYTES = 10 * 1024 * 1024;

/** The one-line refusal of notes over MAX_NOTES_BYTES; exact figures, so a file just over the limit is not told "10.0 MB is too large (limit 10 MB)". */
export function notesTooLarge(file: string, size: number, unit: 'bytes' | 'characters' = 'bytes'): DrafterError {
  return new DrafterError('notes-too-large', `${file}: ${size.toLocaleString('en-GB')} ${unit} is over the notes limit of ${MAX_NOTES_BYTES.toLocaleString('en-GB')} (${MAX_NOTES_BYTES / 1024 / 1024} MB)`, {
    hint: 'split it into one file per inspection',
  });
}
