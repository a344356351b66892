import path from "node:path";

import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

interface Clause {
  text: string;
  sources: string[];
}

/** Stored explanations straight from the content database the server renders from. */
function stored(soc: string) {
  const db = new Database(path.resolve(process.env.CONTENT_DB_PATH ?? ".data/content.db"), { readonly: true, fileMustExist: true });
  try {
    const tasks = db
      .prepare("SELECT t.task_id AS taskId, e.sentences FROM tasks t JOIN task_explanations e USING (task_id) WHERE t.soc = ? AND t.in_soc_task_list = 1")
      .all(soc) as { taskId: number; sentences: string }[];
    const occupation = db.prepare("SELECT o.slug, x.headline, x.outlook, x.summary, x.agreement FROM occupations o JOIN occupation_explanations x USING (soc) WHERE o.soc = ?").get(soc) as {
      slug: string;
      headline: string;
      outlook: string;
      summary: string;
      agreement: string;
    };
    const text = (sentences: Clause[][]) => sentences.map((s) => s.map((c) => c.text).join("")).join(" ");
    return {
      slug: occupation.slug,
      tasks: tasks.map((row) => ({ taskId: row.taskId, text: text(JSON.parse(row.sentences) as Clause[][]) })),
      headline: text(JSON.parse(occupation.headline) as Clause[][]),
      headlineFirst: text((JSON.parse(occupation.headline) as Clause[][]).slice(0, 1)),
      headlineRest: text((JSON.parse(occupation.headline) as Clause[][]).slice(1)),
      outlook: text([JSON.parse(occupation.outlook) as Clause[]]),
      summary: text(JSON.parse(occupation.summary) as Clause[][]),
      agreement: text([JSON.parse(occupation.agreement) as Clause[]]),
    };
  } finally {
    db.close();
  }
}

/** The page's text of an element without its source marks. */
const withoutMarks = async (locator: import("@playwright/test").Locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-testid=source-mark]").forEach((mark) => mark.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

for (const soc of ["11-3051", "21-1021", "43-3031"]) {
  test(`${soc}: the profile shows the stored explanations with source marks`, async ({ page }) => {
    const expected = stored(soc);
    await page.goto(`/occupations/${expected.slug}`);
    expect(await withoutMarks(page.getByTestId("headline"))).toBe(expected.headlineFirst);
    expect(await withoutMarks(page.getByTestId("headline-why"))).toBe(expected.headlineRest);
    expect(await withoutMarks(page.getByTestId("outlook"))).toBe(expected.outlook);
    expect(await withoutMarks(page.getByTestId("profile-summary"))).toBe(expected.summary);
    expect(await withoutMarks(page.locator("section#measured-use").getByTestId("measure-agreement"))).toBe(expected.agreement);
    const rows = page.locator("section#tasks").getByTestId("task-explanation");
    await expect(rows).toHaveCount(expected.tasks.length);
    const texts = await Promise.all((await rows.all()).map(withoutMarks));
    expect(texts.sort()).toEqual(expected.tasks.map((task) => task.text).sort());
    // every explanation carries marks, each naming its field on hover
    const marks = page.locator("section#tasks [data-testid=source-mark] abbr");
    expect(await marks.count()).toBeGreaterThan(expected.tasks.length * 4);
    await expect(marks.first()).toHaveAttribute("title", /.+/);
  });
}

test("the API gives each task its explanation with the fields of every clause", async ({ request }) => {
  const expected = stored("11-3051");
  const response = await request.get("/api/occupations/11-3051");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    tasks: { taskId: number; explanation: { text: string; sentences: { text: string; clauses: Clause[] }[] } }[];
    explanations: { headline: { text: string }; agreement: { text: string } };
  };
  const byId = new Map(expected.tasks.map((task) => [task.taskId, task.text]));
  for (const task of body.tasks) {
    expect(task.explanation.text).toBe(byId.get(task.taskId));
    expect(task.explanation.sentences.length).toBeGreaterThanOrEqual(2);
    for (const sentence of task.explanation.sentences) for (const clause of sentence.clauses) expect(clause.sources.length).toBeGreaterThan(0);
  }
  expect(body.explanations.headline.text).toBe(expected.headline);
  expect(body.explanations.agreement.text).toBe(expected.agreement);
});
