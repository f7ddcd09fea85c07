import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, whether running from src/ (tsx) or dist/src/ (built). */
export const packageRoot: string = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('drafter: cannot find the package root (package.json)');
    folder = parent;
  }
  return folder;
})();

/** Bundled sample documents and notes (OGL seeds and fictional notes). */
export const samplesDir = join(packageRoot, 'corpus', 'samples');
