import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { installVaryCookieForProfiles, varyWithCookie } from "@/lib/server/shared-cache";
import { PROFILE_PAGE_PATH } from "@/lib/soc";

import { closeServer, listenOnLoopback } from "../support/raw-http";

describe("varyWithCookie", () => {
  it("adds Cookie once to whatever Next set", () => {
    expect(varyWithCookie("rsc, next-router-state-tree, Accept-Encoding")).toBe("rsc, next-router-state-tree, Accept-Encoding, Cookie");
    expect(varyWithCookie(undefined)).toBe("Cookie");
    expect(varyWithCookie(["rsc", "Accept-Encoding"])).toBe("rsc, Accept-Encoding, Cookie");
    expect(varyWithCookie("Accept-Encoding, cookie")).toBe("Accept-Encoding, cookie");
    expect(varyWithCookie("*")).toBe("*");
  });

  it("applies to profile URLs only (their one URL has a public and a member answer)", () => {
    for (const url of ["/occupations/11-3051-industrial-production-managers", "/occupations/113051?x=1", "/occupations/11-3051/"]) {
      expect(PROFILE_PAGE_PATH.test(url), url).toBe(true);
    }
    for (const url of ["/occupations/11-3051-x/tasks/11-3051.00", "/categories", "/", "/occupationsx/1"]) {
      expect(PROFILE_PAGE_PATH.test(url), url).toBe(false);
    }
  });
});

describe("the server hook", () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    installVaryCookieForProfiles();
    // Like Next: Vary set by the handler itself, after anything earlier could have added to it.
    server = http.createServer((_req, res) => {
      res.setHeader("Vary", "rsc, Accept-Encoding");
      res.setHeader("Cache-Control", "s-maxage=31536000");
      res.end("page");
    });
    base = await listenOnLoopback(server);
  });

  afterAll(() => closeServer(server));

  it("makes a shared cache key profile pages on the Cookie header", async () => {
    const profile = await fetch(`${base}/occupations/11-3051-industrial-production-managers`);
    expect(profile.headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    const other = await fetch(`${base}/categories`);
    expect(other.headers.get("vary")).toBe("rsc, Accept-Encoding");
  });
});
