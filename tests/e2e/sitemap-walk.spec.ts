import { expect, test } from "@playwright/test";

/** Every occupation page in the sitemap answers 200 and shows a score or says there is not enough data. */
test("walking the sitemap: every occupation page has a score or an explicit 'not enough data' message", async ({ request }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).filter((path) => path.startsWith("/occupations/"));
  expect(paths.length).toBeGreaterThanOrEqual(790);

  const failures: string[] = [];
  let scored = 0;
  let notEnoughData = 0;
  // A few at a time: fast, without starving the other test worker.
  for (let start = 0; start < paths.length; start += 8) {
    await Promise.all(
      paths.slice(start, start + 8).map(async (path) => {
        const response = await request.get(path, { maxRedirects: 0 });
        const html = await response.text();
        if (response.status() !== 200) failures.push(`${path}: HTTP ${response.status()}`);
        else if (/<span class="visually-hidden">AI pressure score, band /.test(html)) scored += 1;
        else if (html.includes("Not enough data")) notEnoughData += 1;
        else failures.push(`${path}: neither a score nor a “not enough data” message`);
      }),
    );
  }
  expect(failures).toEqual([]);
  expect(scored + notEnoughData).toBe(paths.length);
  console.log(`sitemap walk: ${paths.length} occupation pages, ${scored} with a score, ${notEnoughData} without`);
});
