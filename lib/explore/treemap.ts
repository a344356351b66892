/** The treemap of occupations by category, area ∝ employment (d3-hierarchy). */
import { hierarchy, treemap, treemapSquarify } from "d3-hierarchy";

import { type Rect, round1 } from "./geometry";
import type { ExplorerCategory, ExplorerOccupation } from "./types";

export interface TreemapGroup extends Rect {
  category: ExplorerCategory;
  jobs: number;
}

export interface TreemapCell<T> extends Rect {
  occupation: T;
}

export interface TreemapLayout<T> {
  width: number;
  height: number;
  groups: TreemapGroup[];
  cells: TreemapCell<T>[];
  /** Occupations without a positive employment figure: no area, listed under the chart instead. */
  withoutEmployment: T[];
}

export interface TreemapOptions {
  width: number;
  height: number;
  /** Room at the top of each category box for its label. */
  groupLabelHeight: number;
  padding: number;
}

type TreeDatum<T> = { kind: "root" } | { kind: "group"; category: ExplorerCategory } | { kind: "cell"; occupation: T };

/**
 * Squarified treemap of occupations grouped by category, area ∝ 2024 employment
 * (d3-hierarchy). Categories and cells are ordered largest first; coordinates to 0.1 unit.
 */
export function layoutTreemap<T extends Pick<ExplorerOccupation, "categoryCode" | "employment" | "soc">>(
  categories: readonly ExplorerCategory[],
  rows: readonly T[],
  options: TreemapOptions,
): TreemapLayout<T> {
  const withEmployment = rows.filter((row) => row.employment !== null && row.employment > 0);
  const withoutEmployment = rows.filter((row) => !(row.employment !== null && row.employment > 0));
  const byCategory = new Map<string, T[]>();
  for (const row of withEmployment) {
    const list = byCategory.get(row.categoryCode) ?? [];
    list.push(row);
    byCategory.set(row.categoryCode, list);
  }
  const knownCodes = new Set(categories.map((category) => category.code));
  const allCategories: ExplorerCategory[] = [
    ...categories,
    ...[...byCategory.keys()].filter((code) => !knownCodes.has(code)).map((code) => ({ code, title: `SOC ${code}`, slug: code })),
  ];

  type Node = { data: TreeDatum<T>; children?: Node[] };
  const root: Node = {
    data: { kind: "root" },
    children: allCategories
      .filter((category) => (byCategory.get(category.code) ?? []).length > 0)
      .map((category) => ({
        data: { kind: "group", category },
        children: (byCategory.get(category.code) ?? []).map((occupation) => ({ data: { kind: "cell", occupation } })),
      })),
  };

  const tree = hierarchy<Node>(root, (node) => node.children)
    .sum((node) => (node.data.kind === "cell" ? (node.data.occupation.employment ?? 0) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || soc(a.data).localeCompare(soc(b.data)));

  const laid = treemap<Node>()
    .tile(treemapSquarify)
    .size([options.width, options.height])
    .paddingOuter(options.padding)
    .paddingInner(options.padding)
    .paddingTop((node) => (node.depth === 1 ? options.groupLabelHeight : options.padding))
    .round(false)(tree);

  const groups: TreemapGroup[] = [];
  const cells: TreemapCell<T>[] = [];
  for (const node of laid.descendants()) {
    const rect = { x: round1(node.x0), y: round1(node.y0), width: round1(node.x1 - node.x0), height: round1(node.y1 - node.y0) };
    if (node.data.data.kind === "group") groups.push({ ...rect, category: node.data.data.category, jobs: node.value ?? 0 });
    else if (node.data.data.kind === "cell") cells.push({ ...rect, occupation: node.data.data.occupation });
  }
  return { width: options.width, height: options.height, groups, cells, withoutEmployment };
}

function soc<T extends { soc: string }>(datum: { data: TreeDatum<T> }): string {
  const data = datum.data;
  return data.kind === "cell" ? data.occupation.soc : data.kind === "group" ? data.category.code : "";
}

/**
 * Fit a label into `width` units at `fontSize`, ellipsised; "" when not even four characters
 * fit. `glyph` is the average character width in em (≈ 0.55 regular, 0.62 bold).
 */
export function fitLabel(text: string, width: number, fontSize: number, glyph = 0.55): string {
  const capacity = Math.floor(width / (fontSize * glyph));
  if (capacity >= text.length) return text;
  if (capacity < 4) return "";
  return `${text.slice(0, capacity - 1).trimEnd()}…`;
}
