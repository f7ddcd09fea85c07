// Classifier figures: training time on the bundled samples (truly cold; then with the shared cache
// of redacted training notes; then a model another corpus trained), cache load time, and
// throughput after the model is loaded — classifyText per statement, and whole notes
// (split + redact + classify) per observation — in a fresh process, as `drafter classify` runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Classify from '../../src/classify/index.js';
import type * as Frameworks from '../../src/frameworks/index.js';

const compiled = (path: string) => import(new URL(`../../dist/src/${path}`, import.meta.url).href);
const { clearClassifierMemory, loadClassifier, trainClassifier, trainClassifierInParallel, trainingStatements } = (await compiled('classify/index.js')) as typeof Classify;
const { loadFramework } = (await compiled('frameworks/index.js')) as typeof Frameworks;

const throughputScript = fileURLToPath(new URL('../bench-children/classify-throughput.ts', import.meta.url));

interface Rates {
  best: number;
  median: number;
  cpu: number;
}

export async function run(): Promise<void> {
  // Throughput scales with how busy the machine is; print the load so figures can be compared.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const scratch = mkdtempSync(join(tmpdir(), 'drafter-bench-classify-'));
  const corpus = (name: string) => join(scratch, name);
  // An empty shared cache of our own: the first training below is truly cold.
  const sharedBefore = process.env.DRAFTER_CACHE_DIR;
  process.env.DRAFTER_CACHE_DIR = corpus('shared-cache');
  try {
    const framework = await loadFramework('iqts');
    clearClassifierMemory();
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const coldMs = await time(() => loadClassifier(framework, corpus('a')));
    // A second corpus: the redacted training notes come from the shared cache; its model is trained.
    clearClassifierMemory();
    await rm(corpus('shared-cache/models'), { recursive: true, force: true });
    const warmNotesMs = await time(() => loadClassifier(framework, corpus('b')));
    // A third: the model the second trained, from the shared cache.
    clearClassifierMemory();
    const sharedModelMs = await time(() => loadClassifier(framework, corpus('c')));
    clearClassifierMemory();
    const cachedMs = await time(() => loadClassifier(framework, corpus('a')));
    const statements = await trainingStatements(corpus('a'));
    const fits = 3;
    // On two threads, as loadClassifier trains; and on one, as evaluation's many fits do.
    const fitMs = (await time(async () => {
      for (let i = 0; i < fits; i++) await trainClassifierInParallel(statements, framework);
    })) / fits;
    const oneThreadMs = (await time(async () => {
      for (let i = 0; i < fits; i++) trainClassifier(statements, framework);
    })) / fits;
    console.log(`training, cold (parse samples, redact the training notes, derive ${statements.length} statements, fit, write caches): ${coldMs.toFixed(0)} ms`);
    console.log(`  a new corpus, redacted training notes from the shared cache: ${warmNotesMs.toFixed(0)} ms; its model from the shared cache: ${sharedModelMs.toFixed(0)} ms`);
    console.log(`  fit alone: ${fitMs.toFixed(0)} ms on two threads, ${oneThreadMs.toFixed(0)} ms on one (means of ${fits}); cached model load (hash check + read): ${cachedMs.toFixed(0)} ms`);

    const child = spawnSync(process.execPath, [...process.execArgv, throughputScript, corpus('a')], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`throughput run failed: ${child.stderr.trim().split('\n').pop()}`);
    const figures = JSON.parse(child.stdout) as { runs: number; statements: number; kilobytes: number; observations: number; text: Rates; notes: Rates };
    const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
    const { text, notes: whole } = figures;
    console.log(
      `classifyText: ${fmt(text.best)} statements/s best of ${figures.runs} runs of ${figures.statements.toLocaleString('en-GB')} note lines ` +
        `(median ${fmt(text.median)}; ${fmt(text.cpu)}/s by CPU time)`,
    );
    console.log(
      `classifyNotes (split + redact names + classify + merge): ${fmt(whole.best)} observations/s best of ${figures.runs} runs of ` +
        `${figures.kilobytes.toFixed(0)} KB of notes, ${figures.observations.toLocaleString('en-GB')} observations each ` +
        `(median ${fmt(whole.median)}; ${fmt(whole.cpu)}/s by CPU time; ${Math.round((100 * whole.best) / text.best)}% of classifyText's best)`,
    );
    console.log('  (throughput in a fresh process that loaded the cached model, as `drafter classify` does)');
  } finally {
    if (sharedBefore === undefined) delete process.env.DRAFTER_CACHE_DIR;
    else process.env.DRAFTER_CACHE_DIR = sharedBefore;
    await rm(scratch, { recursive: true, force: true });
  }
}
