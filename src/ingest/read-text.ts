import { DrafterError } from '../errors.js';

/**
 * Decodes a text file (UTF-8, UTF-16 with BOM, or Windows-1252 as a fallback) and refuses binary
 * content: NUL bytes, or a high share of control characters.
 */
export function decodeText(bytes: Buffer, fileName: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  else {
    const sample = bytes.subarray(0, 64 * 1024);
    if (sample.includes(0)) throw binary(fileName);
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const bad = (text.match(/\ufffd/g) ?? []).length;
    if (bad > 0 && bad > text.length / 1000) text = new TextDecoder('windows-1252').decode(bytes);
  }
  const sample = text.slice(0, 64 * 1024);
  const control = (sample.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g) ?? []).length;
  if (control > sample.length * 0.02) throw binary(fileName);
  return text.replace(/^\ufeff/, '');
}

function binary(fileName: string): DrafterError {
  return new DrafterError('binary-content', `${fileName}: binary content, not a PDF, Word document or text file`, {
    hint: 'Drafter reads .pdf, .docx, .txt and .md',
  });
}
