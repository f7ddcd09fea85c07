export * from './diagnostic.js';
export * from './source.js';
export * from './framework.js';
export * from './report.js';
export * from './document.js';
export * from './observation.js';
export * from './finding.js';
export * from './requests.js';
