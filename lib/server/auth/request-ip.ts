import "server-only";

/**
 * The client address for rate limiting: the last `x-forwarded-for` entry, i.e. the one
 * appended by the reverse proxy nearest to us (`next start` fills the header with the
 * socket address when no proxy sent one), else `x-real-ip`. Entries further left are
 * client-supplied. Deploy behind a proxy that sets the header; exposed directly, a client
 * can pick its own value (the per-email limit still applies).
 */
export function requestIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return ip.slice(0, 64);
}
