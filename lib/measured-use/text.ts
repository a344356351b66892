/** Sentences of the measured-use section, shared by the page, the API and the PDF. Pure. */
import { formatPercent, formatShare } from "../format";

/** 0.1234 (percent) → "0.12%"; tiny shares keep two significant digits. */
export function formatConversationShare(pct: number): string {
  if (pct === 0) return "0%";
  if (pct >= 0.1) return `${pct.toFixed(2)}%`;
  return `${pct.toPrecision(2)}%`;
}

/** 67.4 → "67th". */
export function ordinal(value: number): string {
  const n = Math.round(value);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

export interface TaskClaudeUse {
  claudeRelease: string | null;
  claudePct: number | null;
  automation: number | null;
  directive: number | null;
}

/** "Seen in Claude use: 0.12% of conversations, mostly automation (78% directive)" or "Not seen in Claude use (…)". */
export function claudeTaskSentence(use: TaskClaudeUse, releases: readonly string[]): string {
  if (use.claudeRelease === null || use.claudePct === null) {
    return `Not seen in Claude use (Anthropic Economic Index ${releases.join(" and ")} releases)`;
  }
  const base = `Seen in Claude use: ${formatConversationShare(use.claudePct)} of conversations (${use.claudeRelease} release)`;
  if (use.automation === null) return `${base}; no collaboration mix classified`;
  const mostly = use.automation > 0.5 ? "mostly automation" : use.automation < 0.5 ? "mostly augmentation" : "automation and augmentation evenly";
  const directive = use.directive === null ? "" : ` (${formatShare(use.directive)} directive)`;
  return `${base}, ${mostly}${directive}`;
}

/** The adoption gap in words (percentile of T − percentile of U). */
export function adoptionGapSentence(gap: number | null, pTaskSignal: number | null, pCoverage: number | null): string {
  if (gap === null || pTaskSignal === null || pCoverage === null) return "No adoption gap: the task signal or observed coverage is missing.";
  const points = Math.round(Math.abs(gap));
  const where = `its task signal ranks at the ${ordinal(pTaskSignal)} percentile and its observed coverage in Claude use at the ${ordinal(pCoverage)}`;
  if (points <= 10) return `Capability and use line up: ${where} (gap ${formatPercent(gap, { signed: true, digits: 0 }).replace("%", "")} points).`;
  if (gap > 0) return `Capability not yet seen in use: ${where}, a gap of ${points} points. What AI could do on this work is ahead of what people are seen doing with it.`;
  return `Use ahead of the capability estimate: ${where}, ${points} points more use than its task signal would place it.`;
}

/** "+43% from 2024-07 to 2025-12". */
export function trendSentence(change: number | null, first: string | null, last: string | null): string {
  if (change === null || first === null || last === null) return "No change can be given (fewer than two months or a zero start).";
  return `${formatPercent(change * 100, { signed: true, digits: 0 })} from ${first} to ${last}`;
}
