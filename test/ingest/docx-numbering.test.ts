import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { readDocxText } from '../../src/ingest/read-docx.js';
import { asReport } from './samples.js';

const h = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const num = (text: string) => new Paragraph({ numbering: { reference: 'paras', level: 0 }, children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(text)] });
const step = (text: string) => new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun(text)] });

/** A draft in the shape the draft stage writes: one numbering definition running through three sections. */
async function draftDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'paras', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
        { reference: 'steps', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.START }] },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        children: [
          p('International qualified teacher status (iQTS): pilot inspection report'),
          p('Example Institute of Education'),
          p('Inspection dates: 3 to 6 June 2025'),
          h('Summary of iQTS inspection and grading'),
          p("The inspectorate assessed the provider's iQTS provision to be:"),
          p('Grade 2'),
          h('Area of strength'),
          bullet('Mentors are highly effective.'),
          bullet('Central training is ambitious.'),
          h('Areas identified for improvement'),
          bullet('Leaders should track trainees’ workload systematically.'),
          h('Compliance of provision with iQTS criteria'),
          p('The provider is compliant with the iQTS criteria.'),
          h('Quality of leadership and management'),
          num('Leaders know the programme well.'),
          num('Recruitment is thorough.'),
          p('Leaders’ own checklist (not a judgement paragraph):'),
          step('review files'),
          step('visit schools'),
          h('Quality of programme design and delivery'),
          num('The curriculum is well sequenced.'),
          num('However, workload is not monitored systematically.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('Word drafts', () => {
  it('writes Word auto-numbers into the text, one counter per numbering definition', async () => {
    const text = await readDocxText(await draftDocx(), 'draft.docx');
    expect(text).toContain('1. Leaders know the programme well.');
    expect(text).toContain('2. Recruitment is thorough.');
    expect(text).toContain('(a) review files');
    expect(text).toContain('(b) visit schools');
    expect(text).toContain('3. The curriculum is well sequenced.');
    expect(text).toContain('• Mentors are highly effective.');
  });

  it('a draft comes back as a Report: grade, summary lists and numbered paragraphs across sections', async () => {
    const r = asReport(await parseDocument(await draftDocx(), 'draft.docx'));
    expect(r.framework).toBe('iqts');
    expect(r.provider).toBe('Example Institute of Education');
    expect(r.inspectionDates).toEqual(['2025-06-03', '2025-06-06']);
    expect(r.overallGrade).toBe('Grade 2');
    expect(r.strengths).toEqual(['Mentors are highly effective.', 'Central training is ambitious.']);
    expect(r.areasForImprovement).toEqual(["Leaders should track trainees' workload systematically."]);
    expect(r.compliance).toBe('The provider is compliant with the iQTS criteria.');
    expect(r.paragraphs.map((x) => [x.number, x.section])).toEqual([
      [1, 'Quality of leadership and management'],
      [2, 'Quality of leadership and management'],
      [3, 'Quality of programme design and delivery'],
      [4, 'Quality of programme design and delivery'],
    ]);
  });
});
