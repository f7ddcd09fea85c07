import { findPersonalNames } from '../classify/redact-names.js';
import { listFrameworks, loadFrameworkSync } from '../frameworks/index.js';
import type { Framework, Report } from '../schemas/index.js';
import { basicReviewContext, type ReviewContext, type ReviewThresholds } from './context.js';

export interface ReviewContextOptions {
  /** User corpus: framework overrides are read from it. */
  corpusDir?: string;
  /** Reports to compare against (boilerplate, polarity, terminology) without reviewing them. */
  reference?: Report[];
  /** Full text lines per reviewed file, for placeholders outside the narrative. */
  documentLines?: Map<string, Array<{ text: string; line: number }>>;
  thresholds?: Partial<ReviewThresholds>;
}

/** Every framework taxonomy Drafter can load; one that is missing or invalid is left out (its reports skip grade checks). */
export function loadAvailableFrameworks(corpusDir?: string): Framework[] {
  const frameworks: Framework[] = [];
  for (const id of listFrameworks()) {
    try {
      frameworks.push(loadFrameworkSync(id, corpusDir));
    } catch {
      // A framework without a taxonomy file yet: review still runs every other check.
    }
  }
  return frameworks;
}

/** The context the CLI and benches use: shipped taxonomies, the report-prose polarity judge, the notes name finder. */
export function createReviewContext(options: ReviewContextOptions = {}): ReviewContext {
  return basicReviewContext(loadAvailableFrameworks(options.corpusDir), {
    findNames: findPersonalNames,
    reference: options.reference,
    documentLines: options.documentLines,
    thresholds: options.thresholds,
  });
}
