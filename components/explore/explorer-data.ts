import "server-only";

import { createHash } from "node:crypto";

import { getDataVersion } from "@/db/queries/meta";
import { listCategories, listOccupationSummaries } from "@/db/queries/occupations";
import {
  economySummary,
  EXPLORER_LAYERS,
  layoutScatter,
  layoutTreemap,
  legendCounts,
  LAYER_NAMES,
  rankCategories,
  topByEmployment,
  type EconomySummary,
  type ExplorerChart,
  type ExplorerCategory,
  type ExplorerLayer,
  type ExplorerOccupation,
  type LegendCount,
  type ScatterLayout,
  type TreemapLayout,
} from "@/lib/explore";
import { chartDocument, rankedListMarkup, scatterLabel, scatterMarkup, treemapLabel, treemapMarkup } from "@/lib/explore-svg";

export const TREEMAP_SIZE = { width: 1000, height: 640, groupLabelHeight: 16, padding: 1 };
export const SCATTER_SIZE = { width: 720, height: 460, margin: { top: 16, right: 16, bottom: 48, left: 56 }, maxRadius: 18, minRadius: 2.2 };
/** The scatter drawn for screens below 600 px: about one CSS pixel per unit, so its 12 px ticks stay ~11 px. */
export const SCATTER_PHONE_SIZE = { width: 360, height: 400, margin: { top: 12, right: 10, bottom: 46, left: 50 }, maxRadius: 11, minRadius: 2.2 };

/** One chart as its own SVG document (app/explore/charts/[chart]), framed by the page. */
export interface ChartDocument {
  body: string;
  /** 16 hex digits of the body's SHA-256: its ETag and the `v` of its address. */
  version: string;
  width: number;
  height: number;
  /** What the chart shows: the frame's title and the document's label. */
  label: string;
}

export interface ExplorerModel {
  version: string | null;
  rows: ExplorerOccupation[];
  categories: ExplorerCategory[];
  summary: EconomySummary;
  treemap: TreemapLayout<ExplorerOccupation>;
  scatter: ScatterLayout<ExplorerOccupation>;
  phoneScatter: ScatterLayout<ExplorerOccupation>;
  top: ExplorerOccupation[];
  legend: Record<ExplorerLayer, { entries: LegendCount[]; noData: LegendCount }>;
  /** The treemap per colour layer, the wide scatter and the phone scatter. */
  charts: { treemap: Record<ExplorerLayer, ChartDocument>; scatter: ChartDocument; "scatter-phone": ChartDocument };
  /** The treemap's phone form (a ranked list per category), per layer. */
  rankedListMarkup: Record<ExplorerLayer, string>;
}

const globalForExplorer = globalThis as unknown as { explorerModel?: ExplorerModel };

/**
 * Everything /explore shows, computed once per content build: the data only changes when
 * `npm run db:build` swaps the database, which changes its data version. A request then
 * costs one tiny query (the version) plus rendering the page around prebuilt SVG markup.
 */
export function getExplorerModel(): ExplorerModel {
  const version = getDataVersion();
  const cached = globalForExplorer.explorerModel;
  if (cached !== undefined && version !== null && cached.version === version) return cached;

  const rows = listOccupationSummaries();
  const categories = listCategories().map(({ code, title, slug }) => ({ code, title, slug }));
  const treemap = layoutTreemap(categories, rows, TREEMAP_SIZE);
  const scatter = layoutScatter(rows, SCATTER_SIZE);
  const phoneScatter = layoutScatter(rows, SCATTER_PHONE_SIZE);
  const rankings = rankCategories(treemap);
  const perLayer = <T,>(build: (layer: ExplorerLayer) => T) =>
    Object.fromEntries(EXPLORER_LAYERS.map((layer) => [layer, build(layer)])) as Record<ExplorerLayer, T>;
  const model: ExplorerModel = {
    version,
    rows,
    categories,
    summary: economySummary(rows),
    treemap,
    scatter,
    phoneScatter,
    top: topByEmployment(rows, 50),
    legend: perLayer((layer) => legendCounts(layer, rows)),
    charts: {
      treemap: perLayer((layer) => chartDocumentOf(treemap, treemapLabel(treemap.cells.length, LAYER_NAMES[layer]), treemapMarkup(treemap, layer))),
      scatter: chartDocumentOf(scatter, scatterLabel(scatter.points.length, scatter.xDomain), scatterMarkup(scatter)),
      "scatter-phone": chartDocumentOf(phoneScatter, scatterLabel(phoneScatter.points.length, phoneScatter.xDomain), scatterMarkup(phoneScatter, { xLabelEvery: 2 })),
    },
    rankedListMarkup: perLayer((layer) => rankedListMarkup(rankings, layer)),
  };
  globalForExplorer.explorerModel = model;
  return model;
}

function chartDocumentOf({ width, height }: { width: number; height: number }, label: string, inner: string): ChartDocument {
  const body = chartDocument({ width, height, label, inner });
  return { body, version: createHash("sha256").update(body).digest("hex").slice(0, 16), width, height, label };
}

/** One chart document of the current content build; `layer` picks the treemap's colour layer. */
export function getChartDocument(chart: ExplorerChart, layer: ExplorerLayer): ChartDocument {
  const { charts } = getExplorerModel();
  return chart === "treemap" ? charts.treemap[layer] : charts[chart];
}
