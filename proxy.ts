import { NextResponse, type NextRequest } from "next/server";

import { categoryOrderSegment, isDefaultCategorySort, parseCategorySort } from "@/lib/categories";
import { env } from "@/env";
import { errorResponse } from "@/lib/http/errors";
import { isSignedSessionCookie, SESSION_COOKIE_NAMES } from "@/lib/server/auth/session-cookie";
import { MAX_ACTION_BODY_BYTES } from "@/lib/request-limits";
import { SIGNED_SESSION_HEADER } from "@/lib/server/early-routing";
import { PROFILE_PAGE_PATH } from "@/lib/soc";


/** Largest request body any API route accepts (the Stripe webhook route caps its own lower). */
export const MAX_API_BODY_BYTES = 256 * 1024;

function tooLarge(request: NextRequest, limit = MAX_API_BODY_BYTES): Response | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const length = request.headers.get("content-length");
  if (length === null) {
    return request.body === null ? null : errorResponse(411, "length_required", "A Content-Length header is required.");
  }
  const bytes = Number(length);
  if (!Number.isFinite(bytes) || bytes < 0) return errorResponse(400, "bad_request", "Invalid Content-Length.");
  if (bytes > limit) return errorResponse(413, "payload_too_large", `Request body over ${limit / 1024} KB.`);
  return null;
}

/**
 * `/categories/<slug>?sort=&dir=` (other spellings of the group were sent to its slug by the
 * request hook): a sort other than the default → a rewrite to that order's prerendered page
 * (`/categories/<slug>/sorted/<key>-<dir>`), so every order is served static under the address
 * readers use.
 */
function categorySortRewrite(request: NextRequest): NextResponse | null {
  const [, first, slug, ...rest] = request.nextUrl.pathname.split("/");
  if (first !== "categories" || slug === undefined || slug === "" || rest.length > 0) return null;
  const query = request.nextUrl.searchParams;
  if (!query.has("sort") && !query.has("dir")) return null;
  const sort = parseCategorySort({ sort: query.getAll("sort"), dir: query.getAll("dir") });
  if (isDefaultCategorySort(sort)) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/categories/${slug}/sorted/${categoryOrderSegment(sort)}`;
  return NextResponse.rewrite(url);
}

/**
 * A POST to a page is a server action. Next refuses a cross-origin one and an over-limit body
 * by throwing, which answers 500; answer 403 and 413 here instead, with Next's own rule: the
 * Origin's host must equal the first X-Forwarded-Host entry, else Host. No Origin (curl, old
 * browsers) is left to Next, which lets it through as it carries no ambient credentials.
 */
function refusedAction(request: NextRequest): Response | null {
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const expected = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== expected) return new NextResponse("Forbidden: cross-origin form submission.", { status: 403 });
  }
  return tooLarge(request, MAX_ACTION_BODY_BYTES);
}

/**
 * Runs after lib/server/early-routing.ts, which has already set the security headers, answered
 * malformed paths and other spellings of an occupation, and marked profile requests whose
 * session cookie carries a valid signature. The matcher keeps this off anonymous profile
 * requests (most of the traffic), so they cost what a static file costs.
 * 1. API bodies are size-checked before any handler reads them; server actions are checked for
 *    origin and size.
 * 2. Category pages: sort orders are served from prerendered pages.
 * 3. A profile marked as signed is rewritten to the per-request variant, which checks the
 *    session and entitlements on the server; the signature is checked again here, and the
 *    cookie grants nothing by itself.
 */
export function proxy(request: NextRequest): Response {
  if (request.nextUrl.pathname.startsWith("/api/")) return tooLarge(request) ?? NextResponse.next();
  const refused = refusedAction(request);
  if (refused) return refused;
  const sorted = categorySortRewrite(request);
  if (sorted !== null) return sorted;
  if (!PROFILE_PAGE_PATH.test(request.nextUrl.pathname) || request.headers.get(SIGNED_SESSION_HEADER) === null) return NextResponse.next();
  if (!SESSION_COOKIE_NAMES.some((name) => isSignedSessionCookie(request.cookies.get(name)?.value, env.AUTH_SECRET))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/member`;
  return NextResponse.rewrite(url);
}

/**
 * Every route but Next's static files, the API, occupation and category pages. The API only
 * for requests with a body (size checks); occupation pages when marked as signed in
 * (SIGNED_SESSION_HEADER) or carrying a body (a server action: origin and size checks);
 * category pages when they ask for a sort order or carry a body.
 * Next reads this object at build time, so it is written out literally.
 */
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|api/|occupations/|categories/).*)",
    { source: "/api/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/api/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/categories/:path*", has: [{ type: "query", key: "sort" }] },
    { source: "/categories/:path*", has: [{ type: "query", key: "dir" }] },
    { source: "/categories/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/categories/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/categories/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/occupations/:path*", has: [{ type: "header", key: "x-aip-signed-session" }] },
    { source: "/occupations/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/occupations/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/occupations/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
