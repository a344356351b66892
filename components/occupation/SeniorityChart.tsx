import { DataTable } from "@/components/ui/DataTable";
import { pressureColor } from "@/lib/pressure-scale";

import styles from "./profile.module.css";

export interface SeniorityData {
  entry: number;
  mid: number;
  senior: number;
  entryMultiplier: number;
  seniorMultiplier: number;
}

/** Entry / mid / senior scores as three server-rendered bars with their multipliers, plus a table. */
export function SeniorityChart({ data, categoryTitle }: { data: SeniorityData; categoryTitle: string }) {
  const levels = [
    { id: "entry", label: "Entry", score: data.entry, multiplier: data.entryMultiplier },
    { id: "mid", label: "Mid", score: data.mid, multiplier: 1 },
    { id: "senior", label: "Senior", score: data.senior, multiplier: data.seniorMultiplier },
  ];
  const width = 600;
  const rowHeight = 34;
  const labelWidth = 70;
  const barMax = width - labelWidth - 110;
  return (
    <div className={styles.chartAndTable}>
      <figure className={styles.figure}>
        <svg viewBox={`0 0 ${width} ${levels.length * rowHeight + 10}`} role="img" aria-labelledby="seniority-title" className={styles.svg}>
          <title id="seniority-title">{levels.map((level) => `${level.label} ${level.score}`).join(", ")}</title>
          {levels.map((level, index) => {
            const y = index * rowHeight + 5;
            const barWidth = (level.score / 100) * barMax;
            return (
              <g key={level.id}>
                <text x={0} y={y + 20} className={styles.rowLabel}>
                  {level.label}
                </text>
                <rect x={labelWidth} y={y + 4} width={barMax} height={22} className={styles.track} />
                <rect x={labelWidth} y={y + 4} width={barWidth} height={22} fill={pressureColor(level.score)} />
                <text x={labelWidth + barWidth + 6} y={y + 20} className={styles.barValue}>
                  {`${level.score}  (×${level.multiplier.toFixed(2)})`}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="small muted">
          Multipliers from the {categoryTitle} curve: routine-heavy categories load more pressure on entry level.
        </figcaption>
      </figure>
      <DataTable
        scroll={false}
        caption="Score by seniority"
        captionClassName="visually-hidden"
        rows={levels}
        rowKey={(level) => level.id}
        columns={[
          { key: "level", header: "Level", rowHeader: true, cell: (level) => level.label },
          { key: "multiplier", header: "Multiplier", numeric: true, cell: (level) => `×${level.multiplier.toFixed(3)}` },
          { key: "score", header: "Score", numeric: true, cell: (level) => level.score },
        ]}
      />
    </div>
  );
}
