import { DataTable } from "@/components/ui/DataTable";
import { formatShare } from "@/lib/format";
import type { WageImpact as WageImpactData } from "@/lib/pro/wage";
import { pressureColor } from "@/lib/pressure-scale";

import styles from "./pro.module.css";

const LEVEL_LABELS = { entry: "Entry", mid: "Mid", senior: "Senior" } as const;

/**
 * Wage exposed per seniority level as a server-rendered SVG bar chart (the level's wage as
 * the track, the exposed part filled), with the same numbers in tables.
 */
export function WageImpact({ impact }: { impact: WageImpactData }) {
  const { levels, percentiles, highShare, threshold, vintage } = impact;
  const width = 600;
  const rowHeight = 46;
  const labelWidth = 64;
  const barMax = width - labelWidth - 10;
  const maxWage = Math.max(1, ...levels.map((level) => level.wage.value ?? 0));
  const notes = levels.flatMap((level) => (level.note === null ? [] : [`${LEVEL_LABELS[level.level]}: ${level.note}`]));
  const shareText = highShare === null ? "No rated tasks" : `${formatShare(highShare)} of weighted task time`;
  return (
    <div data-pro-section="wage">
      <p className={styles.lead}>
        Wages are BLS {vintage} annual wages (Occupational Employment and Wage Statistics). {shareText} is in tasks scoring {threshold} or more; the wage exposed is the level’s wage times that share,
        adjusted by the seniority multiplier (entry ≈ 25th percentile, mid ≈ median, senior ≈ 75th percentile).
      </p>
      {impact.noWages ? (
        <p className="notice">{vintage} publishes no wages for this occupation, so the wage exposed cannot be computed.</p>
      ) : (
        <div className={styles.wageGrid}>
          <figure className={styles.figure}>
            <svg viewBox={`0 0 ${width} ${levels.length * rowHeight + 8}`} role="img" aria-labelledby="wage-chart-title" className={styles.svg}>
              <title id="wage-chart-title">
                {levels.map((level) => `${LEVEL_LABELS[level.level]}: ${level.exposed.text} exposed of ${level.wage.text}`).join("; ")}
              </title>
              {levels.map((level, index) => {
                const y = index * rowHeight + 4;
                const wageWidth = ((level.wage.value ?? 0) / maxWage) * barMax;
                const exposedWidth = ((level.exposed.value ?? 0) / maxWage) * barMax;
                const label =
                  level.exposed.value === null ? `${level.wage.text}: cannot be computed` : `${level.exposed.text} of ${level.wage.text} (${formatShare(level.share ?? 0)})`;
                return (
                  <g key={level.level}>
                    <text x={0} y={y + 17} className={styles.svgLabelStrong}>
                      {LEVEL_LABELS[level.level]}
                    </text>
                    <rect x={labelWidth} y={y + 2} width={Math.max(wageWidth, 1)} height={20} className={styles.track} />
                    {exposedWidth > 0 ? (
                      <rect x={labelWidth} y={y + 2} width={exposedWidth} height={20} fill={pressureColor(Math.round((level.share ?? 0) * 100))} />
                    ) : null}
                    <text x={labelWidth} y={y + 38} className={styles.svgLabel}>
                      {label}
                    </text>
                  </g>
                );
              })}
            </svg>
            <figcaption className="small muted">
              Filled part: wage exposed to tasks scoring {threshold}+; full bar: the level’s wage ({vintage}).
            </figcaption>
          </figure>
          <DataTable
            caption={<>Wage exposed per seniority level, {vintage}</>}
            captionClassName="visually-hidden"
            rows={levels}
            rowKey={(level) => level.level}
            rowProps={(level) => ({ "data-wage-level": level.level })}
            columns={[
              {
                key: "level",
                header: "Level",
                rowHeader: true,
                cell: (level) => (
                  <>
                    {LEVEL_LABELS[level.level]} <span className="small muted">({level.percentile === "p50" ? "median" : level.percentile.replace("p", "") + "th pct."}, ×{level.multiplier.toFixed(2)})</span>
                  </>
                ),
              },
              { key: "wage", header: "Wage", numeric: true, cell: (level) => level.wage.text },
              { key: "share", header: "Share", numeric: true, cell: (level) => (level.share === null ? "—" : formatShare(level.share)) },
              { key: "exposed", header: "Exposed", numeric: true, cell: (level) => (level.exposed.value === null ? "cannot be computed" : level.exposed.text) },
            ]}
          />
        </div>
      )}
      {notes.length > 0 ? (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <DataTable
        caption={<>{vintage} annual wage percentiles</>}
        captionClassName={`small muted ${styles.captionTop}`}
        rows={[percentiles]}
        rowKey={() => "wages"}
        columns={percentiles.map((percentile) => ({ key: percentile.key, header: percentile.label, numeric: true, cell: () => percentile.wage.text }))}
      />
    </div>
  );
}
