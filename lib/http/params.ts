/**
 * Route params and query strings as they reach pages and route handlers: one record type, the
 * first-value rule for repeated parameters, blank-as-missing, and URL decoding that never throws.
 * Pure; the zod schemas that read them live in lib/validations/.
 */

/** A page's `searchParams` (and a route's query string as a record): repeated names arrive as arrays. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What Next.js hands a page as its `searchParams` prop. */
export type PageSearchParams = Promise<SearchParams>;

/** A repeated parameter (`?q=a&q=b`) counts as its first value (for zod's preprocess). */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** One parameter of a page's searchParams as a string, or undefined (the first of repeats). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A blank form or query value (or a missing one read as null) counts as not given. */
export function emptyAsUndefined(value: unknown): unknown {
  return value === "" || value === null ? undefined : value;
}

/** A URL's query string as the same record a page receives (repeated names as arrays). */
export function searchParamsRecord(params: URLSearchParams): SearchParams {
  const record: SearchParams = {};
  for (const [name, value] of params) {
    const previous = record[name];
    record[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return record;
}

/** decodeURIComponent that answers null for a malformed escape ("%E0%A4%A") instead of throwing. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
