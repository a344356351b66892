/**
 * Version of the PDF layout. Part of every cache key (lib/server/report/cache.ts): bump it whenever
 * the document's content or layout changes, so cached reports are regenerated.
 */
export const REPORT_TEMPLATE_VERSION = 3;
