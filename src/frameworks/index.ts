/**
 * Framework taxonomies and framework documents.
 *
 * - Taxonomies are versioned data: corpus/frameworks/<id>.json (iqts, ite-2015, ite-2020, ite-2025),
 *   validated by the Framework schema. `loadFramework(id, corpusDir?)` reads the package copy unless
 *   `<corpusDir>/frameworks/<id>.json` overrides it; `loadFrameworkSync` is the cached variant.
 * - `looksLikeFramework(text)` / `parseFramework(text, source)` read a framework document (the iQTS
 *   inspection framework, the Ofsted ITE toolkit) into a Framework that keeps the taxonomy's stable
 *   criterion ids; what the text does not allow to be recovered is a Diagnostic on the result.
 */
export {
  loadFramework,
  loadFrameworkSync,
  listFrameworks,
  frameworkPath,
  packageFrameworksDir,
  clearFrameworkCache,
} from './load-framework.js';
export { looksLikeFramework, parseFramework, type ParseFrameworkOptions } from './parse-framework.js';
