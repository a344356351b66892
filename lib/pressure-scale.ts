import { verdictBand, type BandId } from "@/lib/scoring";

/**
 * The one colour scale for 0–100 pressure used by every chart, cell and badge. Colours are
 * CSS variables (light and dark in app/globals.css); every use also prints the number, so
 * colour is never the only channel.
 */
const BAND_COLOR: Record<BandId, string> = {
  low: "var(--p0)",
  moderate: "var(--p1)",
  clear: "var(--p2)",
  high: "var(--p3)",
  veryHigh: "var(--p4)",
};

export function pressureColor(score: number): string {
  return BAND_COLOR[verdictBand(score).id];
}

export function bandColor(band: BandId): string {
  return BAND_COLOR[band];
}
