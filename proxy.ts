import { NextResponse, type NextRequest } from "next/server";

import { listOccupationSlugs } from "@/db/queries/profile";
import { socFromRouteSegment } from "@/lib/soc";

// better-auth's session cookie with the "aip" prefix (lib/server/auth/server.ts); "__Secure-" over https.
const SESSION_COOKIES = ["aip.session_token", "__Secure-aip.session_token"];

/** Largest request body any API route accepts (the Stripe webhook route caps its own lower). */
export const MAX_API_BODY_BYTES = 256 * 1024;

function tooLarge(request: NextRequest): NextResponse | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const length = request.headers.get("content-length");
  if (length === null) {
    return request.body === null ? null : NextResponse.json({ error: "A Content-Length header is required." }, { status: 411 });
  }
  const bytes = Number(length);
  if (!Number.isFinite(bytes) || bytes < 0) return NextResponse.json({ error: "Invalid Content-Length." }, { status: 400 });
  if (bytes > MAX_API_BODY_BYTES) return NextResponse.json({ error: `Request body over ${MAX_API_BODY_BYTES / 1024} KB.` }, { status: 413 });
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
  if (first !== "occupations" || segment === undefined) return null;
  const soc = socFromRouteSegment(segment);
  const slug = soc === null ? undefined : canonicalSlug(soc);
  if (slug === undefined || slug === segment) return null;
  const url = request.nextUrl.clone();
  url.pathname = ["", first, slug, ...rest].join("/");
  return NextResponse.redirect(url, 308);
}

/**
 * 1. API bodies are size-checked before any handler reads them.
 * 2. Other spellings of an occupation code redirect to the canonical profile URL.
 * 3. Occupation profiles are prerendered once for everyone; a visitor with a session cookie is
 *    rewritten to the per-request variant, which checks the session and entitlements on the
 *    server. The cookie's presence only picks the variant; it grants nothing.
 */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  // A malformed escape ("%ZZ") would otherwise fail inside the router with a 500.
  if (!isDecodable(request.nextUrl.pathname)) return new NextResponse("Bad request: malformed URL encoding.", { status: 400 });
  if (request.nextUrl.pathname.startsWith("/api/")) return tooLarge(request) ?? NextResponse.next();
  const redirect = canonicalRedirect(request);
  if (redirect !== null) return redirect;
  if (request.nextUrl.pathname.split("/").length !== 3) return NextResponse.next(); // sub-pages have no member variant
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/member`;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/occupations/:soc", "/occupations/:soc/tasks/:onet", "/api/:path*"] };
