import Link from "next/link";

import { EXPLORER_LAYERS, LAYER_NAMES, NO_DATA_COLOR, type ExplorerLayer, type LayerScale, type LegendCount } from "@/lib/explore";
import { formatCompact, formatInteger } from "@/lib/format";

import styles from "./Explorer.module.css";

/** Plain links (`?layer=…`), so switching the colour layer works without JavaScript. */
export function LayerSwitch({ current }: { current: ExplorerLayer }) {
  return (
    <nav aria-label="Treemap colour layer" className={styles.layerSwitch}>
      <span className={styles.layerSwitchLabel} id="layer-switch-label">
        Colour by:
      </span>
      <ul aria-labelledby="layer-switch-label">
        {EXPLORER_LAYERS.map((layer) => (
          <li key={layer}>
            <Link
              href={layer === "score" ? "/explore#treemap" : `/explore?layer=${layer}#treemap`}
              aria-current={layer === current ? "true" : undefined}
              className={styles.layerLink}
              scroll={false}
            >
              {LAYER_NAMES[layer]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The printed scale of the current layer: swatch, range and how many occupations and jobs fall in it. */
export function Legend({ scale, counts }: { scale: LayerScale; counts: { entries: LegendCount[]; noData: LegendCount } }) {
  return (
    <figure className={styles.legend} aria-labelledby="legend-title">
      <figcaption id="legend-title" className={styles.legendTitle}>
        {scale.title}
      </figcaption>
      <ul>
        {scale.entries.map((entry, index) => {
          const count = counts.entries[index] ?? { occupations: 0, jobs: 0 };
          return (
            <li key={entry.label}>
              <span className={styles.swatch} style={{ background: entry.color }} aria-hidden="true" />
              <span>{entry.label}</span>
              <span className={styles.legendCount}>
                {formatInteger(count.occupations)} occ. · {formatCompact(count.jobs)} jobs
              </span>
            </li>
          );
        })}
        {counts.noData.occupations > 0 ? (
          <li>
            <span className={`${styles.swatch} ${styles.noDataSwatch}`} style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
            <span>{scale.noDataLabel}</span>
            <span className={styles.legendCount}>
              {formatInteger(counts.noData.occupations)} occ. · {formatCompact(counts.noData.jobs)} jobs
            </span>
          </li>
        ) : null}
      </ul>
    </figure>
  );
}
