import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hasTemplate } from '../draft/index.js';
import { DrafterError, MAX_NOTES_BYTES } from '../errors.js';
import { listFrameworks, loadFramework, loadFrameworkSync } from '../frameworks/index.js';
import type { Runner } from '../pipeline/runner.js';
import type { DraftResult, FrameworkId, NotesInput } from '../schemas/index.js';
import { datesFrom, emptyValues, frameworkFrom, inspectorateFrom, notesFrom, providerFrom, readForm, type FormInput, type FormValues } from './form.js';
import { renderNotFound, renderPage, type Field, type FrameworkOption, type PageError, type PageState } from './page.js';
import { renderQueuesPage, type QueueSummary } from './queues-page.js';
import { readReviewForm, renderReviewPage, reviewDocx, reviewUploads } from './review.js';

export interface ServerOptions {
  /** Runs the stages: in-process, or BullMQ workers when REDIS_URL is set (getRunner()). */
  runner: Runner;
  /** Corpus the classifier trains from (absolute). */
  corpusDir: string;
  /** Folder drafts are written to before they are sent (absolute; shared storage with queue workers). */
  outDir: string;
  /** Longest one classify or draft request may take; default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Queue counts for /admin/queues when stages run on workers (serve passes queues/status.ts); absent: no such page. */
  queueStatus?: { where: string; read: () => Promise<QueueSummary[]> };
  /** One line per request (method, route, status, time); never bodies. Off when absent. */
  log?: (line: string) => void;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** JSON and url-encoded bodies carry the notes as text: the notes limit plus room for the other fields. */
const BODY_LIMIT = MAX_NOTES_BYTES + 1024 * 1024;
/** Drafts on disk are named <provider-slug>-<12 hex>.docx; the random part makes the URL unguessable. */
const DRAFT_FILE = /^[a-z0-9-]{1,60}-[0-9a-f]{12}\.docx$/;

/** Errors found in the form, each with the field it belongs to, so the page can mark every one. */
class FormErrors extends Error {
  constructor(readonly errors: Array<{ field: Field; error: unknown }>) {
    super('form errors');
  }
}

/** Runs every field check, so one submission reports all the problems, not just the first. */
class FieldChecks {
  private readonly errors: Array<{ field: Field; error: unknown }> = [];

  async check<T>(field: Field, work: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!DrafterError.is(error)) throw error;
      this.errors.push({ field, error });
      return undefined;
    }
  }

  /** Throws the collected errors, if any. */
  done(): void {
    if (this.errors.length > 0) throw new FormErrors(this.errors);
  }
}

