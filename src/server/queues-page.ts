import { html } from './html.js';
import { layout } from './page.js';

/**
 * Queue state for the person running the service, when stages run on BullMQ workers. Counts,
 * worker connections and recent failure lines only: job data holds inspectors' notes (with names),
 * so unlike a general queue dashboard this page never shows it.
 */
export interface QueueSummary {
  name: string;
  counts: Record<string, number>;
  workers: number | null;
  failed: Array<{ id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: number | null }>;
}

const COLUMNS = ['waiting', 'active', 'delayed', 'waiting-children', 'completed', 'failed'];

export function renderQueuesPage(queues: QueueSummary[], where: string): string {
  const failed = queues.flatMap((queue) => queue.failed.map((job) => ({ queue: queue.name, ...job })));
  return layout(
    'Queues',
    html`<h1>Queues</h1>
<p class="lead">Stages run on <code>drafter worker</code> processes through Redis at ${where}. ${
      queues.some((queue) => queue.workers === 0) ? html`<strong>A queue has no worker listening: start <code>drafter worker</code>.</strong>` : null
    }</p>
<div class="table-wrap"><table class="table">
<caption class="visually-hidden">Jobs per queue</caption>
<thead><tr><th scope="col">Queue</th><th scope="col">Workers</th>${COLUMNS.map((column) => html`<th scope="col" class="num">${column}</th>`)}</tr></thead>
<tbody>
${queues.map(
  (queue) =>
    html`<tr><td>${queue.name}</td><td class="num">${queue.workers ?? 'unknown'}</td>${COLUMNS.map((column) => html`<td class="num">${queue.counts[column] ?? 0}</td>`)}</tr>\n`,
)}</tbody></table></div>
<h2>Recent failures</h2>
${
  failed.length === 0
    ? html`<p>None.</p>`
    : html`<div class="table-wrap"><table class="table">
<thead><tr><th scope="col">Queue</th><th scope="col">Job</th><th scope="col">Attempts</th><th scope="col">When</th><th scope="col">Reason</th></tr></thead>
<tbody>
${failed.map(
  (job) =>
    html`<tr><td>${job.queue}</td><td>${job.id}</td><td class="num">${job.attemptsMade}</td><td>${job.finishedOn ? new Date(job.finishedOn).toISOString().slice(0, 19).replace('T', ' ') : ''}</td><td>${job.failedReason}</td></tr>\n`,
)}</tbody></table></div>`
}`,
    null,
  );
}
