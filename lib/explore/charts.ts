/** The explorer's chart documents: their names and addresses (served by app/explore/charts/[chart]). */
import type { ExplorerLayer } from "./types";

/** `treemap` (one document per colour layer), the wide scatter and the scatter drawn for phones. */
export const EXPLORER_CHARTS = ["treemap", "scatter", "scatter-phone"] as const;
export type ExplorerChart = (typeof EXPLORER_CHARTS)[number];

/** A content hash of the document: part of its address, so a cached copy never goes stale. */
export const CHART_VERSION_PATTERN = /^[0-9a-f]{16}$/;

/** The address of a chart document; `layer` only for the treemap (the scatters colour by score). */
export function chartPath(chart: ExplorerChart, { layer, version }: { layer?: ExplorerLayer; version: string }): string {
  const query = new URLSearchParams();
  if (chart === "treemap" && layer !== undefined && layer !== "score") query.set("layer", layer);
  query.set("v", version);
  return `/explore/charts/${chart}?${query.toString()}`;
}
