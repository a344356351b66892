import { formatCompact, formatPercent } from "@/lib/format";

/** One sentence on the projected outlook, in BLS's own terms where it has them. */
export function outlookSentence(input: {
  changePct: number | null;
  employment: number | null;
  oohOutlookPct: number | null;
  oohOutlookDesc: string | null;
  oohTitle: string | null;
  /** Projection years of the BLS edition the numbers come from. */
  years: { base: number; target: number } | null;
  /** NEM aggregate title when BLS reports the occupation together with others. */
  reportedTogetherAs?: string | null;
}): string {
  const parts: string[] = [];
  if (input.changePct !== null) {
    const direction = input.changePct > 0 ? "grow" : input.changePct < 0 ? "shrink" : "hold steady";
    const size = input.changePct === 0 ? "" : ` by ${formatPercent(Math.abs(input.changePct))}`;
    const base = input.employment === null ? "" : ` from ${formatCompact(input.employment)} jobs`;
    const together = input.reportedTogetherAs ? ` (reported together as ${input.reportedTogetherAs.toLowerCase()})` : "";
    const years = input.years === null ? "over its projection decade" : `between ${input.years.base} and ${input.years.target}`;
    parts.push(`BLS projects employment to ${direction}${size}${base}${together} ${years}`);
  }
  if (input.oohOutlookDesc !== null && input.oohTitle !== null) {
    const pct = input.oohOutlookPct === null ? "" : ` (${formatPercent(input.oohOutlookPct, { signed: true, digits: 0 })})`;
    parts.push(`the 2024–34 Handbook calls the outlook for ${input.oohTitle.toLowerCase()} “${input.oohOutlookDesc.toLowerCase()}”${pct}`);
  }
  if (parts.length === 0) return "BLS publishes no employment projection for this occupation.";
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
