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

/** Fixed pay bands of the 2024 median annual wage (not quantiles, so they read the same every year). */
export const PAY_BANDS: readonly NumericBin[] = [
  { id: "lt35", label: "under $35k", min: null, max: 35_000 },
  { id: "35-50", label: "$35k–50k", min: 35_000, max: 50_000 },
  { id: "50-75", label: "$50k–75k", min: 50_000, max: 75_000 },
  { id: "75-100", label: "$75k–100k", min: 75_000, max: 100_000 },
  { id: "ge100", label: "$100k and over", min: 100_000, max: null },
];

/** Projected % change in employment 2024–34; BLS calls −1% to +1% "little or no change" and ~3% average. */
export const OUTLOOK_BINS: readonly NumericBin[] = [
  { id: "lt-10", label: "decline of 10% or more", min: null, max: -10 },
  { id: "-10-0", label: "decline under 10%", min: -10, max: 0 },
  { id: "0-5", label: "growth 0 to under 5%", min: 0, max: 5 },
  { id: "5-10", label: "growth 5 to under 10%", min: 5, max: 10 },
  { id: "ge10", label: "growth of 10% or more", min: 10, max: null },
];

/** Digital AI exposure is published as whole numbers 1–10. */
export const DIGITAL_BINS: readonly NumericBin[] = [
  { id: "0-2", label: "0–2 of 10", min: null, max: 3 },
  { id: "3-4", label: "3–4 of 10", min: 3, max: 5 },
  { id: "5-6", label: "5–6 of 10", min: 5, max: 7 },
  { id: "7-8", label: "7–8 of 10", min: 7, max: 9 },
  { id: "9-10", label: "9–10 of 10", min: 9, max: null },
];

/** Observed coverage U (% of the task weight seen in Claude use); 0 means no task seen. */
export const OBSERVED_BINS: readonly NumericBin[] = [
  { id: "0", label: "no task seen in use", min: null, max: Number.EPSILON },
  { id: "0-10", label: "under 10%", min: Number.EPSILON, max: 10 },
  { id: "10-25", label: "10% to under 25%", min: 10, max: 25 },
  { id: "25-50", label: "25% to under 50%", min: 25, max: 50 },
  { id: "ge50", label: "50% and over", min: 50, max: null },
];

/** Adoption gap in percentile points: above 0, capability ranks ahead of observed use. */
export const GAP_BINS: readonly NumericBin[] = [
  { id: "lt-25", label: "use well ahead (below −25)", min: null, max: -25 },
  { id: "-25-0", label: "use ahead (−25 to 0)", min: -25, max: 0 },
  { id: "0-25", label: "capability ahead (0 to 25)", min: 0, max: 25 },
  { id: "25-50", label: "capability well ahead (25 to 50)", min: 25, max: 50 },
  { id: "ge50", label: "capability far ahead (50 and over)", min: 50, max: null },
];

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
