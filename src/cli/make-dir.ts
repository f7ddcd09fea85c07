import { mkdir } from 'node:fs/promises';
import { DrafterError } from '../errors.js';

/** Creates an output folder (and its parents), turning ENOTDIR/EACCES/EROFS into one-line output-unwritable errors. */
export async function makeOutputDir(dir: string, option: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DrafterError('output-unwritable', `${option} ${dir}: cannot create the folder (${code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code})`, {
      hint: 'choose a folder you can write to',
      cause: error,
    });
  }
}
