// No personal name from the notes may reach a draft. Drafts every labelled notes fixture through
// the real classifier and searches the whole .docx (comments included) for every planted name.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runClassify } from '../../src/classify/index.js';
import { writeDraft } from '../../src/draft/index.js';
import { draftRedact } from '../../src/draft/redact.js';
import { allDocxText } from '../helpers/docx.js';

const fixtures = fileURLToPath(new URL('../fixtures/notes/', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'drafter-names-'));

describe('draftRedact', () => {
  it('catches names the notes put in brackets, at the head of a line or in a quotation', () => {
    expect(draftRedact('trainee at risk in Nov (Kofi Mensah) - support plan within 5 days')).not.toMatch(/Kofi|Mensah/);
    expect(draftRedact('Precious Nyathi (maths apprentice) - lesson Y9 - secure subject knowledge')).toMatch(/^(?:the|a) maths apprentice - lesson/i);
    expect(draftRedact('"it helps me plan" – Wanjiru, Y4')).not.toMatch(/Wanjiru/);
    expect(draftRedact('"Dave sees me every fortnight" - Callum, engineering')).not.toMatch(/Dave|Callum/);
  });

  it('leaves places, schools and terms of the trade alone', () => {
    expect(draftRedact('visit to placement school (Al Noor International School), Doha')).toContain('Al Noor International School');
    expect(draftRedact('trainees in Spain (Madrid) and Qatar')).toContain('(Madrid)');
    expect(draftRedact("Teachers' Standards met by all (Core Content Framework)")).toContain('Core Content Framework');
  });
});

describe('planted names', () => {
  const files = readdirSync(fixtures).filter((file) => file.endsWith('.labels.json'));

  it.each(files)('never reach the draft of %s', async (file) => {
    const labels = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as { framework: 'iqts' | 'ite-2025'; notes: string; names: string[] };
    const notes = { file: labels.notes, text: readFileSync(path.join(fixtures, labels.notes), 'utf8'), firstLine: 1 };
    const observations = await runClassify({ notes, framework: labels.framework, corpusDir: path.join(dir, 'corpus') });
    const out = path.join(dir, `${labels.notes}.docx`);
    await writeDraft({ notes, framework: labels.framework, provider: 'Provider', dates: [], out, force: true, corpusDir: path.join(dir, 'corpus') }, observations);
    const everything = allDocxText(out);
    for (const name of labels.names) {
      expect(everything, `${name} in the draft of ${labels.notes}`).not.toMatch(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
    // The first file of each framework trains its model cold: on a loaded 2-core machine with the
    // other suites running beside it that has taken over a minute.
  }, 180_000);
});
