/**
 * Regenerates the committed PDF/Word fixtures under test/fixtures/pdf/ from the OGL seed reports:
 * each seed becomes a .docx in a report layout (running header with the provider and report
 * title, "Page X of Y" footer, Word auto-numbered judgement paragraphs in ONE numbering definition
 * continuing across headings, bulleted summary lists, tables) and LibreOffice turns it into a
 * multi-page PDF. Also writes the bad-input fixtures: an encrypted PDF, an image-only (scanned)
 * PDF, a truncated PDF, empty files, binary junk and a damaged .docx.
 *
 *   npx tsx scripts/make-fixtures.ts        (needs LibreOffice: soffice; and pdftoppm)
 *
 * Tests use the committed files and never need LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { isHeading } from '../src/ingest/report/headings.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test/fixtures/pdf');

interface Spec {
  seed: string;
  name: string;
  header: string;
}

const SPECS: Spec[] = [
  { seed: 'corpus/samples/reports/iqts-university-of-derby-2024.txt', name: 'iqts-derby', header: 'University of Derby · iQTS pilot inspection report' },
  { seed: 'corpus/samples/reports/ite-2015-loughborough-university-2018.txt', name: 'ite-2015-loughborough', header: 'Loughborough University ITE Partnership, 23 April 2018' },
];

function clean(line: string): string {
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([()])/g, '$1').replace(/<\/?p>/g, '');
}

/** Seed text → paragraphs, mending the seeds' own page-break splits (a blank line mid-sentence). */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = clean(raw.replace(/\s+$/, ''));
    if (!line.trim()) continue;
    const prev = lines[lines.length - 1];
    if (prev && /^[a-z]/.test(line.trim()) && !/[.:;?!]$/.test(prev) && !/^\s*- /.test(line)) lines[lines.length - 1] = `${prev} ${line.trim()}`;
    else lines.push(line);
  }
  return lines;
}

function buildDocx(spec: Spec): Document {
  const children: Array<Paragraph | Table> = [];
  const lines = logicalLines(readFileSync(join(root, spec.seed), 'utf8'));
  let tableRows: string[][] = [];
  const flushTable = () => {
    if (!tableRows.length) return;
    const cols = Math.max(...tableRows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: tableRows.map(
          (r) => new TableRow({ children: Array.from({ length: cols }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })) }),
        ),
      }),
    );
    children.push(new Paragraph(''));
    tableRows = [];
  };
  for (const line of lines) {
    const t = line.trim();
    // contents entries and table rows carry tabs
    if (line.includes('\t') && !/^\d+\.\t/.test(t)) {
      if (/^\S.*\t\d+$/.test(line)) {
        flushTable();
        children.push(new Paragraph({ children: [new TextRun(t.replace(/\t/, '\t'))], tabStops: [{ type: 'right', position: 9000 }] }));
      } else tableRows.push(line.split('\t').map((c) => c.trim()));
      continue;
    }
    flushTable();
    const numbered = /^(\d+)\.\s+(.*)$/.exec(t);
    const bullet = /^(\s*)-\s+(.*)$/.exec(line);
    if (numbered) children.push(new Paragraph({ numbering: { reference: 'judgements', level: 0 }, children: [new TextRun(numbered[2])], spacing: { after: 120 } }));
    else if (bullet) children.push(new Paragraph({ numbering: { reference: 'bullets', level: bullet[1].length > 0 ? 1 : 0 }, children: [new TextRun(bullet[2])] }));
    else if (isHeading(t) || t === 'Contents') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t)] }));
    else children.push(new Paragraph({ children: [new TextRun(t)], spacing: { after: 120 } }));
  }
  flushTable();
  return new Document({
    creator: 'Drafter fixtures',
    title: spec.header,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 21 } } } },
    numbering: {
      config: [
        { reference: 'judgements', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }] },
        {
          reference: 'bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 283 } } } },
            { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1134, hanging: 283 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children,
      },
    ],
  });
}

/** A one-page PDF holding only a greyscale image (a binary PGM), as a scanner makes: no text layer. */
function imagePdf(pgm: Buffer): Buffer {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('expected a binary PGM from pdftoppm -gray');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = deflateSync(pgm.subarray(header[0].length));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`), pixels, Buffer.from('\nendstream')]),
    (() => {
      const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
      return Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    })(),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', ...args], { cwd, stdio: 'ignore', timeout: 120_000 });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'drafter-fixtures-'));
  try {
    for (const spec of SPECS) {
      const docx = join(out, `${spec.name}.docx`);
      writeFileSync(docx, await Packer.toBuffer(buildDocx(spec)));
      copyFileSync(docx, join(work, `${spec.name}.docx`));
      soffice(['--convert-to', 'pdf', '--outdir', work, `${spec.name}.docx`], work);
      copyFileSync(join(work, `${spec.name}.pdf`), join(out, `${spec.name}.pdf`));
      console.log(`wrote ${spec.name}.docx and ${spec.name}.pdf`);
    }
    // encrypted: a short text document exported with an open password
    writeFileSync(join(work, 'secret.txt'), 'Inspection report\n\nThis document is protected with a password.\n');
    soffice(['--convert-to', 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}', '--outdir', work, 'secret.txt'], work);
    copyFileSync(join(work, 'secret.pdf'), join(out, 'encrypted.pdf'));
    // scanned: page 1 of the iQTS PDF rendered to a small greyscale image, wrapped in a PDF with no text
    execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', '-singlefile', join(out, 'iqts-derby.pdf'), join(work, 'scan')]);
    writeFileSync(join(out, 'scanned.pdf'), imagePdf(readFileSync(join(work, 'scan.pgm'))));
    // truncated: the first 40% of a real PDF, as an interrupted download leaves it
    const full = readFileSync(join(out, 'ite-2015-loughborough.pdf'));
    writeFileSync(join(out, 'truncated.pdf'), full.subarray(0, Math.floor(full.length * 0.4)));
    writeFileSync(join(out, 'empty.pdf'), '');
    writeFileSync(join(out, 'empty.txt'), '');
    // binary junk with a text extension (deterministic bytes)
    const junk = Buffer.alloc(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(out, 'junk.txt'), junk);
    // a .docx whose zip is cut short
    const docx = readFileSync(join(out, 'iqts-derby.docx'));
    writeFileSync(join(out, 'damaged.docx'), docx.subarray(0, 600));
    console.log('wrote the bad-input fixtures');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
