/** SOC codes for everyone (importer, routes, API, search, forms): the patterns, parsing and formatting. Pure. */
import { decodeSegment } from "@/lib/http/params";

/** The canonical six-digit code without anchors, as an HTML form's `pattern` attribute takes it. */
export const SOC_CODE_PATTERN_SOURCE = "\\d{2}-\\d{4}";
/** The canonical six-digit code, "11-3051". */
export const SOC_CODE = new RegExp(`^${SOC_CODE_PATTERN_SOURCE}$`);
/** An O*NET-SOC code, "11-3051.01". */
export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
/** A six-digit code with or without its dash, "11-3051" or "113051". */
const LOOSE_SOC = /^(\d{2})-?(\d{4})$/;
/** A code as typed into search: "113051", "11 3051", "SOC 11-3051", "11-3051.01". */
const TYPED_SOC = /^(?:soc\s*)?(\d{2})[-\s]?(\d{4})(?:\.(\d{2}))?$/i;
/** A category segment: the two-digit major group, alone or followed by any slug text ("11-management"). */
const MAJOR_GROUP_SEGMENT = /^(\d{2})(?:-[a-z0-9-]*)?$/i;

export function isSocCode(value: unknown): value is string {
  return typeof value === "string" && SOC_CODE.test(value);
}

export function isOnetSocCode(value: unknown): value is string {
  return typeof value === "string" && ONET_SOC_CODE.test(value);
}

/** "11-3051", "113051" → "11-3051"; anything else → null. */
export function normalizeSoc(input: string): string | null {
  const match = LOOSE_SOC.exec(input.trim());
  return match === null ? null : `${match[1]}-${match[2]}`;
}

/** A code as typed into a search box (already trimmed and lower-cased) → the SOC code and the O*NET-SOC code if one was typed. */
export function socFromTypedCode(text: string): { soc: string; onetSoc: string | null } | null {
  const match = TYPED_SOC.exec(text);
  if (match === null) return null;
  const soc = `${match[1]}-${match[2]}`;
  return { soc, onetSoc: match[3] === undefined ? null : `${soc}.${match[3]}` };
}

/** "11", "11-management" (any text after the code) → the SOC major group "11"; anything else → null. */
export function majorGroupFromSegment(text: string): string | null {
  return MAJOR_GROUP_SEGMENT.exec(text.trim())?.[1] ?? null;
}

/**
 * A route segment as users write it: "11-3051", "113051" or the canonical slug
 * "11-3051-industrial-production-managers". Returns the SOC code or null.
 */
export function socFromRouteSegment(segment: string): string | null {
  const decoded = decodeSegment(segment);
  if (decoded === null || decoded.length > 200) return null;
  const match = /^(\d{2}-?\d{4})(?:-[a-z0-9-]*)?$/i.exec(decoded);
  return match?.[1] === undefined ? null : normalizeSoc(match[1]);
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
