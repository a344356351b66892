import { getAuth } from "@/lib/auth/server";

/**
 * better-auth's HTTP surface, narrowed to what the site uses: following a magic link,
 * reading the session and signing out. Sign-in requests go through the /sign-in form
 * (rate-limited per email and IP), so the plugin's POST endpoint is not exposed here.
 */
const ALLOWED = new Set(["GET /api/auth/magic-link/verify", "GET /api/auth/get-session", "POST /api/auth/sign-out"]);
const MAX_BODY_BYTES = 16 * 1024;

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!ALLOWED.has(`${request.method} ${pathname}`)) {
    return Response.json({ error: "Not found" }, { status: 404 });
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return Response.json({ error: "Request body too large" }, { status: 413 });
  return getAuth().handler(request);
}

export const GET = handle;
export const POST = handle;
