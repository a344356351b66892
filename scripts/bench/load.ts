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
