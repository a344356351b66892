import { expect, test } from "@playwright/test";

import { runLoad } from "../../scripts/bench/load";

import { APP_URL } from "./support/env";

test("a short load test on profile pages ends with no errors and no failed responses", async ({ request }) => {
  test.setTimeout(60_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/occupations\/[^<]+)<\/loc>/g)].map((match) => match[1]!).slice(0, 100);
  expect(paths.length).toBeGreaterThan(50);
  const result = await runLoad({ baseUrl: APP_URL, paths: [...paths, "/", "/categories", "/api/occupations/11-3051"], connections: 16, durationSeconds: 10 });
  console.log(`load: ${result.requestsPerSecond} req/s, p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms, ${result.total} requests`);
  expect(result.total).toBeGreaterThan(100);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
});
