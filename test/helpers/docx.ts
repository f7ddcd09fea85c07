import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One part of a .docx (a zip), as text: 'word/document.xml', 'word/comments.xml', 'word/numbering.xml'… */
export function readDocxPart(file: string, part: string): string {
  // unzip treats [ ] as wildcards ("[Content_Types].xml"): escape them.
  const result = spawnSync('unzip', ['-p', file, part.replace(/([[\]])/g, '\\$1')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`unzip -p ${file} ${part} failed: ${result.stderr}`);
  return result.stdout;
}

/** Every part name in the .docx. */
export function listDocxParts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** All XML parts concatenated: the whole file's text content, for "no name anywhere" checks. */
export function allDocxText(file: string): string {
  return listDocxParts(file)
    .filter((part) => part.endsWith('.xml') || part.endsWith('.rels'))
    .map((part) => readDocxPart(file, part))
    .join('\n');
}

/** The paragraphs of word/document.xml as {style, numId, text} — enough to check structure. */
export function docxParagraphs(documentXml: string): Array<{ style: string | null; numId: string | null; text: string; xml: string }> {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const xml = match[0];
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
      numId: /<w:numId w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
      text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
      xml,
    };
  });
}

export function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function hasSoffice(): boolean {
  return spawnSync('which', ['soffice']).status === 0;
}

/** LibreOffice headless → PDF in a fresh folder; returns the PDF path (throws on failure). */
export function convertToPdf(docx: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'drafter-pdf-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'drafter-lo-'));
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (result.status !== 0 || !existsSync(pdf)) {
    throw new Error(`LibreOffice could not convert ${docx}: ${result.stderr || result.stdout} (${readdirSync(outDir).join(', ')})`);
  }
  return pdf;
}

/** Page count and text of a PDF, via poppler. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}
