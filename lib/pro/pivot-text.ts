import { formatCurrency } from "@/lib/format";

import type { PivotTarget, WageDelta } from "./pivots";

/** Plain-text descriptions of a career pivot, shared by the profile page and the PDF. */
export function wageDeltaText(wage: WageDelta, options: { withTargetMedian?: boolean } = {}): string {
  if (wage.delta === null) {
    if (wage.source.bound === "atLeast" && wage.target.bound === "atLeast") return `both medians ${wage.source.text}: difference unknown`;
    return wage.target.value === null ? "target median not published" : "median not published for this occupation";
  }
  const sign = wage.delta > 0 ? "+" : wage.delta < 0 ? "−" : "±";
  const prefix = wage.bound === "atLeast" ? "at least " : wage.bound === "atMost" ? "at most " : "";
  const median = options.withTargetMedian ? ` (median ${wage.target.text})` : "";
  return `${prefix}${sign}${formatCurrency(Math.abs(wage.delta))} a year${median}`;
}

export function educationText(pivot: PivotTarget): string {
  const { steps, target } = pivot.education;
  if (target === null) return "not published";
  if (steps === null) return target;
  if (steps === 0) return `${target} (same level)`;
  return `${target} (${steps > 0 ? `${steps} ${steps === 1 ? "step" : "steps"} more` : `${-steps} ${steps === -1 ? "step" : "steps"} less`})`;
}

/** The target's Job Zone, where it comes from, and the ranking penalty for a step up. */
export function jobZoneText(pivot: PivotTarget): string {
  const { source, target, stepsUp } = pivot.jobZone;
  if (target === null) return "unknown";
  if (stepsUp > 0) return `${target} (from ${source}; −${pivot.penalty.toFixed(2)} in the ranking)`;
  return source === null ? String(target) : `${target} (from ${source})`;
}
