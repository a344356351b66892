import http from "node:http";
import zlib from "node:zlib";

import Database from "better-sqlite3";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { APP_URL, E2E_APP_DB } from "./support/env";
import { payOnCheckoutPage, signIn, subscribeToPro, uniqueEmail, userIdByEmail } from "./support/helpers";

/**
 * The member render cache (lib/server/member-pages.ts) on the production build: members share a
 * rendered profile only when everything it is rendered from is equal (the access tuple, the URL),
 * a change to an account shows at once, and signed-out, revoked and expired sessions get what
 * they got before the cache. Requests go out raw with the member's cookie, so bytes can be compared.
 */
const PROFILE = "/occupations/11-3051-industrial-production-managers";
/** Bought in this file only (the report spec buys 11-3051 as a guest). */
const BOUGHT = "/occupations/17-2112-industrial-engineers";

/** `html` without React's text separators (`0<!-- --> of <!-- -->3`), so sentences can be matched. */
type Raw = { status: number; headers: http.IncomingHttpHeaders; html: string; bytes: Buffer };

function raw(path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .request(APP_URL + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const bytes = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(body) : body;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, html: bytes.toString("utf8").replaceAll("<!-- -->", ""), bytes });
        });
      })
      .on("error", reject)
      .end();
  });
}

async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies(APP_URL)).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The member's page, plain and gzipped, asserted to be the private per-request variant; both must decode to the same bytes. */
async function memberPage(cookie: string, path = PROFILE): Promise<Raw> {
  const plain = await raw(path, { cookie });
  const gzipped = await raw(path, { cookie, "accept-encoding": "gzip, deflate, br" });
  for (const response of [plain, gzipped]) {
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(response.headers["set-cookie"]).toBeUndefined();
  }
  expect(gzipped.headers["content-encoding"]).toBe("gzip");
  expect(gzipped.bytes.equals(plain.bytes), "gzip and plain are the same page").toBe(true);
  return plain;
}

async function proMember(browser: Browser, label: string): Promise<{ page: Page; cookie: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await subscribeToPro(page, uniqueEmail(label));
  const cookie = await cookieOf(context);
  // Pro is granted by the webhook: wait until the member's page shows it.
  await expect(async () => expect((await memberPage(cookie)).html).toContain("data-pro-section")).toPass({ timeout: 15_000 });
  return { page, cookie };
}

test.describe.configure({ mode: "serial" });

test("two Pro members get identical bytes while their tuples match, and their own page once one watches", async ({ browser }) => {
  const alice = await proMember(browser, "cache-alice");
  const bob = await proMember(browser, "cache-bob");
  const [first, second] = [await memberPage(alice.cookie), await memberPage(bob.cookie)];
  expect(second.bytes.equals(first.bytes), "same tuple, same page").toBe(true);
  expect(first.html).not.toContain('data-testid="watch-status"');
  expect(first.html).toContain("0 of 50 watched");

  // Alice watches: her page says so at once; Bob's does not.
  await alice.page.goto(PROFILE);
  await alice.page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(alice.page).toHaveURL(new RegExp(`${PROFILE}\\?watch=added#watch$`));
  await expect(alice.page.getByTestId("watch-status")).toHaveText("Watching");
  await expect(alice.page.getByRole("status").filter({ hasText: "You are watching this occupation" })).toBeVisible();
  await alice.page.goto(PROFILE);
  await expect(alice.page.getByTestId("watch-status")).toHaveText("Watching");
  // Without ?watch= the notice is gone (a page kept for the notice is not this one).
  await expect(alice.page.getByRole("status").filter({ hasText: "You are watching this occupation" })).toHaveCount(0);
  const aliceWatching = await memberPage(alice.cookie);
  const bobNot = await memberPage(bob.cookie);
  expect(aliceWatching.html).toContain("1 of 50 watched");
  expect(bobNot.html).not.toContain('data-testid="watch-status"');
  expect(bobNot.html).toContain("0 of 50 watched");
  // The notice belongs to the URL that carries it, for each member.
  expect((await memberPage(bob.cookie, `${PROFILE}?watch=added`)).html).not.toContain('data-testid="watch-status"');

  // Alice stops watching: her page is Bob's again, byte for byte.
  await alice.page.getByRole("button", { name: "Stop watching" }).click();
  await expect(alice.page).toHaveURL(new RegExp(`${PROFILE}\\?watch=removed#watch$`));
  await expect(alice.page.getByRole("status").filter({ hasText: "You no longer watch this occupation" })).toBeVisible();
  await expect(alice.page.getByRole("button", { name: "Watch", exact: true })).toBeVisible();
  expect((await memberPage(alice.cookie)).bytes.equals((await memberPage(bob.cookie)).bytes)).toBe(true);
  await alice.page.context().close();
  await bob.page.context().close();
});

