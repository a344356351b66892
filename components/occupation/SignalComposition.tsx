import { DataTable } from "@/components/ui/DataTable";
import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { compositionPrecision, SIGNAL_NAMES } from "@/lib/scoring";

import styles from "./profile.module.css";

const SIGNAL_FILL: Record<string, string> = {
  T: "var(--sig-t)",
  D: "var(--sig-d)",
  O: "var(--sig-o)",
  M: "var(--sig-m)",
  E: "var(--sig-e)",
};

/**
 * How the 0–100 score is assembled: a stacked bar of each signal's points (weight × value)
 * drawn as server-side SVG, with the same numbers in a table beside it.
 */
export function SignalComposition({ signals, score }: { signals: OccupationProfile["signals"]; score: number }) {
  const width = 600;
  const barY = 28;
  const barHeight = 34;
  const segments = signals.map((signal, index) => ({
    signal,
    x: (signals.slice(0, index).reduce((sum, previous) => sum + previous.contribution, 0) / 100) * width,
    width: (signal.contribution / 100) * width,
  }));
  const total = signals.reduce((sum, signal) => sum + signal.contribution, 0);
  // Enough decimals that the points shown add up to a total that rounds to the score shown.
  const shown = compositionPrecision(
    signals.map((signal) => signal.contribution),
    score,
  );
  const points = (index: number) => (shown.parts[index] ?? 0).toFixed(shown.digits);
  return (
    <div className={styles.chartAndTable}>
      <figure className={styles.figure}>
        <svg viewBox={`0 0 ${width} 96`} role="img" aria-labelledby="composition-title" className={styles.svg}>
          <title id="composition-title">{`Score ${score} out of 100, built from ${signals.map((s, index) => `${SIGNAL_NAMES[s.signal]} ${points(index)} points`).join(", ")}`}</title>
          <rect x={0} y={barY} width={width} height={barHeight} className={styles.track} />
          {segments.map(({ signal, x: segmentX, width: segmentWidth }) => (
            <g key={signal.signal}>
              <rect x={segmentX} y={barY} width={Math.max(segmentWidth, 0)} height={barHeight} fill={SIGNAL_FILL[signal.signal]} className={signal.imputed ? styles.imputedSegment : undefined} />
              {segmentWidth > 26 ? (
                <text x={segmentX + segmentWidth / 2} y={barY + barHeight / 2 + 5} textAnchor="middle" className={styles.segmentLabel}>
                  {signal.signal}
                </text>
              ) : null}
            </g>
          ))}
          {[0, 25, 50, 75, 100].map((tick) => (
            <g key={tick}>
              <line x1={(tick / 100) * width} x2={(tick / 100) * width} y1={barY + barHeight} y2={barY + barHeight + 6} className={styles.axis} />
              <text x={Math.min(Math.max((tick / 100) * width, 8), width - 12)} y={barY + barHeight + 20} textAnchor="middle" className={styles.tick}>
                {tick}
              </text>
            </g>
          ))}
          <text x={Math.min((total / 100) * width, width - 4)} y={18} textAnchor={total > 85 ? "end" : "middle"} className={styles.totalLabel}>
            {`= ${shown.total.toFixed(shown.digits)} → ${score}`}
          </text>
        </svg>
        <figcaption className="small muted">
          Points each signal adds to the score (weight × value). Faded segments use the category prior because the occupation’s own value is not published.
        </figcaption>
      </figure>
      <DataTable
        caption="Signal composition of the AI pressure score"
        captionClassName="visually-hidden"
        rows={signals}
        rowKey={(signal) => signal.signal}
        columns={[
          {
            key: "signal",
            header: "Signal",
            rowHeader: true,
            cell: (signal) => (
              <>
                <span className={styles.legendSwatch} style={{ background: SIGNAL_FILL[signal.signal] }} aria-hidden="true" />
                {signal.signal} · {SIGNAL_NAMES[signal.signal]}
                {signal.imputed ? <span className={styles.tag}>category prior</span> : null}
              </>
            ),
          },
          { key: "value", header: "Value", numeric: true, cell: (signal) => formatDecimal(signal.value) },
          { key: "weight", header: "Weight", numeric: true, cell: (signal) => signal.weight.toFixed(2) },
          { key: "points", header: "Points", numeric: true, cell: (_signal, index) => points(index) },
        ]}
        foot={
          <>
            <tr>
              <th scope="row">Sum of points</th>
              <td />
              <td className="num">1.00</td>
              <td className="num">{shown.total.toFixed(shown.digits)}</td>
            </tr>
            <tr>
              <th scope="row">Score (rounded)</th>
              <td />
              <td />
              <td className="num">
                <strong>{score}</strong>
              </td>
            </tr>
          </>
        }
      />
    </div>
  );
}
