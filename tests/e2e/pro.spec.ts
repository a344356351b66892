import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import { signIn, subscribeToPro, uniqueEmail } from "./support/helpers";

/**
 * Pro analyses on the profile: a Pro member sees the heatmap, career pivots, wage impact, AI
 * tools and the task mix; a free visitor (anonymous or signed in) sees teasers, and none of
 * the Pro numbers are in the HTML or the RSC payload they can reach.
 */
const IPM = { soc: "11-3051", path: "/occupations/11-3051-industrial-production-managers" };
const ACCOUNTANTS = { soc: "13-2011", path: "/occupations/13-2011-accountants-and-auditors" };
/** O*NET 30.1 rates no skills or knowledge for this occupation. */
const NO_PROFILE = { soc: "13-2051", path: "/occupations/13-2051-financial-and-investment-analysts" };
/** 11-3051's best pivot (lib/pro/pivots.ts on the committed sources); not in its free page. */
const IPM_FIRST_PIVOT = "Chefs and Head Cooks";

/** Opens a profile as a Pro member, reloading until the webhook-granted Pro shows. */
async function openAsPro(page: Page, path: string) {
  await page.goto(path);
  await expect(async () => {
    await page.reload();
    await expect(page.locator('[data-pro-section="heatmap"]')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

async function expectAllAnalyses(page: Page) {
  const heatmap = page.locator('[data-pro-section="heatmap"]');
  const taskRows = await page.locator("#tasks tbody tr").count();
  await expect(heatmap.locator("tbody tr")).toHaveCount(taskRows);
  // Each row says whether the task is seen in Claude use (measured AI use, METHODOLOGY §8).
  await expect(heatmap.locator("[data-heatmap-use]").filter({ hasText: /^(Seen|Not seen) in Claude use/ })).toHaveCount(taskRows);
  await expect(heatmap.getByRole("columnheader", { name: /Entry/ })).toBeVisible();
  for (const column of ["human", "gpt4", "automation", "score", "entry", "mid", "senior"]) {
    await expect(heatmap.locator(`tbody tr:first-child [data-heatmap-cell="${column}"]`)).toHaveText(/^(E[0-2]|T[0-4]|\d{1,3}|—.*)$/);
  }
  await expect(page.getByRole("heading", { name: "Career pivot paths" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wage impact" })).toBeVisible();
  const wage = page.locator('[data-pro-section="wage"]');
  await expect(wage).toContainText("OEWS May 2025");
  await expect(wage.locator("[data-wage-level]")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "AI tool recommendations" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your task mix" })).toBeVisible();
  await expect(page.getByTestId("task-mix-score")).toHaveText(/^\d{1,3}$/);
  await expect(page.getByText("is part of Pro")).toHaveCount(0);
}

/** The page's flight (RSC) payload, as the client router fetches it. */
async function rscPayload(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { headers: { RSC: "1" } });
  expect(response.ok()).toBe(true);
  return response.text();
}

test.describe.configure({ mode: "serial" });

/** Strings only the Pro sections contain, collected from the Pro member's view. */
const proOnly: string[] = [];

test("a Pro member sees the heatmap, pivots, wage impact, AI tools and task mix", async ({ page, browser }) => {
  await subscribeToPro(page, uniqueEmail("pro-analyses"));
  await openAsPro(page, IPM.path);
  await expectAllAnalyses(page);

  // Heatmap: the first row is the heaviest task; remember its id and entry-adjusted score.
  const firstRow = page.locator('[data-pro-section="heatmap"] tbody tr').first();
  const taskId = await firstRow.getAttribute("data-heatmap-task");
  const entry = (await firstRow.locator('[data-heatmap-cell="entry"]').textContent())?.trim();
  expect(taskId).toMatch(/^\d+$/);
  expect(entry).toMatch(/^\d{1,3}$/);
  // The attribute names occur in the HTML and (as prop names) in the RSC payload.
  proOnly.push("data-heatmap-task", "data-heatmap-cell", `data-heatmap-task="${taskId}"`);

  // Pivots: up to 8, linking to their profiles; 11-3051's best is fixed by the data.
  const pivots = page.locator('[data-pro-section="pivots"] li[data-pivot-soc]');
  expect(await pivots.count()).toBeGreaterThan(0);
  expect(await pivots.count()).toBeLessThanOrEqual(8);
  await expect(page.locator('[data-pro-section="pivots"]')).toContainText("at least 10 points lower");
  const firstPivot = pivots.first().getByRole("link");
  await expect(firstPivot).toHaveText(IPM_FIRST_PIVOT);
  await expect(firstPivot).toHaveAttribute("href", /^\/occupations\/35-1011-/);
  proOnly.push(IPM_FIRST_PIVOT);
  // Each card says why it was chosen and what to build; none is one of the unlike jobs of release 1.
  const firstCard = pivots.first();
  await expect(firstCard).toContainText(/Similarity\s*0\.\d{2} \(skills -?[\d.]+, knowledge -?[\d.]+, work activities -?[\d.]+\)/);
  await expect(firstCard).toContainText(/Related lists\s*(listed as related by|not on O\*NET’s or BLS’s related lists)/);
  await expect(firstCard.locator("[data-pivot-shared] span").first()).toBeVisible();
  await expect(firstCard.locator("[data-pivot-build]")).toContainText(/\(level [\d.]+ → [\d.]+\)/);
  await expect(page.locator('[data-pro-section="pivots"]')).not.toContainText(/Respiratory Therapists|Surgical Assistants|Licensed Practical|Coaches and Scouts/);

  // Wage impact: the mid-level amount exposed.
  const midExposed = (await page.locator('[data-wage-level="mid"] td').last().textContent())?.trim() ?? "";
  expect(midExposed).toMatch(/^\$[\d,]+$/);
  proOnly.push(midExposed);

  // AI tools: example products are external links with rel=noopener, and each names its tasks.
  const tool = page.locator('[data-pro-section="tools"] li[data-tool-category]').first();
  await expect(tool.getByRole("link").first()).toHaveAttribute("rel", /noopener/);
  await expect(tool).toContainText(/Helps with \d+ tasks?/);

  // Task mix: the O*NET weights reproduce the published score; a change recomputes it live.
  const published = (await page.locator("text=/\\(published: \\d+\\)/").textContent())?.match(/\d+/)?.[0];
  await expect(page.getByTestId("task-mix-score")).toHaveText(published!);
  // The recharts comparison chart loads in the browser once the task mix is hydrated.
  await expect(page.locator('[data-pro-section="task-mix"] .recharts-bar-rectangle').first()).toBeVisible();
  const input = page.locator('[data-pro-section="task-mix"] tbody tr').first().getByRole("spinbutton");
  await input.fill("99");
  await expect(page.getByTestId("task-mix-score")).not.toHaveText(published!);
  const personal = (await page.getByTestId("task-mix-score").textContent())!;
  await expect(page).toHaveURL(/\?mix=\d+:99/);
  const link = await page.getByTestId("task-mix-link").getAttribute("href");
  expect(link).toMatch(new RegExp(`^${IPM.path}\\?mix=\\d+:99#task-mix$`));

  // The link restores the mix.
  await page.goto(link!);
  await expect(page.locator('[data-pro-section="task-mix"] tbody tr').first().getByRole("spinbutton")).toHaveValue("99");
  await expect(page.getByTestId("task-mix-score")).toHaveText(personal);

  // Without JavaScript the task mix is a GET form the server renders from the result.
  const noJs = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(IPM.path);
  await expect(plain.getByTestId("task-mix-score")).toHaveText(published!);
  await plain.locator('[data-pro-section="task-mix"] tbody tr').first().getByRole("spinbutton").fill("99");
  await plain.getByRole("button", { name: "Recalculate" }).click();
  await expect(plain).toHaveURL(/\?mix=\d+:99#task-mix$/);
  await expect(plain.getByTestId("task-mix-score")).toHaveText(personal);
  await plain.goto(`${IPM.path}?mix=not-a-mix`);
  await expect(plain.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  await expect(plain.getByTestId("task-mix-score")).toHaveText(published!);
  await noJs.close();

  // Another category: Accountants and Auditors.
  await page.goto(ACCOUNTANTS.path);
  await expectAllAnalyses(page);
  expect(await page.locator('[data-pro-section="tools"] li[data-tool-category]').count()).toBeGreaterThan(0);
  // No occupation scoring 10 points lower comes above the similarity floor: the pivots say so instead of listing unlike jobs.
  await expect(page.locator('[data-pro-section="pivots"] li[data-pivot-soc]')).toHaveCount(0);
  await expect(page.locator('[data-pro-section="pivots"]')).toContainText("has a profile similar enough");

  // Financial and investment analysts: no O*NET 30.1 skills profile, so pivots say why; the rest is there.
  await page.goto(NO_PROFILE.path);
  await expectAllAnalyses(page);
  await expect(page.locator('[data-pro-section="pivots"]')).toContainText("no skills or knowledge profile");
});

test("free visitors see teasers and none of the Pro numbers", async ({ page, request }) => {
  expect(proOnly.length).toBeGreaterThanOrEqual(4);
  const expectNoProData = (body: string, where: string) => {
    expect(body, where).toContain("Industrial Production Managers");
    for (const value of proOnly) expect(body.includes(value), `${where} contains ${value}`).toBe(false);
    expect(body.includes("data-pro-section"), `${where} contains a Pro section`).toBe(false);
  };

  // Anonymous: the static page and its RSC payload.
  const html = await request.get(IPM.path);
  expect(html.status()).toBe(200);
  expectNoProData(await html.text(), "static HTML");
  expectNoProData(await rscPayload(request, IPM.path), "static RSC payload");

  await page.goto(IPM.path);
  await expect(page.getByText("is part of Pro")).toHaveCount(2);
  await expect(page.getByRole("button", { name: /Upgrade to Pro/ })).toHaveCount(2);
  await expect(page.locator("[data-heatmap-cell]")).toHaveCount(0);
  expectNoProData(await page.content(), "anonymous page");
  // The free "Related" section carries O*NET's own related list, each with its score.
  const onetRelated = page.locator('[data-related="onet"]');
  await expect(onetRelated.getByRole("heading", { name: "O*NET related occupations" })).toBeVisible();
  await expect(onetRelated.getByRole("link", { name: "General and Operations Managers" })).toHaveAttribute("href", /^\/occupations\/11-1021-/);
  expect(await onetRelated.locator("li").count()).toBeGreaterThanOrEqual(2);

  // Signed in without Pro: the per-request member variant, also with ?mix=.
  await signIn(page, uniqueEmail("free-reader"), "/account");
  await page.goto(`${IPM.path}?mix=1:1`);
  await expect(page.getByText("is part of Pro")).toHaveCount(2);
  expectNoProData(await page.content(), "free member page");
  expectNoProData(await rscPayload(page.request, IPM.path), "free member RSC payload");
});
