/**
 * Response helpers shared by the public API routes. Every data response names its sources
 * with a `Link` header: `</sources>; rel="license"` (attribution and licences of every
 * data source) and `</methodology>; rel="describedby"` (how the numbers are built).
 */
export const API_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";
export const SEARCH_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

export function sourcesLinkHeader(baseUrl: string): string {
  const at = (path: string) => new URL(path, baseUrl).toString();
  return `<${at("/sources")}>; rel="license", <${at("/methodology")}>; rel="describedby"`;
}

/** A weak ETag from the content database's data version, so a rebuild changes it. */
export function dataEtag(dataVersion: string | null, variant: string): string | null {
  return dataVersion === null ? null : `W/"${dataVersion}-${variant.replace(/[^a-z0-9-]/gi, "")}"`;
}

/** True when the request already holds this representation. */
export function isNotModified(request: Request, etag: string | null): boolean {
  if (etag === null) return false;
  const header = request.headers.get("if-none-match");
  if (header === null) return false;
  return header.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
}
