import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";

import { E2E_WEBHOOK_SECRET, EMULATOR_URL } from "./support/env";
import {
  advanceEmulatorClock,
  billingSnapshot,
  emulatorState,
  magicLinkFor,
  payOnCheckoutPage,
  purchasesOf,
  signIn,
  subscribeToPro,
  uniqueEmail,
  userIdByEmail,
} from "./support/helpers";

// One worker runs this file top to bottom: the emulator clock is shared state.
test.describe.configure({ mode: "serial" });

const webhooks = new Stripe("sk_test_emulator").webhooks;

async function buyReportAsGuest(page: Page, soc: string, email: string) {
  await page.goto("/pricing");
  await page.getByLabel("Occupation SOC code").fill(soc);
  await page.getByRole("button", { name: "Buy a report" }).click();
  await payOnCheckoutPage(page, email);
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
}

/** Reloads until the assertion holds: webhooks land asynchronously. */
async function eventually(page: Page, assertion: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await assertion();
  }).toPass({ timeout: 15_000 });
}

async function emulatorIdle(page: Page) {
  await expect(async () => {
    const health = (await (await page.request.get(`${EMULATOR_URL}/_emulator/health`)).json()) as { pending_webhook_batches: number };
    expect(health.pending_webhook_batches).toBe(0);
  }).toPass({ timeout: 15_000 });
}

test("subscribe to Pro with the hosted checkout and see Pro on /account", async ({ page }) => {
  const email = uniqueEmail("pro");
  await subscribeToPro(page, email);
  await expect(page.getByRole("status")).toContainText("Your Pro subscription is active");

  await page.goto("/account");
  await expect(page.getByTestId("plan-status")).toHaveText("Pro");
  await expect(page.getByTestId("plan-detail")).toContainText("Renews on");
  await page.goto("/pricing");
  await expect(page.getByText("You’re Pro.")).toBeVisible();
});

