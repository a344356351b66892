import path from "node:path";

import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

function occupation(soc: string) {
  const db = new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT title, slug, score FROM occupations WHERE soc = ?").get(soc) as
      | { title: string; slug: string; score: number | null }
      | undefined;
    if (row === undefined) throw new Error(`${soc} is not in the content database`);
    return row;
  } finally {
    db.close();
  }
}

test.describe("compare", () => {
  test("two occupations side by side show both titles and scores, linked to their profiles", async ({ page }) => {
    const a = occupation("11-3051");
    const b = occupation("13-2011");
    const response = await page.goto("/compare?soc=11-3051,132011");
    expect(response?.status()).toBe(200);
    const table = page.getByTestId("compare-table");
    const headers = table.locator("thead th");
    await expect(headers).toHaveCount(2);
    await expect(headers.nth(0).getByRole("link", { name: a.title })).toHaveAttribute("href", `/occupations/${a.slug}`);
    await expect(headers.nth(1).getByRole("link", { name: b.title })).toHaveAttribute("href", `/occupations/${b.slug}`);
    const scoreRow = table.locator("tr", { has: page.getByRole("rowheader", { name: "AI pressure score" }) });
    await expect(scoreRow.locator("td").nth(0)).toContainText(String(a.score));
    await expect(scoreRow.locator("td").nth(1)).toContainText(String(b.score));
    await expect(table.getByRole("rowheader", { name: /Task feasibility/ })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "Task time scoring ≥ 50" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form compares codes typed with or without the dash", async ({ page }) => {
      await page.goto("/compare");
      await expect(page.getByRole("heading", { name: "Try a comparison" })).toBeVisible();
      await page.getByLabel("First occupation").fill("15-1252");
      await page.getByLabel("Second occupation").fill("291141");
      await page.getByRole("button", { name: "Compare" }).click();
      // The fields are resolved on the server, then redirected to the canonical list.
      await expect(page).toHaveURL(/\/compare\?soc=15-1252,29-1141$/);
      const headers = page.getByTestId("compare-table").locator("thead th");
      await expect(headers.nth(0)).toContainText(occupation("15-1252").title);
      await expect(headers.nth(1)).toContainText(occupation("29-1141").title);
    });

    test("an example comparison from the empty page opens", async ({ page }) => {
      await page.goto("/compare");
      await page.locator("section[aria-labelledby=examples-title] a").first().click();
      await expect(page).toHaveURL(/\/compare\?soc=\d{2}-\d{4},\d{2}-\d{4}$/);
      await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(2);
    });
  });

  test("one code shows it and asks for another", async ({ page }) => {
    await page.goto("/compare?soc=11-3051-industrial-production-managers");
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Add another occupation" })).toBeVisible();
    await expect(page.getByLabel("First occupation")).toHaveValue(`${occupation("11-3051").title} (11-3051)`);
  });

  test("unknown and malformed codes get a message on the page, never an error", async ({ page, request }) => {
    const response = await page.goto("/compare?soc=99-9999,nurse,11-3051");
    expect(response?.status()).toBe(200);
    const messages = page.getByTestId("compare-messages");
    await expect(messages).toContainText("No occupation has the SOC code 99-9999.");
    await expect(messages).toContainText("“nurse” is not a SOC code");
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(1);

    for (const query of ["soc[]=1&soc[a]=2", "soc=%E0%A4%A", `soc=${"9".repeat(3000)}`, "soc=,,,", "soc=11-3051,11-3051,13-2011,15-1252,29-1141"]) {
      expect((await request.get(`/compare?${query}`)).status(), query).toBe(200);
    }
  });
});
