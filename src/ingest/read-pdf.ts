import { DrafterError } from '../errors.js';
import type { Progress } from '../schemas/index.js';

/** Pages at a time: keeps memory flat on a 500-page file and lets progress advance. */
const CHUNK = 20;

/**
 * Text of each page of a PDF, via pdf-parse (pdf.js). The only module that imports pdf-parse.
 * Encrypted, corrupt and text-less (scanned) files become DrafterErrors with their own codes.
 */
export async function readPdfPages(bytes: Buffer, fileName: string, onProgress?: (p: Progress) => void): Promise<string[]> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js takes ownership of the buffer it is given; copy so the caller's bytes (hashed later) survive.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const first = await parser.getText({ first: 1, last: 1, pageJoiner: '' });
    const total = first.total;
    const pages: string[] = first.pages.map((p) => p.text);
    onProgress?.({ done: pages.length, total, label: fileName });
    for (let start = 2; start <= total; start += CHUNK) {
      const end = Math.min(total, start + CHUNK - 1);
      const chunk = await parser.getText({ first: start, last: end, pageJoiner: '' });
      for (const p of chunk.pages) pages.push(p.text);
      onProgress?.({ done: pages.length, total, label: fileName });
    }
    const chars = pages.reduce((n, p) => n + p.replace(/\s+/g, '').length, 0);
    if (chars < Math.max(20, total * 5)) {
      throw new DrafterError('pdf-no-text-layer', `${fileName}: the PDF has no text layer (${total} page${total === 1 ? '' : 's'}, ${chars} characters of text); it is probably scanned`, {
        hint: 'run OCR on it first (e.g. ocrmypdf) or use the text or Word version',
      });
    }
    return pages;
  } catch (error) {
    if (DrafterError.is(error)) throw error;
    const name = (error as { name?: string })?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException' || /password/i.test(message)) {
      throw new DrafterError('pdf-encrypted', `${fileName}: the PDF is encrypted and needs a password`, { hint: 'save an unprotected copy and ingest that', cause: error });
    }
    throw new DrafterError('pdf-corrupt', `${fileName}: the PDF is corrupt or truncated (${message.split('\n')[0]})`, { cause: error });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
