/**
 * Loopback checks for the local-only routes (/dev/outbox, the emulator's /_emulator/ controls).
 * Both the peer address and the Host header must be local: a page on another site that rebinds
 * its own hostname to 127.0.0.1 reaches the socket from loopback but still sends its own Host.
 * Pure (no Next or app imports) so the emulator can use it too.
 */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const ip = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return ip === "::1" || /^127(\.\d{1,3}){3}$/.test(ip);
}

/** `localhost`, `127.0.0.1` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(host?.trim() ?? "");
  return match !== null && ["localhost", "127.0.0.1", "[::1]"].includes(match[1]!.toLowerCase());
}

/** Both checks at once: what a local-only route requires of a request. */
export function isLocalRequest(peerAddress: string | null | undefined, host: string | null | undefined): boolean {
  return isLoopbackAddress(peerAddress) && isLoopbackHost(host);
}
