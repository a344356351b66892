import fs from "node:fs";

import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// Everything below uses the app database from env: point it at a temp file, no SMTP.
const tmpDir = vi.hoisted(() => {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs before the imports below */
  const nodePath = require("node:path") as typeof import("node:path");
  const dir = (require("node:fs") as typeof import("node:fs")).mkdtempSync(
    nodePath.join((require("node:os") as typeof import("node:os")).tmpdir(), "auth-test-"),
  );
  /* eslint-enable @typescript-eslint/no-require-imports */
  process.env.APP_DB_PATH = nodePath.join(dir, "app.db");
  process.env.APP_URL = "http://localhost:3999";
  delete process.env.SMTP_URL;
  return dir;
});

import { accountsConn, closeAccountsConn, sqliteHandle } from "@/db/accounts/client";
import { findOrCreateUserByEmail, getUserByEmail, hitRateLimit, listRecentOutboxMail } from "@/db/accounts/queries";
import { outbox, rateLimits, session, verification } from "@/db/accounts/schema";
import { env } from "@/env";
import { safeNextPath, signInFormSchema } from "@/lib/validations/auth";
import { isSignedSessionCookie } from "@/lib/server/auth/session-cookie";
import { getAuth } from "@/lib/server/auth/server";
import { clientAddress } from "@/lib/server/client-ip";
import { requestSignInLink, SIGN_IN_LIMITS } from "@/lib/server/auth/sign-in";

const db = accountsConn();
const sqlite = sqliteHandle(db);
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

async function requestLink(email: string, ip = freshIp()) {
  vi.spyOn(console, "info").mockImplementation(() => {});
  const result = await requestSignInLink({ email, next: "/account", ip });
  const mail = (await listRecentOutboxMail(1, db))[0];
  return { result, mail };
}

function follow(link: string, headers: Record<string, string> = {}) {
  return getAuth().handler(new Request(link, { headers }));
}

beforeEach(() => {
  sqlite.delete(rateLimits).run();
  sqlite.delete(outbox).run();
});