/**
 * The web face of Drafter: one form page, POST /api/classify and POST /api/draft, over the same
 * Runner the CLI uses. Nothing from a request body is logged; errors are one line, never a stack.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { runner, corpusDir, outDir } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const frameworks = draftableFrameworks(corpusDir);

  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // Bounds a slow upload; the stage work has its own bound (timeoutMs).
    requestTimeout: 120_000,
    return503OnClosing: true,
  });
  await app.register(multipart, {
    limits: { fileSize: MAX_NOTES_BYTES, fieldSize: MAX_NOTES_BYTES, files: 1, fields: 20, parts: 25, fieldNameSize: 100 },
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // Pages and results hold inspection evidence: keep them out of shared caches and history stores.
    reply.header('cache-control', 'no-store');
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  });
  if (options.log) {
    const log = options.log;
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, not the URL: no query strings or file names reach the log.
      const route = request.routeOptions.url ?? '(no route)';
      log(`${new Date().toISOString()} ${request.method} ${route} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
    });
  }

  // Stage warnings never carry note text (StageContext contract), so they may go to the log.
  const stage = { warn: (message: string) => options.log?.(`${new Date().toISOString()} warning: ${message}`) };

  const page = (state: Partial<PageState> & { values?: FormValues }): string =>
    renderPage({ frameworks, values: state.values ?? emptyValues(), errors: state.errors, preview: state.preview });

  function sendError(request: FastifyRequest, reply: FastifyReply, thrown: unknown, values: FormValues | null, renderErrors?: (errors: PageError[]) => string): FastifyReply {
    const found = thrown instanceof FormErrors ? thrown.errors : [{ field: undefined, error: thrown }];
    const error = found[0]!.error;
    const { status, code, line } = describeError(error);
    if (status >= 500 && options.log) {
      // Name and code only: an unexpected error's message could quote the notes.
      const name = error instanceof Error ? error.name : typeof error;
      options.log(`${new Date().toISOString()} unexpected ${name}${(error as { code?: unknown })?.code ? ` ${String((error as { code: unknown }).code)}` : ''} on ${request.method} ${request.routeOptions.url ?? ''}`);
      if ((process.env.DEBUG ?? '').split(',').includes('drafter') && error instanceof Error) options.log(error.stack ?? '');
    }
    reply.code(status);
    if (wantsHtml(request, values)) {
      const errors = found.map(({ field, error: each }) => {
        const described = describeError(each);
        return { message: described.message, code: described.code, field: field ?? fieldOfCode(described.code) };
      });
      return reply.type('text/html; charset=utf-8').send(renderErrors ? renderErrors(errors) : page({ values: values ?? emptyValues(), errors }));
    }
    return reply.send({ error: line, code });
  }

  app.setErrorHandler((error, request, reply) => sendError(request, reply, error, null));
  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    if (wantsHtml(request, null)) return reply.type('text/html; charset=utf-8').send(renderNotFound());
    return reply.send({ error: `[not-found] no such page: ${request.method} ${request.url.split('?')[0]!.slice(0, 100)}`, code: 'not-found' });
  });

  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page({})));

  app.get('/healthz', async () => ({ ok: true }));

  app.get('/api/frameworks', async () => listFrameworks().map((id) => ({ id, title: frameworkTitle(id, corpusDir), draft: hasTemplate(id) })));

  app.post('/api/classify', async (request, reply) => {
    let values: FormValues | null = null;
    try {
      const input = await readForm(request);
      values = input.values;
      const checks = new FieldChecks();
      const framework = await checks.check('framework', () => frameworkFrom(input.values));
      const notes = await checks.check('notes', () => notesFrom(input));
      values = keepNotes(input, notes);
      checks.done();
      if (!framework || !notes) throw new Error('unreachable: checks passed without values');
      const observations = await bounded(runner.classify({ notes, framework, corpusDir }, stage), timeoutMs, 'classifying the notes');
      if (!wantsHtml(request, values)) return reply.send(observations);
      return reply.type('text/html; charset=utf-8').send(page({ values, preview: { observations, framework: await loadFramework(framework, corpusDir) } }));
    } catch (error) {
      return sendError(request, reply, error, values);
    }
  });

  app.post('/api/draft', async (request, reply) => {
    let values: FormValues | null = null;
    try {
      const input = await readForm(request);
      values = input.values;
      const checks = new FieldChecks();
      const notes = await checks.check('notes', () => notesFrom(input));
      const framework = await checks.check('framework', () => draftableFramework(input.values));
      const provider = await checks.check('provider', () => providerFrom(input.values));
      const dates = await checks.check('dates', () => datesFrom(input.values));
      const inspectorate = await checks.check('inspectorate', () => inspectorateFrom(input.values));
      values = keepNotes(input, notes);
      checks.done();
      if (!notes || !framework || !provider || !dates || inspectorate === undefined) throw new Error('unreachable: checks passed without values');
      const out = join(outDir, `${fileSlug(provider)}-${randomBytes(6).toString('hex')}.docx`);
      const request_ = { notes, framework, provider, dates, out, force: false, corpusDir, inspectorate, trackChanges: input.values.trackChanges };
      const result = await bounded(runner.draft(request_, stage), timeoutMs, 'drafting the report', (late) => {
        // The caller has had its 504; don't leave an orphan draft behind.
        void unlink(late.out).catch(() => undefined);
      });
      const download = `/drafts/${basename(result.out)}`;
      if (wantsJson(request, values)) return reply.send({ ...result, file: basename(result.out), download });
      for (const [name, value] of Object.entries(summaryHeaders(result))) reply.header(name, value);
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', contentDisposition(`${provider} draft report.docx`))
        .header('content-location', download)
        .send(createReadStream(result.out));
    } catch (error) {
      return sendError(request, reply, error, values);
    }
  });

  app.get('/review', async (_request, reply) => reply.type('text/html; charset=utf-8').send(renderReviewPage({})));

  app.post('/api/review', async (request, reply) => {
    const reviewErrors = (errors: PageError[]) => renderReviewPage({ errors: errors.map((error) => ({ ...error, field: 'reports' as const })) });
    try {
      const { uploads, format } = await readReviewForm(request);
      const result = await bounded(reviewUploads(uploads, corpusDir), timeoutMs, 'reviewing the reports');
      if (format === 'docx') {
        return reply.type(DOCX_TYPE).header('content-disposition', contentDisposition('consistency review.docx')).send(await reviewDocx(result.findings, result.files));
      }
      if (format === 'json' || !wantsHtml(request, null)) return reply.send({ findings: result.findings });
      return reply.type('text/html; charset=utf-8').send(renderReviewPage({ result }));
    } catch (error) {
      return sendError(request, reply, error, null, reviewErrors);
    }
  });

  app.get('/admin/queues', async (request, reply) => {
    if (!options.queueStatus) {
      throw new DrafterError('document-not-found', 'no queues here: this server runs the stages in-process', { hint: 'set REDIS_URL and start drafter worker to use queues' });
    }
    const queues = await options.queueStatus.read();
    if (!wantsHtml(request, null)) return reply.send({ queues });
    return reply.type('text/html; charset=utf-8').send(renderQueuesPage(queues, options.queueStatus.where));
  });

  app.get<{ Params: { file: string } }>('/drafts/:file', async (request, reply) => {
    const { file } = request.params;
    const path = join(outDir, file);
    if (!DRAFT_FILE.test(file) || !(await stat(path).catch(() => null))?.isFile()) {
      throw new DrafterError('document-not-found', 'no such draft on this server', { hint: 'draft the report again' });
    }
    return reply.type(DOCX_TYPE).header('content-disposition', contentDisposition(file)).send(createReadStream(path));
  });

  function draftableFramework(values: FormValues): FrameworkId {
    const id = frameworkFrom(values);
    if (!hasTemplate(id)) {
      throw new DrafterError('template-missing', `Drafter has no report template for "${id}" yet.`, {
        hint: `draft with ${frameworks.map((option) => option.id).join(' or ')}; "${id}" can still be previewed`,
      });
    }
    return id;
  }

  return app;
}

/**
 * The values to show again: an uploaded file's text goes into the box (a browser cannot refill a
 * file input), so the next submission, preview or draft, uses the same notes.
 */
