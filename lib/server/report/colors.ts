import { verdictBand, type BandId, type SignalId } from "@/lib/scoring";

/**
 * Concrete colours for the PDF. The site's scale (lib/pressure-scale.ts) is CSS variables
 * with light and dark values; print uses the light values of app/globals.css and
 * components/occupation/profile.module.css. Every coloured mark in the report also prints
 * its number, so colour is never the only channel.
 */
export const PRESSURE_HEX: Record<BandId, string> = {
  low: "#2f7d4f",
  moderate: "#7a9a3a",
  clear: "#c79a1e",
  high: "#d0661f",
  veryHigh: "#b3261e",
};

export const SIGNAL_HEX: Record<SignalId, string> = {
  T: "#3d6fb6",
  D: "#7b5ea7",
  O: "#2f8f8a",
  M: "#b5803a",
  E: "#8a8f2f",
};

export const INK = {
  text: "#15181d",
  muted: "#545b66",
  border: "#d9dde3",
  track: "#eceef2",
  subtle: "#f5f6f8",
  accent: "#1f5fbf",
} as const;

export function pressureHex(score: number): string {
  return PRESSURE_HEX[verdictBand(score).id];
}

/** Light tint of a pressure colour for heatmap cells whose number must stay readable. */
export function pressureTint(score: number): string {
  return mix(pressureHex(score), "#ffffff", 0.62);
}

/** "#rrggbb" → [r, g, b], each 0–255. */
export function hexChannels(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return [r!, g!, b!];
}

function mix(hex: string, other: string, amount: number): string {
  const a = hexChannels(hex);
  const b = hexChannels(other);
  return `#${a
    .map((channel, index) => Math.round(channel + ((b[index] ?? channel) - channel) * amount))
    .map((channel) => channel.toString(16).padStart(2, "0"))
    .join("")}`;
}