afterAll(async () => {
  await closeAccountsConn(db);
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe("safeNextPath", () => {
  it.each([
    ["/account", "/account"],
    ["/pricing?x=1", "/pricing?x=1"],
    ["https://evil.example/", "/account"],
    ["//evil.example/x", "/account"],
    ["/\\evil.example", "/account"],
    ["javascript:alert(1)", "/account"],
    [undefined, "/account"],
    ["/" + "a".repeat(600), "/account"],
    // Same-site but dead: escaped separators, dot and empty segments, bad escapes, control characters.
    ["/%2F%2Fevil.example", "/account"],
    ["/%5Cevil.example", "/account"],
    ["/%2e%2e/%2e%2e/account", "/account"],
    ["/..//evil.example", "/account"],
    ["/.%2F/evil", "/account"],
    ["/%ZZ", "/account"],
    ["/a%00b", "/account"],
    ["/%09/evil.example", "/account"],
    ["/pricing//x", "/account"],
    // Ordinary paths stay, also unknown ones (an ordinary 404 page).
    ["/occupations/15-1252-software-developers?tab=tasks", "/occupations/15-1252-software-developers?tab=tasks"],
    ["/occupations/no-such-thing", "/occupations/no-such-thing"],
    ["/search?q=caf%C3%A9", "/search?q=caf%C3%A9"],
  ])("%s → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("sign-in form schema", () => {
  it("normalises the email and rejects junk", () => {
    expect(signInFormSchema.parse({ email: "  Ada@Example.COM " }).email).toBe("ada@example.com");
    expect(signInFormSchema.safeParse({ email: "not-an-email" }).success).toBe(false);
    expect(signInFormSchema.safeParse({ email: `${"a".repeat(250)}@x.io` }).success).toBe(false);
  });

  it("accepts an internationalised domain in its punycode form", () => {
    expect(signInFormSchema.parse({ email: "Ada@Bücher.de" }).email).toBe("ada@xn--bcher-kva.de");
    expect(signInFormSchema.parse({ email: "ada@例え.jp" }).email).toBe("ada@xn--r8jz45g.jp");
    expect(signInFormSchema.parse({ email: "ada@xn--bcher-kva.de" }).email).toBe("ada@xn--bcher-kva.de");
  });

  it("refuses a non-ASCII local part with a message that says so", () => {
    const parsed = signInFormSchema.safeParse({ email: "jörg@example.com" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/non-ASCII letters before the @/);
    expect(signInFormSchema.safeParse({ email: "ada@exa mple.com" }).error?.issues[0]?.message).not.toMatch(/non-ASCII/);
  });
});

describe("session cookie signature (proxy.ts: which profile variant a request gets)", () => {
  it("accepts the cookie better-auth sets on sign-in, and nothing missing, malformed or forged", async () => {
    const { mail } = await requestLink("signed-cookie@example.com");
    const response = await follow(mail!.link!);
    const value = /aip\.session_token=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    expect(value).toBeDefined();
    expect(isSignedSessionCookie(value, env.AUTH_SECRET)).toBe(true);
    // The cookie layer may hand it over decoded.
    expect(isSignedSessionCookie(decodeURIComponent(value!), env.AUTH_SECRET)).toBe(true);

    const genuine = decodeURIComponent(value!);
    const token = genuine.slice(0, genuine.lastIndexOf("."));
    const signature = genuine.slice(genuine.lastIndexOf(".") + 1);
    for (const junk of [undefined, "", "garbage", "abc.def", ".onlysignature", `${token}.`, `${token}x.${signature}`, `${token}.${signature.slice(0, -2)}`, "%E0%A4%A", `${genuine}${"A".repeat(600)}`]) {
      expect(isSignedSessionCookie(junk, env.AUTH_SECRET), String(junk)).toBe(false);
    }
    expect(isSignedSessionCookie(value, `${env.AUTH_SECRET}-another`)).toBe(false);
  });
});

describe("magic link", () => {
  it("puts the link in the outbox and logs one line, for new and existing addresses alike", async () => {
    const fresh = await requestLink("nobody@example.com");
    expect(fresh.result).toBe("sent");
    expect(fresh.mail?.to).toBe("nobody@example.com");
    expect(fresh.mail?.link).toMatch(/^http:\/\/localhost:3999\/api\/auth\/magic-link\/verify\?token=/);
    expect(await getUserByEmail("nobody@example.com", db)).toBeNull(); // no account until the link is used
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining(fresh.mail!.link!));
  });

  it("signs in once: the second use of the same link fails", async () => {
    const { mail } = await requestLink("once@example.com");
    const first = await follow(mail!.link!);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("http://localhost:3999/account");
    expect(first.headers.get("set-cookie")).toMatch(/aip\.session_token=/);
    const created = await getUserByEmail("once@example.com", db);
    expect(created).toMatchObject({ emailVerified: true });

    const second = await follow(mail!.link!);
    expect(second.status).toBe(302);
    expect(second.headers.get("location")).toContain("error=INVALID_TOKEN");
    expect(second.headers.get("set-cookie") ?? "").not.toMatch(/aip\.session_token=[^;]+/);
  });

  it("expires after 15 minutes", async () => {
    const { mail } = await requestLink("late@example.com");
    const rows = sqlite.select().from(verification).all();
    const row = rows.at(-1)!;
    const lifetimeMs = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(lifetimeMs).toBeGreaterThan(14 * 60_000);
    expect(lifetimeMs).toBeLessThanOrEqual(15 * 60_000 + 1000);

    sqlite.update(verification).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(verification.id, row.id)).run();
    const response = await follow(mail!.link!);
    expect(response.headers.get("location")).toContain("error=INVALID_TOKEN");
    expect(await getUserByEmail("late@example.com", db)).toBeNull();
  });

  it("stores only a hash of the token", async () => {
    const { mail } = await requestLink("hash@example.com");
    const token = new URL(mail!.link!).searchParams.get("token")!;
    const identifiers = sqlite.select({ identifier: verification.identifier }).from(verification).all().map((r) => r.identifier);
    expect(identifiers.some((identifier) => identifier.includes(token))).toBe(false);
  });

  it("a session made before the address owner first signs in by magic link is revoked", async () => {
    // Guest checkout creates the account unverified; any session predating proof of the address goes.
    const guest = await findOrCreateUserByEmail("guest-owner@example.com", db);
    expect(guest).toMatchObject({ created: true, emailVerified: false });
    await (await getAuth().$context).internalAdapter.createSession(guest.id);
    const sessionsOf = () => sqlite.select().from(session).where(eq(session.userId, guest.id)).all();
    const [guestSession] = sessionsOf();
    expect(guestSession).toBeDefined();

    const { mail } = await requestLink("guest-owner@example.com");
    await follow(mail!.link!);
    const after = sessionsOf();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(guestSession?.id);
    expect((await getUserByEmail("guest-owner@example.com", db))?.emailVerified).toBe(true);
  });

  it("keeps the server-side sign-in endpoint off the HTTP surface", async () => {
    const response = await getAuth().handler(
      new Request("http://localhost:3999/api/auth/sign-in-verified-user", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: "anyone" }),
      }),
    );
    expect(response.status).toBe(404);
  });
});

