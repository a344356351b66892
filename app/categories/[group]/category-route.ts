import type { Metadata } from "next";

import { getCategorySummaryByCode } from "@/db/queries/categories";
import { categoryCodeFromSegment } from "@/lib/categories";

/** What both category routes (default order and ./sorted/[order]) share: the group and its metadata. */

/** The category whose canonical slug is `segment`; other spellings are redirected before this (proxy.ts). */
export function categoryFromSegment(segment: string) {
  const code = categoryCodeFromSegment(segment);
  const category = code === null ? null : getCategorySummaryByCode(code);
  return category !== null && category.slug === segment ? category : null;
}

export function categoryMetadata(segment: string): Metadata {
  const category = categoryFromSegment(segment);
  if (category === null) return { title: "Category not found" };
  const mean = category.meanScore === null ? "" : ` Mean AI pressure score ${category.meanScore.toFixed(1)}.`;
  return {
    title: `${category.title} occupations`,
    description: `AI pressure scores for the ${category.occupationCount} ${category.title.toLowerCase()} occupations (SOC ${category.code}), sortable by score, employment, pay and outlook.${mean}`,
    alternates: { canonical: `/categories/${category.slug}` },
  };
}

