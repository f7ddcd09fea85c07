/**
 * Writes a plain PDF (Helvetica text, one content stream per page) from lines per page: enough to
 * make large multi-page PDFs on the fly (500 pages in a few ms) without LibreOffice.
 */
export function textPdf(pages: string[][]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const content = `BT /F1 10 Tf 13 TL 56 800 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentId = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A long iQTS-shaped report laid out over `pageCount` pages with a running header and a
 * "Page X of Y" footer; judgement paragraphs run across page breaks mid-sentence.
 */
export function longReportPages(pageCount: number): { pages: string[][]; paragraphs: number } {
  const body: string[] = [
    'International qualified teacher status (iQTS): pilot inspection report',
    'Northfield Institute of Education',
    'Inspection dates: 4 - 7 November 2024',
    'Summary of iQTS inspection and grading',
    'The inspectorate assessed the provider\'s iQTS provision to be:',
    'Grade 2',
    'Area of strength',
    '- Trainees are very well supported by their mentors.',
    'Areas identified for improvement',
    '- Leaders should sharpen quality assurance of placements.',
    'Quality of leadership and management',
  ];
  const perPage = 40;
  const target = pageCount * perPage - body.length - 20;
  const subjects = ['Leaders', 'Mentors', 'Tutors', 'Programme managers', 'Link tutors', 'Course leaders', 'Senior staff'];
  const verbs = ['check', 'review', 'evaluate', 'monitor', 'discuss', 'record', 'moderate', 'compare', 'assess', 'revisit', 'track'];
  const objects = ['the quality of training', 'trainees\' workload', 'the use of phonics', 'assessment records', 'subject knowledge', 'behaviour training'];
  let n = 0;
  while (body.length < target) {
    n++;
    const who = subjects[n % subjects.length];
    body.push(`${n}. ${who} ${verbs[n % verbs.length]} ${objects[(n * 5) % objects.length]} in placement schools each term and record what`);
    const places = ['a shared log', 'the placement file', 'an online tracker', 'the weekly review', 'their visit notes'];
    const readers = ['mentors and tutors', 'school leaders', 'the trainees themselves', 'the partnership board'];
    body.push(`they find in ${places[n % places.length]} that ${readers[(n * 3) % readers.length]} can read and act on before the ${['next', 'following', 'second'][n % 3]}`);
    body.push(`visit, so that paragraph ${n} is one whole paragraph however the pages fall.`);
  }
  const pages: string[][] = [];
  for (let p = 0; p < pageCount; p++) {
    const lines = body.slice(p * perPage, (p + 1) * perPage);
    pages.push(['Northfield Institute of Education - iQTS inspection report', ...lines, `Page ${p + 1} of ${pageCount}`]);
  }
  return { pages, paragraphs: n };
}
