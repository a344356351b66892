/**
 * The whole-economy explorer (/explore), one file per concern: the shapes (types), the query
 * string (search), the bands (bins), the colour layers (layers), the economy-wide summary,
 * the treemap, the ranked lists, the scatter and the chart documents' addresses. Pure: rows in, numbers and geometry out.
 */
export * from "./bins";
export * from "./charts";
export type { Rect } from "./geometry";
export * from "./layers";
export * from "./ranking";
export * from "./scatter";
export * from "./search";
export * from "./summary";
export * from "./treemap";
export * from "./types";
