import path from "node:path";

import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousViolations } from "./support/axe";

/** Compare by job title: server-side resolution (no JavaScript), the combobox, "Add to compare". */
function occupation(soc: string) {
  const db = new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT title, slug, score FROM occupations WHERE soc = ?").get(soc) as { title: string; slug: string; score: number | null } | undefined;
    if (row === undefined) throw new Error(`${soc} is not in the content database`);
    return row;
  } finally {
    db.close();
  }
}

async function expectCompared(page: Page, codes: string[]) {
  await expect(page).toHaveURL(new RegExp(`/compare\\?soc=${codes.join(",")}$`));
  const headers = page.getByTestId("compare-table").locator("thead th");
  await expect(headers).toHaveCount(codes.length);
  for (const [index, code] of codes.entries()) await expect(headers.nth(index)).toContainText(occupation(code).title);
}

test.describe("compare by title without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("“plant manager” vs “accountant” typed as titles resolve to 11-3051 and 13-2011", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("First occupation").fill("plant manager");
    await page.getByLabel("Second occupation").fill("accountant");
    await page.getByRole("button", { name: "Compare" }).click();
    await expectCompared(page, ["11-3051", "13-2011"]);
  });

  test("an ambiguous title gets a short “did you mean” list whose links complete the comparison", async ({ page }) => {
    await page.goto("/compare?q=accountant&q=manager");
    const choices = page.getByTestId("compare-choices");
    await expect(choices.getByRole("heading", { name: "Which “manager” did you mean?" })).toBeVisible();
    const links = choices.getByRole("list").first().getByRole("link");
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5);
    // The resolved field is kept, written with its code; the comparison so far is shown.
    await expect(page.getByLabel("First occupation")).toHaveValue(`${occupation("13-2011").title} (13-2011)`);
    await expect(page.getByLabel("Second occupation")).toHaveValue("manager");
    const chosen = (await links.first().textContent()) ?? "";
    await links.first().click();
    await expect(page).toHaveURL(/\/compare\?soc=13-2011,\d{2}-\d{4}$/);
    await expect(page.getByTestId("compare-table").locator("thead th").nth(1)).toContainText(chosen);
  });

  test("a title that matches nothing says so and keeps what was typed", async ({ page }) => {
    const response = await page.goto("/compare?q=qqqzzzxxy&q=11-3051");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("compare-choices")).toContainText("No occupation matches “qqqzzzxxy”");
    await expect(page.getByLabel("First occupation")).toHaveValue("qqqzzzxxy");
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(1);
  });

  test("“Add to compare” on search results keeps up to three in the URL", async ({ page }) => {
    await page.goto("/compare?soc=11-3051");
    await page.getByRole("form", { name: "Add another occupation" }).getByRole("link", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?compare=11-3051$/);
    await page.locator("#search-page-q").fill("accountant");
    await page.locator("#search-page-q").press("Enter");
    await expect(page).toHaveURL(/\/search\?compare=11-3051&q=accountant$/);
    await page.getByRole("link", { name: `Add to compare for ${occupation("13-2011").title}` }).click();
    await expectCompared(page, ["11-3051", "13-2011"]);

    await page.goto("/search?compare=11-3051,13-2011&q=registered+nurse");
    await page.getByRole("link", { name: `Add to compare for ${occupation("29-1141").title}` }).click();
    await expectCompared(page, ["11-3051", "13-2011", "29-1141"]);

    // A fourth replaces the third.
    await page.goto("/search?compare=11-3051,13-2011,29-1141&q=software+developers");
    await page.getByRole("link", { name: `Add to compare (replaces the third) for ${occupation("15-1252").title}` }).click();
    await expectCompared(page, ["11-3051", "13-2011", "15-1252"]);
  });
});

test.describe("compare by title with JavaScript", () => {
  test("typing titles and picking suggestions with the keyboard compares plant manager and accountant", async ({ page }) => {
    await page.goto("/compare");
    const first = page.getByRole("combobox", { name: "First occupation" });
    await first.click();
    await first.pressSequentially("plant manager", { delay: 20 });
    const list = page.getByRole("listbox", { name: "Suggested occupations" });
    await expect(list).toBeVisible();
    await expect(first).toHaveAttribute("aria-expanded", "true");
    const options = list.getByRole("option");
    const count = await options.count();
    await expect(page.getByRole("status").filter({ hasText: `${count} suggestion` }).first()).toBeAttached();
    await expect(options.first()).toContainText(occupation("11-3051").title);

    // ↓ activates the first option, ↑ wraps to the last, ↓ back to the first; Enter picks it.
    await page.keyboard.press("ArrowDown");
    const firstId = await options.first().getAttribute("id");
    await expect(first).toHaveAttribute("aria-activedescendant", firstId ?? "");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowUp");
    await expect(first).toHaveAttribute("aria-activedescendant", (await options.last().getAttribute("id")) ?? "");
    await page.keyboard.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-activedescendant", firstId ?? "");
    await expectNoSeriousViolations(page);
    await page.keyboard.press("Enter");
    await expect(first).toHaveValue(`${occupation("11-3051").title} (11-3051)`);
    await expect(list).toBeHidden();
    await expect(first).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(/\/compare$/);

    // Escape closes the list without picking; the typed title is then resolved by the server.
    const second = page.getByRole("combobox", { name: "Second occupation" });
    await second.click();
    await second.pressSequentially("accountant", { delay: 20 });
    await expect(page.getByRole("listbox", { name: "Suggested occupations" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("listbox", { name: "Suggested occupations" })).toBeHidden();
    await expect(second).toHaveValue("accountant");
    await page.keyboard.press("Enter");
    await expectCompared(page, ["11-3051", "13-2011"]);
  });

  test("a suggestion can be picked with the mouse", async ({ page }) => {
    await page.goto("/compare?soc=11-3051");
    const second = page.getByRole("combobox", { name: "Second occupation" });
    await second.pressSequentially("registered nurse", { delay: 20 });
    await page.getByRole("listbox", { name: "Suggested occupations" }).getByRole("option").first().click();
    await expect(second).toHaveValue(`${occupation("29-1141").title} (29-1141)`);
    await page.getByRole("button", { name: "Compare" }).click();
    await expectCompared(page, ["11-3051", "29-1141"]);
  });

  test("“Add to compare” on a profile reached from search keeps the comparison", async ({ page }) => {
    await page.goto(`/occupations/${occupation("13-2011").slug}`);
    await expect(page.getByRole("link", { name: "Add to compare", exact: true })).toHaveAttribute("href", "/compare?soc=13-2011");
    await page.goto("/search?compare=11-3051&q=accountant");
    await page.getByRole("link", { name: occupation("13-2011").title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/occupations/${occupation("13-2011").slug}\\?compare=11-3051$`));
    await page.getByRole("link", { name: "Add to compare (with 1 other)" }).click();
    await expectCompared(page, ["11-3051", "13-2011"]);
  });
});
