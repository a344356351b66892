import path from "node:path";

import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

function economy() {
  const db = new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        // An NEM aggregate BLS reports for several occupations counts once: its jobs split between them.
        `WITH weighted AS (
           SELECT score, employment, employment * 1.0 / count(*) OVER (PARTITION BY coalesce(nem_code, soc)) AS jobs FROM occupations
         )
         SELECT count(*) AS occupations,
                sum(employment > 0) AS withEmployment,
                sum(score * jobs) * 1.0 / sum(jobs) AS weightedMean
           FROM weighted WHERE score IS NOT NULL`,
      )
      .get() as { occupations: number; withEmployment: number; weightedMean: number };
  } finally {
    db.close();
  }
}

test.describe("explorer", () => {
  test("draws one treemap link and one scatter link per occupation, and the weighted mean from the data", async ({ page }) => {
    const expected = economy();
    const response = await page.goto("/explore");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("treemap").locator('a[href^="/occupations/"]')).toHaveCount(expected.withEmployment);
    await expect(page.getByTestId("scatter").locator('a[href^="/occupations/"]')).toHaveCount(expected.occupations);
    await expect(page.getByText("mean of", { exact: false }).first()).toBeVisible();
    await expect(page.locator("section[aria-labelledby=summary-title]")).toContainText(expected.weightedMean.toFixed(1));
    // Scatter points carry accessible names with their values.
    await expect(page.getByRole("link", { name: /^Registered Nurses \(29-1141\): score \d+/ }).first()).toBeAttached();
  });

  test("a treemap cell click lands on the occupation's profile", async ({ page }) => {
    await page.goto("/explore");
    const cell = page.getByTestId("treemap").locator('a[href^="/occupations/"]').first();
    const href = await cell.getAttribute("href");
    const title = (await cell.locator("title").textContent()) ?? "";
    const occupationTitle = title.split(" (")[0] ?? "";
    expect(href).toMatch(/^\/occupations\/\d{2}-\d{4}-[a-z0-9-]+$/);
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const profile = await page.request.get(href ?? "");
    expect(profile.status()).toBe(200);
    await expect(page.locator("h1")).toContainText(occupationTitle);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the colour layer switches through plain links and the legend prints its scale", async ({ page }) => {
      await page.goto("/explore");
      const layers = page.getByRole("navigation", { name: "Treemap colour layer" });
      await expect(layers.getByRole("link", { name: "AI pressure score", exact: true })).toHaveAttribute("aria-current", "true");
      await layers.getByRole("link", { name: "Median pay", exact: true }).click();
      await expect(page).toHaveURL(/\/explore\?layer=pay/);
      await expect(layers.getByRole("link", { name: "Median pay", exact: true })).toHaveAttribute("aria-current", "true");
      await expect(layers.getByRole("link", { name: "AI pressure score", exact: true })).not.toHaveAttribute("aria-current", /.+/);
      await expect(page.locator("#legend-title")).toHaveText("Median annual wage, 2024 (BLS)");
      await expect(page.locator("figure").filter({ has: page.locator("#legend-title") })).toContainText("$100k and over");
      const tooltip = await page.getByTestId("treemap").locator('a[href^="/occupations/"] title').first().textContent();
      expect(tooltip).toMatch(/median pay (≥ )?\$[\d,]+, score \d+/);
    });

    test("measured AI use: the observed-coverage and adoption-gap layers, and the economy's seen and automation shares", async ({ page }) => {
      await page.goto("/explore?layer=observed");
      await expect(page.locator("#legend-title")).toHaveText(/^Observed coverage U/);
      const legend = page.locator("figure").filter({ has: page.locator("#legend-title") });
      await expect(legend).toContainText("no task seen in use");
      const tooltip = await page.getByTestId("treemap").locator('a[href^="/occupations/"] title').first().textContent();
      expect(tooltip).toMatch(/(\d+\.\d% of its task weight seen in Claude use|no task seen in Claude use|no scored tasks), (score \d+|no score)/);
      const summary = page.getByRole("region", { name: "The economy in numbers" });
      await expect(summary.locator("div").filter({ has: page.getByText("Work already seen in AI use", { exact: true }) }).locator("dd")).toContainText(/^\d+%/);
      await expect(summary.locator("div").filter({ has: page.getByText("Of that use, automation", { exact: true }) }).locator("dd")).toContainText(/^\d+%/);

      await page.getByRole("navigation", { name: "Treemap colour layer" }).getByRole("link", { name: "Adoption gap", exact: true }).click();
      await expect(page).toHaveURL(/\/explore\?layer=gap/);
      await expect(page.locator("#legend-title")).toHaveText(/^Adoption gap/);
      await expect(page.locator("figure").filter({ has: page.locator("#legend-title") })).toContainText("capability far ahead (50 and over)");
    });

    test("an unknown layer falls back to the score layer", async ({ page }) => {
      const response = await page.goto("/explore?layer=%3Cscript%3E&layer=pay");
      expect(response?.status()).toBe(200);
      const layers = page.getByRole("navigation", { name: "Treemap colour layer" });
      await expect(layers.getByRole("link", { name: "AI pressure score", exact: true })).toHaveAttribute("aria-current", "true");
    });

    test("the table alternative lists the 50 largest occupations", async ({ page }) => {
      await page.goto("/explore");
      await page.getByTestId("explorer-table").locator("summary").click();
      await expect(page.getByTestId("explorer-table").locator("tbody tr")).toHaveCount(50);
    });
  });

  test("fits a 360 px screen: the page itself does not scroll sideways", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/explore");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
