/**
 * Watchlist and score-change alerts, the pure half: how many occupations a plan may watch,
 * which watched occupations changed score or band between two releases (with the reasons
 * lib/releases derives from the stored rows), and the alert mail's text.
 */
import { formatDecimal, formatSignedDecimal } from "@/lib/format";
import { CHANGE_REASON_LABELS, explainOccupationChange, type OccupationChange, type ReleaseOccupationRow } from "@/lib/releases";
import { allBands } from "@/lib/scoring";

/** The watch control on a profile for a signed-in visitor (components/occupation/WatchControl.tsx). */
export interface WatchState {
  watching: boolean;
  count: number;
  limit: number;
  pro: boolean;
  /** What the last watch/unwatch did (`?watch=` after the form post), if anything. */
  notice: WatchNotice | null;
}

export const WATCH_NOTICES = ["added", "already", "limit", "removed"] as const;
export type WatchNotice = (typeof WATCH_NOTICES)[number];

export function parseWatchNotice(value: unknown): WatchNotice | null {
  return WATCH_NOTICES.find((notice) => notice === value) ?? null;
}

/** Occupations one account may watch: free 3, Pro 50 (SPEC: watchlist). */
export const WATCH_LIMITS = { free: 3, pro: 50 } as const;

export function watchLimit(pro: boolean): number {
  return pro ? WATCH_LIMITS.pro : WATCH_LIMITS.free;
}

/** Whether one more occupation fits: `watching` is how many the user already watches. */
export function canWatchMore(watching: number, pro: boolean): boolean {
  return watching < watchLimit(pro);
}

/** "Clear pressure" for "clear"; an id from an older band table is shown as stored. */
export function bandLabel(band: string | null): string {
  if (band === null) return "no score";
  return allBands().find((entry) => entry.id === band)?.label ?? band;
}

export interface WatchedChange extends OccupationChange {
  /** The bands as stored in each release (a band can move with the score unchanged when thresholds change). */
  storedFromBand: string | null;
  storedToBand: string | null;
  scoreChanged: boolean;
  bandChanged: boolean;
}

/** One occupation between two releases, or null when neither its score nor its band moved. */
export function watchedChange(before: ReleaseOccupationRow, after: ReleaseOccupationRow): WatchedChange | null {
  const scoreChanged = before.score !== after.score;
  const bandChanged = before.band !== after.band;
  if (!scoreChanged && !bandChanged) return null;
  return { ...explainOccupationChange(before, after), storedFromBand: before.band, storedToBand: after.band, scoreChanged, bandChanged };
}

/** The newest change of score or band in an occupation's rows (oldest release first), or null if it never moved. */
export function lastChange(rows: readonly ReleaseOccupationRow[]): WatchedChange | null {
  for (let index = rows.length - 1; index > 0; index -= 1) {
    const change = watchedChange(rows[index - 1]!, rows[index]!);
    if (change !== null) return change;
  }
  return null;
}

/**
 * The watched occupations whose score or band changed from `previous` to `current`, in the
 * order of `socs`. An occupation missing from either release has nothing to compare and is left out.
 */
export function watchedChanges(previous: readonly ReleaseOccupationRow[], current: readonly ReleaseOccupationRow[], socs: Iterable<string>): WatchedChange[] {
  const before = new Map(previous.map((row) => [row.soc, row]));
  const after = new Map(current.map((row) => [row.soc, row]));
  return [...new Set(socs)].flatMap((soc) => {
    const from = before.get(soc);
    const to = after.get(soc);
    const change = from === undefined || to === undefined ? null : watchedChange(from, to);
    return change === null ? [] : [change];
  });
}

/** "score 46 → 49 (+3), band Clear pressure → High" */
export function changeHeadline(change: WatchedChange): string {
  const parts: string[] = [];
  if (change.scoreChanged) {
    parts.push(
      change.delta === null
        ? `score ${change.fromScore ?? "none"} → ${change.toScore ?? "none"}`
        : `score ${change.fromScore} → ${change.toScore} (${change.delta > 0 ? "+" : "−"}${Math.abs(change.delta)})`,
    );
  } else {
    parts.push(`score unchanged at ${change.toScore ?? "none"}`);
  }
  if (change.bandChanged) parts.push(`band ${bandLabel(change.storedFromBand)} → ${bandLabel(change.storedToBand)}`);
  return parts.join(", ");
}

/** One line per moved signal: "E · Employment outlook: 40.0 → 70.0 (+3.0 points) — new source vintage: 2024–34 → 2025–35". */
export function changeReasons(change: WatchedChange): string[] {
  if (change.signals.length === 0) return ["No signal moved: the band thresholds changed (methodology change)."];
  return change.signals.map(
    (signal) =>
      `${signal.signal} · ${signal.name}: ${formatDecimal(signal.from)} → ${formatDecimal(signal.to)} (${formatSignedDecimal(signal.points)} points) — ${CHANGE_REASON_LABELS[signal.reason]}: ${signal.detail}`,
  );
}

export interface AlertMailInput {
  fromRelease: string;
  toRelease: string;
  changes: readonly (WatchedChange & { url: string })[];
  unsubscribeUrl: string;
  accountUrl: string;
}

/** The plain-text alert: every changed watched occupation, its new score and band, and why. */
export function alertMailText({ fromRelease, toRelease, changes, unsubscribeUrl, accountUrl }: AlertMailInput): { subject: string; text: string } {
  const subject =
    changes.length === 1
      ? `AI pressure score changed: ${changes[0]!.title} (release ${toRelease})`
      : `AI pressure scores changed for ${changes.length} watched occupations (release ${toRelease})`;
  const lines = [`Release ${toRelease} changed ${changes.length === 1 ? "an occupation" : `${changes.length} occupations`} you watch (compared with release ${fromRelease}).`, ""];
  for (const change of changes) {
    lines.push(`${change.title} (SOC ${change.soc}): ${changeHeadline(change)}.`);
    for (const reason of changeReasons(change)) lines.push(`  - ${reason}`);
    lines.push(`  ${change.url}#history`, "");
  }
  lines.push(`Your watchlist: ${accountUrl}`, "", `Stop these alerts (no sign-in needed): ${unsubscribeUrl}`);
  return { subject, text: lines.join("\n") };
}
