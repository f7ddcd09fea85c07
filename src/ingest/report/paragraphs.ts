import type { Diagnostic, JudgementParagraph } from '../../schemas/index.js';
import { joinText, squash } from '../lines.js';
import type { Section } from './sections.js';

const NUMBERED_RE = /^\s*(\d{1,4})[.)]\s+(\S.*)$/;

/**
 * Reads numbered judgement paragraphs from the given sections, in order. Numbering may continue
 * across section headings (iQTS: 1–14 under leadership and management, 15–28 under programme
 * design and delivery) or restart at 1 in a new section (one run per phase). A line that does not
 * open the next paragraph continues the open one, which mends paragraphs split by a page break.
 */
export function numberedParagraphs(
  sections: Section[],
  sectionName: (section: Section) => string,
  diagnostics: Diagnostic[],
): JudgementParagraph[] {
  const out: JudgementParagraph[] = [];
  let open: JudgementParagraph | null = null;
  let expected = 1;
  for (const section of sections) {
    let first = true;
    for (const l of section.lines) {
      const t = squash(l.text);
      if (!t) continue;
      // a list number extracted on a line of its own ("12." then the text on the next line)
      const bare = /^\s*(\d{1,4})[.)]\s*$/.exec(l.text);
      const m = NUMBERED_RE.exec(l.text) ?? (bare ? ([bare[0], bare[1], ''] as unknown as RegExpExecArray) : null);
      const n = m ? Number(m[1]) : NaN;
      const restart = first && n === 1 && expected > 1;
      if (m && (n === expected || restart || (n > expected && n <= expected + 5))) {
        if (n > expected && !restart) {
          diagnostics.push({ code: 'paragraph-numbering-gap', severity: 'warning', message: `paragraph ${n} follows ${expected - 1}: ${n - expected} missing`, line: l.line, ...(l.page ? { page: l.page } : {}) });
        }
        open = { number: n, section: sectionName(section), text: squash(m[2]) };
        out.push(open);
        expected = n + 1;
        first = false;
        continue;
      }
      if (open) open.text = joinText(open.text, t);
      else if (out.length === 0) {
        // text before the first numbered paragraph of a judgement section: not a paragraph
        continue;
      }
    }
    // a heading ends the open paragraph: text under the next heading belongs there
    open = null;
  }
  return out;
}
