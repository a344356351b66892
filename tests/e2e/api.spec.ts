import { execFileSync } from "node:child_process";

import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";

interface ListBody {
  count: number;
  dataVersion: string | null;
  sources: string;
  occupations: { soc: string; title: string; url: string; score: number | null }[];
}

test.describe("public occupations API", () => {
  test("the JSON list has every occupation with its free fields and names its sources", async ({ request }) => {
    const response = await request.get("/api/occupations");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toContain("public");
    expect(response.headers()["link"]).toContain('/sources>; rel="license"');
    const body = (await response.json()) as ListBody;
    expect(body.occupations.length).toBeGreaterThanOrEqual(790);
    expect(body.occupations.length).toBeLessThanOrEqual(810);
    expect(body.count).toBe(body.occupations.length);
    expect(body.sources).toMatch(/\/sources$/);
    const ipm = body.occupations.find((item) => item.soc === "11-3051");
    expect(ipm).toMatchObject({ title: "Industrial Production Managers", category: "Management", taskCount: expect.any(Number) });
    expect(new URL(ipm!.url).pathname).toBe("/occupations/11-3051-industrial-production-managers");
  });

  test("?format=csv is a CSV download with a header and one row per occupation", async ({ request }) => {
    const [json, csv] = await Promise.all([request.get("/api/occupations"), request.get("/api/occupations?format=csv")]);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="ai-pressure-occupations.csv"');
    const records = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    const list = (await json.json()) as ListBody;
    expect(records).toHaveLength(list.occupations.length);
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(["soc", "title", "url", "category", "score", "band", "employment", "medianWage", "releaseId"]));
    expect(records.find((record) => record.soc === "11-3051")?.title).toBe("Industrial Production Managers");
  });

  test("?category filters, bad values are 422 JSON naming the parameter, unknown parameters are ignored", async ({ request }) => {
    const management = (await (await request.get("/api/occupations?category=11-management&utm=x")).json()) as ListBody;
    expect(management.occupations.length).toBeGreaterThan(10);
    expect(management.occupations.every((item) => item.soc.startsWith("11-"))).toBe(true);
    for (const [query, parameter] of [["format=xml", "format"], ["category=management", "category"], ["category=10", "category"]] as const) {
      const response = await request.get(`/api/occupations?${query}`);
      expect(response.status(), query).toBe(422);
      expect(await response.json()).toEqual({
        error: { code: "invalid_request", message: expect.any(String), issues: [{ path: [parameter], message: expect.any(String) }] },
      });
    }
  });

  test("/api/occupations/11-3051 is exactly the score CLI's JSON", async ({ request }) => {
    const response = await request.get("/api/occupations/11-3051");
    expect(response.status()).toBe(200);
    expect(response.headers()["link"]).toContain("/sources");
    const api = (await response.json()) as { title: string };
    expect(api.title).toBe("Industrial Production Managers");
    const cli: unknown = JSON.parse(execFileSync("npx", ["tsx", "scripts/score.ts", "11-3051", "--json"], { encoding: "utf8" }));
    expect(api).toEqual(cli);
    const undashed = await request.get("/api/occupations/113051");
    expect(await undashed.json()).toEqual(api);
  });

  test("unknown codes are 404 JSON, malformed ones 422 JSON", async ({ request }) => {
    const unknown = await request.get("/api/occupations/99-9999");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("99-9999") } });
    const malformed = await request.get("/api/occupations/abc");
    expect(malformed.status()).toBe(422);
    expect(await malformed.json()).toEqual({
      error: { code: "invalid_request", message: expect.any(String), issues: [{ path: ["soc"], message: expect.any(String) }] },
    });
  });

  test("a matching ETag gets 304", async ({ request }) => {
    const first = await request.get("/api/occupations/11-3051");
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get("/api/occupations/11-3051", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
  });
});
