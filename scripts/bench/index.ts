/**
 * `npm run bench`: performance figures of the production build on loopback, printed as a
 * table and written to bench/results.json. Not part of the test suite (timings vary by machine).
 *
 * Rows (targets of issue 16 in brackets, printed beside each figure):
 * - db:build time;
 * - profile pages under load (200 random SOC codes, 32 connections, 20 s) against the same bytes
 *   from a minimal static Node server [≥ 0.8×, p99 ≤ 3× the baseline's];
 * - the same load with a junk session cookie, in rounds alternating with anonymous ones
 *   [≥ 0.9× anonymous]; a signed-in member's profile,
 *   sequential [p50 ≤ 30 ms] and under load [≥ 0.3× the static baseline];
 * - category pages, default and other sorts, against their static baseline [≥ 0.5×];
 * - search API latency at 8 connections [p99 ≤ 50 ms];
 * - first-load JS per route (gzip) [≤ 100 KB]; /explore HTML size [≤ 400 KB];
 * - Lighthouse (12.2.3, mobile defaults, Debian Chromium) on home, a profile and /explore
 *   [performance ≥ 95, accessibility 100, TBT ≤ 150 ms, explore ≤ 3,000 DOM nodes];
 * - the cluster (scripts/deploy/cluster.sh: nginx, two instances, PostgreSQL): anonymous profiles
 *   through nginx against the static baseline [≥ 0.9×], a signed-in member through nginx;
 * - the PDF report (scripts/bench/report.ts) [new rendering ≤ 1 s, cached ≤ 5 ms] and a trivial
 *   request's p99 while 4 reports render [≤ 50 ms].
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { runLighthouse } from "./lighthouse";
import { benchReport, benchTrivialRequestsWhileRendering } from "./report";
import { benchCluster } from "./cluster";
import { alternatingLoads, runLoad, sequentialLatency, type LoadResult } from "./load";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const APP_PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASELINE_PORT = APP_PORT + 1;
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const LOAD = { connections: 32, durationSeconds: Number(process.env.BENCH_SECONDS ?? 20), pages: 200 };
// The bench's own accounts database (a member signs in there), shared by the server and this process.
const BENCH_APP_DB = path.join(os.tmpdir(), `bench-app-${process.pid}.db`);
const JUNK_COOKIE = { cookie: "aip.session_token=not-a-session.bm90LWEtc2lnbmF0dXJl" };
/** The junk-cookie row is compared with anonymous rounds run between its own (load.ts alternatingLoads). */
const JUNK_ROUNDS = 4;

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
    env: { ...process.env, APP_URL, LOCAL_MODE: "1", APP_DB_PATH: BENCH_APP_DB },
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

async function fetchBodies(paths: readonly string[], headers?: Record<string, string>): Promise<Map<string, Buffer>> {
  const bodies = new Map<string, Buffer>();
  for (const p of paths) {
    const response = await fetch(`${APP_URL}${p}`, { headers });
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
    bodies.set(p, Buffer.from(await response.arrayBuffer()));
  }
  return bodies;
}

