// Run by scripts/bench/classify.ts in a fresh process, as `drafter classify` runs: load the model
// cached in the corpus folder given, then time classifyText and classifyNotes. A process that has
// just trained holds the training data and its garbage, and classified a fifth to a quarter slower.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Classify from '../../src/classify/index.js';
import type * as Frameworks from '../../src/frameworks/index.js';

// The compiled modules `drafter` runs (`npm run bench` builds them first): tsx's transform of src/
// wraps every function in a naming helper and ran classifyNotes 13-20% slower.
const compiled = (path: string) => import(new URL(`../../dist/src/${path}`, import.meta.url).href);
const { classifyNotes, classifyText, loadClassifier } = (await compiled('classify/index.js')) as typeof Classify;
const { loadFramework } = (await compiled('frameworks/index.js')) as typeof Frameworks;

const corpusDir = process.argv[2];
const framework = await loadFramework('iqts');
const model = await loadClassifier(framework, corpusDir);

// Dev notes only: the lines the classifier was tuned on, used here for speed, not quality.
const fixtures = fileURLToPath(new URL('../../test/fixtures/notes/', import.meta.url));
const notes = readdirSync(fixtures)
  .filter((f) => f.startsWith('iqts-dev-') && f.endsWith('.md'))
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));
const lines = notes.flatMap((text) => text.split('\n')).filter((line) => line.trim().length > 3);

// Fifteen short timed runs of each, taken turn about (a classifyText run, then a classifyNotes run)
// after an untimed warm-up of each (JIT, lazily loaded word lists), so a busy spell on a shared
// machine slows both alike. The best run is the figure; the median and the rate by this process's
// CPU time (garbage collection threads included) are given beside it.
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
let observations = 0;
textRun();
notesRun();
for (let run = 0; run < runs; run++) {
  for (const [kind, work] of [['text', textRun], ['notes', notesRun]] as const) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const count = work();
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpuStart);
    if (kind === 'notes') observations = count;
    rates[kind].wall.push(count / seconds);
    rates[kind].cpu.push(count / ((used.user + used.system) / 1e6));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (kind: 'text' | 'notes') => ({ best: Math.max(...rates[kind].wall), median: median(rates[kind].wall), cpu: median(rates[kind].cpu) });
process.stdout.write(JSON.stringify({ runs, statements: n, kilobytes: big.length / 1024, observations, text: summary('text'), notes: summary('notes') }));
