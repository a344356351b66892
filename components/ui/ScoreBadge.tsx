import { pressureColor } from "@/lib/pressure-scale";
import { verdictBand } from "@/lib/scoring";

import styles from "./ScoreBadge.module.css";

/** A 0–100 score with its band label; colour is a second channel, never the only one. */
export function ScoreBadge({ score, size = "md", showLabel = true }: { score: number | null; size?: "sm" | "md" | "lg"; showLabel?: boolean }) {
  if (score === null) {
    return <span className={`${styles.badge} ${styles[size]} ${styles.none}`}>no score</span>;
  }
  const band = verdictBand(score);
  return (
    <span className={`${styles.badge} ${styles[size]}`} style={{ ["--badge-color" as string]: pressureColor(score) }}>
      <span className={styles.swatch} aria-hidden="true" />
      <span className={styles.value}>{score}</span>
      {showLabel ? <span className={styles.label}>{band.label}</span> : <span className="visually-hidden"> ({band.label})</span>}
    </span>
  );
}
