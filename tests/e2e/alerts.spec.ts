import { execFileSync } from "node:child_process";
import path from "node:path";

import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { buildFixtureContentDb, readFixtureFile } from "../support/release-fixture";
import { expectNoSeriousViolations } from "./support/axe";
import { E2E_DATA_DIR, E2E_SERVER_ENV } from "./support/env";
import { outboxMailsFor, signIn, uniqueEmail } from "./support/helpers";

/**
 * Watchlist and score-change alerts (issue 18 part 2). The alert script runs against fixture
 * content databases written to .data/e2e/ (tests/fixtures/alerts/releases.json applied to the
 * app's build); the server keeps reading its own content database, so other specs see nothing.
 */
const SOC = "11-3051";
const PROFILE = "/occupations/11-3051-industrial-production-managers";
const APP_CONTENT_DB = path.resolve(".data", "content.db");
const FIXTURES = readFixtureFile(path.resolve("tests/fixtures/alerts/releases.json"));
const ALERT_SUBJECT = "AI pressure score";

function runAlerts(contentDb: string): string {
  return execFileSync("npm", ["run", "--silent", "alerts:send"], { env: { ...process.env, ...E2E_SERVER_ENV, CONTENT_DB_PATH: contentDb }, encoding: "utf8" });
}

function scoreIn(contentDb: string, releaseId: string): number {
  const db = new Database(contentDb, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select score from release_scores where release_id = ? and soc = ?").get(releaseId, SOC) as { score: number }).score;
  } finally {
    db.close();
  }
}

function appContent<T>(query: string, ...params: unknown[]): T {
  const db = new Database(APP_CONTENT_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).get(...params) as T;
  } finally {
    db.close();
  }
}

async function watchProfile(page: Page): Promise<void> {
  await page.goto(`/occupations/${SOC}`);
  await expect(page).toHaveURL(new RegExp(`${PROFILE}$`));
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${PROFILE}\\?watch=added#watch$`));
  await expect(page.getByTestId("watch-status")).toHaveText("Watching");
}

