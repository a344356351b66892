import { scoringConfig, type ScoringConfig } from "./config";

export interface ScoredPeer {
  soc: string;
  categoryCode: string;
  score: number | null;
}

/** §6 "Related in <category>": the closest occupations of the same major group by score (ties by SOC code). */
export function relatedByScore(target: ScoredPeer, peers: readonly ScoredPeer[], config: ScoringConfig = scoringConfig): string[] {
  if (target.score === null) return [];
  const targetScore = target.score;
  return peers
    .filter((peer) => peer.soc !== target.soc && peer.categoryCode === target.categoryCode && peer.score !== null)
    .map((peer) => ({ soc: peer.soc, distance: Math.abs((peer.score ?? 0) - targetScore) }))
    .sort((a, b) => a.distance - b.distance || a.soc.localeCompare(b.soc))
    .slice(0, config.relatedCount)
    .map((peer) => peer.soc);
}
