import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * One Lighthouse run (the pinned 12.2.3 dev dependency; 13 needs Node 22) with its mobile
 * defaults, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), headless.
 */

const run = promisify(execFile);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface LighthouseResult {
  categories: Record<string, number>;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  domNodes: number;
  /**
   * Lighthouse's measure of the host CPU's speed. Its 4× CPU slowdown is applied to what the host
   * does, so one page's TBT rises on a slower or busier host: compare runs with this beside them.
   */
  benchmarkIndex: number;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  environment?: { benchmarkIndex?: number };
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    await run(
      "npx",
      [
        "lighthouse",
        url,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const report = JSON.parse(fs.readFileSync(output, "utf8")) as LighthouseReport;
    const categories = Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
    const numeric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
    return {
      categories,
      totalBlockingTimeMs: numeric("total-blocking-time"),
      largestContentfulPaintMs: numeric("largest-contentful-paint"),
      domNodes: numeric("dom-size"),
      benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? Number.NaN),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
