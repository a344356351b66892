import { z } from "zod";

import { EXPLORER_LAYERS, type ExplorerLayer } from "./types";

/** `?layer=a&layer=b` arrives as an array: the first value counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Allowlist with a default: anything unknown, repeated oddly or missing means the score layer. */
export const explorerSearchSchema = z.object({
  layer: z.preprocess(firstValue, z.enum(EXPLORER_LAYERS)).catch("score"),
});

export function parseExplorerSearch(params: Record<string, string | string[] | undefined>): { layer: ExplorerLayer } {
  return explorerSearchSchema.parse(params);
}
