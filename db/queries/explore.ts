import "server-only";

import { asc, eq } from "drizzle-orm";

import { contentDb } from "@/db/content/client";
import { categories, meta, occupations } from "@/db/content/schema";

/** Every occupation with the fields the explorer's treemap, scatter, summary and table use. */
export function listExplorerOccupations() {
  return contentDb()
    .select({
      soc: occupations.soc,
      title: occupations.title,
      slug: occupations.slug,
      categoryCode: occupations.categoryCode,
      score: occupations.score,
      employment2022: occupations.employment2022,
      changePct: occupations.changePct,
      medianWage2022: occupations.medianWage2022,
      medianWage2022TopCoded: occupations.medianWage2022TopCoded,
      entryEducation: occupations.entryEducation,
      digitalExposure: occupations.digitalExposure,
    })
    .from(occupations)
    .orderBy(asc(occupations.soc))
    .all();
}

export type ExplorerOccupationRow = ReturnType<typeof listExplorerOccupations>[number];

/** Code, title and slug of each SOC major group, for grouping and labels. */
export function listCategoryLabels() {
  return contentDb()
    .select({ code: categories.code, title: categories.title, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.code))
    .all();
}

/** The content build's data version (hash of sources and scoring config): the explorer's cache key. */
export function getExplorerDataVersion(): string | null {
  return contentDb().select({ value: meta.value }).from(meta).where(eq(meta.key, "data_version")).get()?.value ?? null;
}
