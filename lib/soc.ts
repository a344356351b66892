/** SOC code helpers shared by the importer, routes, API and search. Pure. */

const SOC_PATTERN = /^(\d{2})-?(\d{4})$/;

/** "11-3051", "113051" → "11-3051"; anything else → null. */
export function normalizeSoc(input: string): string | null {
  const match = SOC_PATTERN.exec(input.trim());
  return match === null ? null : `${match[1]}-${match[2]}`;
}

/**
 * A route segment as users write it: "11-3051", "113051" or the canonical slug
 * "11-3051-industrial-production-managers". Returns the SOC code or null.
 */
export function socFromRouteSegment(segment: string): string | null {
  const decoded = safeDecode(segment);
  if (decoded === null || decoded.length > 200) return null;
  const match = /^(\d{2}-?\d{4})(?:-[a-z0-9-]*)?$/i.exec(decoded);
  return match?.[1] === undefined ? null : normalizeSoc(match[1]);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** Canonical path segment of an occupation: "11-3051-industrial-production-managers". */
export function occupationSlug(soc: string, title: string): string {
  return `${soc}-${slugify(title)}`;
}

export function categorySlug(code: string, title: string): string {
  return `${code}-${slugify(title)}`;
}

/**
 * A profile page's path (with or without a query): the one URL that answers the public page
 * or, with a session cookie, the member variant (proxy.ts). Task pages and others do not match.
 */
export const PROFILE_PAGE_PATH = /^\/occupations\/[^/?#]+\/?(?:[?#]|$)/;

export function occupationPath(slug: string): string {
  return `/occupations/${slug}`;
}
