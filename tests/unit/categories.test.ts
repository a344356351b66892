import { describe, expect, it } from "vitest";

import {
  ariaSort,
  bandCountsByCategory,
  bandCountsFromScores,
  CATEGORY_ORDERS,
  categoryCodeFromSegment,
  categoryOrderSegment,
  categorySortFromOrderSegment,
  isDefaultCategorySort,
  oneDecimal,
  parseCategorySort,
  sortCategoryOccupations,
  sortHref,
  type SortableOccupation,
} from "@/lib/categories";

describe("category route segment", () => {
  it("accepts the slug, the bare code and the code with any text", () => {
    expect(categoryCodeFromSegment("11-management")).toBe("11");
    expect(categoryCodeFromSegment("11")).toBe("11");
    expect(categoryCodeFromSegment("43-office-and-administrative-support")).toBe("43");
    expect(categoryCodeFromSegment("11-managment")).toBe("11");
    expect(categoryCodeFromSegment("11%2Dmanagement")).toBe("11");
  });

  it("rejects anything else without throwing", () => {
    for (const segment of ["management", "1", "111", "11-3051 x", "%E0%A4%A", "11_management", "", "x".repeat(500)]) {
      expect(categoryCodeFromSegment(segment)).toBeNull();
    }
  });
});

describe("sort query string", () => {
  it("defaults to score, highest first", () => {
    expect(parseCategorySort({})).toEqual({ sort: "score", dir: "desc" });
  });

  it("gives each column its natural first direction", () => {
    expect(parseCategorySort({ sort: "employment" })).toEqual({ sort: "employment", dir: "desc" });
    expect(parseCategorySort({ sort: "title" })).toEqual({ sort: "title", dir: "asc" });
    expect(parseCategorySort({ sort: "pay", dir: "asc" })).toEqual({ sort: "pay", dir: "asc" });
  });

  it("falls back on unknown, odd or repeated values", () => {
    expect(parseCategorySort({ sort: "salary", dir: "sideways" })).toEqual({ sort: "score", dir: "desc" });
    expect(parseCategorySort({ sort: "outlook", dir: "DESC" })).toEqual({ sort: "outlook", dir: "desc" });
    expect(parseCategorySort({ sort: ["employment", "title"], dir: ["asc", "desc"] })).toEqual({ sort: "employment", dir: "asc" });
    expect(parseCategorySort({ sort: "title", dir: "" })).toEqual({ sort: "title", dir: "asc" });
  });

  it("links the current column to the reverse order and others to their default", () => {
    const current = { sort: "employment", dir: "desc" } as const;
    expect(sortHref(current, "employment")).toBe("?sort=employment&dir=asc");
    expect(sortHref({ sort: "employment", dir: "asc" }, "employment")).toBe("?sort=employment&dir=desc");
    expect(sortHref(current, "title")).toBe("?sort=title&dir=asc");
    expect(sortHref(current, "score")).toBe("?sort=score&dir=desc");
    expect(ariaSort(current, "employment")).toBe("descending");
    expect(ariaSort({ sort: "title", dir: "asc" }, "title")).toBe("ascending");
    expect(ariaSort(current, "score")).toBeUndefined();
  });
});

