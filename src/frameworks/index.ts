export {
  loadFramework,
  loadFrameworkSync,
  listFrameworks,
  frameworkPath,
  packageFrameworksDir,
  clearFrameworkCache,
} from './load-framework.js';