describe("rate limits", () => {
  it("20 requests for someone else's address do not lock its owner out; the newest link works", async () => {
    for (let i = 0; i < 20; i += 1) {
      expect((await requestLink("victim@example.com")).result).not.toBe("rate-limited");
    }
    // The flood sent at most one mail a minute (two if it straddled a minute boundary).
    expect((await listRecentOutboxMail(50, db)).filter((mail) => mail.to === "victim@example.com").length).toBeLessThanOrEqual(2);

    const own = await requestLink("victim@example.com", "198.51.100.200");
    expect(own.result).not.toBe("rate-limited");
    const newest = (await listRecentOutboxMail(50, db)).find((mail) => mail.to === "victim@example.com");
    const response = await follow(newest!.link!);
    expect(response.headers.get("location")).toBe("http://localhost:3999/account");
    expect(response.headers.get("set-cookie")).toMatch(/aip\.session_token=/);
  });

  it(`mails one address at most once a minute and ${SIGN_IN_LIMITS.mailsPerEmail} times a window, answering alike`, async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const t0 = new Date(Math.floor(Date.now() / 900_000) * 900_000); // the start of a window
    const at = (seconds: number) => requestSignInLink({ email: "throttle@example.com", next: "/account", ip: freshIp(), now: new Date(t0.getTime() + seconds * 1000) });
    expect(await at(0)).toBe("sent");
    expect(await at(10)).toBe("throttled");
    expect(await at(59)).toBe("throttled");
    expect(await at(61)).toBe("sent");
    expect(await at(121)).toBe("sent");
    expect(await at(181)).toBe("sent");
    expect(await at(241)).toBe("sent");
    expect(await at(301)).toBe("throttled"); // five mails this window
    expect(await at(901)).toBe("sent"); // next window
    expect((await listRecentOutboxMail(50, db)).filter((mail) => mail.to === "throttle@example.com")).toHaveLength(6);
  });

  it(`allows ${SIGN_IN_LIMITS.perIp} requests per IP per window`, async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i += 1) {
      expect((await requestLink(`ip-${i}@example.com`, ip)).result).toBe("sent");
    }
    expect((await requestLink("one-more@example.com", ip)).result).toBe("rate-limited");
    expect((await requestLink("one-more@example.com", freshIp())).result).toBe("sent");
  });

  it("a rotating X-Forwarded-For does not bypass the per-IP limit (0 trusted hops)", async () => {
    const fromSocket = (i: number) => clientAddress({ socketAddress: "198.51.100.9", forwardedFor: `203.0.113.${i}, 10.0.0.${i}`, trustedHops: 0 });
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i += 1) {
      expect((await requestLink(`rotate-${i}@example.com`, fromSocket(i))).result).toBe("sent");
    }
    expect((await requestLink("rotate-last@example.com", fromSocket(999))).result).toBe("rate-limited");
  });

  it("behind one trusted proxy, clients are told apart by the entry the proxy appended", async () => {
    const behindProxy = (client: string) => clientAddress({ socketAddress: "10.0.0.1", forwardedFor: `6.6.6.6, ${client}`, trustedHops: 1 });
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i += 1) {
      expect((await requestLink(`proxied-${i}@example.com`, behindProxy("192.0.2.10"))).result).toBe("sent");
    }
    expect((await requestLink("proxied-last@example.com", behindProxy("192.0.2.10"))).result).toBe("rate-limited");
    expect((await requestLink("proxied-other@example.com", behindProxy("192.0.2.11"))).result).toBe("sent");
  });

  it("opens a new window after the old one", async () => {
    const options = { windowSeconds: 900, max: 1 };
    const t0 = new Date("2030-01-01T00:00:00Z");
    expect((await hitRateLimit("k", { ...options, now: t0 }, db)).allowed).toBe(true);
    expect((await hitRateLimit("k", { ...options, now: new Date(t0.getTime() + 60_000) }, db)).allowed).toBe(false);
    expect((await hitRateLimit("k", { ...options, now: new Date(t0.getTime() + 901_000) }, db)).allowed).toBe(true);
  });
});

describe("/api/auth surface", () => {
  it("does not expose the sign-in POST endpoint (it would bypass the limits)", async () => {
    const { POST, GET } = await import("@/app/api/auth/[...all]/route");
    const post = await POST(
      new Request("http://localhost:3999/api/auth/sign-in/magic-link", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "x@example.com" }),
      }),
    );
    expect(post.status).toBe(404);
    const session = await GET(new Request("http://localhost:3999/api/auth/get-session"));
    expect(session.status).toBe(200);
  });
});

describe("/api/auth body cap", () => {
  it("answers an oversized POST with 413", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const response = await POST(
      new Request("http://localhost:3999/api/auth/sign-out", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ pad: "x".repeat(20 * 1024) }),
      }),
    );
    expect(response.status).toBe(413);
  });
});
