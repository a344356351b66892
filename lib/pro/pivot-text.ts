import { formatCurrency, formatDecimal } from "@/lib/format";

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

/** Why the target was picked: which lists name it, and the boost that earned. */
export function relatedText(pivot: PivotTarget): string {
  const { onet, bls } = pivot.related;
  const lists = [onet === null ? null : `O*NET (${onet === "Primary-Short" ? "closest tier" : onet === "Primary-Long" ? "second tier" : "supplemental tier"})`, bls ? "BLS’s similar occupations" : null].filter(
    (list): list is string => list !== null,
  );
  if (lists.length === 0) return "not on O*NET’s or BLS’s related lists: chosen on profile similarity alone";
  return `listed as related by ${lists.join(" and ")}${pivot.boost > 0 ? ` (+${pivot.boost.toFixed(1)} in the ranking)` : ""}`;
}

/** "0.62 (skills 0.81, knowledge 0.55, work activities 0.42)". */
export function similarityText(pivot: PivotTarget): string {
  const parts = [
    ["skills", pivot.cosines.skills],
    ["knowledge", pivot.cosines.knowledge],
    ["work activities", pivot.cosines.activities],
  ].map(([label, value]) => `${label} ${value === null ? "n/a" : (value as number).toFixed(2)}`);
  return `${pivot.similarity.toFixed(2)} (${parts.join(", ")})`;
}

/** "Food Production (level 0 → 4.3)". */
export function skillToBuildText(skill: PivotTarget["toBuild"][number]): string {
  return `${skill.name} (level ${formatDecimal(skill.from)} → ${formatDecimal(skill.to)})`;
}

/** "Microsoft Power BI (in demand)". */
export function technologyText(technology: PivotTarget["technologies"][number]): string {
  const flags = [technology.inDemand ? "in demand" : null, technology.hot ? "hot technology" : null].filter((flag) => flag !== null);
  return `${technology.name} (${flags.join(", ")})`;
}
