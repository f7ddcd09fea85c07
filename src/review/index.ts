export { reviewReports, sortFindings } from './review-reports.js';
export { basicReviewContext, DEFAULT_THRESHOLDS, type ReviewContext, type ReviewThresholds, type PolarityJudgement } from './context.js';
export { judgeProsePolarity } from './prose-polarity.js';
export { placeGrade } from './checks/grade-narrative.js';
export { TERMINOLOGY } from './checks/across-reports.js';
