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

  test("limits sign-in requests per email", async ({ page }) => {
    const email = uniqueEmail("limited");
    for (let i = 0; i < 5; i += 1) {
      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in requests" })).toBeVisible();
  });
});
