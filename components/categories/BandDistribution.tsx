import type { BandCounts } from "@/lib/categories";
import { bandColor } from "@/lib/pressure-scale";
import { allBands } from "@/lib/scoring";

import styles from "./BandDistribution.module.css";

/**
 * A thin stacked bar of how many occupations fall in each verdict band, low → very high
 * left to right. The counts are in the accessible name and each segment's tooltip.
 */
export function BandDistribution({ counts, label }: { counts: BandCounts; label?: string }) {
  const bands = allBands();
  const total = bands.reduce((sum, band) => sum + counts[band.id], 0);
  const description = bands
    .filter((band) => counts[band.id] > 0)
    .map((band) => `${counts[band.id]} ${band.label.toLowerCase()}`)
    .join(", ");
  const name = `${label ? `${label}: ` : ""}${total === 0 ? "no scored occupations" : `${description} (of ${total} scored)`}`;
  return (
    <div className={styles.bar} role="img" aria-label={name}>
      {bands.map((band) =>
        counts[band.id] > 0 ? (
          <span
            key={band.id}
            className={styles.segment}
            style={{ flexGrow: counts[band.id], background: bandColor(band.id) }}
            title={`${band.label} (${band.range}): ${counts[band.id]}`}
          />
        ) : null,
      )}
    </div>
  );
}

/** The key for every band bar on a page: swatch, band name and range. */
export function BandLegend() {
  return (
    <ul className={styles.legend} aria-label="Verdict bands, left to right in each bar">
      {allBands().map((band) => (
        <li key={band.id}>
          <span className={styles.swatch} style={{ background: bandColor(band.id) }} aria-hidden="true" />
          {band.label} <span className="muted">{band.range}</span>
        </li>
      ))}
    </ul>
  );
}
