// Framework parsing bench: parse time of each seed framework document, as published and flattened
// onto one line, and what each reading recovers (criteria, levels, diagnostics).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework } from '../../src/frameworks/index.js';
import { samplesDir } from '../../src/paths.js';
import type { SourceInfo } from '../../src/schemas/index.js';

const RUNS = Number(process.env.BENCH_FRAMEWORK_RUNS ?? 20);

export async function run(): Promise<void> {
  const docs = [
    ['iQTS pilot framework', 'iqts-pilot-inspection-framework-2023.txt'],
    ['ITE toolkit (consultation)', 'ite-inspection-toolkit-2025-consultation.txt'],
  ] as const;
  console.log('document                              shape     KB   ms/parse  criteria  levels  diagnostics (warn+)');
  for (const [name, file] of docs) {
    const text = readFileSync(join(samplesDir, 'frameworks', file), 'utf8');
    for (const [shape, input] of [
      ['lines', text],
      ['one line', text.replace(/\s+/g, ' ')],
    ] as const) {
      const source: SourceInfo = { file, hash: 'bench', format: 'text', synthetic: false };
      let fw = parseFramework(input, source);
      const started = performance.now();
      for (let i = 0; i < RUNS; i++) fw = parseFramework(input, source);
      const ms = (performance.now() - started) / RUNS;
      const levels = fw.criteria.reduce((n, c) => n + c.levels.length, 0);
      const serious = fw.diagnostics.filter((d) => d.severity !== 'info').length;
      console.log(
        `${name.padEnd(37)} ${shape.padEnd(9)} ${(input.length / 1024).toFixed(0).padStart(3)} ${ms.toFixed(1).padStart(9)} ${String(fw.criteria.length).padStart(9)} ${String(levels).padStart(7)}  ${fw.diagnostics.length} (${serious})`,
      );
    }
  }
}
