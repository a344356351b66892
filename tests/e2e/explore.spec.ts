import path from "node:path";

import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";

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

/** The charts are framed documents (app/explore/charts/[chart]); a lazy frame loads once it nears the viewport. */
async function chart(page: Page, testId: "treemap" | "scatter") {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  return page.frameLocator(`[data-testid=${testId}]`);
}

test.describe("explorer", () => {
  test("draws one treemap link and one scatter link per occupation, and the weighted mean from the data", async ({ page }) => {
    const expected = economy();
    const response = await page.goto("/explore");
    expect(response?.status()).toBe(200);
    await expect((await chart(page, "treemap")).locator('a[href^="/occupations/"]')).toHaveCount(expected.withEmployment);
    const scatter = await chart(page, "scatter");
    await expect(scatter.locator('a[href^="/occupations/"]')).toHaveCount(expected.occupations);
    await expect(page.getByText("mean of", { exact: false }).first()).toBeVisible();
    await expect(page.locator("section[aria-labelledby=summary-title]")).toContainText(expected.weightedMean.toFixed(1));
    // Scatter points carry accessible names with their values.
    await expect(scatter.getByRole("link", { name: /^Registered Nurses \(29-1141\): score \d+/ }).first()).toBeAttached();
  });

  test("a treemap cell click lands on the occupation's profile, in the page rather than the frame", async ({ page }) => {
    await page.goto("/explore");
    const cell = (await chart(page, "treemap")).locator('a[href^="/occupations/"]').first();
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

  test("stays within issue 16's budget: at most 400 KB of HTML and 3,000 elements, no chart markup in the page", async ({ page, request }) => {
    const html = await (await request.get("/explore")).text();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(400 * 1024);
    expect(html).not.toContain("<circle");
    expect(html).not.toContain("<rect");
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/explore");
      expect(await page.evaluate(() => document.querySelectorAll("*").length), `${width} px`).toBeLessThanOrEqual(3000);
    }
  });

  test("each chart document is an SVG only this site may frame, cached by its version; a bad name is a 404, a bad layer a 422", async ({ page, request }) => {
    await page.goto("/explore?layer=pay");
    const src = await page.getByTestId("treemap").getAttribute("src");
    expect(src).toMatch(/^\/explore\/charts\/treemap\?layer=pay&v=[0-9a-f]{16}$/);
    const response = await request.get(src ?? "");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers.etag).toBe(`"${src?.split("v=")[1]}"`);
    const body = await response.text();
    expect(body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(body).toMatch(/<title>[^<]*median pay/);
    // The page itself may not be framed.
    const pageHeaders = (await request.get("/explore")).headers();
    expect(pageHeaders["x-frame-options"]).toBe("DENY");
    expect(pageHeaders["content-security-policy"]).toContain("frame-ancestors 'none'");

    const unversioned = await request.get("/explore/charts/scatter-phone");
    expect(unversioned.status()).toBe(200);
    expect(unversioned.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const etag = unversioned.headers().etag ?? "";
    expect((await request.get("/explore/charts/scatter-phone", { headers: { "if-none-match": etag } })).status()).toBe(304);

    const unknown = await request.get("/explore/charts/pie");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    const badLayer = await request.get("/explore/charts/treemap?layer=colour");
    expect(badLayer.status()).toBe(422);
    expect((await badLayer.json()).error.message).toMatch(/^layer: layer must be one of score, /);
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
      const tooltip = await (await chart(page, "treemap")).locator('a[href^="/occupations/"] title').first().textContent();
      expect(tooltip).toMatch(/median pay (≥ )?\$[\d,]+, score \d+/);
    });

    test("measured AI use: the observed-coverage and adoption-gap layers, and the economy's seen and automation shares", async ({ page }) => {
      await page.goto("/explore?layer=observed");
      await expect(page.locator("#legend-title")).toHaveText(/^Observed coverage U/);
      const legend = page.locator("figure").filter({ has: page.locator("#legend-title") });
      await expect(legend).toContainText("no task seen in use");
      const tooltip = await (await chart(page, "treemap")).locator('a[href^="/occupations/"] title').first().textContent();
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
