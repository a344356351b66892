import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 3xx responses are fine (redirects), counted apart from failures. */
  status3xx: number;
  durationSeconds: number;
}

/** Runs autocannon against `baseUrl`, cycling through `paths` on every connection (with `headers` on each request). */
export async function runLoad(options: {
  baseUrl: string;
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.paths.map((path) => ({ method: "GET" as const, path, headers: options.headers })),
    timeout: 10,
  });
  const status3xx = result["3xx"] ?? 0;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx - status3xx,
    status3xx,
    durationSeconds: result.duration,
  };
}

/** Sequential latency (one request at a time): p50 and p99 over `count` requests cycling through `paths`. */
export async function sequentialLatency(options: { baseUrl: string; paths: readonly string[]; count: number; headers?: Record<string, string> }): Promise<{ p50Ms: number; p99Ms: number; count: number }> {
  const times: number[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const path = options.paths[index % options.paths.length]!;
    const started = performance.now();
    const response = await fetch(`${options.baseUrl}${path}`, { headers: options.headers, redirect: "manual" });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return { p50Ms: at(0.5), p99Ms: at(0.99), count: times.length };
}

/** One side's rounds as one result: throughput over their whole time, p50 the mean of the rounds', p99 the worst round's. */
function mergeRounds(rounds: readonly LoadResult[]): LoadResult {
  const sum = (pick: (round: LoadResult) => number) => rounds.reduce((total, round) => total + pick(round), 0);
  const seconds = sum((round) => round.durationSeconds);
  return {
    requestsPerSecond: Math.round(sum((round) => round.total) / seconds),
    latencyP50Ms: Math.round((sum((round) => round.latencyP50Ms) / rounds.length) * 10) / 10,
    latencyP99Ms: Math.max(...rounds.map((round) => round.latencyP99Ms)),
    total: sum((round) => round.total),
    errors: sum((round) => round.errors),
    timeouts: sum((round) => round.timeouts),
    non2xx: sum((round) => round.non2xx),
    status3xx: sum((round) => round.status3xx),
    durationSeconds: seconds,
  };
}

/**
 * Two request variants against one server in alternating rounds (first, second, first, …), so
 * that the server's drift over a run (heap growth, collections, a neighbour's load) falls on
 * both alike. Junk cookie against anonymous, profiles, no code change between runs: two 20 s loads
 * back to back gave 0.70–0.99 over five bench runs; alternating 5 s rounds gave 0.92–1.06 per round.
 */
export async function alternatingLoads(options: {
  baseUrl: string;
  paths: readonly string[];
  connections: number;
  /** Each side's total; split evenly over the rounds. */
  durationSeconds: number;
  rounds: number;
  first?: Record<string, string>;
  second?: Record<string, string>;
}): Promise<{ first: LoadResult; second: LoadResult }> {
  const roundSeconds = Math.max(1, Math.round(options.durationSeconds / options.rounds));
  const first: LoadResult[] = [];
  const second: LoadResult[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const shared = { baseUrl: options.baseUrl, paths: options.paths, connections: options.connections, durationSeconds: roundSeconds };
    first.push(await runLoad({ ...shared, headers: options.first }));
    second.push(await runLoad({ ...shared, headers: options.second }));
  }
  return { first: mergeRounds(first), second: mergeRounds(second) };
}
