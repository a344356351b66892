import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isLocalRequest, isLoopbackAddress, isLoopbackHost } from "@/lib/loopback";
import { requestIp } from "@/lib/server/auth/request-ip";
import { clientAddress, installClientIpStamp } from "@/lib/server/client-ip";
import { localModeBindProblem } from "@/lib/server/startup";

import { closeServer, listenOnLoopback } from "../support/raw-http";

describe("client address", () => {
  it("with 0 trusted hops is the socket peer, whatever X-Forwarded-For says", () => {
    for (const forwardedFor of [undefined, "1.2.3.4", "10.0.0.1, 10.0.0.2", "::1"]) {
      expect(clientAddress({ socketAddress: "198.51.100.7", forwardedFor, trustedHops: 0 })).toBe("198.51.100.7");
    }
    expect(clientAddress({ socketAddress: "::ffff:198.51.100.7", forwardedFor: undefined, trustedHops: 0 })).toBe("198.51.100.7");
    expect(clientAddress({ socketAddress: undefined, forwardedFor: "1.2.3.4", trustedHops: 0 })).toBe("unknown");
  });

  it("with N trusted hops is the Nth entry from the right", () => {
    // client → proxy (appends the client) → app: the socket is the proxy.
    expect(clientAddress({ socketAddress: "10.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.9", trustedHops: 1 })).toBe("203.0.113.9");
    // client → CDN → load balancer → app.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.1", trustedHops: 2 })).toBe("203.0.113.9");
    // A request that skipped the proxy: the socket peer.
    expect(clientAddress({ socketAddress: "203.0.113.50", forwardedFor: undefined, trustedHops: 1 })).toBe("203.0.113.50");
  });
});

describe("the server's client-address stamp", () => {
  let server: http.Server;
  let url: string;
  const seen: string[] = [];

  beforeAll(async () => {
    installClientIpStamp(0);
    server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      seen.push(requestIp(headers));
      res.end("ok");
    });
    url = await listenOnLoopback(server) + "/";
  });

  afterAll(() => closeServer(server));

  it("keys on the socket: a rotating X-Forwarded-For or X-Real-IP changes nothing", async () => {
    for (let i = 1; i <= 5; i += 1) {
      await fetch(url, { headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-aip-client-ip": "6.6.6.6" } });
    }
    expect(seen).toEqual(Array(5).fill("127.0.0.1"));
  });

  it("gives requests without the stamp one shared key, never a header the client chose", () => {
    expect(requestIp(new Headers({ "x-forwarded-for": "203.0.113.1" }))).toBe("unknown");
  });
});

describe("local-only routes", () => {
  it("need a loopback peer and a localhost Host (DNS-rebinding guard)", () => {
    expect(isLoopbackAddress("127.0.0.1")).toBe(true);
    expect(isLoopbackAddress("::1")).toBe(true);
    expect(isLoopbackAddress("::ffff:127.0.0.1")).toBe(true);
    expect(isLoopbackAddress("10.0.0.1")).toBe(false);
    expect(isLoopbackAddress("unknown")).toBe(false);
    for (const host of ["localhost:3000", "127.0.0.1:3000", "localhost", "[::1]:3000", "LOCALHOST:1"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["evil.example:3000", "localhost.evil.example", "127.0.0.1.nip.io", "", null]) expect(isLoopbackHost(host)).toBe(false);
    expect(isLocalRequest("127.0.0.1", "localhost:3000")).toBe(true);
    expect(isLocalRequest("127.0.0.1", "rebound.evil.example:3000")).toBe(false);
    expect(isLocalRequest("192.0.2.1", "localhost:3000")).toBe(false);
  });

  it("refuse local mode unless the server was bound to a loopback address", () => {
    expect(localModeBindProblem("http://127.0.0.1:3000")).toBeNull();
    expect(localModeBindProblem("http://[::1]:3000")).toBeNull();
    expect(localModeBindProblem("http://localhost:3000")).toMatch(/^LOCAL_MODE=1 .*-H 127\.0\.0\.1.*every interface/);
    expect(localModeBindProblem("http://192.168.1.5:3000")).toMatch(/bound to 192\.168\.1\.5/);
    expect(localModeBindProblem(undefined)).toMatch(/unknown address/);
  });
});
