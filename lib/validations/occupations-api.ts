import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * `GET /api/occupations?format=json|csv&category=11` — `category` is a SOC major group
 * code or a category slug starting with one ("11-management"). Unknown parameters are
 * ignored; bad values are a 400.
 */
export const occupationListQuerySchema = z.object({
  format: z.preprocess(emptyAsUndefined, z.enum(["json", "csv"], { error: 'format must be "json" or "csv".' }).default("json")),
  category: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .max(100)
      .regex(/^\d{2}(?:-[a-z0-9-]*)?$/i, "category must be a SOC major group code such as 11 or a category slug such as 11-management.")
      .transform((value) => value.slice(0, 2))
      .optional(),
  ),
});

export type OccupationListQuery = z.infer<typeof occupationListQuerySchema>;

/** The two parameters read from a URL (first value of each; everything else ignored). */
export function occupationListParams(searchParams: URLSearchParams): Record<string, string | undefined> {
  return { format: searchParams.get("format") ?? undefined, category: searchParams.get("category") ?? undefined };
}