function keepNotes(input: FormInput, notes: NotesInput | undefined): FormValues {
  if (!input.upload || !notes) return input.values;
  return { ...input.values, notes: notes.text, notesName: notes.file };
}

/** Frameworks the page offers: those with a report template, titled from their taxonomy. */
export function draftableFrameworks(corpusDir?: string): FrameworkOption[] {
  return listFrameworks()
    .filter((id) => hasTemplate(id))
    .map((id) => ({ id, title: frameworkTitle(id, corpusDir) }));
}

function frameworkTitle(id: FrameworkId, corpusDir?: string): string {
  try {
    return loadFrameworkSync(id, corpusDir).title;
  } catch {
    return id;
  }
}

/** Resolves with the work, or rejects with request-timeout after `ms`; `onLate` sees a result that arrives after that. */
export function bounded<T>(work: Promise<T>, ms: number, what: string, onLate?: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(
        new DrafterError('request-timeout', `${what} took longer than ${Math.round(ms / 1000)} s, so the server stopped waiting`, {
          hint: 'try again; with REDIS_URL set, check that `drafter worker` is running',
        }),
      );
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) onLate?.(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!timedOut) reject(error);
      },
    );
  });
}

export interface DescribedError {
  status: number;
  code: string;
  /** What a person reads on the page: the message and its hint. */
  message: string;
  /** The DrafterError line, "[code] message (hint)", for API clients. */
  line: string;
}

