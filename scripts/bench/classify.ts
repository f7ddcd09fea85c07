// Classifier figures: training time on the bundled samples (cold, no cache), cache load time, and
// throughput after the model is loaded — classifyText per statement, and whole notes
// (split + redact + classify) per observation.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Classify from '../../src/classify/index.js';
import type * as Frameworks from '../../src/frameworks/index.js';

// Timed on the compiled modules that `drafter` runs (`npm run bench` builds them first), not on
// tsx's on-the-fly transform of src/, which wraps every function in a naming helper and ran
// classifyNotes 13-20% slower than tsc's output in the same process.
const compiled = (path: string) => import(new URL(`../../dist/src/${path}`, import.meta.url).href);
const { classifyNotes, classifyText, clearClassifierMemory, loadClassifier, trainClassifier, trainingStatements } = (await compiled('classify/index.js')) as typeof Classify;
const { loadFramework } = (await compiled('frameworks/index.js')) as typeof Frameworks;

const fixtures = fileURLToPath(new URL('../../test/fixtures/notes/', import.meta.url));

export async function run(): Promise<void> {
  // Throughput scales with how busy the machine is; print the load so figures can be compared.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const corpusDir = mkdtempSync(join(tmpdir(), 'drafter-bench-classify-'));
  try {
    const framework = await loadFramework('iqts');
    let started = performance.now();
    const model = await loadClassifier(framework, corpusDir);
    const coldMs = performance.now() - started;
    clearClassifierMemory();
    started = performance.now();
    await loadClassifier(framework, corpusDir);
    const cachedMs = performance.now() - started;
    const statements = await trainingStatements(corpusDir);
    started = performance.now();
    for (let i = 0; i < 5; i++) trainClassifier(statements, framework);
    const fitMs = (performance.now() - started) / 5;
    console.log(`training (cold: parse samples, derive ${statements.length} statements, fit, write cache): ${coldMs.toFixed(0)} ms`);
    console.log(`  fit alone: ${fitMs.toFixed(1)} ms; cached model load (hash check + read): ${cachedMs.toFixed(0)} ms`);

    // Dev notes only: the lines the classifier was tuned on, used here for speed, not quality.
    const notes = readdirSync(fixtures)
      .filter((f) => f.startsWith('iqts-dev-') && f.endsWith('.md'))
      .map((f) => readFileSync(join(fixtures, f), 'utf8'));
    const lines = notes.flatMap((text) => text.split('\n')).filter((line) => line.trim().length > 3);
    const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
    // Both figures come from fifteen short timed runs each, taken turn about (a classifyText run,
    // then a classifyNotes run) after an untimed warm-up of each (JIT, lazily loaded word lists),
    // so a busy spell on a shared machine slows both alike. The best run is the figure, the
    // median is printed beside it, and so is the rate by this process's CPU time (median; garbage
    // collection threads included), which moves less with the neighbours than wall time does.
    const n = 5_000;
    const textRun = () => {
      for (let i = 0; i < n; i++) classifyText(lines[i % lines.length], model, framework);
      return n;
    };
    // The dev notes ten times over: ~100 KB, about 1,400 observations a run.
    const big = Array.from({ length: 10 }, () => notes.join('\n')).join('\n');
    const notesRun = () => classifyNotes({ file: 'bench.md', text: big, firstLine: 1 }, model, framework).length;
    const runs = 15;
    const rates = { text: { wall: [] as number[], cpu: [] as number[] }, notes: { wall: [] as number[], cpu: [] as number[] } };
    let count = 0;
    textRun();
    notesRun();
    for (let run = 0; run < runs; run++) {
      for (const [kind, work] of [['text', textRun], ['notes', notesRun]] as const) {
        const cpuStart = process.cpuUsage();
        const started = performance.now();
        count = work();
        const seconds = (performance.now() - started) / 1000;
        const used = process.cpuUsage(cpuStart);
        rates[kind].wall.push(count / seconds);
        rates[kind].cpu.push(count / ((used.user + used.system) / 1e6));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const summary = (kind: 'text' | 'notes') => ({ best: Math.max(...rates[kind].wall), median: median(rates[kind].wall), cpu: median(rates[kind].cpu) });
    const text = summary('text');
    const whole = summary('notes');
    console.log(
      `classifyText: ${fmt(text.best)} statements/s best of ${runs} runs of ${n.toLocaleString('en-GB')} note lines ` +
        `(median ${fmt(text.median)}; ${fmt(text.cpu)}/s by CPU time)`,
    );
    console.log(
      `classifyNotes (split + redact names + classify + merge): ${fmt(whole.best)} observations/s best of ${runs} runs of ` +
        `${(big.length / 1024).toFixed(0)} KB of notes, ${count.toLocaleString('en-GB')} observations each ` +
        `(median ${fmt(whole.median)}; ${fmt(whole.cpu)}/s by CPU time; ${Math.round((100 * whole.best) / text.best)}% of classifyText's best)`,
    );
  } finally {
    await rm(corpusDir, { recursive: true, force: true });
  }
}
