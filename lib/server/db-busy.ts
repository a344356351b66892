import { errorResponse } from "@/lib/http/errors";

/**
 * The accounts database answers SQLITE_BUSY when another writer holds its lock longer than
 * the busy timeout (db/accounts/client.ts). That is temporary: answer 503 with Retry-After
 * instead of a 500, so clients (and Stripe's webhook retries) come back.
 */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

export function busyResponse(): Response {
  return errorResponse(503, "busy", "The service is busy; please retry shortly.", { headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } });
}

/** Wraps a route handler: SQLITE_BUSY anywhere inside becomes a 503 with Retry-After. */
export function withBusyRetry<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) {
        console.warn("[db] accounts database busy, answered 503");
        return busyResponse();
      }
      throw error;
    }
  };
}
