import { expect, test, type Page } from "@playwright/test";

const PROFILE = /\/occupations\/11-3051-industrial-production-managers$/;

async function searchFromHome(page: Page, query: string) {
  await page.goto("/");
  const box = page.getByLabel("Find an occupation by job title or SOC code");
  await box.fill(query);
  await box.press("Enter");
}

async function expectProfile(page: Page) {
  await expect(page).toHaveURL(PROFILE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Industrial Production Managers");
}

test.describe("search from the home page lands on 11-3051", () => {
  test("by part of the title: industrial prod", async ({ page }) => {
    await searchFromHome(page, "industrial prod");
    await expect(page).toHaveURL(/\/search\?q=industrial\+prod$/);
    const results = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Industrial Production Managers", exact: true }) });
    await expect(results.getByRole("listitem").first()).toContainText("Industrial Production Managers");
    await page.getByRole("link", { name: "Industrial Production Managers", exact: true }).click();
    await expectProfile(page);
  });

  test("by an also-called title: plant manager", async ({ page }) => {
    await searchFromHome(page, "plant manager");
    const first = page.getByRole("listitem").filter({ hasText: "Industrial Production Managers" }).first();
    await expect(first).toContainText("also called plant managers");
    await first.getByRole("link", { name: "Industrial Production Managers", exact: true }).click();
    await expectProfile(page);
  });

  test("by SOC code without the dash: 113051 goes straight to the profile", async ({ page }) => {
    await searchFromHome(page, "113051");
    await expectProfile(page);
  });

  test("with the dash and from the header search: 11-3051", async ({ page }) => {
    await page.goto("/methodology");
    const header = page.getByLabel("Search occupations");
    await header.fill("11-3051");
    await header.press("Enter");
    await expectProfile(page);
  });
});

test("a misspelt search says what it searched for instead", async ({ page }) => {
  await page.goto("/search?q=industral+production");
  await expect(page.getByRole("status").filter({ hasText: "Did you mean industrial production?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Industrial Production Managers", exact: true })).toBeVisible();
});

test("no results and over-long queries get a clear message, not an error", async ({ page }) => {
  const none = await page.goto("/search?q=xyzzyqwv");
  expect(none?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "No occupation matches" })).toBeVisible();

  const long = await page.goto(`/search?q=${"a".repeat(150)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "at most 100 characters" })).toBeVisible();
});

test("the search API returns ranked results, corrections and 400 for bad input", async ({ request }) => {
  const response = await request.get("/api/search?q=plant+manager");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("public");
  const body = (await response.json()) as { query: string; results: { soc: string; matchedAlternate?: string }[]; corrections: unknown[] };
  expect(body.query).toBe("plant manager");
  expect(body.results[0]).toMatchObject({ soc: "11-3051", matchedAlternate: "plant managers" });
  expect(body.corrections).toEqual([]);

  const typo = (await (await request.get("/api/search?q=industral+production")).json()) as { results: { soc: string }[]; corrections: unknown[] };
  expect(typo.results[0]?.soc).toBe("11-3051");
  expect(typo.corrections).toEqual([{ from: "industral", to: ["industrial"] }]);

  const tooLong = await request.get(`/api/search?q=${"a".repeat(101)}`);
  expect(tooLong.status()).toBe(422);
  expect(await tooLong.json()).toMatchObject({ error: { code: "invalid_request", issues: [{ path: ["q"] }] } });
  const badLimit = await request.get("/api/search?q=nurse&limit=0");
  expect(badLimit.status()).toBe(422);
  expect(await badLimit.json()).toMatchObject({ error: { code: "invalid_request", issues: [{ path: ["limit"] }] } });
});
