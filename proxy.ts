import { NextResponse, type NextRequest } from "next/server";

// better-auth's session cookie with the "aip" prefix (lib/auth/server.ts); "__Secure-" over https.
const SESSION_COOKIES = ["aip.session_token", "__Secure-aip.session_token"];

/**
 * Occupation profiles are prerendered once for everyone. A visitor with a session cookie is
 * rewritten to the per-request variant, which checks the session and entitlements on the
 * server; the cookie's presence only picks the variant, it grants nothing.
 */
export function proxy(request: NextRequest) {
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/member`;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/occupations/:soc"] };
