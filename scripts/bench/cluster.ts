/**
 * Bench rows for the multi-instance topology (issue 17): scripts/deploy/cluster.sh started on
 * its own ports with fresh state in a temporary directory (PostgreSQL, two `next start`, nginx),
 * measured through nginx, stopped again.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { runLoad, sequentialLatency, type LoadResult } from "./load";

export type ClusterFigures = {
  anonymous: LoadResult;
  member: { sequential: { p50Ms: number; p99Ms: number; count: number }; load: LoadResult };
};

export async function benchCluster(options: {
  projectRoot: string;
  clusterPort: number;
  paths: readonly string[];
  load: { connections: number; durationSeconds: number };
  signIn: (appUrl: string, accountsEnv: Record<string, string>) => Promise<Record<string, string>>;
  log: (message: string) => void;
}): Promise<ClusterFigures> {
  const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cluster-"));
  // mkdtemp makes it 0700; PostgreSQL runs as its own user (as root, cluster.sh) and must reach its data directory inside.
  fs.chmodSync(clusterDir, 0o755);
  const pgPort = options.clusterPort + 245;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CLUSTER_PORT: String(options.clusterPort),
    INSTANCE_PORTS: `${options.clusterPort + 1} ${options.clusterPort + 2}`,
    PG_PORT: String(pgPort),
    PG_DATABASE: "aip_bench",
    STRIPE_EMULATOR_PORT: String(options.clusterPort + 9),
    CLUSTER_DIR: clusterDir,
    // The bench has just checked the build; a stale one would have been rebuilt before.
    CLUSTER_SKIP_PREPARE: "1",
  };
  delete env.DATABASE_URL;
  options.log(`cluster: PostgreSQL, instances :${options.clusterPort + 1} and :${options.clusterPort + 2}, nginx :${options.clusterPort}`);
  const cluster = spawn("bash", ["scripts/deploy/cluster.sh"], { cwd: options.projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  cluster.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  cluster.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => cluster.on("close", () => resolve()));
  try {
    const ready = path.join(clusterDir, "run", "ready");
    const deadline = Date.now() + 300_000;
    while (!fs.existsSync(ready)) {
      if (cluster.exitCode !== null || Date.now() > deadline) throw new Error(`the cluster did not start:\n${output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const baseUrl = `http://127.0.0.1:${options.clusterPort}`;
    for (const p of options.paths) await (await fetch(`${baseUrl}${p}`)).arrayBuffer();
    options.log(`cluster: ${options.load.connections} connections × ${options.load.durationSeconds} s over ${options.paths.length} profiles, anonymous`);
    const anonymous = await runLoad({ baseUrl, paths: options.paths, ...options.load });
    const headers = await options.signIn(`http://localhost:${options.clusterPort}`, { DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/aip_bench` });
    options.log("cluster: signed-in member, sequential then under load");
    // Each page once first, as on the single instance (index.ts): the first visit renders it for the member render cache.
    await sequentialLatency({ baseUrl, paths: options.paths, count: options.paths.length, headers });
    const sequential = await sequentialLatency({ baseUrl, paths: options.paths, count: 100, headers });
    const memberLoad = await runLoad({ baseUrl, paths: options.paths, ...options.load, headers });
    return { anonymous, member: { sequential, load: memberLoad } };
  } finally {
    cluster.kill("SIGTERM");
    await exited;
    fs.rmSync(clusterDir, { recursive: true, force: true });
  }
}
