import "server-only";

import { getDataVersion } from "@/db/queries/meta";
import { listCategories, listOccupationSummaries } from "@/db/queries/occupations";
import {
  economySummary,
  EXPLORER_LAYERS,
  layoutScatter,
  layoutTreemap,
  legendCounts,
  rankCategories,
  topByEmployment,
  type EconomySummary,
  type ExplorerCategory,
  type ExplorerLayer,
  type ExplorerOccupation,
  type LegendCount,
  type ScatterLayout,
  type TreemapLayout,
} from "@/lib/explore";
import { rankedListMarkup, scatterMarkup, treemapMarkup } from "@/lib/explore-svg";

export const TREEMAP_SIZE = { width: 1000, height: 640, groupLabelHeight: 16, padding: 1 };
export const SCATTER_SIZE = { width: 720, height: 460, margin: { top: 16, right: 16, bottom: 48, left: 56 }, maxRadius: 18, minRadius: 2.2 };
/** The scatter drawn for screens below 600 px: about one CSS pixel per unit, so its 12 px ticks stay ~11 px. */
export const SCATTER_PHONE_SIZE = { width: 360, height: 400, margin: { top: 12, right: 10, bottom: 46, left: 50 }, maxRadius: 11, minRadius: 2.2 };

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
  treemapMarkup: Record<ExplorerLayer, string>;
  scatterMarkup: string;
  phoneScatterMarkup: string;
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
    treemapMarkup: perLayer((layer) => treemapMarkup(treemap, layer)),
    scatterMarkup: scatterMarkup(scatter),
    phoneScatterMarkup: scatterMarkup(phoneScatter, { xLabelEvery: 2 }),
    rankedListMarkup: perLayer((layer) => rankedListMarkup(rankings, layer)),
  };
  globalForExplorer.explorerModel = model;
  return model;
}
