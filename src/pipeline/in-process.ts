import { ingestDocument } from '../corpus/index.js';
import { runClassify } from '../classify/index.js';
import { runDraft } from '../draft/index.js';
import type { Runner } from './runner.js';

/** The embedded default: every stage runs in this process, no Redis needed. */
export function createInProcessRunner(): Runner {
  return {
    async ingest(requests, context = {}) {
      const outcomes = [];
      for (const [index, request] of requests.entries()) {
        const outcome = await ingestDocument(request, { warn: context.warn });
        outcomes.push(outcome);
        context.onOutcome?.(outcome);
        context.onProgress?.({ done: index + 1, total: requests.length, label: outcome.file });
      }
      return outcomes;
    },
    classify: (request, context) => runClassify(request, context),
    draft: (request, context) => runDraft(request, context),
    async close() {},
  };
}
