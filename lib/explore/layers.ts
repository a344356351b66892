/** The explorer's colour layers: legend, bin, colour and the value in words per occupation. */
import { formatPercent } from "@/lib/format";
import { pressureColor } from "@/lib/pressure-scale";
import { allBands, scoringConfig, verdictBand } from "@/lib/scoring";

import { binIndex, DIGITAL_BINS, EDUCATION_LEVELS, educationIndex, GAP_BINS, OBSERVED_BINS, OUTLOOK_BINS, PAY_BANDS } from "./bins";
import type { ExplorerLayer, ExplorerOccupation } from "./types";

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

/** Legend of the layers on the sequential palette: what the colour means, its bins in order, the no-value label. */
const SEQUENTIAL_LEGENDS: Record<Exclude<ExplorerLayer, "score">, { title: string; labels: readonly string[]; noDataLabel: string }> = {
  outlook: { title: "Projected change in employment 2024–34 (BLS)", labels: OUTLOOK_BINS.map((bin) => bin.label), noDataLabel: "no projection" },
  pay: { title: "Median annual wage, 2024 (BLS)", labels: PAY_BANDS.map((bin) => bin.label), noDataLabel: "wage not published" },
  education: { title: "Typical education needed for entry (BLS)", labels: EDUCATION_LEVELS, noDataLabel: "not assigned" },
  digital: {
    title: "Digital AI exposure of the BLS OOH profile, 0–10",
    labels: DIGITAL_BINS.map((bin) => bin.label),
    noDataLabel: "not published for this occupation",
  },
  observed: {
    title: "Observed coverage U: share of the task weight seen in Claude use (Anthropic Economic Index)",
    labels: OBSERVED_BINS.map((bin) => bin.label),
    noDataLabel: "no scored tasks",
  },
  gap: {
    title: "Adoption gap: percentile of task feasibility T minus percentile of observed coverage U",
    labels: GAP_BINS.map((bin) => bin.label),
    noDataLabel: "T or U missing",
  },
};

export function layerScale(layer: ExplorerLayer): LayerScale {
  const name = LAYER_NAMES[layer];
  if (layer === "score") {
    return {
      layer,
      name,
      title: "AI pressure score, 0–100 (verdict bands)",
      entries: allBands().map((band) => ({ label: `${band.range} ${band.label}`, color: pressureColor(scoringConfig.bandThresholds[band.id]) })),
      noDataLabel: "no score (no rated tasks)",
    };
  }
  const { title, labels, noDataLabel } = SEQUENTIAL_LEGENDS[layer];
  return { layer, name, title, entries: labels.map((label, index) => ({ label, color: sequentialColor(index, labels.length) })), noDataLabel };
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

/** Jobs per legend entry of a layer (entries in legend order, then "no data"), as colour segments (class and CSS colour). */
export function layerComposition(layer: ExplorerLayer, rows: readonly ExplorerOccupation[]): { token: string; color: string; jobs: number }[] {
  const segments = new Map<number, { token: string; color: string; jobs: number }>();
  for (const row of rows) {
    const value = layerValue(layer, row);
    const key = value.bin ?? Number.MAX_SAFE_INTEGER;
    const segment = segments.get(key) ?? { token: value.token, color: value.color, jobs: 0 };
    segment.jobs += row.employment ?? 0;
    segments.set(key, segment);
  }
  return [...segments.entries()].sort(([a], [b]) => a - b).map(([, segment]) => segment);
}
