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

/** Runs autocannon against `baseUrl`, cycling through `paths` on every connection. */
export async function runLoad(options: { baseUrl: string; paths: readonly string[]; connections: number; durationSeconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.paths.map((path) => ({ method: "GET" as const, path })),
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
