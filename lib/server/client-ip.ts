import { randomBytes } from "node:crypto";
import { addRequestHook } from "./request-hook";

/**
 * The client's address, from the socket, for rate limits and the local-only routes.
 *
 * Route handlers and server actions never see the socket in Next 16 (`request.ip` is gone),
 * and `next start` fills `x-forwarded-for` with the socket address only when the client did
 * not send one (base-server.js: `??=`), so the header is whatever the client wants. So the
 * server stamps the address itself: instrumentation.ts installs a hook on every incoming
 * request that writes the resolved address under a header name with a per-process random
 * suffix (a client cannot send a header whose name it does not know) before Next sees it.
 */

/**
 * With `trustedHops` reverse proxies in front, each appending the address it saw, the client
 * is the `trustedHops`-th entry from the right of X-Forwarded-For; with 0 it is the socket peer.
 * A shorter chain than configured (a request that skipped the proxies) yields its leftmost entry.
 */
export function clientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const peer = normalize(socketAddress);
  if (trustedHops <= 0) return peer || "unknown";
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return peer || "unknown";
  return normalize(chain[Math.max(0, chain.length - trustedHops)]).slice(0, 64) || "unknown";
}

function normalize(address: string | undefined): string {
  if (!address) return "";
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; count them as a.b.c.d.
  return address.toLowerCase().startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

const HEADER_KEY = Symbol.for("ai-pressure.client-ip-header");
type WithHeader = typeof globalThis & { [HEADER_KEY]?: string };

/** The stamped header's name in this process, or null when no server hook is installed (unit tests). */
export function clientIpHeaderName(): string | null {
  return (globalThis as WithHeader)[HEADER_KEY] ?? null;
}

/** Reads the stamped client address; "unknown" (one shared bucket) when it is missing. */
export function stampedClientIp(headers: Headers): string {
  const name = clientIpHeaderName();
  return (name && headers.get(name)?.trim()) || "unknown";
}

/** Installs the stamp on every http.Server in this process (once). */
export function installClientIpStamp(trustedHops: number): string {
  const existing = clientIpHeaderName();
  if (existing) return existing;
  const name = `x-aip-client-ip-${randomBytes(12).toString("hex")}`;
  (globalThis as WithHeader)[HEADER_KEY] = name;
  addRequestHook((request) => {
    request.headers[name] = clientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustedHops,
    });
  });
  return name;
}
