import { flagsUncertainty } from '../draft/register.js';
import { LOW_CONFIDENCE, type Framework, type Observation } from '../schemas/index.js';
import type { FormValues } from './form.js';
import { Html, html } from './html.js';

/**
 * The one page of `drafter serve`: plain HTML in the GOV.UK pattern (labels above inputs, hints,
 * an error summary, one green start button), no JavaScript and no front-end build. Both buttons
 * submit the same form; `formaction` picks preview (/api/classify) or draft (/api/draft).
 */

export interface FrameworkOption {
  id: string;
  title: string;
}

/** The form field an error belongs to, so the page can mark it. */
export type Field = 'notes' | 'framework' | 'provider' | 'dates' | 'inspectorate' | 'reports';

export interface PageError {
  message: string;
  code: string;
  field?: Field;
}

export interface Preview {
  observations: Observation[];
  framework: Framework;
}

export interface PageState {
  frameworks: FrameworkOption[];
  values: FormValues;
  errors?: PageError[];
  preview?: Preview;
}

const POLARITY_LABEL: Record<Observation['polarity'], string> = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  context: 'Context',
};

/** Why an observation needs checking, or null; the same tests the draft uses to highlight text. */
export function checkReason(observation: Observation): string | null {
  const reasons: string[] = [];
  // Confidence is the chance that polarity and section are both right: name the weaker part.
  const polarity = observation.polarityConfidence ?? 1;
  if (polarity < LOW_CONFIDENCE) reasons.push('strength or weakness uncertain');
  else if (observation.confidence < LOW_CONFIDENCE) reasons.push(observation.confidence / polarity < LOW_CONFIDENCE ? 'section uncertain' : 'section and polarity both a little uncertain');
  if (flagsUncertainty(observation.text)) reasons.push('note marked as unsure');
  return reasons.length > 0 ? reasons.join('; ') : null;
}

export function renderPage(state: PageState): string {
  const title = state.errors?.length ? 'Error: Draft an inspection report' : state.preview ? 'Observations: Draft an inspection report' : 'Draft an inspection report';
  return layout(
    title,
    html`${state.errors?.length ? errorSummary(state.errors) : null}
<h1>Draft an inspection report from your notes</h1>
<p class="lead">Paste or upload your evidence notes, choose the framework and give the provider’s details.
Drafter sorts each note line into strengths, areas for improvement and context against the framework’s criteria,
then writes a first draft in the report template as a Word file for you to edit.</p>
<div class="inset">
<p>Every drafted paragraph has a Word comment naming the note lines it came from. Items Drafter is unsure of are highlighted in the draft and marked “Check” in the preview, not left out.</p>
<p>Names of trainees, mentors and staff are replaced by their roles before anything is drafted. The server does not log what you send.</p>
</div>
${form(state)}
${state.preview ? previewSection(state.preview) : null}`,
    'draft',
  );
}

/** A plain "page not found" in the same frame. */
export function renderNotFound(): string {
  return layout('Page not found', html`<h1>Page not found</h1>\n<p><a href="/">Draft a report</a> or <a href="/review">review reports</a>.</p>`, null);
}

/** The page frame shared by the draft and review pages: header with both tasks, main, footer. */
export function layout(title: string, main: Html, current: 'draft' | 'review' | null): string {
  const nav = (href: string, label: string, id: 'draft' | 'review') =>
    html`<a class="nav${id === current ? ' current' : ''}" href="${href}"${id === current ? html` aria-current="page"` : null}>${label}</a>`;
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Drafter</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="header"><div class="width"><span class="logo">Drafter</span>
<nav aria-label="Tasks">${nav('/', 'Draft a report', 'draft')} ${nav('/review', 'Review reports', 'review')}</nav></div></header>
<div class="width">
<main id="main" tabindex="-1">
${main}
</main>
</div>
<footer class="footer"><div class="width"><p>Drafter runs on this server. Notes are read in memory and not stored; reports sent for review go to a temporary folder that is deleted once reviewed; drafts are kept in the server’s output folder.</p></div></footer>
</body>
</html>
`.value;
}

export function errorSummary(errors: PageError[]): Html {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title" tabindex="-1" autofocus>
<h2 id="error-title">There is a problem</h2>
<ul>
${errors.map((error) => html`<li><a href="#${anchor(error.field)}">${sentence(error.message)}</a> <span class="code">(${error.code})</span></li>
`)}
</ul>
</div>`;
}

