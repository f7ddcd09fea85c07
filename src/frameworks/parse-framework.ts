import { DrafterError } from '../errors.js';
import type { Diagnostic, Framework, FrameworkId, SourceInfo } from '../schemas/index.js';
import { Framework as FrameworkSchema } from '../schemas/index.js';
import { loadFrameworkSync } from './load-framework.js';
import { looksLikeIqtsFramework, parseIqtsFramework } from './parse-iqts.js';
import { looksLikeToolkit, parseToolkit } from './parse-toolkit.js';

/**
 * Which framework a document's text is, or null when it is not a framework Drafter can parse
 * (reports, handbooks without criteria tables, anything else). Cheap: regexes over the text.
 */
export function looksLikeFramework(text: string): FrameworkId | null {
  if (looksLikeIqtsFramework(text)) return 'iqts';
  if (looksLikeToolkit(text)) return 'ite-2025';
  return null;
}

export interface ParseFrameworkOptions {
  /** Taxonomy to check against and take ids from (default: the package's, via loadFrameworkSync). */
  taxonomy?: Framework;
  /** A user corpus whose frameworks/<id>.json overrides the package taxonomy. */
  corpusDir?: string;
  /** Diagnostics from reading the file (page debris removed, text unflattened…), kept ahead of the parser's own. */
  diagnostics?: Diagnostic[];
}

/**
 * Parses a framework document's plain text (any shape: lines, Markdown, or one long line) into a
 * Framework that keeps the taxonomy's stable criterion ids and fills descriptors, levels and the
 * grade scale from the document. What the text does not let it recover is a diagnostic on the
 * result, never a guess. Throws 'not-a-report-or-framework' when the text is no framework it knows.
 */
export function parseFramework(text: string, source: SourceInfo, options: ParseFrameworkOptions = {}): Framework {
  const id = looksLikeFramework(text);
  if (!id) {
    throw new DrafterError('not-a-report-or-framework', `${source.file}: not a framework document Drafter can parse`, {
      hint: 'expected the iQTS inspection framework or the Ofsted ITE inspection toolkit',
    });
  }
  const taxonomy = options.taxonomy ?? loadFrameworkSync(id, options.corpusDir);
  const parsed = id === 'iqts' ? parseIqtsFramework(text, source, taxonomy) : parseToolkit(text, source, taxonomy);
  return FrameworkSchema.parse({ ...parsed, diagnostics: [...(options.diagnostics ?? []), ...parsed.diagnostics] });
}
