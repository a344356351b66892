import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";

import { isDatabaseBusy, withBusyRetry } from "@/lib/server/db-busy";

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
