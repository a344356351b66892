import { z } from "zod";

import { firstValue, type SearchParams } from "@/lib/http/params";

import { EXPLORER_LAYERS, type ExplorerLayer } from "./types";

/** Allowlist with a default: anything unknown, repeated oddly or missing means the score layer (`?layer=a&layer=b`: the first counts). */
export const explorerSearchSchema = z.object({
  layer: z.preprocess(firstValue, z.enum(EXPLORER_LAYERS)).catch("score"),
});

export function parseExplorerSearch(params: SearchParams): { layer: ExplorerLayer } {
  return explorerSearchSchema.parse(params);
}
