export {
  loadFramework,
  loadFrameworkSync,
  listFrameworks,
  frameworkPath,
  packageFrameworksDir,
  clearFrameworkCache,
} from './load-framework.js';
export { looksLikeFramework, parseFramework, type ParseFrameworkOptions } from './parse-framework.js';
