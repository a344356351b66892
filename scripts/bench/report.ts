/**
 * PDF report figures for 11-3051 through the server's own path (lib/server/report: disk cache,
 * worker pool, buyer stamp), in this process:
 * - warm-up: a fresh pool's threads starting and rendering one report each, as a server does
 *   when it starts (warmReportWorkers, with the first occupation by SOC code);
 * - first: the first buyer's report after that warm-up (a new rendering);
 * - rendered: a report not yet rendered for this data version (median of 3 more);
 * - stamped: a new buyer's copy of an already rendered report (median of 5);
 * - cached: a buyer's stored copy (mean of 20);
 * - size and page count of the PDF.
 *
 * `benchReport()` is called by `npm run bench` (scripts/bench/index.ts); run alone with
 * `npx tsx scripts/bench/report.ts`. Uses temporary cache directories and the content
 * database at CONTENT_DB_PATH (default .data/content.db; build it with `npm run db:build`).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { PDFDocument } from "pdf-lib";

import { allowServerOnlyModules } from "../server-context";

const SOC = "11-3051";
const BUYER = "bench@example.test";

const ms = (start: number) => Math.round(performance.now() - start);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchReport(): Promise<Record<string, number | string>> {
  allowServerOnlyModules();
  const { createReportCache } = await import("@/lib/server/report/cache");
  const { getReportPdf, warmReportWorkers } = await import("@/lib/server/report");
  const { listOccupationSlugs } = await import("@/db/queries/profile");
  const { createReportPool } = await import("@/lib/server/report/pool");

  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
  const renderer = createReportPool();
  let dirs = 0;
  const freshService = () => ({ cache: createReportCache({ dir: path.join(root, String((dirs += 1))) }), renderer });
  try {
    const service = freshService();
    const warmSoc = listOccupationSlugs()[0]!.soc;
    let started = performance.now();
    await warmReportWorkers(warmSoc, service);
    const warmUpMs = ms(started);

    started = performance.now();
    const first = await getReportPdf(SOC, BUYER, service);
    const firstMs = ms(started);

    const rendered: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      started = performance.now();
      const copy = await getReportPdf(SOC, BUYER, freshService());
      rendered.push(ms(started));
      if (copy.source !== "rendered") throw new Error(`expected a new rendering, got ${copy.source}`);
    }

    const stamped: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      started = performance.now();
      const copy = await getReportPdf(SOC, `buyer-${run}-${BUYER}`, service);
      stamped.push(ms(started));
      if (copy.source !== "stamped") throw new Error(`expected a stamped copy, got ${copy.source}`);
    }

    started = performance.now();
    const cachedRuns = 20;
    for (let run = 0; run < cachedRuns; run += 1) {
      const hit = await getReportPdf(SOC, BUYER, service);
      if (hit.source !== "hit" || !hit.pdf.equals(first.pdf)) throw new Error("cache hit did not return the stored bytes");
    }
    const cachedMs = Math.round(((performance.now() - started) / cachedRuns) * 100) / 100;

    const pages = (await PDFDocument.load(first.pdf)).getPageCount();
    return {
      soc: SOC,
      warmUpMs,
      warmSoc,
      firstMs,
      renderedMedianMs: median(rendered),
      stampedMedianMs: median(stamped),
      cachedMs,
      sizeKB: Math.round(first.pdf.length / 1024),
      pages,
    };
  } finally {
    await renderer.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const SOCS_UNDER_LOAD = ["11-3051", "43-4051", "15-1251", "29-1141", "47-2111", "13-2011"];

/** Sequential trivial HTTP requests to a server in this process until `done` settles: their latencies. */
async function trivialLatencies(done: Promise<unknown>): Promise<{ p99Ms: number; requests: number }> {
  const server = http.createServer((_request, response) => response.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let finished = false;
  void done.finally(() => (finished = true));
  const times: number[] = [];
  try {
    while (!finished) {
      const started = performance.now();
      // A new connection each time: a keep-alive socket can be reset when a blocked loop's timers fire late.
      await new Promise<void>((resolve, reject) => {
        http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (response) => response.resume().on("end", resolve)).on("error", reject);
      });
      times.push(performance.now() - started);
    }
  } finally {
    server.close();
  }
  times.sort((a, b) => a - b);
  return { p99Ms: Math.round((times[Math.floor(0.99 * (times.length - 1))] ?? 0) * 10) / 10, requests: times.length };
}

/**
 * A trivial request's p99 in a server process while `count` reports of different occupations are
 * made: through the worker pool (the server's path), and for contrast rendered on the main thread.
 */
export async function benchTrivialRequestsWhileRendering(count: number) {
  allowServerOnlyModules();
  const { createReportCache } = await import("@/lib/server/report/cache");
  const { generateReport, getReportPdf } = await import("@/lib/server/report");
  const { createReportPool } = await import("@/lib/server/report/pool");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-report-load-"));
  const renderer = createReportPool();
  try {
    // Start the workers first (code and fonts loaded), as in a server that has made one report.
    await getReportPdf(SOC, BUYER, { cache: createReportCache({ dir: path.join(root, "warm") }), renderer });
    const service = { cache: createReportCache({ dir: path.join(root, "load") }), renderer };
    const socs = SOCS_UNDER_LOAD.slice(0, count);
    let started = performance.now();
    const viaWorkers = Promise.all(socs.map((soc, index) => getReportPdf(soc, `load-${index}-${BUYER}`, service)));
    const workers = await trivialLatencies(viaWorkers);
    await viaWorkers;
    const workerSeconds = Math.round((performance.now() - started) / 100) / 10;

    started = performance.now();
    const onMainThread = (async () => {
      for (const [index, soc] of socs.entries()) {
        await generateReport(soc, `main-${index}-${BUYER}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const mainThread = await trivialLatencies(onMainThread);
    await onMainThread;
    return { workers: { ...workers, seconds: workerSeconds }, mainThread: { ...mainThread, seconds: Math.round((performance.now() - started) / 100) / 10 } };
  } finally {
    await renderer.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchReport()
    .then((result) => {
      console.log(
        `PDF report ${result.soc}: warm-up (pool start, ${result.warmSoc}) ${result.warmUpMs} ms, first after it ${result.firstMs} ms, new rendering ${result.renderedMedianMs} ms, new buyer's copy ${result.stampedMedianMs} ms, cached ${result.cachedMs} ms, ${result.sizeKB} KB, ${result.pages} pages`,
      );
      console.log(JSON.stringify(result));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