/** Status, code and the one line a client sees. Never a stack, never request text. */
export function describeError(error: unknown): DescribedError {
  const make = (status: number, code: string, message: string): DescribedError => ({ status, code, message, line: `[${code}] ${message}` });
  if (DrafterError.is(error)) return make(statusOf(error.code), error.code, `${error.message}${error.hint ? ` (${error.hint})` : ''}`);
  const fastify = error as Partial<FastifyError>;
  const status = typeof fastify.statusCode === 'number' ? fastify.statusCode : 500;
  if (fastify.code === 'FST_FILES_LIMIT' || fastify.code === 'FST_PARTS_LIMIT' || fastify.code === 'FST_FIELDS_LIMIT') {
    return make(400, 'invalid-argument', 'send one notes file and the form fields only');
  }
  if (status === 413) return make(413, 'notes-too-large', `the request is larger than the ${MAX_NOTES_BYTES / 1024 / 1024} MB limit (split the notes into one file per inspection)`);
  if (status === 415) return make(415, 'unsupported-format', 'send the form as multipart/form-data, JSON or url-encoded');
  if (status === 408) return make(408, 'request-timeout', 'the request took too long to arrive');
  // Fastify's own messages can quote the body (a JSON parse error does), so give a fixed line.
  if (status >= 400 && status < 500) return make(status, 'invalid-argument', `the request could not be read (${fastify.code ?? status})`);
  return make(500, 'unexpected-error', 'something went wrong on the server; the server log has the error name');
}

function statusOf(code: string): number {
  switch (code) {
    case 'notes-too-large':
      return 413;
    case 'request-timeout':
      return 504;
    case 'redis-unreachable':
      return 503;
    case 'document-not-found':
      return 404;
    case 'output-exists':
    case 'output-unwritable':
    case 'corpus-invalid':
    case 'file-unreadable':
    case 'job-failed':
    case 'invalid-job-data':
      return 500;
    default:
      return 400;
  }
}

function fieldOfCode(code: string): Field | undefined {
  if (/^notes-|^binary-content$|^docx-corrupt$|^unsupported-format$|^no-observations$/.test(code)) return 'notes';
  if (/^framework-|^template-missing$/.test(code)) return 'framework';
  return undefined;
}

/** HTML for browsers (their Accept names text/html); JSON for API clients and `format=json`. */
function wantsHtml(request: FastifyRequest, values: FormValues | null): boolean {
  const format = values?.format || (request.query as { format?: string } | undefined)?.format;
  if (format === 'json') return false;
  if (format === 'html') return true;
  return /\btext\/html\b/.test(request.headers.accept ?? '');
}

/** The JSON summary instead of the .docx: `format=json`, or an Accept that asks for JSON. */
function wantsJson(request: FastifyRequest, values: FormValues | null): boolean {
  const format = values?.format || (request.query as { format?: string } | undefined)?.format;
  if (format === 'json') return true;
  if (format) return false;
  return /\bapplication\/json\b/.test(request.headers.accept ?? '');
}

/** DraftResult as response headers, for clients that take the .docx and still want the counts. */
function summaryHeaders(result: DraftResult): Record<string, string> {
  return {
    'x-drafter-observations': String(result.observations),
    'x-drafter-paragraphs': String(result.paragraphs),
    'x-drafter-placeholders': String(result.placeholders),
    'x-drafter-low-confidence': String(result.lowConfidence),
    ...(result.suggestedGrade ? { 'x-drafter-suggested-grade': asciiHeader(result.suggestedGrade) } : {}),
  };
}

/** ASCII letters, digits and hyphens from the provider name, for the file name on disk. */
export function fileSlug(provider: string): string {
  const slug = provider
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'provider';
}

/** attachment; filename="ascii fallback"; filename*=UTF-8''the real name (RFC 6266). */
export function contentDisposition(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'draft report.docx';
  const fallback = asciiHeader(clean.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/[%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(clean).replace(/['()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function asciiHeader(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '_');
}
