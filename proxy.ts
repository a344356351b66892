import { NextResponse, type NextRequest } from "next/server";

import { listCategorySummaries } from "@/db/queries/categories";
import { listOccupationSlugs } from "@/db/queries/profile";
import { categoryCodeFromSegment, categoryOrderSegment, isDefaultCategorySort, parseCategorySort } from "@/lib/categories";
import { env } from "@/env";
import { errorResponse } from "@/lib/http/errors";
import { decodeSegment } from "@/lib/http/params";
import { isSignedSessionCookie, SESSION_COOKIE_NAMES } from "@/lib/server/auth/session-cookie";
import { MAX_ACTION_BODY_BYTES } from "@/lib/request-limits";
import { runtimeSecurityHeaders } from "@/lib/security-headers";
import { PROFILE_PAGE_PATH, socFromRouteSegment } from "@/lib/soc";


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

let canonicalSlugs: Map<string, string> | null = null;

/** SOC code → canonical profile segment, read once from the content database (798 rows). */
function canonicalSlug(soc: string): string | undefined {
  canonicalSlugs ??= new Map(listOccupationSlugs().map(({ soc: code, slug }) => [code, slug]));
  return canonicalSlugs.get(soc);
}

/**
 * Another spelling of a known occupation ("113051", "11-3051", an old title) → one 308 to the
 * canonical URL, sub-page and query kept. Done here rather than in the page so the pages only
 * ever see canonical segments and unknown ones stay plain 404s that render nothing to disk.
 */
function canonicalRedirect(request: NextRequest): NextResponse | null {
  const [, first, segment, ...rest] = request.nextUrl.pathname.split("/");
  if (first !== "occupations" || segment === undefined || segment === "") return null;
  const soc = socFromRouteSegment(segment);
  const slug = soc === null ? undefined : canonicalSlug(soc);
  if (slug === undefined || slug === segment) return null;
  const url = request.nextUrl.clone();
  url.pathname = ["", first, slug, ...rest].join("/");
  return NextResponse.redirect(url, 308);
}

let categorySlugs: Map<string, string> | null = null;

/**
 * `/categories/<group>`: another spelling of a group ("11", "11-managment") → one 308 to its
 * slug, the sort kept (normalised); a sort other than the default → a rewrite to that order's
 * prerendered page (`/categories/<slug>/sorted/<key>-<dir>`), so every order is served static
 * under the address readers use. Unknown groups fall through to the page's 404.
 */
function categoryRoute(request: NextRequest): NextResponse | null {
  const [, first, segment, ...rest] = request.nextUrl.pathname.split("/");
  if (first !== "categories" || segment === undefined || segment === "" || rest.length > 0) return null;
  const code = categoryCodeFromSegment(segment);
  categorySlugs ??= new Map(listCategorySummaries().map((category) => [category.code, category.slug]));
  const slug = code === null ? undefined : categorySlugs.get(code);
  if (slug === undefined) return null;
  const query = request.nextUrl.searchParams;
  const sorted = query.has("sort") || query.has("dir");
  const sort = parseCategorySort({ sort: query.getAll("sort"), dir: query.getAll("dir") });
  const url = request.nextUrl.clone();
  if (slug !== segment) {
    url.pathname = `/categories/${slug}`;
    url.search = sorted ? `?sort=${sort.sort}&dir=${sort.dir}` : "";
    return NextResponse.redirect(url, 308);
  }
  if (!sorted || isDefaultCategorySort(sort)) return null;
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
 * 0. Every response gets the configuration-dependent security headers (lib/security-headers.ts).
 * 1. API bodies are size-checked before any handler reads them; server actions are checked for
 *    origin and size.
 * 2. Other spellings of an occupation code redirect to the canonical profile URL; category
 *    pages likewise, and their sort orders are served from prerendered pages.
 * 3. Occupation profiles are prerendered once for everyone; a visitor with a session cookie is
 *    rewritten to the per-request variant, which checks the session and entitlements on the
 *    server. Only a cookie with a valid signature picks that variant (a junk one gets the
 *    prerendered page at its cost); the cookie grants nothing by itself.
 */
// Computed when the server starts, from its own environment (not the build's).
const SECURITY_HEADERS = runtimeSecurityHeaders({ appUrl: env.APP_URL, stripeApiUrl: env.STRIPE_API_URL, production: env.NODE_ENV === "production" });

export function proxy(request: NextRequest) {
  const response = route(request);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

function route(request: NextRequest): Response {
  // A malformed escape ("%ZZ") would otherwise fail inside the router with a 500.
  if (decodeSegment(request.nextUrl.pathname) === null) return new NextResponse("Bad request: malformed URL encoding.", { status: 400 });
  if (request.nextUrl.pathname.startsWith("/api/")) return tooLarge(request) ?? NextResponse.next();
  const refused = refusedAction(request);
  if (refused) return refused;
  const redirect = canonicalRedirect(request) ?? categoryRoute(request);
  if (redirect !== null) return redirect;
  if (!PROFILE_PAGE_PATH.test(request.nextUrl.pathname)) return NextResponse.next();
  if (!SESSION_COOKIE_NAMES.some((name) => isSignedSessionCookie(request.cookies.get(name)?.value, env.AUTH_SECRET))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/member`;
  return NextResponse.rewrite(url);
}

// Every route but Next's static files (they get the constant headers from next.config.ts).
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
