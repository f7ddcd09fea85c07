export { generateReports, generateLabelledReports, type GenerateOptions, type SyntheticTruth } from './generate-reports.js';
export { THEMES, PLANTED, type Theme, type ThemeArea } from './themes.js';
export { PROFILES, type FrameworkProfile, type ProviderType } from './profiles.js';
export { Prng } from '../prng.js';
export { renderReportText, SYNTHETIC_BANNER } from './render-text.js';
export { writeSyntheticCorpus, isInsideSamples, type WriteCorpusOptions } from './write-corpus.js';