function anchor(field: Field | undefined): string {
  return field === 'dates' ? 'dateFrom' : (field ?? 'notes');
}

export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function errorOf(state: PageState, field: Field): PageError | undefined {
  return state.errors?.find((error) => error.field === field);
}

function fieldError(state: PageState, field: Field): Html | null {
  const error = errorOf(state, field);
  if (!error) return null;
  return html`<p class="field-error" id="${field}-error"><span class="visually-hidden">Error:</span> ${sentence(error.message)}</p>`;
}

function describedBy(state: PageState, field: Field, hint: string | null): Html | null {
  const ids = [hint, errorOf(state, field) ? `${field}-error` : null].filter(Boolean);
  return ids.length > 0 ? html` aria-describedby="${ids.join(' ')}"` : null;
}

function group(state: PageState, field: Field, content: Html): Html {
  return html`<div class="group${errorOf(state, field) ? ' group-error' : ''}">${content}</div>`;
}

function form(state: PageState): Html {
  const { values } = state;
  const selected = values.framework || state.frameworks[0]?.id || '';
  return html`<form id="notes-form" method="post" action="/api/draft" enctype="multipart/form-data" novalidate>
${group(
  state,
  'notes',
  html`<fieldset${describedBy(state, 'notes', 'notes-hint')}>
<legend class="legend">Your notes</legend>
<p class="hint" id="notes-hint">Plain text, Markdown or Word (.docx), up to 10 MB. If you choose a file, the pasted text is not used.</p>
${fieldError(state, 'notes')}
<label class="label" for="notes">Paste notes</label>
<textarea class="textarea" id="notes" name="notes" rows="14" spellcheck="false">${values.notes}</textarea>
<input type="hidden" name="notesName" value="${values.notesName}">
<label class="label" for="notesFile">Or upload a notes file</label>
<input class="file" type="file" id="notesFile" name="notesFile" accept=".txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
</fieldset>`,
)}
${group(
  state,
  'framework',
  html`<label class="label" for="framework">Framework</label>
${fieldError(state, 'framework')}
<select class="select" id="framework" name="framework"${describedBy(state, 'framework', null)}>
${state.frameworks.map((option) => html`<option value="${option.id}"${option.id === selected ? html` selected` : null}>${option.title}</option>\n`)}
</select>`,
)}
${group(
  state,
  'provider',
  html`<label class="label" for="provider">Provider name</label>
<p class="hint" id="provider-hint">As it should appear in the report title. Needed for the Word report, not for the preview.</p>
${fieldError(state, 'provider')}
<input class="input" type="text" id="provider" name="provider" value="${values.provider}" autocomplete="organization"${describedBy(state, 'provider', 'provider-hint')}>`,
)}
${group(
  state,
  'dates',
  html`<fieldset${describedBy(state, 'dates', 'dates-hint')}>
<legend class="legend small">Inspection dates (optional)</legend>
<p class="hint" id="dates-hint">Leave blank and the draft marks the dates for you to complete.</p>
${fieldError(state, 'dates')}
<div class="dates">
<div><label class="label small" for="dateFrom">First day</label>
<input class="input date" type="date" id="dateFrom" name="dateFrom" value="${values.dateFrom}"></div>
<div><label class="label small" for="dateTo">Last day</label>
<input class="input date" type="date" id="dateTo" name="dateTo" value="${values.dateTo}"></div>
</div>
</fieldset>`,
)}
${group(
  state,
  'inspectorate',
  html`<label class="label" for="inspectorate">Inspectorate (optional)</label>
<p class="hint" id="inspectorate-hint">For example, ISI, Penta International or Ofsted. Leave blank to mark it for completion.</p>
${fieldError(state, 'inspectorate')}
<input class="input" type="text" id="inspectorate" name="inspectorate" list="inspectorates" value="${values.inspectorate}"${describedBy(state, 'inspectorate', 'inspectorate-hint')}>
<datalist id="inspectorates"><option value="ISI"><option value="Penta International"><option value="Ofsted"></datalist>`,
)}
<div class="group">
<div class="checkbox"><input type="checkbox" id="trackChanges" name="trackChanges" value="on"${values.trackChanges ? html` checked` : null} aria-describedby="track-hint">
<label for="trackChanges">Insert drafted text as tracked changes</label></div>
<p class="hint" id="track-hint">Word then shows each drafted passage as an insertion you can accept or reject.</p>
</div>
<div class="buttons">
<button class="button secondary" type="submit" formaction="/api/classify#observations">Preview observations</button>
<button class="button" type="submit" formaction="/api/draft">Draft Word report</button>
</div>
</form>`;
}

