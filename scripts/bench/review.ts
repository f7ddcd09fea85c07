// `npm run bench -- review`: time `reviewReports` on 40 and 400 synthetic reports (src/synthetic,
// marked synthetic, never real), plus the two real samples, with the same context the CLI uses.
import { readFile } from 'node:fs/promises';
import { parseDocument } from '../../src/ingest/index.js';
import { createReviewContext } from '../../src/review/default-context.js';
import { reviewReports } from '../../src/review/index.js';
import type { Finding, Report } from '../../src/schemas/index.js';
import { generateReports } from '../../src/synthetic/index.js';

function tally(findings: Finding[]): string {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byKind = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  }
  const kinds = [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${bySeverity.error} error / ${bySeverity.warning} warning / ${bySeverity.info} info (${kinds})`;
}

function time(label: string, reports: Report[]): void {
  const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);
  // A fresh context each run: no polarity cache carried over between sizes.
  const started = performance.now();
  const findings = reviewReports(reports, createReviewContext());
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(28)} ${String(reports.length).padStart(4)} reports ${String(paragraphs).padStart(6)} paragraphs  ` +
      `${seconds.toFixed(2).padStart(6)} s  (${((seconds * 1000) / reports.length).toFixed(1)} ms/report)  ${tally(findings)}`,
  );
}

export async function run(): Promise<void> {
  const root = new URL('../../', import.meta.url);
  const samples: Report[] = [];
  for (const name of ['iqts-university-of-derby-2024.txt', 'ite-2015-loughborough-university-2018.txt']) {
    const doc = await parseDocument(await readFile(new URL(`corpus/samples/reports/${name}`, root)), name);
    if (doc.kind === 'report') samples.push(doc);
  }
  // Warm-up: module loading and the stemmer cache are start-up costs, not review costs.
  reviewReports(samples, createReviewContext());
  time('real samples', samples);
  time('synthetic (seed 1)', generateReports(40, { seed: 1 }));
  time('synthetic (seed 1)', generateReports(400, { seed: 1 }));
}
