import { expect, test } from "@playwright/test";

import { expectNoSeriousViolations } from "./support/axe";
import { signIn, uniqueEmail } from "./support/helpers";

const publicPages = [
  "/",
  "/occupations/11-3051-industrial-production-managers",
  "/categories",
  "/categories/11-management",
  "/explore",
  "/compare?soc=11-3051,13-2011",
  "/pricing",
  "/methodology",
  "/sign-in",
];

test.describe("accessibility (axe: no serious or critical violations)", () => {
  for (const path of publicPages) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${path} (${colorScheme})`, async ({ page }) => {
        // The explorer's charts are framed documents (~2,500 elements each) that axe scans too:
        // well over a minute on a busy 2-core machine.
        test.slow(path === "/explore");
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expectNoSeriousViolations(page);
      });
    }
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test(`/explore's chart documents, scanned inside their frames (${colorScheme})`, async ({ page }) => {
      test.slow(); // see above
      await page.emulateMedia({ colorScheme });
      await page.goto("/explore");
      for (const id of ["treemap", "scatter"]) {
        await page.getByTestId(id).scrollIntoViewIfNeeded();
        await expect(page.frameLocator(`[data-testid=${id}]`).locator("a").first()).toBeAttached();
      }
      const results = await expectNoSeriousViolations(page);
      // A node inside a frame is targeted as [frame selector, selector within the frame].
      const framed = results.passes.flatMap((rule) => rule.nodes).filter((node) => node.target.length > 1);
      expect(framed.length).toBeGreaterThan(0);
    });
  }

  test("/account (signed in)", async ({ page }) => {
    await signIn(page, uniqueEmail("a11y"), "/account");
    await expectNoSeriousViolations(page);
  });

  test("the profile fits a 360 px wide screen without horizontal page scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/occupations/11-3051-industrial-production-managers");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("keyboard only: from the search box to a profile", async ({ page }) => {
  await page.goto("/");
  // The first Tab reaches the skip link, which jumps to the main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const search = page.getByRole("searchbox").first();
  await search.focus();
  await page.keyboard.type("industrial production");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=/);
  const result = page.getByRole("link", { name: /Industrial Production Managers/ }).first();
  // Tab until the result link has focus, as a keyboard user would.
  for (let presses = 0; presses < 40; presses++) {
    if (await result.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/occupations\/11-3051-industrial-production-managers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Industrial Production Managers");
});
