import { getAuth } from "@/lib/server/auth/server";
import { BodyTooLargeError, readCappedText } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/errors";
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
    return errorResponse(404, "not_found", "Not found.");
  }
  if (request.method === "GET") return getAuth().handler(request);

  let body: string;
  try {
    body = await readCappedText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return errorResponse(413, "payload_too_large", `Request body over ${MAX_BODY_BYTES / 1024} KB.`);
    return errorResponse(400, "bad_request", "Could not read the request body.");
  }
  return getAuth().handler(new Request(request.url, { method: request.method, headers: request.headers, body }));
}

// SQLITE_BUSY thrown out of better-auth (accounts database locked) answers 503 + Retry-After.
export const GET = withBusyRetry(handle);
export const POST = withBusyRetry(handle);
