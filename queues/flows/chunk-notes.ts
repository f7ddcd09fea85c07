import { headingOf } from '../../src/classify/split-notes.js';
import type { NotesInput, Observation } from '../../src/schemas/index.js';

/** Heading level as the classifier counts it: Markdown #… levels, any other heading level 2. */
function headingLevel(line: string): number | null {
  if (headingOf(line) === null) return null;
  const markdown = /^\s*(#{1,6})\s/.exec(line);
  return markdown ? markdown[1].length : 2;
}

/**
 * Splits notes into chunks of about `maxLines` lines for parallel classification, keeping each
 * chunk's true `firstLine` so observations cite the original file's line numbers.
 *
 * The classifier reads every line under the headings above it (an area heading over an activity
 * heading) and the lines near it under the same heading, so a chunk may only start where that
 * context resets: at a heading no deeper than any heading before it, or, before the first heading,
 * at a blank line (where the classifier's nearby lines stop too). Sections are never split, so a
 * chunked file (redacted first) classifies exactly as the whole file would; a long section stays
 * one large chunk.
 */
export function chunkNotes(notes: NotesInput, maxLines: number): NotesInput[] {
  const lines = notes.text.split(/\r\n|\n|\r/);
  const size = Math.max(10, Math.floor(maxLines));
  if (lines.length <= size || notes.text.trim() === '') return [notes];

  // Safe places to start a chunk.
  const cuts: number[] = [];
  let shallowest = Infinity;
  for (let index = 0; index < lines.length; index++) {
    const level = headingLevel(lines[index]);
    if (level !== null) {
      if (level <= shallowest && index > 0) cuts.push(index);
      shallowest = Math.min(shallowest, level);
    } else if (shallowest === Infinity && index > 0 && lines[index - 1].trim() === '' && lines[index].trim() !== '') {
      cuts.push(index);
    }
  }

  const chunks: NotesInput[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = lines.slice(start, end).join('\n');
    if (text.trim() !== '') chunks.push({ file: notes.file, text, firstLine: notes.firstLine + start });
    start = end;
  };
  for (let i = 0; i < cuts.length; i++) {
    // Cut at the last safe place that keeps this chunk within size (or the first one, if none does).
    const next = cuts[i + 1] ?? lines.length;
    if (next - start > size && cuts[i] > start) push(cuts[i]);
  }
  push(lines.length);
  return chunks.length > 0 ? mergeHeadingOnly(chunks) : [notes];
}

/** A chunk of nothing but headings has no note lines for the stage to classify: join it to the next. */
function mergeHeadingOnly(chunks: NotesInput[]): NotesInput[] {
  const merged: NotesInput[] = [];
  let pending: NotesInput | null = null;
  for (const chunk of chunks) {
    const current: NotesInput = pending ? { ...pending, text: `${pending.text}\n${chunk.text}` } : chunk;
    pending = null;
    const hasNotes = current.text.split(/\r\n|\n|\r/).some((line) => line.trim() !== '' && headingOf(line) === null);
    if (hasNotes) merged.push(current);
    else pending = current;
  }
  if (pending) {
    const last = merged.pop();
    merged.push(last ? { ...last, text: `${last.text}\n${pending.text}` } : pending);
  }
  return merged;
}

/** Joins the observations of several chunks in source-line order (stable within a line). */
export function mergeObservations(chunks: Observation[][]): Observation[] {
  return chunks.flat().sort((a, b) => a.source.line - b.source.line);
}
