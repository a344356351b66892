import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { GET as getOccupation } from "@/app/api/occupations/[soc]/route";
import { GET as listOccupations } from "@/app/api/occupations/route";
import { GET as search } from "@/app/api/search/route";
import { errorResponse, firstIssueMessage, parseInput, zodIssues } from "@/lib/http/errors";
import { decodeSegment, emptyAsUndefined, firstValue, searchParamsRecord } from "@/lib/http/params";

describe("lib/http: params", () => {
  it("reads a query string as a page would get it: repeated names as arrays", () => {
    expect(searchParamsRecord(new URLSearchParams("q=a&q=b&limit=5&empty="))).toEqual({ q: ["a", "b"], limit: "5", empty: "" });
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("a")).toBe("a");
    expect(emptyAsUndefined("")).toBeUndefined();
    expect(emptyAsUndefined(null)).toBeUndefined();
    expect(emptyAsUndefined("0")).toBe("0");
  });

  it("decodes a segment, answering null for a malformed escape instead of throwing", () => {
    expect(decodeSegment("11%2D3051")).toBe("11-3051");
    expect(decodeSegment("%E0%A4%A")).toBeNull();
  });
});

describe("lib/http: the one error shape", () => {
  it("answers { error: { code, message } } with the status, uncached unless told", async () => {
    const response = errorResponse(404, "not_found", "No such thing.");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such thing." } });
    const linked = errorResponse(401, "sign_in_required", "Sign in.", { headers: { "Cache-Control": "private, no-store" }, links: { buyUrl: "/buy" } });
    expect(linked.headers.get("cache-control")).toBe("private, no-store");
    expect(await linked.json()).toEqual({ error: { code: "sign_in_required", message: "Sign in." }, buyUrl: "/buy" });
  });

  it("turns a zod failure into a 422 with every issue's path under the parameter", async () => {
    const schema = z.object({ limit: z.coerce.number().int().min(1), nested: z.object({ name: z.string() }) });
    const parsed = parseInput(schema, { limit: "0", nested: {} });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.response.status).toBe(422);
    const body = (await parsed.response.json()) as { error: { code: string; message: string; issues: { path: unknown[] }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(/^limit: /);
    expect(body.error.issues.map((issue) => issue.path)).toEqual([["limit"], ["nested", "name"]]);

    const bare = z.string().max(2).safeParse("abc");
    expect(bare.success).toBe(false);
    if (bare.success) return;
    expect(zodIssues(bare.error, ["soc"]).map((issue) => issue.path)).toEqual([["soc"]]);
    expect(firstIssueMessage(zodIssues(bare.error, ["soc"]))).toMatch(/^soc: /);
    expect(firstIssueMessage(zodIssues(bare.error, ["soc"]), { withPath: false })).toBe(bare.error.issues[0]?.message);
    expect(parseInput(schema, { limit: "3", nested: { name: "x" } })).toEqual({ ok: true, data: { limit: 3, nested: { name: "x" } } });
  });
});

describe("API routes answer bad input with 422 and the issue paths", () => {
  const get = (path: string) => new NextRequest(new URL(path, "http://localhost"));
  const issuePaths = async (response: Response) => {
    const body = (await response.json()) as { error: { code: string; issues?: { path: unknown[] }[] } };
    return { status: response.status, code: body.error.code, paths: body.error.issues?.map((issue) => issue.path) };
  };

  it("/api/search, /api/occupations and /api/occupations/<soc>", async () => {
    expect(await issuePaths(search(get(`/api/search?q=${"a".repeat(101)}`)))).toEqual({ status: 422, code: "invalid_request", paths: [["q"]] });
    expect(await issuePaths(search(get("/api/search?q=nurse&limit=0")))).toEqual({ status: 422, code: "invalid_request", paths: [["limit"]] });
    expect(await issuePaths(listOccupations(get("/api/occupations?format=xml")))).toEqual({ status: 422, code: "invalid_request", paths: [["format"]] });
    expect(await issuePaths(listOccupations(get("/api/occupations?category=10")))).toEqual({ status: 422, code: "invalid_request", paths: [["category"]] });
    const params = (soc: string) => ({ params: Promise.resolve({ soc }) });
    expect(await issuePaths(await getOccupation(get("/api/occupations/abc"), params("abc")))).toEqual({ status: 422, code: "invalid_request", paths: [["soc"]] });
    expect(await issuePaths(await getOccupation(get("/api/occupations/99-9999"), params("99-9999")))).toEqual({ status: 404, code: "not_found", paths: undefined });
    expect((await getOccupation(get("/api/occupations/113051"), params("113051"))).status).toBe(200);
  });
});