test("a free member never gets a Pro member's page, also with a task mix the Pro member opened first", async ({ browser }) => {
  const pro = await proMember(browser, "cache-pro");
  const mix = `${PROFILE}?mix=1:1`;
  expect((await memberPage(pro.cookie)).html).toContain("data-pro-section");
  expect((await memberPage(pro.cookie, mix)).html).toContain("data-pro-section");

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, uniqueEmail("cache-free"));
  const cookie = await cookieOf(context);
  for (const path of [PROFILE, mix]) {
    const free = await memberPage(cookie, path);
    expect(free.html, path).not.toContain("data-pro-section");
    expect(free.html, path).not.toContain("data-heatmap-cell");
    expect(free.html, path).toContain("is part of Pro");
    expect(free.html, path).toContain("0 of 3 watched");
  }
  await page.goto(PROFILE);
  await expect(page.getByText("is part of Pro")).toHaveCount(2);
  await context.close();
  await pro.page.context().close();
});

test("buying a report shows the download on the profile at once", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, uniqueEmail("cache-buyer"));
  const cookie = await cookieOf(context);
  // The free page is rendered (and kept) before the purchase.
  expect((await memberPage(cookie, BOUGHT)).html).not.toContain("You bought this report.");
  await page.goto(BOUGHT);
  await page.locator("#report").getByRole("button", { name: /^Buy the PDF report/ }).click();
  await payOnCheckoutPage(page);
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await page.goto(BOUGHT);
  await expect(page.locator("#report")).toContainText("You bought this report.");
  expect((await memberPage(cookie, BOUGHT)).html).toContain("You bought this report.");
  await context.close();
});

test("signed out, revoked and expired sessions get what they got before the cache", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("cache-leaver");
  await signIn(page, email);
  const cookie = await cookieOf(context);
  const signedIn = await memberPage(cookie);
  expect(signedIn.html).toContain("0 of 3 watched");

  // Signed out: the browser has no session cookie, so the public page, static.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const signedOut = await page.request.get(PROFILE);
  expect(signedOut.headers()["cache-control"]).toBe("s-maxage=31536000");
  expect(await signedOut.text()).toContain(`/sign-in?next=${encodeURIComponent(PROFILE)}`);

  // The old cookie still carries a valid signature, but names no session: the per-request
  // variant for a visitor without a session, as before (sign-in link, no watch form).
  for (let i = 0; i < 2; i += 1) {
    const revoked = await memberPage(cookie);
    expect(revoked.html).not.toContain("of 3 watched");
    expect(revoked.html).toContain(`/sign-in?next=${encodeURIComponent(PROFILE)}`);
  }

  // An expired session: the same. (Another account: its tuple is the first one's, so the kept page.)
  const again = await browser.newContext();
  const second = await again.newPage();
  const expiring = uniqueEmail("cache-expiring");
  await signIn(second, expiring);
  const fresh = await cookieOf(again);
  expect((await memberPage(fresh)).bytes.equals(signedIn.bytes)).toBe(true);
  const db = new Database(E2E_APP_DB);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("update session set expires_at = ? where user_id = ?").run(Math.floor(Date.now() / 1000) - 60, userIdByEmail(expiring));
  } finally {
    db.close();
  }
  const expired = await memberPage(fresh);
  expect(expired.html).not.toContain("of 3 watched");
  expect(expired.html).toContain(`/sign-in?next=${encodeURIComponent(PROFILE)}`);
  await again.close();
  await context.close();
});
