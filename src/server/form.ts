import { basename, extname } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { readNotesBytes } from '../cli/read-notes.js';
import { parseDates } from '../draft/dates.js';
import { DrafterError, MAX_NOTES_BYTES } from '../errors.js';
import { listFrameworks } from '../frameworks/index.js';
import { FrameworkId, type NotesInput } from '../schemas/index.js';

/** What the form (or a JSON client) sent, as text, before validation. Echoed back into the page. */
export interface FormValues {
  /** Pasted notes. */
  notes: string;
  /** Provenance name for pasted notes (the preview page carries an uploaded file's name here). */
  notesName: string;
  framework: string;
  provider: string;
  dateFrom: string;
  dateTo: string;
  /** Free-text dates ("18-21 March 2024") or a JSON array, for API clients. */
  dates: string | string[];
  inspectorate: string;
  trackChanges: boolean;
  /** "json" asks for JSON instead of HTML or the .docx. */
  format: string;
}

export interface Upload {
  fileName: string;
  bytes: Buffer;
}

export interface FormInput {
  values: FormValues;
  upload: Upload | null;
}

export function emptyValues(): FormValues {
  return { notes: '', notesName: '', framework: '', provider: '', dateFrom: '', dateTo: '', dates: '', inspectorate: '', trackChanges: false, format: '' };
}

/** File types the upload accepts; anything else is refused before it is read. */
export const NOTES_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.docx'];
/** Name given to pasted notes in observations' `source.file` when the form has none. */
export const PASTED_NOTES_NAME = 'pasted-notes.txt';
const FIELD_CHARS = 300;

/**
 * Reads the request body: multipart (the page's form, with an optional file), JSON or
 * url-encoded. Unknown fields are ignored; nothing here is logged.
 */
export async function readForm(request: FastifyRequest): Promise<FormInput> {
  const values = emptyValues();
  let upload: Upload | null = null;
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        // Browsers send an empty, unnamed file part when no file was chosen.
        if (part.fieldname === 'notesFile' && (part.filename || bytes.length > 0)) upload = { fileName: safeFileName(part.filename) || 'upload.txt', bytes };
        continue;
      }
      if (part.valueTruncated) {
        throw new DrafterError('notes-too-large', `form field "${part.fieldname}" is larger than the ${MAX_NOTES_BYTES / 1024 / 1024} MB limit`, {
          hint: 'split the notes into one file per inspection',
        });
      }
      assign(values, part.fieldname, part.value);
    }
  } else if (request.body && typeof request.body === 'object') {
    for (const [name, value] of Object.entries(request.body as Record<string, unknown>)) assign(values, name, value);
  }
  return { values, upload };
}

function assign(values: FormValues, name: string, value: unknown): void {
  if (name === 'trackChanges') {
    values.trackChanges = value === true || value === 'true' || value === 'on' || value === '1';
    return;
  }
  if (name === 'dates' && Array.isArray(value)) {
    values.dates = value.map(String);
    return;
  }
  if (!(name in values) || typeof value !== 'string') {
    if (name in values && value !== undefined && value !== null) {
      throw new DrafterError('invalid-argument', `field "${name}" must be text`);
    }
    return;
  }
  (values as unknown as Record<string, unknown>)[name] = name === 'notes' ? value : value.slice(0, FIELD_CHARS * 4);
}

/**
 * The notes to classify: the uploaded file if one was chosen, else the pasted text. Same rules as
 * the CLI's notes reader (empty, 10 MB, binary, unreadable Word file).
 */
export async function notesFrom(input: FormInput): Promise<NotesInput> {
  if (input.upload) {
    const { fileName, bytes } = input.upload;
    const extension = extname(fileName).toLowerCase();
    if (extension && !NOTES_EXTENSIONS.includes(extension)) {
      throw new DrafterError('unsupported-format', `${fileName}: notes must be a .txt, .md or .docx file`, {
        hint: 'save the notes as plain text or Word, or paste them',
      });
    }
    return readNotesBytes(bytes, fileName);
  }
  const name = safeFileName(input.values.notesName) || PASTED_NOTES_NAME;
  if (!/\S/.test(input.values.notes)) {
    throw new DrafterError('notes-empty', 'no notes: paste the notes or choose a file', { hint: 'notes can be .txt, .md or .docx' });
  }
  // Browsers submit textarea lines with CRLF; the line numbers stay the same without the CRs.
  const text = input.values.notes.replace(/\r\n?/g, '\n');
  const notes = await readNotesBytes(Buffer.from(text, 'utf8'), PASTED_NOTES_NAME);
  return { ...notes, file: name };
}

/** The framework id, checked against the known ones. */
export function frameworkFrom(values: FormValues): FrameworkId {
  const id = values.framework.trim();
  if (!id) throw new DrafterError('invalid-argument', 'choose a framework', { hint: `one of ${listFrameworks().join(', ')}` });
  const parsed = FrameworkId.safeParse(id);
  if (!parsed.success) {
    throw new DrafterError('framework-unknown', `Unknown framework "${id.slice(0, 40)}".`, { hint: `known frameworks: ${listFrameworks().join(', ')}` });
  }
  return parsed.data;
}

/** The provider name a draft needs for its title. */
export function providerFrom(values: FormValues): string {
  const provider = values.provider.replace(/\s+/g, ' ').trim();
  if (!provider) throw new DrafterError('invalid-argument', 'give the provider name', { hint: 'it goes in the report title' });
  if (provider.length > FIELD_CHARS) throw new DrafterError('invalid-argument', `the provider name is longer than ${FIELD_CHARS} characters`);
  return provider;
}

/** The inspectorate for the title block, or null to leave a highlighted placeholder. */
export function inspectorateFrom(values: FormValues): string | null {
  const inspectorate = values.inspectorate.replace(/\s+/g, ' ').trim();
  if (inspectorate.length > FIELD_CHARS) throw new DrafterError('invalid-argument', `the inspectorate is longer than ${FIELD_CHARS} characters`);
  return inspectorate || null;
}

/** ISO dates, earliest first, from the two date inputs or the free-text / array `dates` field. */
export function datesFrom(values: FormValues): string[] {
  const pieces = Array.isArray(values.dates) ? values.dates : values.dates.trim() ? [values.dates] : [];
  const dates: string[] = [];
  for (const [label, text] of [
    ['first day', values.dateFrom],
    ['last day', values.dateTo],
    ...pieces.map((piece) => ['dates', piece] as const),
  ] as const) {
    if (!text.trim()) continue;
    try {
      dates.push(...parseDates(text));
    } catch {
      throw new DrafterError('invalid-argument', `inspection ${label} "${text.trim().slice(0, 40)}" is not a date`, {
        hint: 'use 2026-03-09 or "9-12 March 2026"',
      });
    }
  }
  if (values.dateFrom.trim() && values.dateTo.trim() && values.dateTo.trim() < values.dateFrom.trim() && /^\d{4}-\d{2}-\d{2}$/.test(values.dateTo.trim())) {
    throw new DrafterError('invalid-argument', 'the last day of the inspection is before the first day');
  }
  return [...new Set(dates)].sort();
}

/** A plain file name (no folders, no control characters), or '' when there is nothing usable. */
function safeFileName(name: string): string {
  const clean = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 120);
}
