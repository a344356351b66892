import { expect, test } from "@playwright/test";

/**
 * Hostile and odd input never produces a 500, a stack trace, SQL or a secret: every answer is
 * a 4xx or a normal page.
 */
const LONG = "a".repeat(5000);
const paths = [
  "/occupations/..%2F..%2F..%2Fetc%2Fpasswd",
  "/occupations/..%252F..%252Fetc%252Fpasswd",
  "/occupations/%00",
  "/occupations/11-3051%00",
  "/occupations/11-3051'%20OR%201=1--",
  `/occupations/${LONG}`,
  "/occupations/%E2%80%AE%F0%9F%92%A5",
  "/occupations/11-3051-industrial-production-managers/tasks/..%2F..",
  "/occupations/11-3051-industrial-production-managers/tasks/99-9999.99",
  "/occupations/%ZZ",
  "/categories/%00",
  "/categories/99",
  `/categories/${LONG}`,
  "/search?q=%22",
  "/search?q=*",
  "/search?q=NEAR(",
  "/search?q=%22unbalanced",
  "/search?q=a%20OR%20b%20NOT%20c",
  "/search?q=title%3Anurse",
  "/search?q=%00",
  `/search?q=${LONG}`,
  "/search?q=%F0%9F%A4%96%F0%9F%A4%96",
  "/search?q[]=a&q[]=b",
  "/api/search?q=%22",
  "/api/search?q=NEAR(a%20b)",
  "/api/search?q=*",
  `/api/search?q=${LONG}`,
  "/api/search?q=%00",
  "/api/occupations?format=xml",
  "/api/occupations?format=csv&format=json",
  "/api/occupations?category=%27%3B%20DROP%20TABLE%20occupations%3B--",
  "/api/occupations/11-3051%00",
  "/api/occupations/..%2F..%2Fetc%2Fpasswd",
  `/api/occupations/${LONG}`,
  "/api/reports/..%2F..%2Fetc%2Fpasswd",
  "/api/reports/11-3051%00.pdf",
  "/compare?soc=%00",
  "/compare?soc=11-3051,11-3051,11-3051,11-3051,11-3051",
  `/compare?soc=${LONG}`,
  "/compare?soc[]=x",
  "/explore?layer=%3Cscript%3E",
  "/explore?layer[]=score",
  "/explore/charts/%3Cscript%3E",
  "/explore/charts/treemap?layer=%00&v=%3C",
  "/explore/charts/..%2F..%2Fetc%2Fpasswd",
  "/categories/11-management?sort=%3Cscript%3E&dir=sideways",
  "/checkout/success?session_id=%27%20OR%201%3D1",
  "/checkout/success?session_id=cs_does_not_exist",
  "/dev/outbox?x=%00",
];

const LEAKS = [/\bat [\w$.<>]+ \(.*:\d+:\d+\)/, /SQLITE_/, /sqlite_master/i, /better-sqlite3/, /sk_test_/, /whsec_/, /AUTH_SECRET/];

test.describe("hostile input", () => {
  for (const path of paths) {
    test(`GET ${path.slice(0, 80)}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), `${path} → ${response.status()}`).toBeLessThan(500);
      const body = await response.text();
      for (const leak of LEAKS) expect(body, `${path} leaks ${leak}`).not.toMatch(leak);
    });
  }

  test("oversized and unsized API bodies are refused before handlers read them", async ({ request }) => {
    const big = await request.post("/api/stripe/webhook", { data: "x".repeat(300 * 1024), headers: { "content-type": "application/json" }, failOnStatusCode: false });
    expect(big.status()).toBe(413);
    const auth = await request.post("/api/auth/sign-in/magic-link", { data: { email: "a".repeat(400 * 1024) }, failOnStatusCode: false });
    expect(auth.status()).toBe(413);
  });

  test("an odd method on a page is not a 500", async ({ request }) => {
    const response = await request.fetch("/occupations/11-3051-industrial-production-managers", { method: "DELETE", failOnStatusCode: false });
    expect(response.status()).toBeLessThan(500);
  });

  test("a public profile varies on Cookie, so a shared cache never hands it to a member", async ({ request }) => {
    const response = await request.get("/occupations/11-3051-industrial-production-managers");
    expect(response.headers()["cache-control"]).toContain("s-maxage");
    expect(response.headers()["vary"]?.split(",").map((value) => value.trim().toLowerCase())).toContain("cookie");
  });

  test("a junk or forged session cookie gets the prerendered public page, not the per-request variant", async ({ request }) => {
    const path = "/occupations/11-3051-industrial-production-managers";
    const anonymous = await request.get(path);
    expect(anonymous.headers()["x-nextjs-cache"] ?? anonymous.headers()["x-nextjs-prerender"]).toBeTruthy();
    for (const value of ["garbage", "abc.def", "Zr3kQ9tXbW1yLmN0pA7sDfGh.c2lnbmF0dXJlLW5vdC1vdXJz"]) {
      const junk = await request.get(path, { headers: { cookie: `aip.session_token=${value}` } });
      expect(junk.status()).toBe(200);
      // The static page carries its shared-cache header and Next's cache marker; the member variant is private and per request.
      expect(junk.headers()["cache-control"], value).toBe(anonymous.headers()["cache-control"]);
      expect(junk.headers()["x-nextjs-cache"] ?? junk.headers()["x-nextjs-prerender"], value).toBeTruthy();
    }
  });
});
