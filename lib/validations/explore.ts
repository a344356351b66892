import { z } from "zod";

import { CHART_VERSION_PATTERN, EXPLORER_CHARTS, EXPLORER_LAYERS } from "@/lib/explore";
import { firstValue } from "@/lib/http/params";

/** `/explore/charts/<chart>`: one of the explorer's chart documents (anything else is a 404). */
export const explorerChartSchema = z.enum(EXPLORER_CHARTS, { error: `Unknown chart. Charts: ${EXPLORER_CHARTS.join(", ")}.` });

/**
 * `?layer=&v=` of a chart document. Unlike the page (which falls back to the score layer), a
 * document's address is built by the page, so a bad value is an error (422), not a default.
 */
export const explorerChartQuerySchema = z.object({
  layer: z.preprocess(firstValue, z.enum(EXPLORER_LAYERS, { error: `layer must be one of ${EXPLORER_LAYERS.join(", ")}.` }).default("score")),
  v: z.preprocess(firstValue, z.string().regex(CHART_VERSION_PATTERN, "v must be the chart's 16-hex-digit version.").optional()),
});