async function signedInWithoutJs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("the public profile stays static: Watch is a sign-in link, no form", async ({ request, page }) => {
  const response = await request.get(PROFILE);
  expect(response.headers()["cache-control"]).toContain("s-maxage");
  await page.goto(PROFILE);
  const watch = page.getByRole("link", { name: "Watch", exact: true });
  await expect(watch).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(PROFILE)}`);
  await expect(page.getByRole("button", { name: "Watch", exact: true })).toHaveCount(0);
});

test("watch 11-3051, one mail per release with the change and its reason, unsubscribe signed out stops the next", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const reader = uniqueEmail("watcher");
  const other = uniqueEmail("watcher-other");

  await signIn(page, reader);
  await watchProfile(page);
  await expect(page.getByRole("status").filter({ hasText: "You are watching this occupation" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // /account: the watch with the current score and its last change, from the app's content database.
  const current = appContent<{ score: number }>("select score from occupations where soc = ?", SOC).score;
  const first = appContent<{ id: string }>("select min(release_id) as id from release_scores where soc = ?", SOC).id;
  await page.goto("/account");
  const row = page.getByTestId("watch-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Industrial Production Managers");
  await expect(row.locator("td").nth(1)).toContainText(String(current));
  await expect(row).toContainText(`No change since release ${first}`);
  await expectNoSeriousViolations(page);

  // A second watcher, without JavaScript: the Watch button is a plain form post.
  const otherPage = await signedInWithoutJs(browser, other);
  await watchProfile(otherPage);

  // Release 1 of the fixture moves 11-3051's E signal (a new projections vintage).
  const release1Db = path.join(E2E_DATA_DIR, "alerts-release-1.db");
  const release1 = buildFixtureContentDb(APP_CONTENT_DB, release1Db, FIXTURES.releases[0]!);
  const [from, to] = [scoreIn(release1Db, release1.previous), scoreIn(release1Db, release1.current)];
  expect(to).not.toBe(from);

  const firstRun = runAlerts(release1Db);
  expect(firstRun).toContain(`alerts for release ${release1.current} (vs ${release1.previous})`);
  expect(firstRun).toMatch(/, [1-9]\d* mails sent, /);
  const secondRun = runAlerts(release1Db);
  expect(secondRun).toMatch(/, 0 mails sent, [1-9]\d* already sent, 0 failed/);

  const mails = outboxMailsFor(reader, ALERT_SUBJECT);
  expect(mails).toHaveLength(1);
  const [mail] = mails;
  expect(mail!.subject).toBe(`AI pressure score changed: Industrial Production Managers (release ${release1.current})`);
  expect(mail!.text).toContain(`Industrial Production Managers (SOC ${SOC}): score ${from} → ${to} (${to > from ? "+" : "−"}${Math.abs(to - from)}).`);
  expect(mail!.text).toContain("E · Education & credentials");
  expect(mail!.text).toContain("new source vintage: BLS EP 2024–34; attainment 2019 and 2021 from EP 2022–32 Table 5.3 → BLS EP 2025–35 (test fixture)");
  expect(outboxMailsFor(other, ALERT_SUBJECT)).toHaveLength(1);

  // The unsubscribe link, signed out: an altered token is refused, the real one turns alerts off.
  const link = new URL(mail!.link!);
  expect(link.pathname).toBe("/alerts/unsubscribe");
  const token = link.searchParams.get("token")!;
  const anonymous = await (await browser.newContext()).newPage();
  const altered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
  await anonymous.goto(`/alerts/unsubscribe?token=${encodeURIComponent(altered)}`);
  await expect(anonymous.getByTestId("unsubscribe-error")).toContainText("This unsubscribe link is not valid");
  await expect(anonymous.getByRole("button", { name: "Turn off alerts" })).toHaveCount(0);
  await anonymous.goto(link.pathname + link.search);
  await expectNoSeriousViolations(anonymous);
  await anonymous.getByRole("button", { name: "Turn off alerts" }).click();
  await expect(anonymous.getByTestId("unsubscribe-done")).toContainText("are off");
  await page.goto("/account");
  await expect(page.getByTestId("alerts-status")).toContainText("alerts are off");

  // The next release moves 11-3051 again: the other watcher is mailed, the unsubscribed one is not.
  const release2Db = path.join(E2E_DATA_DIR, "alerts-release-2.db");
  const release2 = buildFixtureContentDb(release1Db, release2Db, FIXTURES.releases[1]!);
  expect(release2.previous).toBe(release1.current);
  const thirdRun = runAlerts(release2Db);
  expect(thirdRun).toMatch(/[1-9]\d* with alerts off/);
  expect(outboxMailsFor(reader, ALERT_SUBJECT)).toHaveLength(1);
  const otherMails = outboxMailsFor(other, ALERT_SUBJECT);
  expect(otherMails).toHaveLength(2);
  expect(otherMails[1]!.text).toContain(`score ${to} → ${scoreIn(release2Db, release2.current)}`);
  expect(otherMails[1]!.text).toContain("D · Digital AI exposure");
});

test("a free account watches up to 3; the 4th is refused with the Pro upsell, without JavaScript", async ({ browser }) => {
  const page = await signedInWithoutJs(browser, uniqueEmail("watch-limit"));
  for (const soc of ["13-2011", "15-1252", "29-1141"]) {
    await page.goto(`/occupations/${soc}`);
    await page.getByRole("button", { name: "Watch", exact: true }).click();
    await expect(page.getByTestId("watch-status")).toHaveText("Watching");
  }
  await page.goto(`/occupations/${SOC}`);
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(page).toHaveURL(/\?watch=limit#watch$/);
  const limit = page.getByTestId("watch-limit");
  await expect(limit).toContainText("You already watch 3 occupations, the most a free account can. Pro watches up to 50");
  await expect(limit.getByRole("link", { name: "upgrade to Pro" })).toHaveAttribute("href", "/pricing");
  await expect(page.getByTestId("watch-status")).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByTestId("watch-row")).toHaveCount(3);
  // Stop watching from /account frees a place.
  await page.getByRole("button", { name: /Stop watching .*Accountants/ }).click();
  await expect(page.getByTestId("watch-row")).toHaveCount(2);
});
