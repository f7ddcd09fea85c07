export { buildServer, draftableFrameworks, describeError, bounded, fileSlug, contentDisposition, DEFAULT_TIMEOUT_MS, DOCX_TYPE, type ServerOptions } from './app.js';
export { renderPage, checkReason, type PageState, type Preview, type FrameworkOption } from './page.js';
export { readForm, notesFrom, frameworkFrom, providerFrom, datesFrom, inspectorateFrom, NOTES_EXTENSIONS, type FormValues, type FormInput } from './form.js';
export { html, escapeHtml, Html } from './html.js';
export { renderQueuesPage, type QueueSummary } from './queues-page.js';
export { reviewUploads, readReviewForm, renderReviewPage, MAX_REVIEW_FILES, MAX_REVIEW_FILE_BYTES } from './review.js';
