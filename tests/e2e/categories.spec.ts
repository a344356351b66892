import path from "node:path";

import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";

/** Reads expected values straight from the content database the server renders from. */
function contentDb() {
  return new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
}

function socsBy(orderBy: string, limit: number): string[] {
  const db = contentDb();
  try {
    const rows = db
      .prepare(`SELECT soc FROM occupations WHERE category_code = '11' ORDER BY ${orderBy} LIMIT ?`)
      .all(limit) as { soc: string }[];
    return rows.map((row) => row.soc);
  } finally {
    db.close();
  }
}

/** SOC codes of the first `count` rows of the category table, in page order. */
async function firstRowSocs(page: Page, count: number): Promise<string[]> {
  const links = page.getByTestId("category-occupations").locator("tbody tr th a");
  const hrefs = await links.evaluateAll((anchors, n) => anchors.slice(0, n).map((a) => a.getAttribute("href") ?? ""), count);
  return hrefs.map((href) => /\/occupations\/(\d{2}-\d{4})/.exec(href)?.[1] ?? href);
}

test.describe("categories", () => {
  test("the index lists the 22 major groups with links to each", async ({ page }) => {
    const response = await page.goto("/categories");
    expect(response?.status()).toBe(200);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(22);
    await page.getByRole("link", { name: "Management", exact: true }).click();
    await expect(page).toHaveURL(/\/categories\/11-management$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Management occupations");
  });

  test("the code and misspelt slugs redirect to the canonical slug; unknown groups are a real 404", async ({ page, request }) => {
    await page.goto("/categories/11");
    await expect(page).toHaveURL(/\/categories\/11-management$/);
    const redirect = await request.get("/categories/11-managment?sort=pay", { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers().location).toMatch(/\/categories\/11-management\?sort=pay&dir=desc$/);
    // (A path with broken percent-encoding such as /categories/%ZZ is answered by Next.js itself,
    // before the route runs: currently a bare 500 for every dynamic route, see the hand-off note.)
    for (const bad of ["/categories/99", "/categories/management", "/categories/%00", `/categories/${"a".repeat(2000)}`]) {
      expect((await request.get(bad)).status(), bad).toBe(404);
    }
  });

  test("every sort order is served from a prerendered page under the ?sort= address", async ({ request }) => {
    for (const path of ["/categories/11-management", "/categories/11-management?sort=employment&dir=asc", "/categories/15-computer-and-mathematical?sort=title"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-nextjs-cache"] ?? response.headers()["x-nextjs-prerender"], path).toBeTruthy();
    }
    // An unknown sort falls back to the default order's page.
    const junk = await request.get("/categories/11-management?sort=bogus&dir=sideways", { maxRedirects: 0 });
    expect(junk.status()).toBe(200);
    expect((await junk.text()).replace(/<!-- -->/g, "")).toContain("sorted by score, descending");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("sorting by employment through the column header changes the order to match the data", async ({ page }) => {
      await page.goto("/categories/11-management");
      const byScore = socsBy("score DESC, title ASC", 3);
      expect(await firstRowSocs(page, 3)).toEqual(byScore);
      await expect(page.getByRole("columnheader", { name: /Score/ })).toHaveAttribute("aria-sort", "descending");

      await page.getByRole("link", { name: /^Jobs 2024/ }).click();
      await expect(page).toHaveURL(/\?sort=employment&dir=desc/);
      const byEmployment = socsBy("employment DESC, title ASC", 3);
      expect(byEmployment).not.toEqual(byScore);
      expect(await firstRowSocs(page, 3)).toEqual(byEmployment);
      await expect(page.getByRole("columnheader", { name: /Jobs 2024/ })).toHaveAttribute("aria-sort", "descending");
      await expect(page.getByRole("columnheader", { name: /Score/ })).not.toHaveAttribute("aria-sort", /.+/);

      // The same header again reverses the order.
      await page.getByRole("link", { name: /^Jobs 2024/ }).click();
      await expect(page).toHaveURL(/\?sort=employment&dir=asc/);
      expect(await firstRowSocs(page, 3)).toEqual(socsBy("employment ASC, title ASC", 3));
      await expect(page.getByRole("columnheader", { name: /Jobs 2024/ })).toHaveAttribute("aria-sort", "ascending");
    });

    test("an unknown sort key falls back to the default order instead of failing", async ({ page }) => {
      const response = await page.goto("/categories/11-management?sort=salary&dir=up&sort=x");
      expect(response?.status()).toBe(200);
      expect(await firstRowSocs(page, 3)).toEqual(socsBy("score DESC, title ASC", 3));
    });
  });

  test("each row links to the occupation's canonical profile", async ({ page }) => {
    await page.goto("/categories/11-management?sort=title&dir=asc");
    const first = page.getByTestId("category-occupations").locator("tbody tr th a").first();
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^\/occupations\/11-\d{4}-[a-z0-9-]+$/);
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
  });
});