test("cancel in the portal: Pro until the period ends, then gone", async ({ page }) => {
  const email = uniqueEmail("cancel");
  await subscribeToPro(page, email);

  await page.goto("/account");
  await page.getByRole("button", { name: "Manage billing" }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/portal/`));
  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(page.getByText("will be canceled at the end of the current period")).toBeVisible();
  await page.getByRole("link", { name: /Return to the site/ }).click();
  await expect(page).toHaveURL(/\/account$/);

  await eventually(page, async () => {
    await expect(page.getByTestId("plan-status")).toHaveText("Pro");
    await expect(page.getByTestId("plan-detail")).toContainText("Cancelled — Pro stays active until");
  });

  await advanceEmulatorClock(page.request, 32);
  await eventually(page, async () => {
    await expect(page.getByTestId("plan-status")).toHaveText("Free");
  });
});

test("buy one PDF as a guest: a sign-in link is mailed to the checkout email, purchase on /account", async ({ page }) => {
  const email = uniqueEmail("guest");
  await buyReportAsGuest(page, "15-1252", email);
  const checkoutQuery = new URL(page.url()).search;
  await expect(page.getByRole("heading", { name: "Thank you for your purchase" })).toBeVisible();
  // Paying proves nothing about owning the address: no sign-in, a link to it instead.
  await expect(page.getByTestId("guest-next-step")).toContainText(email);
  await page.goto(await magicLinkFor(page, email));

  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  const row = page.getByTestId("purchase-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: "SOC 15-1252" })).toHaveAttribute("href", "/occupations/15-1252");
  await expect(row.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", "/api/reports/15-1252");

  // The return link is no credential: opened in a fresh browser, it shows and grants nothing.
  const stranger = await page.context().browser()!.newContext();
  const other = await stranger.newPage();
  await other.goto(`/checkout/complete${checkoutQuery}`);
  await expect(other.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await stranger.close();
});

test("a declined card grants nothing", async ({ page }) => {
  const email = uniqueEmail("declined");
  const before = billingSnapshot({ emails: [email] });
  await page.goto("/pricing");
  await page.getByLabel("Occupation SOC code").fill("11-3051");
  await page.getByRole("button", { name: "Buy a report" }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/checkout/`));
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Decline card" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/checkout\/cancel\?kind=report&soc=11-3051$/);
  await expect(page.getByRole("heading", { name: "Checkout cancelled" })).toBeVisible();

  await emulatorIdle(page);
  expect(userIdByEmail(email)).toBeNull();
  expect(billingSnapshot({ emails: [email] })).toEqual(before);

  // A declined Pro checkout leaves the member on Free.
  const member = uniqueEmail("declined-pro");
  await signIn(page, member, "/pricing");
  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await page.getByRole("button", { name: "Decline card" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible();
  await emulatorIdle(page);
  await page.goto("/account");
  await expect(page.getByTestId("plan-status")).toHaveText("Free");
});

test("forged webhooks are rejected and change nothing", async ({ request }) => {
  const email = uniqueEmail("forged");
  const forged = JSON.stringify({
    id: "evt_forged_1",
    object: "event",
    type: "checkout.session.completed",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: "cs_test_forged_1",
        object: "checkout.session",
        mode: "payment",
        status: "complete",
        payment_status: "paid",
        client_reference_id: null,
        customer: null,
        customer_details: { email },
        metadata: { kind: "report", soc: "15-1252" },
        amount_total: 1200,
        currency: "usd",
        created: Math.floor(Date.now() / 1000),
      },
    },
  });
  const scope = { emails: [email], eventIds: ["evt_forged_1"], checkoutSessionIds: ["cs_test_forged_1"] };
  const before = billingSnapshot(scope);
  const post = (headers: Record<string, string>, body = forged) => request.post("/api/stripe/webhook", { headers: { "content-type": "application/json", ...headers }, data: body });

  expect((await post({})).status()).toBe(400);
  expect((await post({ "stripe-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` })).status()).toBe(400);
  const wrongSecret = webhooks.generateTestHeaderString({ payload: forged, secret: "whsec_not_the_real_one" });
  expect((await post({ "stripe-signature": wrongSecret })).status()).toBe(400);
  expect((await post({ "stripe-signature": "t=1,v1=abc" }, "x".repeat(300 * 1024))).status()).toBe(413);

  expect(billingSnapshot(scope)).toEqual(before);
  expect(before.stripeEvents).toEqual([]);
  expect(userIdByEmail(email)).toBeNull();
});

test("replaying a delivered event changes nothing", async ({ page, request }) => {
  const email = uniqueEmail("replay");
  await buyReportAsGuest(page, "13-2011", email);
  await emulatorIdle(page);
  const state = await emulatorState(request);
  // This buyer's event: the other worker completes checkouts of its own meanwhile.
  const completed = Object.values(state.events).find(
    (event) => event.type === "checkout.session.completed" && (event.data.object.customer_details as { email?: string } | null)?.email === email,
  );
  expect(completed).toBeDefined();
  const scope = { emails: [email], eventIds: [completed!.id], checkoutSessionIds: [String(completed!.data.object.id)] };
  const before = billingSnapshot(scope);
  expect(before.purchases).toHaveLength(1);
  expect(before.stripeEvents).toHaveLength(1);

  // The emulator sends it again (freshly signed): acknowledged, not re-applied.
  const resend = await request.post(`${EMULATOR_URL}/_emulator/events/${completed!.id}/resend`, { data: {} });
  expect(resend.status()).toBe(202);
  await emulatorIdle(page);
  expect(billingSnapshot(scope)).toEqual(before);

  // A captured delivery replayed later: its signature timestamp is outside the tolerance.
  const payload = JSON.stringify(completed);
  const stale = webhooks.generateTestHeaderString({ payload, secret: E2E_WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 });
  const replayed = await request.post("/api/stripe/webhook", { headers: { "stripe-signature": stale, "content-type": "application/json" }, data: payload });
  expect(replayed.status()).toBe(400);

  // Even a validly signed copy is recognised by its event id.
  const fresh = webhooks.generateTestHeaderString({ payload, secret: E2E_WEBHOOK_SECRET });
  const duplicate = await request.post("/api/stripe/webhook", { headers: { "stripe-signature": fresh, "content-type": "application/json" }, data: payload });
  expect(duplicate.status()).toBe(200);
  expect(await duplicate.json()).toMatchObject({ message: "Already processed" });
  expect(billingSnapshot(scope)).toEqual(before);
});

test("checkout cannot be made for another user's id", async ({ page, browser }) => {
  const victimEmail = uniqueEmail("victim");
  const victimContext = await browser.newContext();
  await signIn(await victimContext.newPage(), victimEmail);
  await victimContext.close();
  const victimId = userIdByEmail(victimEmail)!;
  expect(victimId).toBeTruthy();

  const attackerEmail = uniqueEmail("attacker");
  await signIn(page, attackerEmail, "/pricing");
  const attackerId = userIdByEmail(attackerEmail)!;

  // Smuggle the victim's id into the report form under every name a handler might read.
  const reportForm = page.locator("form", { has: page.getByLabel("Occupation SOC code") });
  await reportForm.evaluate((form, id) => {
    for (const name of ["client_reference_id", "user_id", "userId", "metadata[user_id]"]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = id;
      form.appendChild(input);
    }
  }, victimId);
  await page.getByLabel("Occupation SOC code").fill("29-1141");
  await page.getByRole("button", { name: "Buy a report" }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/checkout/(cs_[A-Za-z0-9_]+)`));
  const sessionId = new URL(page.url()).pathname.split("/").pop()!;

  const session = (await emulatorState(page.request)).checkout_sessions[sessionId]!;
  expect(session.client_reference_id).toBe(attackerId);
  expect(session.metadata.user_id).toBe(attackerId);
  expect(JSON.stringify(session)).not.toContain(victimId);

  await payOnCheckoutPage(page);
  await expect(page.getByRole("heading", { name: "Thank you for your purchase" })).toBeVisible();
  await emulatorIdle(page);
  expect(purchasesOf(victimId)).toEqual([]);
  expect(purchasesOf(attackerId).map((purchase) => purchase.soc)).toEqual(["29-1141"]);
});
