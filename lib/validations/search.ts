import { z } from "zod";

import { emptyAsUndefined, firstValue } from "@/lib/http/params";
import { MAX_QUERY_LENGTH } from "@/lib/search";


export const searchQuerySchema = z.preprocess(firstValue, z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`));

/** `/search?q=` and `/api/search?q=&limit=`. Unknown parameters are ignored. */
export const searchParamsSchema = z.object({
  q: searchQuerySchema.optional().default(""),
  limit: z.preprocess((value) => emptyAsUndefined(firstValue(value)), z.coerce.number().int().min(1).max(50).optional()),
});

export type SearchQuery = z.infer<typeof searchParamsSchema>;
