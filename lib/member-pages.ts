import { changesNextsAnswer, DRAFT_MODE_COOKIES, type StaticRequest } from "@/lib/static-pages";
import type { WatchState } from "@/lib/watchlist";

/**
 * The pure half of the member render cache (lib/server/member-pages.ts): which signed-in
 * profile requests it may answer, and the key of a rendered page. The member variant
 * (app/occupations/[soc]/member) renders from the occupation, the query and this access tuple
 * only: no email, user id, CSRF token or nonce reaches its HTML (the CSP has no nonce), so two
 * requests with equal keys get the same page whoever sends them.
 */

/** What the member page renders for one viewer on one occupation (ProfileAccess, with the SOC it was decided for). */
export interface MemberAccess {
  soc: string;
  signedIn: boolean;
  pro: boolean;
  purchasedReport: boolean;
  watch: WatchState | null;
}

/** Query parameters the member page reads (the task mix, the watch form's notice); each at most once. */
const RENDERED_PARAMS = new Set(["mix", "watch"]);

/** `/occupations/<segment>` exactly: no trailing slash (Next redirects it), no task page. */
const PROFILE_PATH = /^\/occupations\/[^/]+$/;

export interface MemberPageRequest {
  /** The request's path and query exactly as sent: what Next's payload is rendered from. */
  url: string;
  /** The occupation segment (canonical: early-routing.ts has sent other spellings to it). */
  segment: string;
}

/**
 * The profile request the cache may answer, or null to leave it to Next as before: a GET/HEAD
 * of a profile with none of the headers that change Next's answer (router and RSC requests,
 * server actions, bodies), no draft-mode cookie, and a query of `mix` and `watch` only, each
 * once. Anything else (the no-JavaScript task mix form's `t<id>` fields, `_rsc`, tracking
 * parameters) is rendered by Next per request, as it always was.
 */
export function memberPageRequest(request: StaticRequest): MemberPageRequest | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!PROFILE_PATH.test(pathname)) return null;
  for (const name of Object.keys(request.headers)) if (changesNextsAnswer(name)) return null;
  const cookie = request.headers.cookie;
  if (typeof cookie !== "string" || DRAFT_MODE_COOKIES.some((name) => cookie.includes(name))) return null;
  if (queryAt !== -1) {
    const names = [...new URLSearchParams(url.slice(queryAt + 1)).keys()];
    if (names.some((name) => !RENDERED_PARAMS.has(name)) || new Set(names).size !== names.length) return null;
  }
  return { url, segment: pathname.slice("/occupations/".length) };
}

/** The `watch` query parameter as the page reads it (a repeated one was refused above). */
export function watchParam(url: string): string | undefined {
  const queryAt = url.indexOf("?");
  return queryAt === -1 ? undefined : (new URLSearchParams(url.slice(queryAt + 1)).get("watch") ?? undefined);
}

/**
 * The cache key: the build, the content database generation, the exact path and query, and
 * every field of the access tuple in a fixed order (so two tuples are one key only when every
 * field is equal). Nothing that identifies a person is in it.
 */
export function memberCacheKey(parts: { buildId: string; contentGeneration: number; url: string; access: MemberAccess }): string {
  const { access } = parts;
  const watch = access.watch === null ? null : [access.watch.watching, access.watch.count, access.watch.limit, access.watch.pro, access.watch.notice];
  return JSON.stringify([parts.buildId, parts.contentGeneration, parts.url, access.soc, access.signedIn, access.pro, access.purchasedReport, watch]);
}

/**
 * Response headers of a rendered page that belong to one response, not to the page: framing
 * and connection headers (the cached copy sends its own length and encoding) and the date.
 */
const PER_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * The head to keep with a rendered member page, or null when the response must not be kept:
 * only a 200 HTML page that sets no cookie and is marked private/no-store (Next's per-request
 * pages are), so a cached copy goes out with the same `Cache-Control` and never to a shared cache.
 */
export function cacheableMemberHead(statusCode: number, headers: Record<string, string | number | string[] | undefined>): [string, string | string[]][] | null {
  if (statusCode !== 200) return null;
  if (headers["set-cookie"] !== undefined) return null;
  const type = headers["content-type"];
  if (typeof type !== "string" || !type.startsWith("text/html")) return null;
  const cacheControl = headers["cache-control"];
  if (typeof cacheControl !== "string" || !cacheControl.includes("private") || !cacheControl.includes("no-store")) return null;
  const encoding = headers["content-encoding"];
  if (encoding !== undefined && encoding !== "gzip") return null;
  const kept: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name.toLowerCase())) continue;
    kept.push([name, Array.isArray(value) ? value : String(value)]);
  }
  return kept;
}
