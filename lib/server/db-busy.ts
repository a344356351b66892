import type http from "node:http";

import { accountsUnreachable } from "@/db/accounts/client";
import { errorResponse } from "@/lib/http/errors";

import { addRequestHookOnce, beforeWriteHead } from "./request-hook";

/**
 * The accounts database can be temporarily unavailable: SQLite answers SQLITE_BUSY when
 * another writer holds its lock longer than the busy timeout, PostgreSQL refuses or drops
 * connections while it restarts or is full, and the pool gives up after its connect timeout
 * (db/accounts/client.ts). Answer 503 with Retry-After instead of a 500, so clients (and
 * Stripe's webhook retries) come back.
 */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a server that is going away, starting up or out of connection slots, of a transaction worth retrying, and network-level failures. */
const POSTGRES_UNAVAILABLE = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up or shutting down)
  "53300", // too_many_connections
  "08000", // connection_exception
  "08001", // unable to establish a connection
  "08003", // connection_does_not_exist
  "08006", // connection_failure
  "40001", // serialization_failure: retrying succeeds
  "40P01", // deadlock_detected (two webhooks locking the same subscriptions in turn): retrying succeeds
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
]);
/** node-postgres errors without a code: the pool's connect timeout and a connection lost mid-query. */
const POSTGRES_UNAVAILABLE_MESSAGES = [/timeout exceeded when trying to connect/i, /Connection terminated/i];

function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || POSTGRES_UNAVAILABLE.has(code))) return true;
  return typeof message === "string" && POSTGRES_UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True for a temporary database failure, also when drizzle wrapped it (`cause`). */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    if (isUnavailable(current)) return true;
  }
  return false;
}

export function busyResponse(): Response {
  return errorResponse(503, "busy", "The service is busy; please retry shortly.", { headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } });
}

/** Wraps a route handler: a busy or unreachable accounts database anywhere inside becomes a 503 with Retry-After. */
export function withBusyRetry<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) {
        console.warn("[db] accounts database busy or unreachable, answered 503");
        return busyResponse();
      }
      throw error;
    }
  };
}

/**
 * Pages cannot choose their status: one that needs the accounts database while PostgreSQL is
 * down fails, and Next answers 500. While the pool's last event is a failure, the request hook
 * turns that 500 into what it is — 503 with Retry-After — so browsers, crawlers and monitors
 * see a temporary outage. Other 500s are left alone.
 */
export function unavailableStatus(statusCode: number, unreachable: boolean): { statusCode: number; retryAfter: boolean } {
  return statusCode === 500 && unreachable ? { statusCode: 503, retryAfter: true } : { statusCode, retryAfter: false };
}

function answerOutagesAs503(response: http.ServerResponse): void {
  beforeWriteHead(response, (res, statusCode) => {
    const status = unavailableStatus(statusCode, accountsUnreachable());
    if (status.retryAfter) res.setHeader("Retry-After", String(BUSY_RETRY_AFTER_SECONDS));
    return status.statusCode;
  });
}

/** Adds the hook once per process; lib/server/startup.ts calls it. */
export function installOutageStatus(): void {
  addRequestHookOnce("outage-503", (request, response) => {
    // Built assets never touch the database.
    if (!(request.url ?? "").startsWith("/_next/static/")) answerOutagesAs503(response);
  });
}
