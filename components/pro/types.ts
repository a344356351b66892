import type { ProAnalyses } from "@/db/queries/pro";
import type { MixStatus, TaskMixBase } from "@/lib/pro/task-mix";

/**
 * What the member page hands the profile view for a Pro member. Loaded only after the
 * entitlement check, on the per-request route; the static page never builds one.
 */
export interface ProProfileData {
  analyses: ProAnalyses;
  /** Null when the occupation has no score to recompute. */
  taskMix: { base: TaskMixBase; mix: Record<number, number>; status: MixStatus; path: string } | null;
}
