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
