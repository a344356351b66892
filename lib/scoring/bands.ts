import { scoringConfig, type ScoringConfig } from "./config";

export type BandId = keyof ScoringConfig["bandThresholds"];

export interface VerdictBand {
  id: BandId;
  range: string;
  label: string;
  headline: string;
  /** One sentence on what shifts for people in the job. */
  shift: string;
}

const BAND_TEXT: Record<BandId, Omit<VerdictBand, "id" | "range">> = {
  low: {
    label: "Low",
    headline: "Low pressure from current AI.",
    shift: "Most of the work needs physical presence, hands-on skill or in-person judgement; expect new tools at the edges rather than a different job.",
  },
  moderate: {
    label: "Moderate",
    headline: "Moderate pressure on parts of the job.",
    shift: "AI can take on some paperwork and information tasks while the core of the role stays with people.",
  },
  clear: {
    label: "Clear pressure",
    headline: "Clear pressure on routine tasks.",
    shift: "Composition of the role will shift within the decade as routine information work moves to AI tools.",
  },
  high: {
    label: "High",
    headline: "High pressure on core tasks.",
    shift: "Many core tasks can already be done much faster with AI; expect the role to move toward review, judgement and client contact.",
  },
  veryHigh: {
    label: "Very high",
    headline: "Very high pressure: most core tasks are exposed.",
    shift: "The job as now defined is likely to be reorganised around people directing and checking AI output.",
  },
};

const BAND_ORDER: readonly BandId[] = ["veryHigh", "high", "clear", "moderate", "low"];

export function verdictBand(score: number, config: ScoringConfig = scoringConfig): VerdictBand {
  const thresholds = config.bandThresholds;
  const id = BAND_ORDER.find((band) => score >= thresholds[band]) ?? "low";
  return { id, range: bandRange(id, config), ...BAND_TEXT[id] };
}

export function allBands(config: ScoringConfig = scoringConfig): VerdictBand[] {
  return [...BAND_ORDER].reverse().map((id) => ({ id, range: bandRange(id, config), ...BAND_TEXT[id] }));
}

function bandRange(id: BandId, config: ScoringConfig): string {
  const ordered = [...BAND_ORDER].reverse();
  const index = ordered.indexOf(id);
  const next = ordered[index + 1];
  const upper = next === undefined ? 100 : config.bandThresholds[next] - 1;
  return `${config.bandThresholds[id]}–${upper}`;
}
