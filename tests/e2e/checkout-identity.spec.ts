import { expect, test, type Page } from "@playwright/test";

import { EMULATOR_URL } from "./support/env";
import {
  emulatorState,
  magicLinkFor,
  outboxCountFor,
  payOnCheckoutPage,
  purchasesOf,
  sessionCountOf,
  signIn,
  uniqueEmail,
  userIdByEmail,
} from "./support/helpers";

/**
 * Checkout identity (issue 10, items 3, 4 and 8): a Checkout Session id is not a
 * credential (the success page shows nothing to another browser), paying with an address
 * proves nothing about owning it, and a charge that would be useless is refused before
 * Stripe.
 */

async function buyReportAsGuest(page: Page, soc: string, email: string): Promise<string> {
  await page.goto("/pricing");
  await page.getByLabel("Occupation SOC code").fill(soc);
  await page.getByRole("button", { name: "Buy a report" }).click();
  await payOnCheckoutPage(page, email);
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  return new URL(page.url()).searchParams.get("session_id")!;
}

async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("the completion URL opened in another browser shows nothing and signs no one in; the buyer gets the report by mail", async ({ page, browser }) => {
  const email = uniqueEmail("bound");
  const sessionId = await buyReportAsGuest(page, "15-1252", email);

  // The paying browser sees its purchase, but is not signed in by paying.
  await expect(page.getByRole("heading", { name: "Thank you for your purchase" })).toBeVisible();
  await expect(page.getByTestId("guest-next-step")).toContainText(`We emailed a sign-in link to ${email}`);
  await expect(page.getByRole("link", { name: "Download the PDF" })).toHaveCount(0);

  // Someone else holding the URL (a shared link, a log, a login-CSRF attempt) gets nothing.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(`/checkout/complete?session_id=${sessionId}`);
  await expect(stranger).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(stranger.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await expect(stranger.locator("main")).not.toContainText("15-1252");
  await expect(stranger.locator("main")).not.toContainText(email);
  await expect(stranger.getByRole("link", { name: "Download the PDF" })).toHaveCount(0);
  expect((await stranger.context().cookies()).map((cookie) => cookie.name)).not.toContain("aip.session_token");
  await expectSignedOut(stranger);
  await strangerContext.close();

  await expectSignedOut(page);
  const buyerId = userIdByEmail(email)!;
  expect(sessionCountOf(buyerId)).toBe(0);
  // One mail per checkout, however often the return URL is opened.
  expect(outboxCountFor(email)).toBe(1);

  // The buyer proves the address with the mailed link and finds the report on /account.
  await page.goto(await magicLinkFor(page, email));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  const row = page.getByTestId("purchase-row").filter({ hasText: "SOC 15-1252" });
  await expect(row.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", "/api/reports/15-1252");
});

test("a guest paying with someone else's email is not signed in as them; the owner gets the report via the mailed link", async ({ page, browser }) => {
  const victimEmail = uniqueEmail("victim");
  const victimContext = await browser.newContext();
  const victim = await victimContext.newPage();
  await signIn(victim, victimEmail);
  const victimId = userIdByEmail(victimEmail)!;
  const victimSessions = sessionCountOf(victimId);

  // The attacker pays as a guest with the victim's address.
  await buyReportAsGuest(page, "29-1141", victimEmail);
  await expect(page.getByTestId("guest-next-step")).toBeVisible();
  await expectSignedOut(page);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("aip.session_token");
  // No session was created for the victim's account by the attacker's payment.
  expect(sessionCountOf(victimId)).toBe(victimSessions);
  expect(purchasesOf(victimId).map((purchase) => purchase.soc)).toEqual(["29-1141"]);

  // The real owner of the address reads the mail and gets the report.
  await victim.goto(await magicLinkFor(victim, victimEmail));
  await expect(victim).toHaveURL(/\/account$/);
  await expect(victim.getByTestId("account-email")).toHaveText(victimEmail);
  await expect(victim.getByTestId("purchase-row").filter({ hasText: "SOC 29-1141" })).toHaveCount(1);
  await victimContext.close();
});

test("a report for an unknown SOC code is refused before Stripe is called", async ({ page }) => {
  for (const soc of ["99-9999", "15-1298"]) {
    await page.goto("/pricing");
    await page.getByLabel("Occupation SOC code").fill(soc);
    await page.getByRole("button", { name: "Buy a report" }).click();
    await expect(page).toHaveURL(/\/pricing\?error=unknown-soc/);
    await expect(page.getByRole("alert").filter({ hasText: "No occupation has that SOC code" })).toBeVisible();
  }
  expect(page.url().startsWith(EMULATOR_URL)).toBe(false);
  // Stripe never saw a checkout for either code (other journeys may be creating their own).
  const sessions = Object.values((await emulatorState(page.request)).checkout_sessions);
  expect(sessions.filter((session) => ["99-9999", "15-1298"].includes(session.metadata.soc ?? ""))).toEqual([]);
});

test("a member who already has Pro, or the report, is told so instead of being sent to checkout", async ({ page }) => {
  const email = uniqueEmail("already");
  await signIn(page, email, "/pricing");
  // A second tab still showing Subscribe from before the member subscribed.
  const staleTab = await page.context().newPage();
  await staleTab.goto("/pricing");

  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await payOnCheckoutPage(page);
  await expect(page.getByRole("heading", { name: "Welcome to Pro" })).toBeVisible();
  await expect(async () => {
    await page.goto("/account");
    await expect(page.getByTestId("plan-status")).toHaveText("Pro");
  }).toPass({ timeout: 15_000 });

  const memberId = userIdByEmail(email)!;
  const sessionsOfMember = async () =>
    Object.values((await emulatorState(page.request)).checkout_sessions).filter((session) => session.client_reference_id === memberId).length;
  const sessionsBefore = await sessionsOfMember();
  await staleTab.getByRole("button", { name: /^Subscribe/ }).click();
  await expect(staleTab).toHaveURL(/\/account\?notice=already-pro$/);
  await expect(staleTab.getByTestId("account-info")).toHaveText("You already have Pro, so we did not start another subscription. Nothing was charged.");

  await staleTab.goto("/pricing");
  await staleTab.getByLabel("Occupation SOC code").fill("11-3051");
  await staleTab.getByRole("button", { name: "Buy a report" }).click();
  await expect(staleTab).toHaveURL(/\/account\?report=11-3051$/);
  await expect(staleTab.getByRole("status").filter({ hasText: "You already have the report for SOC 11-3051" })).toBeVisible();
  expect(await sessionsOfMember()).toBe(sessionsBefore);
});

test("two tabs paying for Pro: the second subscription is cancelled through Stripe and /account says so", async ({ page }) => {
  const email = uniqueEmail("two-tabs");
  await signIn(page, email, "/pricing");
  const secondTab = await page.context().newPage();
  await secondTab.goto("/pricing");
  // Both tabs reach Stripe's checkout page before either pays.
  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/checkout/`));
  await secondTab.getByRole("button", { name: /^Subscribe/ }).click();
  await expect(secondTab).toHaveURL(new RegExp(`^${EMULATOR_URL}/checkout/`));
  await payOnCheckoutPage(page);
  await expect(page.getByRole("heading", { name: "Welcome to Pro" })).toBeVisible();
  await payOnCheckoutPage(secondTab);
  await expect(secondTab.getByRole("heading", { name: "Welcome to Pro" })).toBeVisible();

  await expect(async () => {
    await page.goto("/account");
    await expect(page.getByTestId("duplicate-subscription")).toContainText("We cancelled the second subscription");
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("plan-status")).toHaveText("Pro");

  const memberId = userIdByEmail(email)!;
  const state = await emulatorState(page.request);
  const customers = new Set(
    Object.values(state.checkout_sessions)
      .filter((session) => session.client_reference_id === memberId)
      .map((session) => session.customer),
  );
  expect(customers.size).toBe(1);
  const subscriptions = await (
    await page.request.get(`${EMULATOR_URL}/v1/subscriptions?customer=${[...customers][0]}&status=all`, {
      headers: { authorization: "Bearer sk_test_emulator" },
    })
  ).json();
  expect((subscriptions as { data: { status: string }[] }).data.map((subscription) => subscription.status).sort()).toEqual(["active", "canceled"]);
});
