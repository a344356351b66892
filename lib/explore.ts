/**
 * The whole-economy explorer (/explore): query parsing, colour layers, economy-wide summary
 * figures and the treemap / scatter layouts. Pure: rows in, numbers and geometry out.
 */
import { hierarchy, treemap, treemapSquarify } from "d3-hierarchy";
import { z } from "zod";

import { formatPercent } from "@/lib/format";
import { pressureColor } from "@/lib/pressure-scale";
import { allBands, scoringConfig, verdictBand } from "@/lib/scoring";

/** The fields of one occupation the explorer uses (a structural subset of the content row). */
export interface ExplorerOccupation {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number | null;
  employment: number | null;
  /**
   * Jobs this occupation counts for in economy-wide figures: its employment, or its share of
   * an NEM aggregate BLS reports for several occupations (so the aggregate counts once).
   */
  jobWeight?: number | null;
  changePct: number | null;
  epMedianWage: number | null;
  epMedianWageTopCoded: boolean;
  entryEducation: string | null;
  /** 0–10 digital AI exposure of the covering OOH profile; null when not published. */
  digitalExposure: number | null;
  /** Observed coverage U, 0–100 (METHODOLOGY §8); null when the occupation has no scored tasks. */
  observedCoverage?: number | null;
  /** Percentile of T − percentile of U, in points; null when either is missing. */
  adoptionGap?: number | null;
  /** Share of its Claude use that is automation, 0–1; null when no task is seen in use. */
  automationShare?: number | null;
}

export interface ExplorerCategory {
  code: string;
  title: string;
  slug: string;
}

// --- query string ---------------------------------------------------------------------------

export const EXPLORER_LAYERS = ["score", "outlook", "pay", "education", "digital", "observed", "gap"] as const;
export type ExplorerLayer = (typeof EXPLORER_LAYERS)[number];

/** `?layer=a&layer=b` arrives as an array: the first value counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Allowlist with a default: anything unknown, repeated oddly or missing means the score layer. */
export const explorerSearchSchema = z.object({
  layer: z.preprocess(firstValue, z.enum(EXPLORER_LAYERS)).catch("score"),
});

export function parseExplorerSearch(params: Record<string, string | string[] | undefined>): { layer: ExplorerLayer } {
  return explorerSearchSchema.parse(params);
}

// --- bands used by the summary and the colour layers ----------------------------------------

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

// --- colour layers ----------------------------------------------------------------------------

/** Steps of the sequential (non-pressure) palette; CSS variables --seq-0 … --seq-7 (components/explore). */
export const SEQUENTIAL_STEPS = 8;

/** Step (0–7) of the sequential palette for bin `index` of `count`, spread over its 8 steps. */
export function sequentialStep(index: number, count: number): number {
  return count <= 1 ? SEQUENTIAL_STEPS - 1 : Math.round((index * (SEQUENTIAL_STEPS - 1)) / (count - 1));
}

/** Colour of bin `index` of `count` on the sequential palette. */
export function sequentialColor(index: number, count: number): string {
  return `var(--seq-${sequentialStep(index, count)})`;
}

export const NO_DATA_COLOR = "var(--seq-none)";

export interface LegendEntry {
  label: string;
  color: string;
}

export interface LayerScale {
  layer: ExplorerLayer;
  /** Link text of the switch. */
  name: string;
  /** Heading of the legend: what the colour means. */
  title: string;
  entries: LegendEntry[];
  noDataLabel: string;
}

export const LAYER_NAMES: Record<ExplorerLayer, string> = {
  score: "AI pressure score",
  outlook: "Outlook",
  pay: "Median pay",
  education: "Entry education",
  digital: "Digital AI exposure",
  observed: "Seen in AI use",
  gap: "Adoption gap",
};

