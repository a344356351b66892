import "server-only";

/**
 * The client address for rate limiting: the first `x-forwarded-for` hop (set by
 * `next start` or the reverse proxy in front of it), else `x-real-ip`.
 */
export function requestIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return ip.slice(0, 64);
}
