import SwaggerParser from "@apidevtools/swagger-parser";
import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";

/**
 * /api/openapi.json against the running site: a valid OpenAPI 3.1 document (swagger-parser),
 * and real responses of every public JSON endpoint valid under its response schema (ajv).
 */
test("the OpenAPI document is valid and describes real responses of every public endpoint", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, object> } };
  expect(document.openapi).toBe("3.1.0");
  await SwaggerParser.validate(structuredClone(document) as never);

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addSchema({ $id: "openapi", components: document.components });
  const responseSchema = (path: string, status: string) => {
    const operation = (document.paths[path] as { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }).get;
    const schema = operation.responses[status]?.content?.["application/json"]?.schema;
    expect(schema, `${path} ${status}`).toBeDefined();
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"openapi#/components')) as object;
  };
  const check = async (url: string, path: string, status: number) => {
    const real = await request.get(url);
    expect(real.status(), url).toBe(status);
    const validate = ajv.compile(responseSchema(path, String(status)));
    const body: unknown = await real.json();
    expect(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    return body;
  };

  await check("/api/occupations", "/api/occupations", 200);
  await check("/api/occupations?category=29", "/api/occupations", 200);
  await check("/api/occupations?format=xml", "/api/occupations", 422);
  const breakdown = (await check("/api/occupations/11-3051", "/api/occupations/{soc}", 200)) as { releaseId: string; signals: { O: { value: number; vintage: string } }; wages: { source: string } };
  expect(breakdown.signals.O).toMatchObject({ value: 42.4, vintage: "BLS Employment Projections 2024–34" });
  expect(breakdown.wages.source).toBe("BLS OEWS May 2025");
  expect(breakdown.releaseId).toMatch(/^\d{4}\.\d{2}-[0-9a-f]{8}$/);
  await check("/api/occupations/31-1122", "/api/occupations/{soc}", 200);
  await check("/api/occupations/99-9999", "/api/occupations/{soc}", 404);
  await check("/api/occupations/banana", "/api/occupations/{soc}", 422);
  await check("/api/search?q=plant+superintendent", "/api/search", 200);
  await check("/api/search?q=11-3051", "/api/search", 200);
  await check(`/api/search?q=${"a".repeat(200)}`, "/api/search", 422);
  const occupations = (await check("/downloads/occupations.json", "/downloads/{file}", 200)) as { releaseId: string; count: number };
  expect(occupations.releaseId).toBe(breakdown.releaseId);
  expect(occupations.count).toBe(798);
  await check("/downloads/occupations.json?release=2026.11-28741d72", "/downloads/{file}", 200);
  await check("/downloads/tasks.json", "/downloads/{file}", 200);
  await check("/downloads/tasks.json?release=2026.11-28741d72", "/downloads/{file}", 404);
  await check("/downloads/occupations.json?release=2020.01-00000000", "/downloads/{file}", 404);
  await check("/downloads/occupations.json?release=nope", "/downloads/{file}", 422);
  await check("/downloads/other.json", "/downloads/{file}", 404);
});

test("CSV downloads open with the release, licence and attribution, then a header row", async ({ request }) => {
  for (const [url, rows] of [
    ["/downloads/occupations.csv", 798],
    ["/downloads/occupations.csv?release=2026.11-28741d72", 798],
    ["/downloads/tasks.csv", 19265],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    expect(text).toMatch(/^# AI Pressure .+, release \d{4}\.\d{2}-[0-9a-f]{8}\.\r\n# Licence: .+\r\n# Attribution: .+O\*NET/);
    const records = parse(text, { columns: true, comment: "#", comment_no_infix: true }) as Record<string, string>[];
    expect(records, url).toHaveLength(rows);
  }
  const old = parse(await (await request.get("/downloads/occupations.csv?release=2026.11-28741d72")).text(), { columns: true, comment: "#", comment_no_infix: true }) as Record<string, string>[];
  expect(old.find((row) => row.soc === "11-3051")).toMatchObject({ release_id: "2026.11-28741d72", O_vintage: "BLS Employment Projections 2022–32" });
});
