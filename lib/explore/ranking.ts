/** Occupations ranked by employment: the accessible table and the treemap's phone form. */
import type { TreemapLayout } from "./treemap";
import type { ExplorerCategory, ExplorerOccupation } from "./types";

/** The `count` largest occupations by employment (ties by title), for the accessible table. */
export function topByEmployment<T extends Pick<ExplorerOccupation, "employment" | "title">>(rows: readonly T[], count: number): T[] {
  return rows
    .filter((row) => row.employment !== null && row.employment > 0)
    .sort((a, b) => (b.employment ?? 0) - (a.employment ?? 0) || a.title.localeCompare(b.title))
    .slice(0, count);
}

export interface CategoryRanking<T> {
  category: ExplorerCategory;
  jobs: number;
  /** Largest first (ties by title): the order a reader scans a narrow column in. */
  occupations: T[];
}

/**
 * The treemap's content as one ranked list per category, categories in the treemap's order
 * (largest first). Below 600 px a treemap's cells are too small to read or tap, so the phone
 * layout shows the same areas as bar lengths instead.
 */
export function rankCategories<T extends Pick<ExplorerOccupation, "categoryCode" | "employment" | "title">>(
  layout: TreemapLayout<T>,
): CategoryRanking<T>[] {
  const byCode = new Map<string, T[]>();
  for (const cell of layout.cells) {
    const list = byCode.get(cell.occupation.categoryCode) ?? [];
    list.push(cell.occupation);
    byCode.set(cell.occupation.categoryCode, list);
  }
  return layout.groups.map((group) => ({
    category: group.category,
    jobs: group.jobs,
    occupations: topByEmployment(byCode.get(group.category.code) ?? [], Number.POSITIVE_INFINITY),
  }));
}
