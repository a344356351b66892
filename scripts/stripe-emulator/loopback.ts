import net from "node:net";

/**
 * The emulator's own loopback checks (it imports nothing from the app, so it does not share
 * lib/loopback.ts). Test controls need both: a loopback peer and a local Host header, since
 * a page that rebinds its hostname to 127.0.0.1 reaches the socket but sends its own Host.
 */
const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** 127.0.0.0/8, ::1, or an IPv4-mapped 127.x address. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  const ip = mapped ? mapped[1]! : address;
  const family = net.isIP(ip);
  if (family === 0) return false;
  return loopback.check(ip, family === 4 ? "ipv4" : "ipv6");
}

const LOCAL_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A Host header naming `localhost`, `127.0.0.1` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  const value = host?.trim() ?? "";
  // Only host[:port] characters: no userinfo, path or spaces for URL to reinterpret.
  if (!/^[a-z0-9.\-[\]:]+$/i.test(value)) return false;
  try {
    return LOCAL_HOSTNAMES.has(new URL(`http://${value}`).hostname);
  } catch {
    return false;
  }
}
