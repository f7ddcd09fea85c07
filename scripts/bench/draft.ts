// Draft figures: notes file of about 40 lines → .docx on disk, after warm-up. Reported both for the
// whole stage (classify with the cached model + build + render + pack + atomic write) and for the
// draft half alone (observations already in hand, as the queue's draft flow has them).
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runClassify } from '../../src/classify/index.js';
import { buildReportModel, packDocx, renderDocx, runDraft, safeText, writeDraft } from '../../src/draft/index.js';
import { loadFramework } from '../../src/frameworks/index.js';
import type { DraftRequest, FrameworkId } from '../../src/schemas/index.js';

const samples = fileURLToPath(new URL('../../corpus/samples/notes/', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'drafter-bench-draft-'));
  try {
    for (const [framework, file] of [
      ['iqts', 'iqts-sample-notes.md'],
      ['ite-2025', 'ite-2025-sample-notes.md'],
    ] as Array<[FrameworkId, string]>) {
      const text = readFileSync(join(samples, file), 'utf8');
      const lines = text.split('\n').filter((line) => line.trim()).length;
      const loaded = await loadFramework(framework);
      const request = (i: number): DraftRequest => ({
        notes: { file, text, firstLine: 1 },
        framework,
        provider: 'Bench Provider',
        dates: ['2026-03-09', '2026-03-12'],
        out: join(dir, `${framework}-${i}.docx`),
        force: true,
        corpusDir: join(dir, 'corpus'),
      });
      const observations = await runClassify({ notes: request(0).notes, framework, corpusDir: request(0).corpusDir }); // trains + caches
      for (let i = 0; i < 3; i++) await runDraft(request(i)); // warm-up

      const whole: number[] = [];
      const draftOnly: number[] = [];
      const parts = { model: [] as number[], render: [] as number[], pack: [] as number[] };
      for (let i = 0; i < 15; i++) {
        let started = performance.now();
        await runDraft(request(i));
        whole.push(performance.now() - started);
        started = performance.now();
        await writeDraft(request(100 + i), observations, { framework: loaded });
        draftOnly.push(performance.now() - started);
        started = performance.now();
        const model = buildReportModel(observations, loaded, { provider: 'Bench Provider', dates: request(i).dates, redact: safeText });
        parts.model.push(performance.now() - started);
        started = performance.now();
        const document = renderDocx(model, loaded);
        parts.render.push(performance.now() - started);
        started = performance.now();
        await packDocx(document);
        parts.pack.push(performance.now() - started);
      }
      console.log(
        `${framework}: ${file} (${lines} non-blank lines, ${observations.length} observations) → .docx, median of 15 after warm-up:\n` +
          `  notes → .docx (classify + draft + write): ${median(whole).toFixed(0)} ms (max ${Math.max(...whole).toFixed(0)})\n` +
          `  observations → .docx (writeDraft):       ${median(draftOnly).toFixed(0)} ms` +
          ` [model ${median(parts.model).toFixed(1)} ms, render ${median(parts.render).toFixed(1)} ms, pack ${median(parts.pack).toFixed(1)} ms]`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
