import type { MetadataRoute } from "next";

import { listCategories, listOccupationSummaries } from "@/db/queries/occupations";
import { env } from "@/env";
import { occupationPath } from "@/lib/soc";

// Built per request so the URLs use the running server's APP_URL (cheap: one indexed read).
export const dynamic = "force-dynamic";

const STATIC_PAGES: { path: string; priority: number; changeFrequency: "weekly" | "monthly" | "yearly" }[] = [
  { path: "/", priority: 1, changeFrequency: "weekly" },
  { path: "/categories", priority: 0.8, changeFrequency: "monthly" },
  { path: "/explore", priority: 0.8, changeFrequency: "monthly" },
  { path: "/methodology", priority: 0.6, changeFrequency: "monthly" },
  { path: "/sources", priority: 0.5, changeFrequency: "monthly" },
  { path: "/releases", priority: 0.5, changeFrequency: "monthly" },
  { path: "/downloads", priority: 0.5, changeFrequency: "monthly" },
  { path: "/pricing", priority: 0.4, changeFrequency: "yearly" },
];

/** Every public page: static pages, the SOC major groups and every occupation's canonical URL. */
export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  return [
    ...STATIC_PAGES.map((page) => ({ url: url(page.path), changeFrequency: page.changeFrequency, priority: page.priority })),
    ...listCategories().map((category) => ({ url: url(`/categories/${category.slug}`), changeFrequency: "monthly" as const, priority: 0.6 })),
    ...listOccupationSummaries().map((occupation) => ({ url: url(occupationPath(occupation.slug)), changeFrequency: "monthly" as const, priority: 0.7 })),
  ];
}
