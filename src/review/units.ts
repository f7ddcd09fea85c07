import type { AnalysedReport } from './analyse.js';
import { summaryHeading } from './finding.js';

/** One piece of a report's own prose, with where it sits. */
export interface TextUnit {
  section: string | null;
  paragraph: number | null;
  /** How a message names it: "paragraph 12", "area for improvement 3". */
  label: string;
  text: string;
  /** Where it came from: details values are often lists joined into one line, not sentences. */
  origin: 'title' | 'compliance' | 'summary' | 'paragraph' | 'detail';
}

/** Every piece of narrative a report's author wrote (not framework boilerplate, not the details table). */
export function textUnits(report: AnalysedReport): TextUnit[] {
  const units: TextUnit[] = [];
  const doc = report.report;
  if (doc.provider) units.push({ section: 'Title page', paragraph: null, label: 'the provider name', text: doc.provider, origin: 'title' });
  if (doc.compliance) units.push({ section: 'Compliance', paragraph: null, label: 'the compliance statement', text: doc.compliance, origin: 'compliance' });
  const strengths = summaryHeading(report, 'strengths');
  for (const item of report.strengths) units.push({ section: strengths, paragraph: null, label: `strength ${item.index}`, text: item.text, origin: 'summary' });
  const improvements = summaryHeading(report, 'improvements');
  for (const item of report.improvements) {
    units.push({ section: improvements, paragraph: null, label: `area for improvement ${item.index}`, text: item.text, origin: 'summary' });
  }
  for (const p of report.paragraphs) units.push({ section: p.section, paragraph: p.number, label: `paragraph ${p.number}`, text: p.text, origin: 'paragraph' });
  // Prose the inspector wrote outside the judgement paragraphs ("What is it like to be a trainee…",
  // inspection activities). Inspectors' own names, addresses and framework descriptors are not it.
  for (const [key, value] of Object.entries(doc.details)) {
    if (/inspector|team|address|descriptor|report|number|dates?\b|url|website/i.test(key)) continue;
    if (value.split(/\s+/).length < 15) continue;
    units.push({ section: key, paragraph: null, label: `"${key}"`, text: value, origin: 'detail' });
  }
  return units;
}