function previewSection(preview: Preview): Html {
  const { observations, framework } = preview;
  const sectionTitle = new Map(framework.sections.map((section) => [section.id, section.title]));
  const count = (polarity: Observation['polarity']) => observations.filter((observation) => observation.polarity === polarity).length;
  const toCheck = observations.filter((observation) => checkReason(observation) !== null).length;
  return html`<section class="preview" id="observations" aria-labelledby="preview-title">
<h2 id="preview-title">Observations from ${observations[0]?.source.file ?? 'your notes'}</h2>
<ul class="counts">
<li><strong>${count('strength')}</strong> strengths</li>
<li><strong>${count('improvement')}</strong> areas for improvement</li>
<li><strong>${count('context')}</strong> context</li>
<li><strong>${toCheck}</strong> to check</li>
</ul>
<p>Rows marked <strong class="tag tag-check">Check</strong> are ones Drafter is unsure of; the draft highlights them. Change the notes above and preview again, or
<button class="link-button" type="submit" form="notes-form" formaction="/api/draft">draft the Word report</button>.</p>
<div class="table-wrap">
<table class="table">
<caption class="visually-hidden">Each note line with its classification under ${framework.title}</caption>
<thead><tr><th scope="col">Line</th><th scope="col">Note (names replaced)</th><th scope="col">Judgement</th><th scope="col">Section</th><th scope="col">Criterion</th><th scope="col">Confidence</th></tr></thead>
<tbody>
${observations.map((observation, index) => row(observation, sectionTitle, observations[index - 1]?.source.heading ?? null))}
</tbody>
</table>
</div>
</section>`;
}

/** One table row; the note's heading is shown only where it changes, as it reads in the notes. */
function row(observation: Observation, sectionTitle: Map<string, string>, previousHeading: string | null): Html {
  const heading = observation.source.heading && observation.source.heading !== previousHeading ? observation.source.heading : null;
  const reason = checkReason(observation);
  const percent = Math.round(observation.confidence * 100);
  return html`<tr${reason ? html` class="check"` : null}>
<td class="num">${observation.source.line}</td>
<td>${heading ? html`<span class="heading">${heading}</span>` : null}${observation.text}</td>
<td><span class="tag tag-${observation.polarity}">${POLARITY_LABEL[observation.polarity]}</span></td>
<td>${sectionTitle.get(observation.section) ?? observation.section}</td>
<td><span class="criterion">${observation.criterion.id}</span> ${observation.criterion.title}</td>
<td class="num">${percent}%${reason ? html` <strong class="tag tag-check">Check</strong><span class="reason">${reason}</span>` : null}</td>
</tr>
`;
}

