import os from "node:os";
import path from "node:path";

import { Piscina } from "piscina";

import type { ReportData } from "./model";
import type { ReportTask } from "./worker/tasks";

/**
 * Report rendering (about a second of CPU per report) and buyer stamping run in worker threads,
 * so the server keeps answering other requests while PDFs are made. The pool is small and its
 * queue bounded: past the queue a request is refused with "busy" (the route answers 503 with
 * Retry-After) instead of piling up memory and waiting minutes.
 */

export class ReportBusyError extends Error {
  constructor(
    message: string,
    /** Seconds after which a retry is likely to be served. */
    readonly retryAfterSeconds: number,
    /** "pool": the server is full (503); "buyer": this buyer already has a copy being made (429). */
    readonly scope: "pool" | "buyer" = "pool",
  ) {
    super(message);
    this.name = "ReportBusyError";
  }
}

/** One worker per core, leaving one core to the server itself; at least 1, at most 4. */
export function reportPoolSize(cores: number = os.availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

export interface ReportRenderer {
  render(data: ReportData): Promise<Uint8Array>;
  stamp(pdf: Uint8Array, buyerEmail: string): Promise<Uint8Array>;
  /** Worker threads. */
  readonly size: number;
  /** Tasks waiting for a free worker. */
  readonly queued: number;
  close(): Promise<void>;
}

export interface ReportPoolOptions {
  size?: number;
  /** Waiting tasks beyond which new ones are refused (ReportBusyError). */
  maxQueue?: number;
  /** Expected seconds per task, for Retry-After. */
  secondsPerTask?: number;
}

const ENTRY = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "report", "worker", "entry.mjs");

export function createReportPool(options: ReportPoolOptions = {}): ReportRenderer {
  const size = options.size ?? reportPoolSize();
  const maxQueue = options.maxQueue ?? 4 * size;
  const secondsPerTask = options.secondsPerTask ?? 2;
  // Threads stay up once started; warmReportWorkers (index.ts) starts and warms them when the server starts.
  const pool = new Piscina<ReportTask, Uint8Array>({ filename: ENTRY, minThreads: size, maxThreads: size, idleTimeout: Number.POSITIVE_INFINITY });

  function run(task: ReportTask): Promise<Uint8Array> {
    if (pool.queueSize >= maxQueue) {
      const waitSeconds = Math.ceil(((pool.queueSize + 1) / size) * secondsPerTask);
      return Promise.reject(new ReportBusyError(`Every report worker is busy and ${pool.queueSize} reports are waiting.`, waitSeconds));
    }
    return pool.run(task);
  }

  return {
    render: (data) => run({ kind: "render", data }),
    stamp: (pdf, buyerEmail) => run({ kind: "stamp", pdf, buyerEmail }),
    size,
    get queued() {
      return pool.queueSize;
    },
    close: () => pool.close({ force: true }),
  };
}
