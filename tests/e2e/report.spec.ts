import fs from "node:fs";

import { expect, test } from "@playwright/test";

import { magicLinkFor, payOnCheckoutPage, signIn, uniqueEmail } from "./support/helpers";

/**
 * The PDF report end to end: a guest buys it from the occupation page with the Stripe
 * emulator, signs in with the link mailed to the checkout email, downloads it from the
 * page and from /account; the route
 * refuses anonymous visitors (401) and signed-in users who have not bought it (403).
 */

const SOC = "11-3051";
const SLUG = "11-3051-industrial-production-managers";
const BUY_URL = `/occupations/${SLUG}#report`;

function expectPdf(bytes: Buffer) {
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(10 * 1024);
  expect(bytes.length).toBeLessThan(1024 * 1024);
}

test("buy the PDF as a guest from the profile page, then download it", async ({ page }) => {
  // The first download renders the PDF (a few seconds on a busy 2-core machine).
  test.setTimeout(180_000);
  const email = uniqueEmail("report");

  await page.goto(`/occupations/${SOC}`);
  await expect(page).toHaveURL(new RegExp(`/occupations/${SLUG}$`));
  const offer = page.locator("#report");
  await offer.getByRole("button", { name: /^Buy the PDF report/ }).click();
  await payOnCheckoutPage(page, email);

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(page.getByRole("heading", { name: "Thank you for your purchase" })).toBeVisible();
  await expect(page.getByTestId("guest-next-step")).toContainText(email);
  await page.goto(await magicLinkFor(page, email));
  await expect(page).toHaveURL(/\/account$/);

  // Back on the occupation page (now the signed-in variant): the offer became a download.
  await page.goto(`/occupations/${SLUG}`);
  const download = offer.getByRole("link", { name: "Download the PDF report" });
  await expect(download).toHaveAttribute("href", `/api/reports/${SOC}`);
  await expect(offer).toContainText("You bought this report.");
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 150_000 }), download.click()]);
  expect(file.suggestedFilename()).toBe(`ai-pressure-${SLUG}.pdf`);
  const downloaded = fs.readFileSync((await file.path())!);
  expectPdf(downloaded);

  // The route's headers, and the cached copy is byte-identical.
  const response = await page.request.get(`/api/reports/${SOC}.pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="ai-pressure-${SLUG}.pdf"`);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["x-report-cache"]).toBe("hit");
  expect(Buffer.from(await response.body()).equals(downloaded)).toBe(true);

  // /account lists the purchase with the same download link.
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  const row = page.getByTestId("purchase-row").filter({ hasText: `SOC ${SOC}` });
  const accountLink = row.getByRole("link", { name: "Download PDF" });
  await expect(accountLink).toHaveAttribute("href", `/api/reports/${SOC}`);
  const fromAccount = await page.request.get((await accountLink.getAttribute("href"))!);
  expect(fromAccount.status()).toBe(200);
  expect(Buffer.from(await fromAccount.body()).equals(downloaded)).toBe(true);
});

test("an anonymous request gets 401 with a link to buy", async ({ request }) => {
  for (const path of [`/api/reports/${SOC}`, "/api/reports/113051.pdf"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(await response.json()).toMatchObject({ error: { code: "sign_in_required" }, buyUrl: BUY_URL });
  }
});

test("a signed-in user who has not bought the report gets 403 with a link to buy", async ({ page }) => {
  await signIn(page, uniqueEmail("no-purchase"));
  const response = await page.request.get(`/api/reports/${SOC}`);
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: { code: "not_purchased" }, buyUrl: BUY_URL });

  // Their profile page still offers the purchase, not a download.
  await page.goto(`/occupations/${SLUG}`);
  await expect(page.locator("#report").getByRole("button", { name: /^Buy the PDF report/ })).toBeVisible();
  await expect(page.locator("#report").getByRole("link", { name: "Download the PDF report" })).toHaveCount(0);
});

test("malformed and unknown SOC codes get 422 and 404, never a PDF", async ({ request }) => {
  const malformed = await request.get("/api/reports/not-a-soc");
  expect(malformed.status()).toBe(422);
  expect(await malformed.json()).toMatchObject({ error: { code: "invalid_request", issues: [{ path: ["soc"] }] } });
  const unknown = await request.get("/api/reports/99-9999.pdf");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
});