describe("sorting a category's occupations", () => {
  const row = (soc: string, title: string, fields: Partial<SortableOccupation>): SortableOccupation => ({
    soc,
    title,
    score: 50,
    employment: 1000,
    epMedianWage: 50_000,
    changePct: 1,
    ...fields,
  });
  const rows = [
    row("11-1", "Chief Executives", { score: 40, employment: 300, epMedianWage: null, changePct: -8 }),
    row("11-2", "Advertising Managers", { score: 62, employment: 30, epMedianWage: 127_000, changePct: 6.6 }),
    row("11-3", "Buyers", { score: 40, employment: null, epMedianWage: 70_000, changePct: null }),
    row("11-4", "Zoo Managers", { score: null, employment: 900, epMedianWage: 80_000, changePct: 2 }),
  ];
  const order = (sort: Parameters<typeof sortCategoryOccupations>[1]) => sortCategoryOccupations(rows, sort).map((r) => r.soc);

  it("sorts by score with ties by title and missing scores last", () => {
    expect(order({ sort: "score", dir: "desc" })).toEqual(["11-2", "11-3", "11-1", "11-4"]);
    expect(order({ sort: "score", dir: "asc" })).toEqual(["11-3", "11-1", "11-2", "11-4"]);
  });

  it("sorts by employment, pay and outlook with missing values last in both directions", () => {
    expect(order({ sort: "employment", dir: "desc" })).toEqual(["11-4", "11-1", "11-2", "11-3"]);
    expect(order({ sort: "employment", dir: "asc" })).toEqual(["11-2", "11-1", "11-4", "11-3"]);
    expect(order({ sort: "pay", dir: "desc" })).toEqual(["11-2", "11-4", "11-3", "11-1"]);
    expect(order({ sort: "pay", dir: "asc" })).toEqual(["11-3", "11-4", "11-2", "11-1"]);
    expect(order({ sort: "outlook", dir: "desc" })).toEqual(["11-2", "11-4", "11-1", "11-3"]);
  });

  it("sorts by title either way and never mutates its input", () => {
    expect(order({ sort: "title", dir: "asc" })).toEqual(["11-2", "11-3", "11-1", "11-4"]);
    expect(order({ sort: "title", dir: "desc" })).toEqual(["11-4", "11-1", "11-3", "11-2"]);
    expect(rows.map((r) => r.soc)).toEqual(["11-1", "11-2", "11-3", "11-4"]);
  });
});

describe("band counts", () => {
  it("counts scores into verdict bands at the band edges", () => {
    expect(bandCountsFromScores([0, 19, 20, 39, 40, 59, 60, 79, 80, 100, null])).toEqual({
      low: 2,
      moderate: 2,
      clear: 2,
      high: 2,
      veryHigh: 2,
    });
  });

  it("groups query rows per category and ignores unknown bands", () => {
    const map = bandCountsByCategory([
      { categoryCode: "11", band: "low", count: 3 },
      { categoryCode: "11", band: "high", count: 2 },
      { categoryCode: "13", band: "clear", count: 5 },
      { categoryCode: "13", band: "bogus", count: 9 },
      { categoryCode: "13", band: null, count: 1 },
    ]);
    expect(map.get("11")).toEqual({ low: 3, moderate: 0, clear: 0, high: 2, veryHigh: 0 });
    expect(map.get("13")).toEqual({ low: 0, moderate: 0, clear: 5, high: 0, veryHigh: 0 });
  });
});

describe("mean score display", () => {
  it("keeps one decimal so a mean just under a band edge stays in its band", () => {
    expect(oneDecimal(59.94)).toBe(59.9);
    expect(oneDecimal(47.95)).toBe(48);
    expect(oneDecimal(null)).toBeNull();
  });
});

describe("category sort orders as prerendered pages", () => {
  it("has one route segment per order, 5 columns × 2 directions, each read back to its order", () => {
    expect(CATEGORY_ORDERS).toHaveLength(10);
    const segments = CATEGORY_ORDERS.map(categoryOrderSegment);
    expect(new Set(segments).size).toBe(10);
    expect(segments).toContain("employment-asc");
    for (const order of CATEGORY_ORDERS) expect(categorySortFromOrderSegment(categoryOrderSegment(order))).toEqual(order);
    for (const junk of ["", "employment", "employment-up", "score-desc-x", "SCORE-DESC", "../score-desc"]) expect(categorySortFromOrderSegment(junk)).toBeNull();
  });

  it("knows the default order (score, highest first), which is the category's own page", () => {
    expect(CATEGORY_ORDERS.filter(isDefaultCategorySort)).toEqual([{ sort: "score", dir: "desc" }]);
    expect(isDefaultCategorySort(parseCategorySort({}))).toBe(true);
    expect(isDefaultCategorySort(parseCategorySort({ sort: "score", dir: "asc" }))).toBe(false);
  });
});
