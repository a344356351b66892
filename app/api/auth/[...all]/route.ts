import { getAuth } from "@/lib/server/auth/server";
import { BodyTooLargeError, readCappedText } from "@/lib/server/billing/read-body";
import { withBusyRetry } from "@/lib/server/db-busy";

/**
 * better-auth's HTTP surface, narrowed to what the site uses: following a magic link,
 * reading the session and signing out. Sign-in requests go through the /sign-in form
 * (rate-limited per client address, mail throttled per email), so the plugin's POST endpoint is not exposed here.
 */
const ALLOWED = new Set(["GET /api/auth/magic-link/verify", "GET /api/auth/get-session", "POST /api/auth/sign-out"]);
const MAX_BODY_BYTES = 16 * 1024;

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!ALLOWED.has(`${request.method} ${pathname}`)) {
    return Response.json({ error: "Not found" }, { status: 404 });
  }
  if (request.method === "GET") return getAuth().handler(request);

  let body: string;
  try {
    body = await readCappedText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ error: "Request body too large" }, { status: 413 });
    return Response.json({ error: "Could not read body" }, { status: 400 });
  }
  return getAuth().handler(new Request(request.url, { method: request.method, headers: request.headers, body }));
}

// SQLITE_BUSY thrown out of better-auth (accounts database locked) answers 503 + Retry-After.
export const GET = withBusyRetry(handle);
export const POST = withBusyRetry(handle);
