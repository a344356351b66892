import "server-only";

import { asc, eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";

import { contentDb } from "@/db/content/client";
import { categories, occupations } from "@/db/content/schema";
import { occupationFactColumns } from "@/db/queries/columns";
import { searchOccupations } from "@/db/queries/search";
import { codeInField, DID_YOU_MEAN_LIMIT, resolveField, type CompareFacts, type ExampleCandidate, type FieldResolution } from "@/lib/compare";

/**
 * One compare field (title, alternate title or code) to an occupation with the site search;
 * a value ending in "(11-3051)", as a picked suggestion is written, is that code.
 */
export function resolveCompareField(text: string): FieldResolution {
  const query = codeInField(text) ?? text;
  return resolveField(text, searchOccupations(query, { limit: DID_YOU_MEAN_LIMIT }));
}

/** The facts /compare shows for one occupation beside its score breakdown; null for an unknown code. */
export function getCompareFacts(soc: string): CompareFacts | null {
  return (
    withCategory({
      soc: occupations.soc,
      title: occupations.title,
      slug: occupations.slug,
      categoryTitle: categories.title,
      categorySlug: categories.slug,
      employment: occupations.employment,
      ...occupationFactColumns,
    })
      .where(eq(occupations.soc, soc))
      .get() ?? null
  );
}

/** Every occupation's score, size and category: the pool the empty page's example pairs come from. */
export function listCompareExampleCandidates(): ExampleCandidate[] {
  return withCategory({
    soc: occupations.soc,
    title: occupations.title,
    categoryCode: occupations.categoryCode,
    categoryTitle: categories.title,
    score: occupations.score,
    employment: occupations.employment,
  })
    .orderBy(asc(occupations.soc))
    .all();
}

/** Occupations joined to their SOC major group, selecting `fields`. */
function withCategory<Fields extends SelectedFields>(fields: Fields) {
  return contentDb().select(fields).from(occupations).innerJoin(categories, eq(categories.code, occupations.categoryCode));
}
