import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { DrafterError } from '../errors.js';
import { packageRoot } from '../paths.js';
import type { Framework, ReportModel } from '../schemas/index.js';

/**
 * Handlebars produces TEXT in a small line markup (see templates/README.md) that render-docx.ts
 * lays out with the docx library. Templates hold the wording and order; code holds the layout,
 * so an inspector-facing wording change never touches Word internals.
 */

/** Inline markers the templates emit and the renderer reads. Stripped from all note text first. */
export const MARK = {
  commentStart: (id: number) => `⟦c:${id}⟧`,
  commentEnd: '⟦/c⟧',
  lowStart: '⟦low⟧',
  lowEnd: '⟦/low⟧',
  suggestStart: '⟦s⟧',
  suggestEnd: '⟦/s⟧',
} as const;

export function placeholder(what: string): string {
  return `[Inspector to complete: ${what}]`;
}

/** The package's templates/ folder. */
export function defaultTemplatesDir(): string {
  return path.join(packageRoot, 'templates');
}

type Compiled = Handlebars.TemplateDelegate;
const cache = new Map<string, { engine: typeof Handlebars; report: Compiled }>();

/** True when `<dir>/<framework>/report.hbs` exists. */
export function hasTemplate(frameworkId: string, dir = defaultTemplatesDir()): boolean {
  return existsSync(path.join(dir, frameworkId, 'report.hbs'));
}

function load(frameworkId: string, dir: string): { engine: typeof Handlebars; report: Compiled } {
  const key = `${dir}|${frameworkId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = path.join(dir, frameworkId, 'report.hbs');
  if (!existsSync(file)) {
    throw new DrafterError('template-missing', `No report template for framework "${frameworkId}" (looked for ${file}).`, {
      hint: `add templates/${frameworkId}/report.hbs; see templates/README.md`,
    });
  }
  const engine = Handlebars.create();
  registerHelpers(engine);
  // Shared partials first, then the shape's own (same name overrides).
  for (const folder of [path.join(dir, 'partials'), path.join(dir, frameworkId)]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.hbs') && entry !== 'report.hbs')) {
      engine.registerPartial(name.replace(/\.hbs$/, ''), readFileSync(path.join(folder, name), 'utf8'));
    }
  }
  const report = engine.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: false, preventIndent: true });
  const loaded = { engine, report };
  cache.set(key, loaded);
  return loaded;
}

/** Forget compiled templates (tests that edit templates). */
export function clearTemplateCache(): void {
  cache.clear();
}

/** The report as line markup, ready for renderDocx's layout pass. */
export function renderMarkup(model: ReportModel, framework: Framework, dir = defaultTemplatesDir()): string {
  const { report } = load(framework.id, dir);
  try {
    return report({ model, framework }, { data: { framework, model } });
  } catch (error) {
    throw new DrafterError('template-missing', `Template for "${framework.id}" failed: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

function registerHelpers(engine: typeof Handlebars): void {
  type Options = Handlebars.HelperOptions;
  const frameworkOf = (options: Options): Framework => options.data.root.framework as Framework;
  const modelOf = (options: Options): ReportModel => options.data.root.model as ReportModel;

  engine.registerHelper('placeholder', (what: unknown) => placeholder(String(what)));
  engine.registerHelper('trace', function (this: unknown, id: unknown, options: Options) {
    const inner = options.fn(this).trim();
    return typeof id === 'number' ? `${MARK.commentStart(id)}${inner}${MARK.commentEnd}` : inner;
  });
  engine.registerHelper('low', function (this: unknown, options: Options) {
    return `${MARK.lowStart}${options.fn(this).trim()}${MARK.lowEnd}`;
  });
  engine.registerHelper('suggest', function (this: unknown, options: Options) {
    return `${MARK.suggestStart}${options.fn(this).trim()}${MARK.suggestEnd}`;
  });
  engine.registerHelper('segments', (paragraph: { segments: Array<{ text: string; low: boolean }> }) =>
    paragraph.segments.map((segment) => (segment.low ? `${MARK.lowStart}${segment.text}${MARK.lowEnd}` : segment.text)).join(' '),
  );
  engine.registerHelper('ftext', (key: string, options: Options) => {
    const value = frameworkOf(options).text[key];
    if (value === undefined) return placeholder(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    return Array.isArray(value) ? value.join(' ') : value;
  });
  engine.registerHelper('flist', (key: string, options: Options) => {
    const value = frameworkOf(options).text[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });
  // "assess … of: a; b" → a bullet with sub-bullets, as the published purpose list is laid out.
  engine.registerHelper('nested', (item: string) => {
    const match = /^(.*?:)\s+(.+)$/.exec(item);
    if (!match || !match[2]!.includes(';')) return `- ${item}`;
    const subs = match[2]!.split(/;\s*/).filter(Boolean);
    return [`- ${match[1]}`, ...subs.map((sub) => `  - ${sub}`)].join('\n');
  });
  engine.registerHelper('section', (id: string, options: Options) => modelOf(options).sections.find((section) => section.id === id));
  engine.registerHelper('cell', (text: unknown) => String(text ?? '').replace(/\|/g, '/').replace(/\s*\n\s*/g, '<br>'));
  engine.registerHelper('cellParas', (text: unknown) =>
    String(text ?? '')
      .replace(/\|/g, '/')
      .split(/(?<=\.)\s+(?=The quality|They )/)
      .join('<br>'),
  );
  engine.registerHelper('areaDescriptor', (sectionId: string, grade: string, options: Options) => {
    const framework = frameworkOf(options);
    const specific = framework.text[`${sectionId}:${grade}`];
    if (typeof specific === 'string') return specific;
    return framework.gradeScale.find((level) => level.grade === grade)?.descriptor ?? '';
  });
  engine.registerHelper('scaleList', (options: Options) =>
    frameworkOf(options)
      .gradeScale.map((level) => level.label)
      .join(', '),
  );
  engine.registerHelper('academicYear', (dates: string[]) => {
    const first = [...dates].sort()[0]!;
    const [year, month] = first.split('-').map(Number) as [number, number];
    const start = month >= 9 ? year : year - 1;
    return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  });
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  engine.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  engine.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  engine.registerHelper('lower', (text: unknown) => String(text ?? '').toLowerCase());
  engine.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
}