// GOV.UK Design System colours and spacing, written out by hand: no build step, no external assets.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.32;color:#0b0c0c;background:#fff}
a{color:#1d70b8}a:visited{color:#4c2c92}
:focus-visible{outline:3px solid #fd0;outline-offset:0;box-shadow:0 -2px #fd0,0 4px #0b0c0c}
.width{max-width:960px;margin:0 auto;padding:0 15px}
.skip{position:absolute;left:-9999px}.skip:focus{left:0;top:0;background:#fd0;color:#0b0c0c;padding:10px;z-index:1}
.header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;padding:10px 0}
.logo{font-weight:700;font-size:1.5rem;margin-right:25px}
.header .width{display:flex;align-items:baseline;flex-wrap:wrap}
.nav{color:#fff;font-weight:700;margin-right:20px;text-decoration:none;font-size:1.125rem}.nav:visited{color:#fff}.nav:hover{text-decoration:underline}.nav.current{border-bottom:3px solid #fff}
main{padding:30px 0 40px;display:block}
h1{font-size:2.25rem;line-height:1.1;margin:0 0 30px}
h2{font-size:1.5rem;margin:40px 0 20px}
.lead{font-size:1.25rem;max-width:40em}
.inset{border-left:10px solid #b1b4b6;padding:5px 15px;margin:20px 0 30px;max-width:40em}
.group{margin-bottom:30px}
.group-error{border-left:5px solid #d4351c;padding-left:15px}
fieldset{border:0;margin:0;padding:0;min-width:0}
.legend{font-weight:700;font-size:1.5rem;margin-bottom:10px;padding:0}.legend.small{font-size:1.1875rem;margin-bottom:5px}
.label{display:block;font-weight:700;margin:15px 0 5px}.label.small{font-weight:400;margin-top:0}
.hint{color:#505a5f;margin:0 0 10px;max-width:40em}
.field-error{color:#d4351c;font-weight:700;margin:0 0 10px}
.input,.select,.textarea{font:inherit;border:2px solid #0b0c0c;border-radius:0;padding:5px;background:#fff}
.input{width:100%;max-width:30em;height:2.5rem}.input.date{width:11em}
.select{height:2.5rem;min-width:20em;max-width:100%}
.textarea{width:100%;font-family:Consolas,Menlo,monospace;font-size:1rem;line-height:1.4}
.group-error .input,.group-error .select,.group-error .textarea{border-color:#d4351c}
.file{font:inherit;margin-top:5px}
.dates{display:flex;gap:20px;flex-wrap:wrap}
.checkbox{display:flex;gap:10px;align-items:center}.checkbox input{width:28px;height:28px;margin:0}
.buttons{display:flex;gap:15px;flex-wrap:wrap;margin-top:10px}
.button{font:inherit;font-size:1.1875rem;border:2px solid transparent;border-radius:0;padding:8px 12px 7px;color:#fff;background:#00703c;box-shadow:0 2px 0 #002d18;cursor:pointer}
.button:hover{background:#005a30}
.button.secondary{color:#0b0c0c;background:#f3f2f1;box-shadow:0 2px 0 #929191}.button.secondary:hover{background:#dbdad9}
.button:focus-visible{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 2px 0 #0b0c0c}
.link-button{font:inherit;background:none;border:0;padding:0;color:#1d70b8;text-decoration:underline;cursor:pointer}
.error-summary{border:5px solid #d4351c;padding:15px 20px;margin-bottom:30px}
.error-summary h2{margin:0 0 15px}.error-summary ul{margin:0;padding:0;list-style:none}.error-summary li{margin-bottom:5px}.error-summary a{color:#d4351c;font-weight:700}
.code{color:#505a5f;font-size:.875rem}
.counts{list-style:none;padding:0;display:flex;gap:30px;flex-wrap:wrap}.counts strong{font-size:1.5rem;display:block}
.table-wrap{overflow-x:auto}
.table{border-collapse:collapse;width:100%;font-size:1rem}
.table th,.table td{text-align:left;vertical-align:top;border-bottom:1px solid #b1b4b6;padding:10px 10px 10px 0}
.table .num{white-space:nowrap}
.table tr.check{background:#fff7bf}
.heading{display:block;color:#505a5f;font-size:.875rem}
.criterion{font-weight:700}
.reason{display:block;color:#505a5f;font-size:.875rem;white-space:normal}
.tag{display:inline-block;padding:2px 6px;font-size:.875rem;font-weight:700}
.tag-strength{background:#cce2d8;color:#005a30}.tag-improvement{background:#f4cdc6;color:#942514}.tag-context{background:#eeefef;color:#383f43}
.tag-check{background:#fd0;color:#0b0c0c}
.tag-error{background:#f4cdc6;color:#942514}.tag-warning{background:#fcd6c3;color:#6e3619}.tag-info{background:#bbd4ea;color:#0c2d4a}
h3{font-size:1.1875rem;margin:30px 0 10px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.footer{border-top:1px solid #b1b4b6;background:#f3f2f1;padding:20px 0;color:#505a5f;font-size:1rem}
`;
