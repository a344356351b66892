import { z } from "zod";

import { MAX_QUERY_LENGTH } from "@/lib/search";

/** A repeated query parameter (`?q=a&q=b`) counts as its first value. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const searchQuerySchema = z.preprocess(firstValue, z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`));

/** `/search?q=` and `/api/search?q=&limit=`. Unknown parameters are ignored. */
export const searchParamsSchema = z.object({
  q: searchQuerySchema.optional().default(""),
  limit: z.preprocess((value) => {
    const first = firstValue(value);
    return first === "" ? undefined : first;
  }, z.coerce.number().int().min(1).max(50).optional()),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The first validation message, for a 400 body (prefixed with the parameter) or a page notice (`withPath: false`). */
export function firstIssue(error: z.ZodError, { withPath = true }: { withPath?: boolean } = {}): string {
  const issue = error.issues[0];
  if (issue === undefined) return "Invalid request.";
  const where = withPath && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}
