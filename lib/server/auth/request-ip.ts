import "server-only";

import { stampedClientIp } from "@/lib/server/client-ip";

/**
 * The client address for rate limiting: the socket peer, or with TRUSTED_PROXY_HOPS set the
 * entry of X-Forwarded-For that the outermost trusted proxy wrote (lib/server/client-ip.ts).
 * Never a value the client picks.
 */
export function requestIp(headers: Headers): string {
  return stampedClientIp(headers).slice(0, 64);
}
