import type http from "node:http";

import { categoryCodeFromSegment, parseCategorySort } from "@/lib/categories";
import { decodeSegment } from "@/lib/http/params";
import { isFrameablePath } from "@/lib/security-headers";
import { isSignedSessionCookie, SESSION_COOKIE_NAMES } from "@/lib/server/auth/session-cookie";
import { PROFILE_PAGE_PATH, socFromRouteSegment } from "@/lib/soc";

import { addRequestHookOnce } from "./request-hook";
import type { MemberPages } from "./member-pages";
import type { StaticPages } from "./static-pages";

/**
 * What every request needs before Next routes it, answered at the HTTP server so that
 * proxy.ts (Next's middleware, about a third of a prerendered profile's cost) can stay off the
 * profile path:
 * - the security headers on every response (they depend on the running server's configuration,
 *   and next.config.ts `headers()` is frozen into the build); only the explorer's chart documents
 *   may be framed, and only by this site;
 * - a malformed escape in the path ("%ZZ") → 400, which the router would answer with a 500;
 * - another spelling of an occupation ("113051", an old title) → one 308 to the canonical URL,
 *   sub-page and query kept, so pages only ever see canonical segments; likewise a category
 *   ("11", "11-managment" → its slug, the sort normalised);
 * - a profile request whose session cookie carries a valid signature is marked with
 *   SIGNED_SESSION_HEADER; proxy.ts's matcher runs only for marked profile requests (and for
 *   posts), and rewrites them to the member variant. A missing, junk or forged cookie is never
 *   marked, so it gets the prerendered page at an anonymous request's cost;
 * - then, when given, the static fast path (static-pages.ts) answers a fully static page
 *   from memory, and the member render cache (member-pages.ts) a marked profile request;
 *   anything they decline goes on to Next.
 */
export const SIGNED_SESSION_HEADER = "x-aip-signed-session";

export interface EarlyRoutingOptions {
  headers: readonly { key: string; value: string }[];
  /** The headers of the only responses this site's pages may frame (isFrameablePath: the explorer's charts). */
  frameableHeaders: readonly { key: string; value: string }[];
  authSecret: string;
  /** SOC code → canonical profile segment (its slug), undefined when unknown. */
  canonicalSlug: (soc: string) => string | undefined;
  /** Two-digit major-group code → its category page's segment, undefined when unknown. */
  categorySlug: (code: string) => string | undefined;
  /** The static fast path, after the answers above (production servers only: `next dev` renders afresh). */
  staticPages?: StaticPages;
  /** The member render cache, for marked profile requests (production servers only). */
  memberPages?: MemberPages;
}

export type EarlyAnswer = { status: 400; body: string } | { status: 308; location: string };

/** The canonical URL of another spelling of a known occupation's path, or null. */
export function canonicalProfileLocation(url: string, canonicalSlug: EarlyRoutingOptions["canonicalSlug"]): string | null {
  const queryAt = url.search(/[?#]/);
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const [, first, segment, ...rest] = pathname.split("/");
  if (first !== "occupations" || segment === undefined || segment === "") return null;
  const soc = socFromRouteSegment(segment);
  const slug = soc === null ? undefined : canonicalSlug(soc);
  if (slug === undefined || slug === segment) return null;
  return ["", first, slug, ...rest].join("/") + (queryAt === -1 ? "" : url.slice(queryAt));
}

/** The canonical URL of another spelling of a known category page ("/categories/11?sort=pay"), or null. */
export function canonicalCategoryLocation(url: string, categorySlug: EarlyRoutingOptions["categorySlug"]): string | null {
  const parsed = new URL(url, "http://early.invalid");
  const [, first, segment, ...rest] = parsed.pathname.split("/");
  if (first !== "categories" || segment === undefined || segment === "" || rest.length > 0) return null;
  const code = categoryCodeFromSegment(segment);
  const slug = code === null ? undefined : categorySlug(code);
  if (slug === undefined || slug === segment) return null;
  const query = parsed.searchParams;
  if (!query.has("sort") && !query.has("dir")) return `/categories/${slug}`;
  const sort = parseCategorySort({ sort: query.getAll("sort"), dir: query.getAll("dir") });
  return `/categories/${slug}?sort=${sort.sort}&dir=${sort.dir}`;
}

/** Values of the named cookies in a Cookie header (RFC 6265 pairs; the first of a repeated name wins, as in Next). */
export function cookieValues(header: string | undefined, names: readonly string[]): string[] {
  if (header === undefined) return [];
  const found = new Map<string, string>();
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1) continue;
    const name = pair.slice(0, eq).trim();
    if (names.includes(name) && !found.has(name)) found.set(name, pair.slice(eq + 1).trim());
  }
  return [...found.values()];
}

/** Whether a Cookie header carries a session cookie with a valid signature (an HMAC, no database). */
export function hasSignedSessionCookie(header: string | undefined, authSecret: string): boolean {
  return cookieValues(header, SESSION_COOKIE_NAMES).some((value) => isSignedSessionCookie(value, authSecret));
}

/**
 * Looks at one request before Next does: an answer to send instead (400, 308), or null to let
 * Next route it. Marks (or unmarks: a client cannot send the mark itself) signed sessions.
 */
export function earlyRoute(request: Pick<http.IncomingMessage, "url" | "method" | "headers">, options: EarlyRoutingOptions): EarlyAnswer | null {
  delete request.headers[SIGNED_SESSION_HEADER];
  const url = request.url ?? "/";
  const queryAt = url.search(/[?#]/);
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (decodeSegment(pathname) === null) return { status: 400, body: "Bad request: malformed URL encoding." };
  const location = canonicalProfileLocation(url, options.canonicalSlug) ?? canonicalCategoryLocation(url, options.categorySlug);
  if (location !== null) return { status: 308, location };
  if (PROFILE_PAGE_PATH.test(url) && hasSignedSessionCookie(request.headers.cookie, options.authSecret)) {
    request.headers[SIGNED_SESSION_HEADER] = "1";
  }
  return null;
}

function answer(response: http.ServerResponse, early: EarlyAnswer): void {
  if (early.status === 308) {
    response.writeHead(308, { Location: early.location, "Content-Type": "text/plain; charset=utf-8" });
    response.end(`Redirecting to ${early.location}`);
    return;
  }
  response.writeHead(early.status, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(early.body);
}

/** Adds the hook once per process (startup.ts). */
export function installEarlyRouting(options: EarlyRoutingOptions): void {
  addRequestHookOnce("early-routing", (request, response) => {
    for (const { key, value } of isFrameablePath(request.url ?? "/") ? options.frameableHeaders : options.headers) response.setHeader(key, value);
    const early = earlyRoute(request, options);
    if (early === null) {
      if (options.staticPages?.serve(request, response) === true) return true;
      return request.headers[SIGNED_SESSION_HEADER] === "1" ? (options.memberPages?.serve(request, response) ?? false) : false;
    }
    answer(response, early);
    return true;
  });
}
