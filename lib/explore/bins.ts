/** The bands the summary and the colour layers group occupations by. */
import { scoringConfig } from "@/lib/scoring";

/** The high-pressure threshold: the lower bound of the "High" verdict band (60). */
export const HIGH_PRESSURE_SCORE = scoringConfig.bandThresholds.high;

export interface NumericBin {
  id: string;
  label: string;
  /** Inclusive lower bound; null for open below. */
  min: number | null;
  /** Exclusive upper bound; null for open above. */
  max: number | null;
}

/** Bins split at `edges` (ascending), open below the first edge and above the last: one [id, label] per bin. */
function binsAt(edges: readonly number[], bins: readonly (readonly [id: string, label: string])[]): readonly NumericBin[] {
  if (bins.length !== edges.length + 1) throw new Error(`${edges.length} edges make ${edges.length + 1} bins, not ${bins.length}`);
  return bins.map(([id, label], index) => ({ id, label, min: edges[index - 1] ?? null, max: edges[index] ?? null }));
}

/** Fixed pay bands of the 2024 median annual wage (not quantiles, so they read the same every year). */
export const PAY_BANDS = binsAt([35_000, 50_000, 75_000, 100_000], [["lt35", "under $35k"], ["35-50", "$35k–50k"], ["50-75", "$50k–75k"], ["75-100", "$75k–100k"], ["ge100", "$100k and over"]]);

/** Projected % change in employment 2024–34; BLS calls −1% to +1% "little or no change" and ~3% average. */
export const OUTLOOK_BINS = binsAt([-10, 0, 5, 10], [["lt-10", "decline of 10% or more"], ["-10-0", "decline under 10%"], ["0-5", "growth 0 to under 5%"], ["5-10", "growth 5 to under 10%"], ["ge10", "growth of 10% or more"]]);

/** Digital AI exposure is published as whole numbers 1–10. */
export const DIGITAL_BINS = binsAt([3, 5, 7, 9], [["0-2", "0–2 of 10"], ["3-4", "3–4 of 10"], ["5-6", "5–6 of 10"], ["7-8", "7–8 of 10"], ["9-10", "9–10 of 10"]]);

/** Observed coverage U (% of the task weight seen in Claude use); 0 means no task seen. */
export const OBSERVED_BINS = binsAt([Number.EPSILON, 10, 25, 50], [["0", "no task seen in use"], ["0-10", "under 10%"], ["10-25", "10% to under 25%"], ["25-50", "25% to under 50%"], ["ge50", "50% and over"]]);

/** Adoption gap in percentile points: above 0, capability ranks ahead of observed use. */
export const GAP_BINS = binsAt([-25, 0, 25, 50], [["lt-25", "use well ahead (below −25)"], ["-25-0", "use ahead (−25 to 0)"], ["0-25", "capability ahead (0 to 25)"], ["25-50", "capability well ahead (25 to 50)"], ["ge50", "capability far ahead (50 and over)"]]);

/** BLS "typical education needed for entry", lowest first (BLS's own ordering). */
export const EDUCATION_LEVELS = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
] as const;

export function binIndex(bins: readonly NumericBin[], value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const index = bins.findIndex((bin) => (bin.min === null || value >= bin.min) && (bin.max === null || value < bin.max));
  return index === -1 ? null : index;
}

export function educationIndex(education: string | null): number | null {
  if (education === null) return null;
  const index = (EDUCATION_LEVELS as readonly string[]).indexOf(education);
  return index === -1 ? null : index;
}
