import http from "node:http";

import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";

import { accountsUnreachable, noteAccountsReachable } from "@/db/accounts/client";
import { installOutageStatus, isDatabaseBusy, unavailableStatus, withBusyRetry } from "@/lib/server/db-busy";

import { closeServer, listenOnLoopback } from "../support/raw-http";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseBusy", () => {
  it("is true for temporary failures of either database, also when drizzle wrapped them", () => {
    for (const error of [
      withCode("SQLITE_BUSY"),
      withCode("SQLITE_BUSY_SNAPSHOT"),
      withCode("57P01"), // PostgreSQL shutting down
      withCode("57P03"), // starting up
      withCode("53300"), // too many clients
      withCode("40P01"), // deadlock, retried
      withCode("ECONNREFUSED"),
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated unexpectedly"),
      new DrizzleQueryError("select 1", [], withCode("ECONNREFUSED")),
    ]) {
      expect(isDatabaseBusy(error), String(error)).toBe(true);
    }
  });

  it("is false for real statement errors and non-errors", () => {
    for (const error of [withCode("23505", "duplicate key"), withCode("SQLITE_CONSTRAINT"), new DrizzleQueryError("select 1", [], withCode("42P01")), null, "busy"]) {
      expect(isDatabaseBusy(error), String(error)).toBe(false);
    }
  });

  it("turns a refused PostgreSQL connection inside a route into 503 + Retry-After", async () => {
    const route = withBusyRetry(async () => {
      throw new DrizzleQueryError("select 1", [], withCode("ECONNREFUSED"));
    });
    const response = await route();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
  });
});

describe("pages failing during an accounts outage", () => {
  it("turns only a 500 into 503, and only while the pool's last event was a failure (within 30 s)", () => {
    expect(unavailableStatus(500, true)).toEqual({ statusCode: 503, retryAfter: true });
    expect(unavailableStatus(500, false)).toEqual({ statusCode: 500, retryAfter: false });
    expect(unavailableStatus(200, true)).toEqual({ statusCode: 200, retryAfter: false });
    expect(unavailableStatus(404, true)).toEqual({ statusCode: 404, retryAfter: false });

    noteAccountsReachable(true, 1_000);
    expect(accountsUnreachable(1_500)).toBe(false);
    noteAccountsReachable(false, 2_000);
    expect(accountsUnreachable(2_500)).toBe(true);
    expect(accountsUnreachable(40_000)).toBe(false); // stale: nothing has tried since
    noteAccountsReachable(true, 3_000);
    expect(accountsUnreachable(3_500)).toBe(false);
  });

  it("answers a page's 500 with 503 + Retry-After through a real server while PostgreSQL is unreachable", async () => {
    installOutageStatus();
    const server = http.createServer((request, response) => {
      response.statusCode = request.url === "/fails" ? 500 : 200;
      response.end(request.url);
    });
    const base = await listenOnLoopback(server);
    try {
      noteAccountsReachable(false);
      const failing = await fetch(`${base}/fails`);
      expect(failing.status).toBe(503);
      expect(failing.headers.get("retry-after")).toBe("2");
      expect((await fetch(`${base}/works`)).status).toBe(200);

      noteAccountsReachable(true);
      const other = await fetch(`${base}/fails`);
      expect(other.status).toBe(500);
      expect(other.headers.get("retry-after")).toBeNull();
    } finally {
      await closeServer(server);
    }
  });
});
