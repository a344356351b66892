import * as schema from "@/db/content/schema";
import { releaseId, type ReleaseOccupationRow } from "@/lib/releases";

import { RELEASE_MONTH } from "../release";
import type { Scored } from "../steps/score";
import { releaseSignalOf } from "../steps/signals";
import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

/** The current build as release rows, the same shape as a committed data/releases/<id>.csv. */
export function currentReleaseRows(scored: Scored, dataVersion: string): ReleaseOccupationRow[] {
  const id = releaseId(RELEASE_MONTH, dataVersion);
  return scored.economy.occupations.map((occupation) => {
    const a = scored.assembled.get(occupation.soc)!;
    return {
      releaseId: id,
      soc: occupation.soc,
      title: a.title,
      categoryCode: a.categoryCode,
      score: occupation.score,
      band: occupation.band,
      entryScore: occupation.seniority?.entry ?? null,
      midScore: occupation.seniority?.mid ?? null,
      seniorScore: occupation.seniority?.senior ?? null,
      signals: (scored.signalRecords.get(occupation.soc) ?? []).map(releaseSignalOf),
    };
  });
}

const meanScore = (rows: readonly ReleaseOccupationRow[]) => {
  const scores = rows.flatMap((row) => (row.score === null ? [] : [row.score]));
  return scores.length === 0 ? null : round(scores.reduce((a, b) => a + b, 0) / scores.length, 2);
};

/** Every committed release and the current one: the releases list, scores and signals per occupation. */
export const writeReleases: Writer = (tx, { sources, scored, dataVersion }) => {
  const current = currentReleaseRows(scored, dataVersion);
  const currentId = current[0]?.releaseId ?? releaseId(RELEASE_MONTH, dataVersion);
  // A committed snapshot of this very release (cut, then rebuilt) is the current one, not history.
  const committed = sources.releases.filter((release) => release.id !== currentId);
  const all = [
    ...committed.map((release) => ({ id: release.id, month: release.month, dataVersion: release.dataVersion, current: false, rows: release.rows })),
    { id: currentId, month: RELEASE_MONTH, dataVersion: dataVersion.slice(0, 8), current: true, rows: current },
  ];
  tx.insert(schema.releases)
    .values(
      all.map((release) => ({
        id: release.id,
        month: release.month,
        dataVersion: release.dataVersion,
        current: release.current,
        occupations: release.rows.length,
        scored: release.rows.filter((row) => row.score !== null).length,
        meanScore: meanScore(release.rows),
      })),
    )
    .run();
  const scores = all.flatMap((release) =>
    release.rows.map((row) => ({
      releaseId: row.releaseId,
      soc: row.soc,
      title: row.title,
      categoryCode: row.categoryCode,
      score: row.score,
      band: row.band,
      entryScore: row.entryScore,
      midScore: row.midScore,
      seniorScore: row.seniorScore,
    })),
  );
  insertInChunks(scores, 500, (chunk) => tx.insert(schema.releaseScores).values(chunk).run());
  const signals = all.flatMap((release) => release.rows.flatMap((row) => row.signals.map((signal) => ({ releaseId: row.releaseId, soc: row.soc, ...signal }))));
  insertInChunks(signals, 500, (chunk) => tx.insert(schema.releaseSignals).values(chunk).run());
};
