import "server-only";

import { asc, count, eq, isNotNull } from "drizzle-orm";

import { contentDb } from "@/db/content/client";
import { categories, occupations } from "@/db/content/schema";

const categoryColumns = {
  code: categories.code,
  title: categories.title,
  slug: categories.slug,
  occupationCount: categories.occupationCount,
  scoredCount: categories.scoredCount,
  employment: categories.employment,
  meanScore: categories.meanScore,
  entryMultiplier: categories.entryMultiplier,
  seniorMultiplier: categories.seniorMultiplier,
};

/** The SOC major groups in code order, with their totals and seniority multipliers. */
export function listCategorySummaries() {
  return contentDb().select(categoryColumns).from(categories).orderBy(asc(categories.code)).all();
}

export type CategorySummary = ReturnType<typeof listCategorySummaries>[number];

export function getCategorySummaryByCode(code: string): CategorySummary | null {
  return contentDb().select(categoryColumns).from(categories).where(eq(categories.code, code)).get() ?? null;
}

/** How many occupations of each category fall in each verdict band (scored occupations only). */
export function listBandCountsByCategory() {
  return contentDb()
    .select({ categoryCode: occupations.categoryCode, band: occupations.band, count: count() })
    .from(occupations)
    .where(isNotNull(occupations.band))
    .groupBy(occupations.categoryCode, occupations.band)
    .all();
}

/** The occupations of one SOC major group with the columns its sortable table shows. */
export function listCategoryOccupations(code: string) {
  return contentDb()
    .select({
      soc: occupations.soc,
      title: occupations.title,
      slug: occupations.slug,
      score: occupations.score,
      employment: occupations.employment,
      epMedianWage: occupations.epMedianWage,
      epMedianWageTopCoded: occupations.epMedianWageTopCoded,
      changePct: occupations.changePct,
    })
    .from(occupations)
    .where(eq(occupations.categoryCode, code))
    .orderBy(asc(occupations.soc))
    .all();
}

export type CategoryOccupationRow = ReturnType<typeof listCategoryOccupations>[number];
