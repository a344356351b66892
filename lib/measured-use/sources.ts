import { z } from "zod";

/** What the build stores (meta `measured_use_sources`) to name the source and period of every measured-use figure. */
export const measuredUseSourcesSchema = z.object({
  claude: z.array(z.object({ id: z.string(), label: z.string() })),
  copilot: z.object({ label: z.string(), period: z.string() }),
  chatgpt: z.object({ label: z.string(), firstMonth: z.string().nullable(), lastMonth: z.string().nullable() }),
  onet: z.string(),
});
export type MeasuredUseSources = z.infer<typeof measuredUseSourcesSchema>;
