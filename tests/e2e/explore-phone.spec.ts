import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousViolations } from "./support/axe";

/**
 * /explore below 600 px: the treemap becomes a ranked list per category (its 10 largest
 * occupations, then a link to the category page), the scatter is drawn at phone size (a framed
 * document), the colour-layer links stay in one scrollable row, and the page itself never
 * scrolls sideways. Screenshot baselines live next to this file (`--update-snapshots`).
 */
const WIDTHS = [360, 390] as const;
const SCHEMES = ["light", "dark"] as const;

async function openExplorer(page: Page, width: number, colorScheme: "light" | "dark", path = "/explore") {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`explorer at ${width} px (${colorScheme})`, () => {
      test("fits the screen, shows the phone forms and is axe clean", async ({ page }) => {
        test.slow(); // axe over the whole explorer (see a11y.spec.ts)
        await openExplorer(page, width, colorScheme);
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

        await expect(page.getByTestId("treemap")).toBeHidden();
        await expect(page.getByTestId("scatter")).toBeHidden();
        const list = page.getByTestId("ranked-list");
        await expect(list).toBeVisible();
        const phoneScatter = page.getByTestId("scatter-phone");
        await phoneScatter.scrollIntoViewIfNeeded();
        await expect(phoneScatter).toBeVisible();

        // The colour-layer links share one row; the row scrolls inside itself, not the page.
        const layerLinks = page.getByRole("navigation", { name: "Treemap colour layer" }).getByRole("link");
        await expect(layerLinks).toHaveCount(7);
        const tops = await layerLinks.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
        expect(new Set(tops).size).toBe(1);

        // Scatter ticks render at a readable size and do not collide.
        const tickLabels = page.frameLocator("[data-testid=scatter-phone]").locator("text.tick[text-anchor=middle]");
        await expect(tickLabels.first()).toBeAttached();
        const ticks = await tickLabels
          .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, height: r.height })));
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        for (const tick of ticks) expect(tick.height).toBeGreaterThanOrEqual(10);
        for (let index = 1; index < ticks.length; index++) expect(ticks[index]!.left).toBeGreaterThan(ticks[index - 1]!.right);

        // Opening a category keeps the page within the screen and lists links with values.
        await list.locator("summary").first().click();
        const first = list.locator("details[open] li a").first();
        await expect(first).toBeVisible();
        await expect(first).toHaveAccessibleName(/^.+: score \d+ \(.+\); [\d.]+[KM]? jobs$/);
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoSeriousViolations(page);
      });

      test("looks as reviewed (screenshots)", async ({ page }) => {
        await openExplorer(page, width, colorScheme);
        const options = { animations: "disabled", caret: "hide", maxDiffPixelRatio: 0.01 } as const;
        await expect(page.locator("#treemap")).toHaveScreenshot(`explore-list-${width}-${colorScheme}.png`, options);
        const phoneScatter = page.getByTestId("scatter-phone");
        await phoneScatter.scrollIntoViewIfNeeded();
        await expect(page.frameLocator("[data-testid=scatter-phone]").locator("circle").first()).toBeAttached();
        await expect(phoneScatter).toHaveScreenshot(`explore-scatter-${width}-${colorScheme}.png`, options);
      });
    });
  }
}

test("each category lists its 10 largest occupations, then links to its category page for all of them", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/explore");
  const categories = page.getByTestId("ranked-list").locator("details");
  expect(await categories.count()).toBeGreaterThan(10);
  let truncated = 0;
  for (const category of await categories.all()) {
    const counted = Number((await category.locator(".cn").textContent())?.match(/([\d,]+) occupations?$/)?.[1]?.replace(/,/g, ""));
    const shown = await category.locator("li a").count();
    expect(shown).toBe(Math.min(10, counted));
    if (counted > 10) truncated += 1;
    const all = category.locator("a.all");
    await expect(all).toHaveText(new RegExp(`^All ${counted.toLocaleString("en-US")} occupations? in .+$`));
    expect(await all.getAttribute("href")).toMatch(/^\/categories\/\d{2}-[a-z0-9-]+$/);
  }
  expect(truncated).toBeGreaterThan(0);
  // The first category's link leads to a page listing every one of its occupations.
  const first = categories.first();
  const counted = Number((await first.locator(".cn").textContent())?.match(/([\d,]+) occupations?$/)?.[1]?.replace(/,/g, ""));
  await first.locator("summary").click();
  await first.locator("a.all").click();
  await expect(page).toHaveURL(/\/categories\/\d{2}-/);
  await expect(page.getByTestId("category-occupations").locator("tbody tr")).toHaveCount(counted);
});

test("a phone reader reaches a profile from the ranked list, on another colour layer, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto("/explore?layer=pay");
  const list = page.getByTestId("ranked-list");
  await list.locator("summary").first().click();
  const link = list.locator("details[open] li a").first();
  await expect(link).toHaveAccessibleName(/median pay (≥ )?\$[\d,]+, score \d+; /);
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/occupations\/\d{2}-\d{4}-[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});

test("at 600 px and wider the treemap and the wide scatter are back", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto("/explore");
  await expect(page.getByTestId("treemap")).toBeVisible();
  await expect(page.getByTestId("scatter")).toBeVisible();
  await expect(page.getByTestId("ranked-list")).toBeHidden();
  await expect(page.getByTestId("scatter-phone")).toBeHidden();
});

test("a phone fetches only the chart documents it shows", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/explore/charts/")) fetched.push(url.pathname);
  });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/explore");
  await page.getByTestId("scatter-phone").scrollIntoViewIfNeeded();
  await expect(page.frameLocator("[data-testid=scatter-phone]").locator("circle").first()).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual(["/explore/charts/scatter-phone"]);
});
