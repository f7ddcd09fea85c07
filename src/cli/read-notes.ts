import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DrafterError, MAX_NOTES_BYTES, notesTooLarge } from '../errors.js';
import type { NotesInput } from '../schemas/index.js';

/** Reads an inspector's notes file (.txt, .md or .docx) to text, with one-line errors for bad input. */
export async function readNotesFile(path: string): Promise<NotesInput> {
  const file = basename(path);
  const info = await stat(path).catch(() => {
    throw new DrafterError('file-not-found', `${path}: no such notes file`);
  });
  if (!info.isFile()) throw new DrafterError('invalid-argument', `${path}: not a file`);
  if (info.size === 0) throw new DrafterError('notes-empty', `${file}: the notes file is empty`);
  if (info.size > MAX_NOTES_BYTES) {
    // Refused before reading it into memory.
    throw notesTooLarge(file, info.size);
  }
  return readNotesBytes(await readFile(path), file);
}

/**
 * Reads notes already in memory (an upload) to text: the same rules as readNotesFile, which calls it.
 * `fileName` is used for provenance and to pick the reader (.docx via mammoth, anything else as UTF-8).
 */
export async function readNotesBytes(bytes: Uint8Array, fileName: string): Promise<NotesInput> {
  const file = basename(fileName);
  if (bytes.length === 0) throw new DrafterError('notes-empty', `${file}: the notes file is empty`);
  if (bytes.length > MAX_NOTES_BYTES) {
    throw notesTooLarge(file, bytes.length);
  }
  if (extname(file).toLowerCase() === '.docx') {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }).catch((cause: unknown) => {
      throw new DrafterError('docx-corrupt', `${file}: not a readable Word document`, { cause });
    });
    return { file, text: value, firstLine: 1 };
  }
  if (looksBinary(bytes)) throw new DrafterError('binary-content', `${file}: looks like binary data, not notes text`, { hint: 'notes must be .txt, .md or .docx' });
  return { file, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, ''), firstLine: 1 };
}

/** NUL bytes or many control characters in the first 8 KB mean this is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
