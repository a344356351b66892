import { z } from "zod";

import { socCodeSchema } from "@/lib/validations/soc";

/** The watch / stop-watching form: which occupation, and which page to return to. */
export const watchFormSchema = z.object({
  soc: socCodeSchema,
  from: z.enum(["profile", "account"]).default("profile"),
});
