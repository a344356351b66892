import { expect, test } from "@playwright/test";

test("the sitemap lists every occupation's canonical URL, the categories and the static pages", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const paths = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const occupationPaths = new Set(paths.filter((path) => path.startsWith("/occupations/")));

  const list = (await (await request.get("/api/occupations")).json()) as { occupations: { url: string }[] };
  expect(occupationPaths.size).toBe(list.occupations.length);
  for (const item of list.occupations) expect(occupationPaths.has(new URL(item.url).pathname)).toBe(true);
  expect(occupationPaths.has("/occupations/11-3051-industrial-production-managers")).toBe(true);
  expect(paths).toEqual(expect.arrayContaining(["/", "/categories", "/explore", "/methodology", "/sources", "/categories/11-management"]));
});

test("robots.txt allows the site and the open data, keeps private areas out and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toContain("Allow: /\n");
  expect(text).toContain("Allow: /api/occupations");
  for (const path of ["/api/", "/account", "/checkout", "/dev"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test("each profile has a generated Open Graph image", async ({ request, page }) => {
  const image = await request.get("/occupations/11-3051/opengraph-image");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.length).toBeGreaterThan(10_000);

  const unknown = await request.get("/occupations/99-9999/opengraph-image");
  expect(unknown.status()).toBe(404);

  await page.goto("/occupations/11-3051-industrial-production-managers");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/occupations\/11-3051[^"]*\/opengraph-image/);
});

test("home, methodology and sources have titles, descriptions and canonical URLs", async ({ page }) => {
  for (const [path, title] of [
    ["/", /AI Pressure/],
    ["/methodology", /How the AI pressure score is built/],
    ["/sources", /Sources and licences/],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{50,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path === "/" ? "/?" : path}$`));
  }
});
