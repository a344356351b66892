import path from "node:path";

import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

/** The page's one-decimal format (lib/format.ts formatDecimal). */
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface UseRow {
  soc: string;
  slug: string;
  scored_tasks: number;
  seen_tasks: number;
  coverage: number | null;
  agreement: string | null;
  spread: number | null;
  months: number;
}

/** Expected values straight from the content database the server renders from. */
function useRows(where: string, limit = 1): UseRow[] {
  const db = new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT m.soc, o.slug, m.scored_tasks, m.seen_tasks, m.coverage, m.agreement, m.spread,
                (SELECT COUNT(*) FROM occupation_chatgpt_monthly c WHERE c.soc = m.soc) AS months
           FROM occupation_measured_use m JOIN occupations o USING (soc) WHERE ${where} ORDER BY m.soc LIMIT ?`,
      )
      .all(limit) as UseRow[];
  } finally {
    db.close();
  }
}

test.describe("measured AI use on the profile, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const soc of ["11-3051", "43-9022"]) {
    test(`${soc}: the section renders its figures, the ChatGPT chart with its table, the strip and each task's Claude line`, async ({ page }) => {
      const [row] = useRows(`m.soc = '${soc}'`);
      expect(row).toBeDefined();
      await page.goto(`/occupations/${row!.slug}`);
      const section = page.locator("section#measured-use");
      await expect(section.getByRole("heading", { name: "Measured AI use" })).toBeVisible();
      const figures = section.getByTestId("measured-use-table");
      await expect(figures.locator("tbody tr")).toHaveCount(5);
      await expect(figures).toContainText(`${row!.seen_tasks} of ${row!.scored_tasks} tasks seen in Claude use`);
      await expect(figures).toContainText(`${oneDecimal.format(row!.coverage!)} of 100`);
      await expect(figures).toContainText("Anthropic Economic Index, 2026-01-15 release");
      await expect(figures).toContainText("January–September 2024");
      await expect(figures).toContainText("2024-07 to 2025-12");
      await expect(section.locator('svg[role="img"] title#chatgpt-trend-title')).toHaveCount(1);
      await expect(section.getByTestId("chatgpt-trend-table").locator("tbody tr")).toHaveCount(row!.months);
      await expect(section.getByTestId("measure-strip").locator("tbody tr")).toHaveCount(6);
      await expect(section.getByTestId("measure-agreement")).toContainText(row!.agreement === "agree" ? "Measures agree" : "Contested");
      await expect(section.getByTestId("measure-agreement")).toContainText(`${Math.round(row!.spread!)} points`);
      await expect(section.getByTestId("adoption-gap")).toContainText("percentile");
      const taskLines = page.locator("section#tasks").getByTestId("task-use");
      await expect(taskLines).toHaveCount(row!.scored_tasks);
      await expect(taskLines.filter({ hasText: /^Seen in Claude use/ })).toHaveCount(row!.seen_tasks);
      await expect(taskLines.filter({ hasText: /^Not seen in Claude use/ })).toHaveCount(row!.scored_tasks - row!.seen_tasks);
      // The "seen in use" filter is CSS only: ticking it hides the unseen rows without JavaScript.
      const rows = page.locator("section#tasks tr[data-seen]");
      await page.getByTestId("seen-filter").check();
      await expect(rows.filter({ visible: true })).toHaveCount(row!.seen_tasks);
      await page.getByTestId("seen-filter").uncheck();
      await expect(rows.filter({ visible: true })).toHaveCount(row!.scored_tasks);
    });
  }

  test("an occupation with no task seen in Claude use says so", async ({ page }) => {
    const [row] = useRows("m.seen_tasks = 0 AND m.scored_tasks > 0");
    expect(row).toBeDefined();
    await page.goto(`/occupations/${row!.slug}`);
    const section = page.locator("section#measured-use");
    await expect(section.getByTestId("no-matched-tasks")).toContainText(`None of this occupation’s ${row!.scored_tasks} tasks is seen in Claude use`);
    await expect(section.getByTestId("measured-use-table")).toContainText("0.0 of 100");
  });
});

test("the API carries the measured-use fields, the per-task fields and the percentile strip", async ({ request }) => {
  const [row] = useRows("m.soc = '11-3051'");
  const response = await request.get("/api/occupations/11-3051");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    measuredUse: { observedCoverage: number; seenTasks: number; percentiles: Record<string, number | null>; agreement: string; chatgptTrend: { months: unknown[] } };
    tasks: { measuredUse: { claude: { seen: boolean } } }[];
  };
  expect(body.measuredUse.observedCoverage).toBe(row!.coverage);
  expect(body.measuredUse.agreement).toBe(row!.agreement);
  expect(Object.keys(body.measuredUse.percentiles).sort()).toEqual(["applicability", "betaGpt4", "betaHuman", "coverage", "digital", "score", "taskSignal"]);
  expect(body.measuredUse.chatgptTrend.months).toHaveLength(row!.months);
  expect(body.tasks.filter((task) => task.measuredUse.claude.seen)).toHaveLength(row!.seen_tasks);
});

test.describe("measures side by side elsewhere, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/compare shows each occupation's percentile strip, spread and label and its adoption gap", async ({ page }) => {
    const rows = useRows("m.soc IN ('11-3051', '43-9022')", 2);
    await page.goto("/compare?soc=11-3051,43-9022");
    const block = page.getByTestId("compare-measures");
    await expect(block.getByRole("heading", { name: "Measures side by side" })).toBeVisible();
    await expect(block.locator("tbody tr")).toHaveCount(7);
    for (const row of rows) {
      await expect(block.locator("tbody tr").last()).toContainText(`${Math.round(row.spread!)} · ${row.agreement === "agree" ? "measures agree" : "contested"}`);
    }
    await expect(block.locator("li")).toHaveCount(2);
  });

  test("/methodology explains each measure and what it cannot say", async ({ page }) => {
    await page.goto("/methodology");
    const section = page.locator("section").filter({ has: page.locator("h2#measured-use") });
    await expect(section.getByRole("heading", { level: 3 })).toHaveCount(6);
    await expect(section).toContainText("Claude and ChatGPT users are not a sample of workers.");
    await expect(section).toContainText("Copilot success is not employment impact.");
  });
});
