import { scoringConfig, type ScoringConfig } from "./config";
import { clamp, roundHalfUp } from "./math";
import { SIGNAL_IDS, type SignalId } from "./signals";

export interface SignalContribution {
  signal: SignalId;
  value: number;
  weight: number;
  /** Points this signal adds to the 0–100 score (weight × value), before rounding. */
  contribution: number;
}

export interface CompositeResult {
  score: number;
  contributions: SignalContribution[];
}

/** §3 score = round(0.50·T + 0.20·D + 0.10·O + 0.10·M + 0.10·E), clamped 0–100. */
export function compositeScore(values: Record<SignalId, number>, config: ScoringConfig = scoringConfig): CompositeResult {
  const contributions = SIGNAL_IDS.map((signal) => {
    const weight = config.signalWeights[signal];
    const value = values[signal];
    return { signal, value, weight, contribution: weight * value };
  });
  const total = contributions.reduce((sum, part) => sum + part.contribution, 0);
  return { score: clamp(roundHalfUp(total), 0, 100), contributions };
}

/**
 * Decimals to show the points of a composition with, so that the shown points add up to a
 * total that rounds to the shown score (1 decimal unless rounding each part would make, say,
 * 53.5 beside a score of 53). Returns the digits and the shown parts and total.
 */
export function compositionPrecision(contributions: readonly number[], score: number, maxDigits = 4): { digits: number; parts: number[]; total: number } {
  for (let digits = 1; ; digits++) {
    const factor = 10 ** digits;
    const parts = contributions.map((value) => Math.round(value * factor) / factor);
    const total = Math.round(parts.reduce((sum, part) => sum + part, 0) * factor) / factor;
    if (clamp(roundHalfUp(total), 0, 100) === score || digits >= maxDigits) return { digits, parts, total };
  }
}
