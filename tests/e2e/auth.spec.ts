import { expect, test } from "@playwright/test";

import { magicLinkFor, signIn, uniqueEmail, userIdByEmail } from "./support/helpers";

test.describe("sign-in by magic link", () => {
  test("signs in from the development outbox and lands on /account", async ({ page }) => {
    const email = uniqueEmail("reader");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=(%2F|\/)account$/);

    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByRole("link", { name: "development outbox" })).toBeVisible();

    await page.goto(await magicLinkFor(page, email));
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-email")).toHaveText(email);
    await expect(page.getByTestId("plan-status")).toHaveText("Free");
  });

  test("a link works once", async ({ page, browser }) => {
    const email = uniqueEmail("once");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    // The link exists once the action has answered; leaving earlier can cancel the request.
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const link = await magicLinkFor(page, email);

    await page.goto(link);
    await expect(page.getByTestId("account-email")).toHaveText(email);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await expect(second).toHaveURL(/\/sign-in\?.*error=INVALID_TOKEN/);
    await expect(second.getByRole("alert").filter({ hasText: "invalid, has expired or was already used" })).toBeVisible();
    await second.goto("/account");
    await expect(second).toHaveURL(/\/sign-in/);
    await other.close();
  });

  test("the answer does not reveal whether an account exists", async ({ page, browser }) => {
    const existing = uniqueEmail("exists");
    await signIn(page, existing);
    expect(userIdByEmail(existing)).not.toBeNull();

    const visitor = await (await browser.newContext()).newPage();
    const answer = async (email: string) => {
      await visitor.goto("/sign-in");
      await visitor.getByLabel("Email address").fill(email);
      await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
      return { url: visitor.url(), text: await visitor.locator("main").innerText() };
    };
    const forExisting = await answer(existing);
    const forUnknown = await answer(uniqueEmail("nobody"));
    expect(forUnknown).toEqual(forExisting);
    await visitor.context().close();
  });

  test("rejects a malformed address without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sign-in");
    // Bypass the browser's own type=email check to reach the server validation.
    await page.getByLabel("Email address").evaluate((input) => input.setAttribute("type", "text"));
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please enter a valid email address." })).toBeVisible();
    await context.close();
  });

  test("signs in and out without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = uniqueEmail("nojs");
    await signIn(page, email);
    await expect(page.getByTestId("account-email")).toHaveText(email);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("requests for one address never lock its owner out, and the newest link works", async ({ page }) => {
    const email = uniqueEmail("flooded");
    for (let i = 0; i < 7; i += 1) {
      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }
    await page.goto(await magicLinkFor(page, email));
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-email")).toHaveText(email);
  });

  test("a crafted next falls back to /account", async ({ page }) => {
    const email = uniqueEmail("next");
    await page.goto(`/sign-in?next=${encodeURIComponent("/%2F%2Fevil.example")}`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(await magicLinkFor(page, email));
    await expect(page).toHaveURL(/\/account$/);
  });
});

test.describe("sign-in form posts", () => {
  /** The no-JavaScript form of the sign-in server action, as a browser would post it. */
  async function actionForm(request: import("@playwright/test").APIRequestContext, email: string) {
    const html = await (await request.get("/sign-in")).text();
    const field = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    expect(field, "the sign-in form carries its action id").toBeTruthy();
    return { [field!]: "", email, next: "/account" };
  }

  test("a cross-origin post answers 403, an over-limit one 413, a same-origin one works", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const crossOrigin = await request.post("/sign-in", { multipart: await actionForm(request, uniqueEmail("csrf")), headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(crossOrigin.status()).toBe(403);
    const nullOrigin = await request.post("/sign-in", { multipart: await actionForm(request, uniqueEmail("csrf")), headers: { origin: "null" }, maxRedirects: 0 });
    expect(nullOrigin.status()).toBe(403);

    const huge = { ...(await actionForm(request, uniqueEmail("big"))), padding: "x".repeat(80 * 1024) };
    const tooLarge = await request.post("/sign-in", { multipart: huge, headers: { origin }, maxRedirects: 0 });
    expect(tooLarge.status()).toBe(413);

    const fine = await request.post("/sign-in", { multipart: await actionForm(request, uniqueEmail("ok")), headers: { origin }, maxRedirects: 0 });
    expect(fine.status()).toBe(303);
    expect(fine.headers()["location"]).toContain("sent=1");
  });
});
