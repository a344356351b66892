import "server-only";

import { listWatches } from "@/db/accounts/queries";
import { peerSummaries } from "@/db/queries/profile";
import { getScoreHistory } from "@/db/queries/releases";
import { getEntitlements } from "@/lib/server/entitlements";
import { bandLabel, lastChange, watchLimit, type WatchedChange, type WatchNotice, type WatchState } from "@/lib/watchlist";
import { verdictBand } from "@/lib/scoring";

// The watch control's state is pure data (lib/watchlist.ts); kept importable from here.
export { parseWatchNotice, WATCH_NOTICES, type WatchNotice, type WatchState } from "@/lib/watchlist";

export async function getWatchState(userId: string, soc: string, notice: WatchNotice | null, knownPro?: boolean): Promise<WatchState> {
  const pro = knownPro ?? (await getEntitlements(userId)).pro;
  const watches = await listWatches(userId);
  return { watching: watches.some((watch) => watch.soc === soc), count: watches.length, limit: watchLimit(pro), pro, notice };
}

export interface WatchedOccupation {
  soc: string;
  title: string;
  slug: string;
  score: number | null;
  band: string;
  watchedSince: Date;
  /** The newest score or band change in the score history, null if it has not moved in any stored release. */
  lastChange: WatchedChange | null;
  /** The oldest stored release with the occupation (what "unchanged since" refers to). */
  firstRelease: string | null;
}

/**
 * The user's watchlist with each occupation's current score and its last change (content
 * database); `missing` lists watched codes the current data no longer has (a SOC revision).
 */
export async function listWatchedOccupations(userId: string): Promise<{ watched: WatchedOccupation[]; missing: string[] }> {
  const watches = await listWatches(userId);
  const summaries = new Map(peerSummaries(watches.map((watch) => watch.soc)).map((summary) => [summary.soc, summary]));
  const missing = watches.filter((watch) => !summaries.has(watch.soc)).map((watch) => watch.soc);
  const watched = watches.flatMap((watch) => {
    const summary = summaries.get(watch.soc);
    if (summary === undefined) return [];
    const history = getScoreHistory(watch.soc);
    return [
      {
        soc: summary.soc,
        title: summary.title,
        slug: summary.slug,
        score: summary.score,
        band: summary.score === null ? bandLabel(null) : verdictBand(summary.score).label,
        watchedSince: watch.createdAt,
        lastChange: lastChange(history.entries.map((entry) => entry.row)),
        firstRelease: history.entries[0]?.release.id ?? null,
      },
    ];
  });
  return { watched, missing };
}
