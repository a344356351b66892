export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Round half up (0.5 → 1), the rounding METHODOLOGY.md's worked examples use. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}