/** The same bytes from a minimal static Node server: the ceiling the app is compared with. */
async function staticBaseline(bodies: Map<string, Buffer>): Promise<LoadResult> {
  const baselineServer = http.createServer((request, response) => {
    const body = bodies.get(request.url ?? "");
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => baselineServer.listen(BASELINE_PORT, "127.0.0.1", resolve));
  try {
    return await runLoad({ baseUrl: `http://127.0.0.1:${BASELINE_PORT}`, paths: [...bodies.keys()], connections: LOAD.connections, durationSeconds: LOAD.durationSeconds });
  } finally {
    await new Promise((resolve) => baselineServer.close(resolve));
  }
}

const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
const meanKB = (bodies: Map<string, Buffer>) => Math.round([...bodies.values()].reduce((sum, body) => sum + body.length, 0) / bodies.size / 1024);
const loadDetail = (load: LoadResult) => `${load.total} requests, ${load.errors} errors, ${load.non2xx} non-2xx/3xx`;

async function benchPages(): Promise<{ paths: string[]; baseline: LoadResult; anonymous: LoadResult }> {
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
  const bodies = await fetchBodies(paths);

  log(`load: ${LOAD.connections} connections × ${LOAD.durationSeconds} s over ${paths.length} profiles`);
  const app = await runLoad({ baseUrl: APP_URL, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds });
  log("baseline: the same bytes from a minimal static Node server");
  const baseline = await staticBaseline(bodies);

  results.profilePages = { app, baseline, meanHtmlBytes: meanKB(bodies) * 1024, ratio: ratio(app.requestsPerSecond, baseline.requestsPerSecond) };
  rows.push({ name: "profile pages (app)", value: fmtLoad(app), detail: `${loadDetail(app)}, mean HTML ${meanKB(bodies)} KB` });
  rows.push({ name: "same bytes, static Node", value: fmtLoad(baseline), detail: `${baseline.total} requests` });
  rows.push({
    name: "app / baseline",
    value: `${ratio(app.requestsPerSecond, baseline.requestsPerSecond)}×, p99 ${ratio(app.latencyP99Ms, Math.max(1, baseline.latencyP99Ms))}× the baseline's`,
    detail: "target ≥ 0.8×, p99 ≤ 3×",
  });

  log(`load with a junk session cookie, in ${JUNK_ROUNDS} rounds alternating with anonymous ones`);
  const paired = await alternatingLoads({ baseUrl: APP_URL, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds, rounds: JUNK_ROUNDS, second: JUNK_COOKIE });
  const junk = paired.second;
  const junkRatio = ratio(junk.requestsPerSecond, paired.first.requestsPerSecond);
  results.junkCookie = { junk, anonymousAlongside: paired.first, ratioToAnonymous: junkRatio };
  rows.push({
    name: "junk session cookie",
    value: `${fmtLoad(junk)}; ${junkRatio}× anonymous (${paired.first.requestsPerSecond} req/s in the rounds between)`,
    detail: `target ≥ 0.9×; ${JUNK_ROUNDS} alternating rounds each; ${loadDetail(junk)}`,
  });
  return { paths, baseline, anonymous: app };
}

/** A signed-in member's Cookie header for the server at `appUrl` (scripts/bench/member.ts, a child process with that server's accounts env). */
async function signInMember(appUrl: string, accountsEnv: Record<string, string>): Promise<Record<string, string>> {
  const result = await run("npx", ["tsx", "scripts/bench/member.ts"], { APP_URL: appUrl, LOCAL_MODE: "1", ...accountsEnv });
  if (result.code !== 0) throw new Error(result.output.trim());
  const line = result.output.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as { cookie: string };
}

async function benchMember(paths: string[], baseline: LoadResult) {
  log("signed-in member: sequential, then under load");
  const headers = await signInMember(APP_URL, { APP_DB_PATH: BENCH_APP_DB });
  const probe = await fetch(`${APP_URL}${paths[0]}`, { headers });
  if (!(probe.headers.get("cache-control") ?? "").includes("private")) throw new Error(`the member's profile is not the per-request variant (cache-control: ${probe.headers.get("cache-control")})`);
  // The first visit of each page renders it (and fills the member render cache, lib/server/member-pages.ts),
  // as the anonymous rows warm their pages first; it is measured and printed on its own.
  const firstRender = await sequentialLatency({ baseUrl: APP_URL, paths, count: paths.length, headers });
  const sequential = await sequentialLatency({ baseUrl: APP_URL, paths, count: 100, headers });
  const load = await runLoad({ baseUrl: APP_URL, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds, headers });
  results.member = { firstRender, sequential, load, ratioToBaseline: ratio(load.requestsPerSecond, baseline.requestsPerSecond) };
  rows.push({ name: "member profile, first render", value: `p50 ${firstRender.p50Ms} ms, p99 ${firstRender.p99Ms} ms`, detail: `each page's first visit by this member; ${firstRender.count} requests` });
  rows.push({ name: "member profile, sequential", value: `p50 ${sequential.p50Ms} ms, p99 ${sequential.p99Ms} ms`, detail: `target p50 ≤ 30 ms; ${sequential.count} requests, pages visited before` });
  rows.push({ name: "member profile, under load", value: `${fmtLoad(load)}; ${ratio(load.requestsPerSecond, baseline.requestsPerSecond)}× the static baseline`, detail: `target ≥ 0.3×; ${loadDetail(load)}` });
}

async function benchClusterRows(paths: string[], baseline: LoadResult) {
  const figures = await benchCluster({ projectRoot, clusterPort: APP_PORT + 20, paths, load: LOAD, signIn: signInMember, log });
  results.cluster = { ...figures, ratioToBaseline: ratio(figures.anonymous.requestsPerSecond, baseline.requestsPerSecond) };
  rows.push({
    name: "cluster: profiles via nginx",
    value: `${fmtLoad(figures.anonymous)}; ${ratio(figures.anonymous.requestsPerSecond, baseline.requestsPerSecond)}× the static baseline`,
    detail: `target ≥ 0.9×; nginx micro-cache, 2 instances; ${loadDetail(figures.anonymous)}`,
  });
  rows.push({
    name: "cluster: member via nginx",
    value: `sequential p50 ${figures.member.sequential.p50Ms} ms, p99 ${figures.member.sequential.p99Ms} ms; under load ${fmtLoad(figures.member.load)}; ${ratio(figures.member.load.requestsPerSecond, baseline.requestsPerSecond)}× the baseline`,
    detail: `accounts in PostgreSQL; ${loadDetail(figures.member.load)}`,
  });
}

async function benchCategories() {
  const index = await (await fetch(`${APP_URL}/categories`)).text();
  const groups = [...new Set([...index.matchAll(/href="(\/categories\/[^"?#]+)"/g)].map((match) => match[1]!))];
  if (groups.length === 0) throw new Error("/categories links to no category page");
  for (const [name, paths] of [
    ["category pages, default sort", groups],
    ["category pages, other sorts", groups.map((group, i) => `${group}?sort=${["employment", "pay", "outlook", "title"][i % 4]}&dir=asc`)],
  ] as const) {
    log(`${name}: ${paths.length} pages`);
    const bodies = await fetchBodies(paths);
    const app = await runLoad({ baseUrl: APP_URL, paths, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds });
    const baseline = await staticBaseline(bodies);
    (results.categories ??= {}) as Record<string, unknown>;
    (results.categories as Record<string, unknown>)[name] = { app, baseline, ratio: ratio(app.requestsPerSecond, baseline.requestsPerSecond) };
    rows.push({ name, value: `${fmtLoad(app)}; ${ratio(app.requestsPerSecond, baseline.requestsPerSecond)}× its static baseline (${baseline.requestsPerSecond} req/s)`, detail: `target ≥ 0.5×; ${loadDetail(app)}, mean HTML ${meanKB(bodies)} KB` });
  }
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
  rows.push({ name: "search API", value: fmtLoad(load), detail: `target p99 ≤ 50 ms; ${queries.length} queries, 8 connections, ${load.errors + load.non2xx} failures` });
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
    rows.push({ name: `first-load JS ${entry.route}`, value: `${(entry.gzipBytes / 1024).toFixed(1)} KB gzip`, detail: `target ≤ 100 KB; ${entry.files} script files, HTTP ${entry.status}` });
  }
  const explore = Buffer.from(await (await fetch(`${APP_URL}/explore`)).arrayBuffer());
  results.exploreHtmlBytes = explore.length;
  rows.push({ name: "HTML /explore", value: `${Math.round(explore.length / 1024)} KB (${Math.round(zlib.gzipSync(explore).length / 1024)} KB gzip)`, detail: "target ≤ 400 KB" });
}

async function benchLighthouse(profilePath: string) {
  const pages = [
    ["home", "/"],
    ["profile", profilePath],
    ["explore", "/explore"],
  ] as const;
  const measured: Record<string, unknown> = {};
  for (const [name, route] of pages) {
    log(`Lighthouse: ${route}`);
    const result = await runLighthouse(`${APP_URL}${route}`);
    measured[name] = result;
    const scores = Object.entries(result.categories).map(([category, score]) => `${category} ${score}`).join(", ");
    rows.push({
      name: `Lighthouse ${name}`,
      value: `${scores}; TBT ${result.totalBlockingTimeMs} ms, LCP ${result.largestContentfulPaintMs} ms, ${result.domNodes} DOM nodes`,
      detail: `target performance ≥ 95, accessibility 100, TBT ≤ 150 ms${name === "explore" ? ", ≤ 3,000 DOM nodes" : ""}; host benchmark index ${result.benchmarkIndex}`,
    });
  }
  results.lighthouse = measured;
}

async function benchPdf() {
  log("PDF report: through the worker pool, the stamp and the cache");
  const report = await benchReport();
  results.pdf = report;
  rows.push({
    name: "PDF report",
    value: `warm-up at start ${report.warmUpMs} ms, then first buyer ${report.firstMs} ms, new rendering ${report.renderedMedianMs} ms, new buyer's copy ${report.stampedMedianMs} ms, cached ${report.cachedMs} ms`,
    detail: `target new rendering ≤ 1 s, cached ≤ 5 ms; ${report.soc} (warm-up: ${report.warmSoc}), ${report.sizeKB} KB, ${report.pages} pages`,
  });
  log("PDF report: a trivial request's latency while 4 reports render");
  const underLoad = await benchTrivialRequestsWhileRendering(4);
  results.pdfUnderLoad = underLoad;
  rows.push({
    name: "trivial request while 4 PDFs render",
    value: `p99 ${underLoad.workers.p99Ms} ms (worker pool, ${underLoad.workers.seconds} s for 4); on the main thread instead: p99 ${underLoad.mainThread.p99Ms} ms`,
    detail: `target ≤ 50 ms; ${underLoad.workers.requests} and ${underLoad.mainThread.requests} requests`,
  });
}

function printTable() {
  const width = Math.max(...rows.map((row) => row.name.length));
  process.stdout.write(`\nBenchmark (${results.machine as string}, ${results.date as string})\n`);
  for (const row of rows) process.stdout.write(`  ${row.name.padEnd(width)}  ${row.value}${row.detail ? `   (${row.detail})` : ""}\n`);
}

/**
 * BENCH_ROWS=pages,member,categories runs only those groups (db, pages, member, categories,
 * search, cluster, js, lighthouse, pdf; default all): the member and cluster rows need pages.
 * BENCH_CLUSTER=0 skips the cluster as before.
 */
const ROW_GROUPS = ["db", "pages", "member", "categories", "search", "cluster", "js", "lighthouse", "pdf"] as const;
const selected = new Set(process.env.BENCH_ROWS ? process.env.BENCH_ROWS.split(",").map((group) => group.trim()) : ROW_GROUPS);
for (const group of selected) if (!(ROW_GROUPS as readonly string[]).includes(group)) throw new Error(`BENCH_ROWS: unknown group "${group}" (known: ${ROW_GROUPS.join(", ")})`);
const runs = (group: (typeof ROW_GROUPS)[number]) => selected.has(group);

async function main() {
  if (runs("db")) await benchDbBuild();
  if (!fs.existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
    log("no production build: running next build");
    const build = await run("npx", ["next", "build"]);
    if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`);
  }
  const app = startApp();
  try {
    await waitFor(`${APP_URL}/sitemap.xml`);
    const profiles = runs("pages") || runs("member") || runs("cluster") ? await benchPages() : null;
    if (profiles !== null && runs("member")) await benchMember(profiles.paths, profiles.baseline);
    if (runs("categories")) await benchCategories();
    if (runs("search")) await benchSearch();
    if (profiles !== null && runs("cluster") && process.env.BENCH_CLUSTER !== "0") await benchClusterRows(profiles.paths, profiles.baseline);
    if (runs("js")) await benchFirstLoadJs("/occupations/11-3051-industrial-production-managers");
    if (runs("lighthouse")) await benchLighthouse("/occupations/11-3051-industrial-production-managers");
  } finally {
    stop(app);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${BENCH_APP_DB}${suffix}`, { force: true });
  }
  if (runs("pdf")) await benchPdf();
  printTable();
  fs.mkdirSync(path.join(projectRoot, "bench"), { recursive: true });
  fs.writeFileSync(path.join(projectRoot, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write("\nWrote bench/results.json\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
