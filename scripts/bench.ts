// `npm run bench [-- name…]`: runs every scripts/bench/<name>.ts (or just those named) in one process
// and prints the figures. Each bench module exports `run(): Promise<void>` and prints its own table.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const folder = fileURLToPath(new URL('./bench/', import.meta.url));
const wanted = process.argv.slice(2);
const names = (await readdir(folder))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
for (const name of names) {
  console.log(`\n== ${name} ==`);
  const started = performance.now();
  const bench = (await import(pathToFileURL(`${folder}${name}.ts`).href)) as { run: () => Promise<void> };
  await bench.run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
