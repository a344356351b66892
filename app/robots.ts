import type { MetadataRoute } from "next";

import { env } from "@/env";

export const dynamic = "force-dynamic";

/**
 * Crawl everything public. The open data API (/api/occupations) is allowed; the rest of
 * /api/ (auth, webhooks, search suggestions) is not. Accounts, checkout, the dev outbox,
 * sign-in and internal search results are kept out of indexes.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/occupations"],
      disallow: ["/api/", "/account", "/checkout", "/dev", "/sign-in", "/search"],
    },
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