export function layerScale(layer: ExplorerLayer): LayerScale {
  const name = LAYER_NAMES[layer];
  switch (layer) {
    case "score":
      return {
        layer,
        name,
        title: "AI pressure score, 0–100 (verdict bands)",
        entries: allBands().map((band) => ({ label: `${band.range} ${band.label}`, color: pressureColor(scoringConfig.bandThresholds[band.id]) })),
        noDataLabel: "no score (no rated tasks)",
      };
    case "outlook":
      return {
        layer,
        name,
        title: "Projected change in employment 2024–34 (BLS)",
        entries: OUTLOOK_BINS.map((bin, index) => ({ label: bin.label, color: sequentialColor(index, OUTLOOK_BINS.length) })),
        noDataLabel: "no projection",
      };
    case "pay":
      return {
        layer,
        name,
        title: "Median annual wage, 2024 (BLS)",
        entries: PAY_BANDS.map((bin, index) => ({ label: bin.label, color: sequentialColor(index, PAY_BANDS.length) })),
        noDataLabel: "wage not published",
      };
    case "education":
      return {
        layer,
        name,
        title: "Typical education needed for entry (BLS)",
        entries: EDUCATION_LEVELS.map((level, index) => ({ label: level, color: sequentialColor(index, EDUCATION_LEVELS.length) })),
        noDataLabel: "not assigned",
      };
    case "digital":
      return {
        layer,
        name,
        title: "Digital AI exposure of the BLS OOH profile, 0–10",
        entries: DIGITAL_BINS.map((bin, index) => ({ label: bin.label, color: sequentialColor(index, DIGITAL_BINS.length) })),
        noDataLabel: "not published for this occupation",
      };
    case "observed":
      return {
        layer,
        name,
        title: "Observed coverage U: share of the task weight seen in Claude use (Anthropic Economic Index)",
        entries: OBSERVED_BINS.map((bin, index) => ({ label: bin.label, color: sequentialColor(index, OBSERVED_BINS.length) })),
        noDataLabel: "no scored tasks",
      };
    case "gap":
      return {
        layer,
        name,
        title: "Adoption gap: percentile of task feasibility T minus percentile of observed coverage U",
        entries: GAP_BINS.map((bin, index) => ({ label: bin.label, color: sequentialColor(index, GAP_BINS.length) })),
        noDataLabel: "T or U missing",
      };
  }
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export function formatWageText(wage: number | null, topCoded: boolean): string {
  if (wage === null) return "median pay not published";
  return `${topCoded ? "≥ " : ""}${usd.format(wage)}`;
}

export function formatChangeText(changePct: number | null): string {
  if (changePct === null) return "no projection";
  const text = `${Math.abs(changePct).toFixed(1)}%`;
  return changePct > 0 ? `+${text}` : changePct < 0 ? `−${text}` : text;
}

/** Index of the legend entry an occupation falls in on a layer; null when it has no value. */
export function layerBin(layer: ExplorerLayer, occupation: ExplorerOccupation): number | null {
  switch (layer) {
    case "score": {
      if (occupation.score === null) return null;
      const id = verdictBand(occupation.score).id;
      return allBands().findIndex((band) => band.id === id);
    }
    case "outlook":
      return binIndex(OUTLOOK_BINS, occupation.changePct);
    case "pay":
      return binIndex(PAY_BANDS, occupation.epMedianWage);
    case "education":
      return educationIndex(occupation.entryEducation);
    case "digital":
      return binIndex(DIGITAL_BINS, occupation.digitalExposure);
    case "observed":
      return binIndex(OBSERVED_BINS, occupation.observedCoverage ?? null);
    case "gap":
      return binIndex(GAP_BINS, occupation.adoptionGap ?? null);
  }
}

/** The value in words, as tooltips and tables print it. */
export function layerText(layer: ExplorerLayer, occupation: ExplorerOccupation): string {
  switch (layer) {
    case "score":
      return occupation.score === null ? "no score" : `score ${occupation.score} (${verdictBand(occupation.score).label.toLowerCase()})`;
    case "outlook":
      return occupation.changePct === null ? "no projection" : `${formatChangeText(occupation.changePct)} projected 2024–34`;
    case "pay":
      return occupation.epMedianWage === null
        ? "median pay not published"
        : `median pay ${formatWageText(occupation.epMedianWage, occupation.epMedianWageTopCoded)}`;
    case "education":
      return occupation.entryEducation === null ? "entry education not assigned" : `entry: ${occupation.entryEducation}`;
    case "digital":
      return occupation.digitalExposure === null ? "digital exposure not published" : `digital exposure ${occupation.digitalExposure} of 10`;
    case "observed": {
      const coverage = occupation.observedCoverage ?? null;
      if (coverage === null) return "no scored tasks";
      return coverage > 0 ? `${formatPercent(coverage)} of its task weight seen in Claude use` : "no task seen in Claude use";
    }
    case "gap": {
      const gap = occupation.adoptionGap ?? null;
      if (gap === null) return "adoption gap not available";
      return `adoption gap ${gap > 0 ? "+" : gap < 0 ? "−" : ""}${Math.abs(gap).toFixed(0)} percentile points`;
    }
  }
}

const BIN_COUNTS: Record<ExplorerLayer, number> = {
  score: allBands().length,
  outlook: OUTLOOK_BINS.length,
  pay: PAY_BANDS.length,
  education: EDUCATION_LEVELS.length,
  digital: DIGITAL_BINS.length,
  observed: OBSERVED_BINS.length,
  gap: GAP_BINS.length,
};

export interface LayerValue {
  bin: number | null;
  /** A CSS colour (a variable of the light/dark theme). */
  color: string;
  /**
   * The same colour as a short class for server-built SVG: "p0"–"p4" (pressure bands, the
   * --p0…--p4 of app/globals.css), "s0"–"s7" (sequential palette), "n" (no data).
   */
  token: string;
  text: string;
}

/** The cell colour and the value in words for one occupation on one layer. */
export function layerValue(layer: ExplorerLayer, occupation: ExplorerOccupation): LayerValue {
  const bin = layerBin(layer, occupation);
  const text = layerText(layer, occupation);
  if (bin === null) return { bin, color: NO_DATA_COLOR, token: "n", text };
  if (layer === "score" && occupation.score !== null) return { bin, color: pressureColor(occupation.score), token: `p${bin}`, text };
  const step = sequentialStep(bin, BIN_COUNTS[layer]);
  return { bin, color: `var(--seq-${step})`, token: `s${step}`, text };
}

export interface LegendCount {
  occupations: number;
  jobs: number;
}

/** How many occupations and jobs fall in each legend entry of a layer, plus those with no value. */
export function legendCounts(layer: ExplorerLayer, rows: readonly ExplorerOccupation[]): { entries: LegendCount[]; noData: LegendCount } {
  const entries = layerScale(layer).entries.map(() => ({ occupations: 0, jobs: 0 }));
  const noData = { occupations: 0, jobs: 0 };
  for (const row of rows) {
    const bin = layerBin(layer, row);
    const target = bin === null ? noData : entries[bin];
    if (target === undefined) continue;
    target.occupations += 1;
    target.jobs += row.employment ?? 0;
  }
  return { entries, noData };
}

// --- economy-wide summary --------------------------------------------------------------------

export interface GroupFigures {
  id: string;
  label: string;
  occupations: number;
  jobs: number;
  /** Employment-weighted mean score of the group's scored occupations; null when none. */
  meanScore: number | null;
}

export interface EconomySummary {
  occupations: number;
  /** Occupations with a score and a positive 2024 employment figure: the base of every weighted figure. */
  counted: number;
  /** Occupations left out of the weighted figures (no score or no employment). */
  excluded: number;
  totalJobs: number;
  weightedMeanScore: number | null;
  high: {
    threshold: number;
    occupations: number;
    jobs: number;
    jobShare: number | null;
    /** Σ employment × median wage over high-pressure occupations with a published wage. */
    wageBill: number;
    /** The same wage bill's share of the economy-wide wage bill (occupations with a published wage). */
    wageBillShare: number | null;
    /** Occupations whose wage is top-coded (≥ $239,200): the wage bill is a lower bound when > 0. */
    topCodedOccupations: number;
    /** High-pressure occupations without a published wage, left out of the wage bill. */
    missingWageOccupations: number;
    missingWageJobs: number;
  };
  totalWageBill: number;
  topCodedOccupations: number;
  missingWageOccupations: number;
  byPay: GroupFigures[];
  payUnknown: GroupFigures;
  byEducation: GroupFigures[];
  educationUnknown: GroupFigures;
  /** Measured AI use over the counted jobs (METHODOLOGY §8), employment-weighted. */
  observedUse: {
    /** Σ jobs × U / 100 over Σ jobs with a U: the share of the work already seen in Claude use. */
    seenShare: number | null;
    /** Jobs behind `seenShare` (counted occupations with a U). */
    jobs: number;
    /** Employment-weighted mean automation share over occupations with a task seen in use. */
    automationShare: number | null;
    /** Jobs behind `automationShare`. */
    automationJobs: number;
  };
}

interface Accumulator {
  occupations: number;
  jobs: number;
  weighted: number;
}

const emptyAccumulator = (): Accumulator => ({ occupations: 0, jobs: 0, weighted: 0 });

function finish(id: string, label: string, acc: Accumulator): GroupFigures {
  return { id, label, occupations: acc.occupations, jobs: acc.jobs, meanScore: acc.jobs > 0 ? acc.weighted / acc.jobs : null };
}

/**
 * Economy-wide figures over occupations with a score and a positive employment figure.
 * Means are weighted by 2024 employment (a job counts, not an occupation title; jobs BLS
 * reports for several occupations together count once, split between them). The wage
 * bill is employment × median annual wage 2024; BLS top-codes wages at $239,200, so with
 * top-coded occupations present it is a lower bound.
 */
export function economySummary(rows: readonly ExplorerOccupation[], threshold: number = HIGH_PRESSURE_SCORE): EconomySummary {
  let counted = 0;
  let totalJobs = 0;
  let weightedScore = 0;
  let totalWageBill = 0;
  let topCodedOccupations = 0;
  let missingWageOccupations = 0;
  const high = { occupations: 0, jobs: 0, wageBill: 0, topCodedOccupations: 0, missingWageOccupations: 0, missingWageJobs: 0 };
  const pay = PAY_BANDS.map(emptyAccumulator);
  const payUnknown = emptyAccumulator();
  const education = EDUCATION_LEVELS.map(emptyAccumulator);
  const educationUnknown = emptyAccumulator();
  const seen = { jobs: 0, weighted: 0 };
  const automation = { jobs: 0, weighted: 0 };

  for (const row of rows) {
    const jobs = row.jobWeight === undefined ? row.employment : row.jobWeight;
    if (row.score === null || jobs === null || !(jobs > 0)) continue;
    counted += 1;
    totalJobs += jobs;
    weightedScore += jobs * row.score;

    const wage = row.epMedianWage;
    if (wage === null) missingWageOccupations += 1;
    else {
      totalWageBill += jobs * wage;
      if (row.epMedianWageTopCoded) topCodedOccupations += 1;
    }

    if (row.score >= threshold) {
      high.occupations += 1;
      high.jobs += jobs;
      if (wage === null) {
        high.missingWageOccupations += 1;
        high.missingWageJobs += jobs;
      } else {
        high.wageBill += jobs * wage;
        if (row.epMedianWageTopCoded) high.topCodedOccupations += 1;
      }
    }

    const coverage = row.observedCoverage ?? null;
    if (coverage !== null) {
      seen.jobs += jobs;
      seen.weighted += jobs * (coverage / 100);
    }
    const automationShare = row.automationShare ?? null;
    if (automationShare !== null) {
      automation.jobs += jobs;
      automation.weighted += jobs * automationShare;
    }

    const payIndex = binIndex(PAY_BANDS, wage);
    const payAcc = payIndex === null ? payUnknown : pay[payIndex];
    const educationIdx = educationIndex(row.entryEducation);
    const educationAcc = educationIdx === null ? educationUnknown : education[educationIdx];
    for (const acc of [payAcc, educationAcc]) {
      if (acc === undefined) continue;
      acc.occupations += 1;
      acc.jobs += jobs;
      acc.weighted += jobs * row.score;
    }
  }

  return {
    occupations: rows.length,
    counted,
    excluded: rows.length - counted,
    totalJobs,
    weightedMeanScore: totalJobs > 0 ? weightedScore / totalJobs : null,
    high: {
      threshold,
      ...high,
      jobShare: totalJobs > 0 ? high.jobs / totalJobs : null,
      wageBillShare: totalWageBill > 0 ? high.wageBill / totalWageBill : null,
    },
    totalWageBill,
    topCodedOccupations,
    missingWageOccupations,
    byPay: PAY_BANDS.map((bin, index) => finish(bin.id, bin.label, pay[index] ?? emptyAccumulator())),
    payUnknown: finish("unknown", "wage not published", payUnknown),
    byEducation: EDUCATION_LEVELS.map((level, index) => finish(level, level, education[index] ?? emptyAccumulator())),
    educationUnknown: finish("unknown", "not assigned", educationUnknown),
    observedUse: {
      seenShare: seen.jobs > 0 ? seen.weighted / seen.jobs : null,
      jobs: seen.jobs,
      automationShare: automation.jobs > 0 ? automation.weighted / automation.jobs : null,
      automationJobs: automation.jobs,
    },
  };
}

/** Lowest and highest group by mean score, among groups with jobs. */
type ScoredGroup = GroupFigures & { meanScore: number };

function extremes(groups: readonly GroupFigures[]): { low: ScoredGroup; high: ScoredGroup } | null {
  const withScore = groups.filter((group): group is ScoredGroup => group.meanScore !== null && group.jobs > 0);
  if (withScore.length < 2) return null;
  const sorted = [...withScore].sort((a, b) => a.meanScore - b.meanScore);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  return low === undefined || high === undefined ? null : { low, high };
}

/** One or two plain sentences on what the figures mean, written from the numbers. */
export function summarySentence(summary: EconomySummary): string {
  if (summary.weightedMeanScore === null || summary.high.jobShare === null) {
    return "There are not enough scored occupations with employment figures to summarise the economy.";
  }
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const parts = [
    `The average US job scores ${summary.weightedMeanScore.toFixed(1)} out of 100, and ${pct(summary.high.jobShare)} of jobs are in occupations scoring ${summary.high.threshold} or more (high pressure on core tasks).`,
  ];
  const first = summary.byPay[0];
  const last = summary.byPay[summary.byPay.length - 1];
  const educationRange = extremes(summary.byEducation);
  if (first?.meanScore != null && last?.meanScore != null && first.jobs > 0 && last.jobs > 0) {
    const rises = last.meanScore - first.meanScore >= 3;
    const direction = rises ? "rises with pay" : first.meanScore - last.meanScore >= 3 ? "falls as pay rises" : "changes little with pay";
    let sentence = `Pressure ${direction}: jobs paying ${first.label} average ${first.meanScore.toFixed(1)}, jobs paying ${last.label} ${last.meanScore.toFixed(1)}`;
    if (educationRange !== null) {
      sentence += `; by entry education it ranges from ${educationRange.low.meanScore.toFixed(1)} (${educationRange.low.label.toLowerCase()}) to ${educationRange.high.meanScore.toFixed(1)} (${educationRange.high.label.toLowerCase()})`;
    }
    parts.push(
      rises
        ? `${sentence}. Unlike earlier waves of automation, current AI reaches office and information work before manual work, so better-paid desk jobs carry more of the pressure.`
        : `${sentence}.`,
    );
  }
  return parts.join(" ");
}

/** The `count` largest occupations by employment (ties by title), for the accessible table. */
export function topByEmployment<T extends Pick<ExplorerOccupation, "employment" | "title">>(rows: readonly T[], count: number): T[] {
  return rows
    .filter((row) => row.employment !== null && row.employment > 0)
    .sort((a, b) => (b.employment ?? 0) - (a.employment ?? 0) || a.title.localeCompare(b.title))
    .slice(0, count);
}

// --- treemap ---------------------------------------------------------------------------------

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TreemapGroup extends Rect {
  category: ExplorerCategory;
  jobs: number;
}

export interface TreemapCell<T> extends Rect {
  occupation: T;
}

export interface TreemapLayout<T> {
  width: number;
  height: number;
  groups: TreemapGroup[];
  cells: TreemapCell<T>[];
  /** Occupations without a positive employment figure: no area, listed under the chart instead. */
  withoutEmployment: T[];
}

export interface TreemapOptions {
  width: number;
  height: number;
  /** Room at the top of each category box for its label. */
  groupLabelHeight: number;
  padding: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

type TreeDatum<T> = { kind: "root" } | { kind: "group"; category: ExplorerCategory } | { kind: "cell"; occupation: T };

/**
 * Squarified treemap of occupations grouped by category, area ∝ 2024 employment
 * (d3-hierarchy). Categories and cells are ordered largest first; coordinates to 0.1 unit.
 */
export function layoutTreemap<T extends Pick<ExplorerOccupation, "categoryCode" | "employment" | "soc">>(
  categories: readonly ExplorerCategory[],
  rows: readonly T[],
  options: TreemapOptions,
): TreemapLayout<T> {
  const withEmployment = rows.filter((row) => row.employment !== null && row.employment > 0);
  const withoutEmployment = rows.filter((row) => !(row.employment !== null && row.employment > 0));
  const byCategory = new Map<string, T[]>();
  for (const row of withEmployment) {
    const list = byCategory.get(row.categoryCode) ?? [];
    list.push(row);
    byCategory.set(row.categoryCode, list);
  }
  const knownCodes = new Set(categories.map((category) => category.code));
  const allCategories: ExplorerCategory[] = [
    ...categories,
    ...[...byCategory.keys()].filter((code) => !knownCodes.has(code)).map((code) => ({ code, title: `SOC ${code}`, slug: code })),
  ];

  type Node = { data: TreeDatum<T>; children?: Node[] };
  const root: Node = {
    data: { kind: "root" },
    children: allCategories
      .filter((category) => (byCategory.get(category.code) ?? []).length > 0)
      .map((category) => ({
        data: { kind: "group", category },
        children: (byCategory.get(category.code) ?? []).map((occupation) => ({ data: { kind: "cell", occupation } })),
      })),
  };

  const tree = hierarchy<Node>(root, (node) => node.children)
    .sum((node) => (node.data.kind === "cell" ? (node.data.occupation.employment ?? 0) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || soc(a.data).localeCompare(soc(b.data)));

  const laid = treemap<Node>()
    .tile(treemapSquarify)
    .size([options.width, options.height])
    .paddingOuter(options.padding)
    .paddingInner(options.padding)
    .paddingTop((node) => (node.depth === 1 ? options.groupLabelHeight : options.padding))
    .round(false)(tree);

  const groups: TreemapGroup[] = [];
  const cells: TreemapCell<T>[] = [];
  for (const node of laid.descendants()) {
    const rect = { x: round1(node.x0), y: round1(node.y0), width: round1(node.x1 - node.x0), height: round1(node.y1 - node.y0) };
    if (node.data.data.kind === "group") groups.push({ ...rect, category: node.data.data.category, jobs: node.value ?? 0 });
    else if (node.data.data.kind === "cell") cells.push({ ...rect, occupation: node.data.data.occupation });
  }
  return { width: options.width, height: options.height, groups, cells, withoutEmployment };
}

function soc<T extends { soc: string }>(datum: { data: TreeDatum<T> }): string {
  const data = datum.data;
  return data.kind === "cell" ? data.occupation.soc : data.kind === "group" ? data.category.code : "";
}

/**
 * Fit a label into `width` units at `fontSize`, ellipsised; "" when not even four characters
 * fit. `glyph` is the average character width in em (≈ 0.55 regular, 0.62 bold).
 */
export function fitLabel(text: string, width: number, fontSize: number, glyph = 0.55): string {
  const capacity = Math.floor(width / (fontSize * glyph));
  if (capacity >= text.length) return text;
  if (capacity < 4) return "";
  return `${text.slice(0, capacity - 1).trimEnd()}…`;
}

// --- ranked list (the treemap's phone form) ------------------------------------------------------

export interface CategoryRanking<T> {
  category: ExplorerCategory;
  jobs: number;
  /** Largest first (ties by title): the order a reader scans a narrow column in. */
  occupations: T[];
}

/**
 * The treemap's content as one ranked list per category, categories in the treemap's order
 * (largest first). Below 600 px a treemap's cells are too small to read or tap, so the phone
 * layout shows the same areas as bar lengths instead.
 */
export function rankCategories<T extends Pick<ExplorerOccupation, "categoryCode" | "employment" | "title">>(
  layout: TreemapLayout<T>,
): CategoryRanking<T>[] {
  const byCode = new Map<string, T[]>();
  for (const cell of layout.cells) {
    const list = byCode.get(cell.occupation.categoryCode) ?? [];
    list.push(cell.occupation);
    byCode.set(cell.occupation.categoryCode, list);
  }
  return layout.groups.map((group) => ({
    category: group.category,
    jobs: group.jobs,
    occupations: topByEmployment(byCode.get(group.category.code) ?? [], Number.POSITIVE_INFINITY),
  }));
}

/** Jobs per legend entry of a layer (entries in legend order, then "no data"), as colour segments. */
export function layerComposition(layer: ExplorerLayer, rows: readonly ExplorerOccupation[]): { token: string; jobs: number }[] {
  const segments = new Map<number, { token: string; jobs: number }>();
  for (const row of rows) {
    const value = layerValue(layer, row);
    const key = value.bin ?? Number.MAX_SAFE_INTEGER;
    const segment = segments.get(key) ?? { token: value.token, jobs: 0 };
    segment.jobs += row.employment ?? 0;
    segments.set(key, segment);
  }
  return [...segments.entries()].sort(([a], [b]) => a - b).map(([, segment]) => segment);
}

// --- scatter ---------------------------------------------------------------------------------

export interface ScatterOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Radius of the largest occupation; area ∝ employment below it. */
  maxRadius: number;
  /** Smallest drawn radius, so tiny occupations stay visible and clickable. */
  minRadius: number;
}

export interface ScatterPoint<T> {
  occupation: T;
  cx: number;
  cy: number;
  r: number;
}

export interface ScatterLayout<T> {
  width: number;
  height: number;
  plot: Rect;
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Largest first, so small points are drawn on top and stay clickable. */
  points: ScatterPoint<T>[];
  /** Occupations that cannot be placed (no score, no projection or no employment). */
  omitted: T[];
}

/** Score (y, 0–100) against projected % change 2024–34 (x); point area ∝ employment. */
export function layoutScatter<T extends Pick<ExplorerOccupation, "score" | "changePct" | "employment" | "soc">>(
  rows: readonly T[],
  options: ScatterOptions,
  xStep = 10,
): ScatterLayout<T> {
  const placeable = rows.filter(
    (row): row is T & { score: number; changePct: number; employment: number } =>
      row.score !== null && row.changePct !== null && row.employment !== null && row.employment > 0,
  );
  const placed = new Set<T>(placeable);
  const omitted = rows.filter((row) => !placed.has(row));
  const changes = placeable.map((row) => row.changePct);
  const xMin = Math.min(0, Math.floor(Math.min(...changes, 0) / xStep) * xStep);
  const xMax = Math.max(xStep, Math.ceil(Math.max(...changes, 0) / xStep) * xStep);
  const { margin } = options;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: options.width - margin.left - margin.right,
    height: options.height - margin.top - margin.bottom,
  };
  const scaleX = (value: number) => round1(plot.x + ((value - xMin) / (xMax - xMin)) * plot.width);
  const scaleY = (value: number) => round1(plot.y + plot.height - (value / 100) * plot.height);
  const maxJobs = Math.max(...placeable.map((row) => row.employment), 1);
  const points = placeable
    .map((row) => ({
      occupation: row as T,
      cx: scaleX(row.changePct),
      cy: scaleY(row.score),
      r: round1(Math.max(options.minRadius, options.maxRadius * Math.sqrt(row.employment / maxJobs))),
    }))
    .sort((a, b) => b.r - a.r || a.occupation.soc.localeCompare(b.occupation.soc));
  const xTicks: { value: number; x: number }[] = [];
  for (let value = xMin; value <= xMax; value += xStep) xTicks.push({ value, x: scaleX(value) });
  const yTicks = [0, 20, 40, 60, 80, 100].map((value) => ({ value, y: scaleY(value) }));
  return { width: options.width, height: options.height, plot, xDomain: [xMin, xMax], yDomain: [0, 100], xTicks, yTicks, points, omitted };
}
