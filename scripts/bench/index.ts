/**
 * `npm run bench`: performance figures of the production build on loopback, printed as a
 * table and written to bench/results.json. Not part of the test suite (timings vary by machine).
 *
 * Rows: db:build time; profile pages under load (200 random SOC codes, 32 connections, 20 s)
 * against the same bytes from a minimal static Node server; search API latency; first-load JS
 * per route (gzip); PDF cold and cached generation.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { runLoad, type LoadResult } from "./load";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const APP_PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASELINE_PORT = APP_PORT + 1;
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const LOAD = { connections: 32, durationSeconds: Number(process.env.BENCH_SECONDS ?? 20), pages: 200 };

type Row = { name: string; value: string; detail?: string };
const rows: Row[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}` };

function log(message: string) {
  process.stdout.write(`• ${message}\n`);
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; seconds: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, output }));
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

function startApp(): ChildProcess {
  return spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(APP_PORT)], {
    cwd: projectRoot,
    env: { ...process.env, APP_URL, LOCAL_MODE: "1" },
    stdio: "ignore",
    detached: true,
  });
}

function stop(child: ChildProcess) {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

function fmtLoad(load: LoadResult) {
  return `${load.requestsPerSecond} req/s, p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms`;
}

async function benchDbBuild() {
  log("db:build into a temporary file");
  const out = path.join(os.tmpdir(), `bench-content-${process.pid}.db`);
  const result = await run("npx", ["tsx", "scripts/import/index.ts", "--out", out]);
  fs.rmSync(out, { force: true });
  if (result.code !== 0) throw new Error(`db:build failed:\n${result.output}`);
  results.dbBuildSeconds = Number(result.seconds.toFixed(1));
  rows.push({ name: "db:build", value: `${result.seconds.toFixed(1)} s`, detail: "798 occupations, 19,265 tasks, from data/sources (includes tsx start-up)" });
}

function pickProfilePaths(sitemap: string): string[] {
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/occupations\/[^<]+)<\/loc>/g)].map((match) => match[1]!).filter((p) => !p.includes("/tasks/"));
  if (paths.length === 0) throw new Error("sitemap.xml lists no occupation pages");
  // Deterministic shuffle so runs compare.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return [...paths].sort(() => random() - 0.5).slice(0, LOAD.pages);
}

async function benchPages() {
  const sitemap = await (await fetch(`${APP_URL}/sitemap.xml`)).text();
  const paths = pickProfilePaths(sitemap);
  const first = await fetch(`${APP_URL}${paths[0]}`);
  results.profileCacheHeaders = { "x-nextjs-cache": first.headers.get("x-nextjs-cache"), "x-nextjs-prerender": first.headers.get("x-nextjs-prerender"), "cache-control": first.headers.get("cache-control") };
  rows.push({
    name: "profile caching",
    value: first.headers.get("x-nextjs-cache") ?? (first.headers.get("x-nextjs-prerender") ? "prerendered" : "dynamic"),
    detail: `cache-control: ${first.headers.get("cache-control")}; CSP present: ${first.headers.has("content-security-policy")}`,
  });

  log(`warming ${paths.length} profile pages`);
  const bodies = new Map<string, Buffer>();
  for (const p of paths) {
    const response = await fetch(`${APP_URL}${p}`);
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
    bodies.set(p, Buffer.from(await response.arrayBuffer()));
  }
  const meanBytes = [...bodies.values()].reduce((sum, body) => sum + body.length, 0) / bodies.size;

  log(`load: ${LOAD.connections} connections × ${LOAD.durationSeconds} s over ${paths.length} profiles`);
  const app = await runLoad({ baseUrl: APP_URL, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds });

  log("baseline: the same bytes from a minimal static Node server");
  const baselineServer = http.createServer((request, response) => {
    const body = bodies.get(request.url ?? "");
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => baselineServer.listen(BASELINE_PORT, "127.0.0.1", resolve));
  const baseline = await runLoad({ baseUrl: `http://127.0.0.1:${BASELINE_PORT}`, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds });
  await new Promise((resolve) => baselineServer.close(resolve));

  results.profilePages = { app, baseline, meanHtmlBytes: Math.round(meanBytes), ratio: Number((app.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)) };
  rows.push({ name: "profile pages (app)", value: fmtLoad(app), detail: `${app.total} requests, ${app.errors} errors, ${app.non2xx} non-2xx/3xx, mean HTML ${Math.round(meanBytes / 1024)} KB` });
  rows.push({ name: "same bytes, static Node", value: fmtLoad(baseline), detail: `${baseline.total} requests` });
  rows.push({ name: "app / baseline", value: `${(app.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}×`, detail: "requests per second" });
}

async function benchSearch() {
  const queries = ["nurse", "industrial prod", "plant manager", "113051", "software", "teacher", "truck driver", "accountant", "electrician", "data scientist"];
  const paths = queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  const probe = await fetch(`${APP_URL}${paths[0]}`);
  if (!probe.ok) {
    rows.push({ name: "search API", value: "not available", detail: `GET /api/search answered ${probe.status}` });
    return;
  }
  log("search API: 8 connections × 10 s");
  const load = await runLoad({ baseUrl: APP_URL, paths, connections: 8, durationSeconds: 10 });
  results.searchApi = load;
  rows.push({ name: "search API", value: fmtLoad(load), detail: `${queries.length} queries, 8 connections, ${load.errors + load.non2xx} failures` });
}

async function firstLoadJs(route: string): Promise<{ route: string; status: number; files: number; gzipBytes: number }> {
  const response = await fetch(`${APP_URL}${route}`, { redirect: "follow" });
  const html = await response.text();
  // noModule scripts are legacy polyfills that current browsers never download.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []));
  let gzipBytes = 0;
  for (const source of sources) {
    const file = path.join(projectRoot, ".next", source.replace(/^\/_next\//, ""));
    gzipBytes += zlib.gzipSync(fs.readFileSync(file)).length;
  }
  return { route, status: response.status, files: sources.size, gzipBytes };
}

async function benchFirstLoadJs(profilePath: string) {
  const routes = ["/", profilePath, "/categories", "/categories/11-management", "/explore", "/compare?soc=11-3051,13-2011", "/search?q=nurse", "/pricing", "/methodology", "/sign-in"];
  const measured = [];
  for (const route of routes) measured.push(await firstLoadJs(route));
  results.firstLoadJs = measured;
  for (const entry of measured) {
    rows.push({ name: `first-load JS ${entry.route}`, value: `${(entry.gzipBytes / 1024).toFixed(1)} KB gzip`, detail: `${entry.files} script files, HTTP ${entry.status}` });
  }
}

async function benchPdf() {
  const modulePath = path.join(import.meta.dirname, "report.ts");
  if (!fs.existsSync(modulePath)) {
    rows.push({ name: "PDF report", value: "not available", detail: "scripts/bench/report.ts missing" });
    return;
  }
  log("PDF report: cold and cached generation");
  const { benchReport } = (await import(modulePath)) as { benchReport: () => Promise<Record<string, number | string>> };
  const report = await benchReport();
  results.pdf = report;
  rows.push({ name: "PDF report", value: Object.entries(report).map(([key, value]) => `${key} ${value}`).join(", ") });
}

function printTable() {
  const width = Math.max(...rows.map((row) => row.name.length));
  process.stdout.write(`\nBenchmark (${results.machine as string}, ${results.date as string})\n`);
  for (const row of rows) process.stdout.write(`  ${row.name.padEnd(width)}  ${row.value}${row.detail ? `   (${row.detail})` : ""}\n`);
}

async function main() {
  await benchDbBuild();
  if (!fs.existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
    log("no production build: running next build");
    const build = await run("npx", ["next", "build"]);
    if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`);
  }
  const app = startApp();
  try {
    await waitFor(`${APP_URL}/sitemap.xml`);
    await benchPages();
    await benchSearch();
    await benchFirstLoadJs("/occupations/11-3051-industrial-production-managers");
  } finally {
    stop(app);
  }
  await benchPdf();
  printTable();
  fs.mkdirSync(path.join(projectRoot, "bench"), { recursive: true });
  fs.writeFileSync(path.join(projectRoot, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write("\nWrote bench/results.json\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
