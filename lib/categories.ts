/** Category pages: route key parsing, the sortable occupation table's query string and sort. Pure. */
import { z } from "zod";

import { decodeSegment, firstValue, type SearchParams } from "@/lib/http/params";
import { allBands, verdictBand, type BandId } from "@/lib/scoring";
import { majorGroupFromSegment } from "@/lib/soc";

// --- route segment -----------------------------------------------------------------------------

/**
 * `/categories/<group>` accepts the canonical slug ("11-management"), the bare two-digit
 * code ("11") or the code with any text after it ("11-managment"). Returns the code or null.
 */
export function categoryCodeFromSegment(segment: string): string | null {
  const decoded = decodeSegment(segment);
  if (decoded === null || decoded.length > 120) return null;
  return majorGroupFromSegment(decoded);
}

// --- sorting -----------------------------------------------------------------------------------

export const CATEGORY_SORT_KEYS = ["score", "employment", "pay", "outlook", "title"] as const;
export type CategorySortKey = (typeof CATEGORY_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

/** The direction a column sorts in when first chosen: biggest first for numbers, A–Z for titles. */
export const DEFAULT_DIRECTION: Record<CategorySortKey, SortDirection> = {
  score: "desc",
  employment: "desc",
  pay: "desc",
  outlook: "desc",
  title: "asc",
};

export const DEFAULT_SORT: CategorySortKey = "score";

/** `?sort=employment&dir=asc`: an allowlist with defaults; anything else falls back, never throws. */
export const categorySortSchema = z
  .object({
    sort: z.preprocess(firstValue, z.enum(CATEGORY_SORT_KEYS)).catch(DEFAULT_SORT),
    dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).optional()).catch(undefined),
  })
  .transform(({ sort, dir }) => ({ sort, dir: dir ?? DEFAULT_DIRECTION[sort] }));

export type CategorySort = z.output<typeof categorySortSchema>;

export function parseCategorySort(params: SearchParams): CategorySort {
  return categorySortSchema.parse(params);
}

/** Every sort order a category table can be in (5 columns × 2 directions). */
export const CATEGORY_ORDERS: CategorySort[] = CATEGORY_SORT_KEYS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => ({ sort, dir })));

export function isDefaultCategorySort(sort: CategorySort): boolean {
  return sort.sort === DEFAULT_SORT && sort.dir === DEFAULT_DIRECTION[DEFAULT_SORT];
}

/** The route segment of a sort order's prerendered page: "employment-asc". */
export function categoryOrderSegment(sort: CategorySort): string {
  return `${sort.sort}-${sort.dir}`;
}

export function categorySortFromOrderSegment(segment: string): CategorySort | null {
  return CATEGORY_ORDERS.find((order) => categoryOrderSegment(order) === segment) ?? null;
}

/** The query string a column header links to: the current column flips, another starts at its default. */
export function sortHref(current: CategorySort, key: CategorySortKey): string {
  const dir = current.sort === key ? (current.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[key];
  return `?sort=${key}&dir=${dir}`;
}

export function ariaSort(current: CategorySort, key: CategorySortKey): "ascending" | "descending" | undefined {
  if (current.sort !== key) return undefined;
  return current.dir === "asc" ? "ascending" : "descending";
}

export interface SortableOccupation {
  soc: string;
  title: string;
  score: number | null;
  employment: number | null;
  epMedianWage: number | null;
  changePct: number | null;
}

function sortValue(row: SortableOccupation, key: Exclude<CategorySortKey, "title">): number | null {
  switch (key) {
    case "score":
      return row.score;
    case "employment":
      return row.employment;
    case "pay":
      return row.epMedianWage;
    case "outlook":
      return row.changePct;
  }
}

const byTitle = (a: SortableOccupation, b: SortableOccupation) => a.title.localeCompare(b.title, "en") || a.soc.localeCompare(b.soc);

/** Sorted copy; missing values always last whatever the direction; ties by title then SOC code. */
export function sortCategoryOccupations<T extends SortableOccupation>(rows: readonly T[], { sort, dir }: CategorySort): T[] {
  const sign = dir === "asc" ? 1 : -1;
  if (sort === "title") return [...rows].sort((a, b) => sign * byTitle(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byTitle(a, b);
  });
}

/** A mean score shown with one decimal: a mean of 59.95 is not a "60" (a different band). */
export function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

// --- band distribution -------------------------------------------------------------------------

export type BandCounts = Record<BandId, number>;

export function emptyBandCounts(): BandCounts {
  return Object.fromEntries(allBands().map((band) => [band.id, 0])) as BandCounts;
}

/** Band counts from scores (null scores are left out). */
export function bandCountsFromScores(scores: readonly (number | null)[]): BandCounts {
  const counts = emptyBandCounts();
  for (const score of scores) if (score !== null) counts[verdictBand(score).id] += 1;
  return counts;
}

const BAND_IDS = new Set<string>(allBands().map((band) => band.id));

/** Groups `{ categoryCode, band, count }` rows into band counts per category code. */
export function bandCountsByCategory(rows: readonly { categoryCode: string; band: string | null; count: number }[]): Map<string, BandCounts> {
  const result = new Map<string, BandCounts>();
  for (const row of rows) {
    if (row.band === null || !BAND_IDS.has(row.band)) continue;
    const counts = result.get(row.categoryCode) ?? emptyBandCounts();
    counts[row.band as BandId] += row.count;
    result.set(row.categoryCode, counts);
  }
  return result;
}
