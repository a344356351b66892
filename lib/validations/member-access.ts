import { z } from "zod";

import { WATCH_NOTICES } from "@/lib/watchlist";

/**
 * The access tuple the request hook decided for a member's profile request, as it hands it to
 * the page (lib/server/member-access.ts). Read back strictly: a malformed value is ignored and
 * the page decides again.
 */
export const memberAccessSchema = z.strictObject({
  soc: z.string().regex(/^\d{2}-\d{4}$/),
  signedIn: z.boolean(),
  pro: z.boolean(),
  purchasedReport: z.boolean(),
  watch: z
    .strictObject({
      watching: z.boolean(),
      count: z.number().int().nonnegative(),
      limit: z.number().int().positive(),
      pro: z.boolean(),
      notice: z.enum(WATCH_NOTICES).nullable(),
    })
    .nullable(),
});
