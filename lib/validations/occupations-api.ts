import { z } from "zod";

import { emptyAsUndefined, firstValue } from "@/lib/http/params";
import { majorGroupFromSegment } from "@/lib/soc";

/** Repeated parameters count as their first value; blank ones as missing. */
const given = (value: unknown) => emptyAsUndefined(firstValue(value));

/**
 * `GET /api/occupations?format=json|csv&category=11` — `category` is a SOC major group
 * code or a category slug starting with one ("11-management"). Unknown parameters are
 * ignored; bad values are a 422.
 */
export const occupationListQuerySchema = z.object({
  format: z.preprocess(given, z.enum(["json", "csv"], { error: 'format must be "json" or "csv".' }).default("json")),
  category: z.preprocess(
    given,
    z
      .string()
      .max(100)
      .transform((value, context) => {
        const code = majorGroupFromSegment(value);
        if (code !== null) return code;
        context.addIssue({ code: "custom", message: "category must be a SOC major group code such as 11 or a category slug such as 11-management." });
        return z.NEVER;
      })
      .optional(),
  ),
});

export type OccupationListQuery = z.infer<typeof occupationListQuerySchema>;
