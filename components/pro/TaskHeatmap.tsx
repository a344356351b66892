import type { CSSProperties } from "react";

import { DataTable } from "@/components/ui/DataTable";
import { formatDecimal } from "@/lib/format";
import type { MeasuredUseData } from "@/db/queries/measured-use";
import { claudeTaskSentence } from "@/lib/measured-use/text";
import { HEATMAP_COLUMNS, type Heatmap } from "@/lib/pro/heatmap";
import { pressureColor } from "@/lib/pressure-scale";
import { allBands } from "@/lib/scoring/bands";

import styles from "./pro.module.css";

const cellStyle = (value: number) => ({ ["--cell-color" as string]: pressureColor(value) }) as CSSProperties;

/** The one 0–100 colour scale, as swatches with their ranges. */
export function PressureLegend() {
  return (
    <ul className={styles.legend} aria-label="Colour scale">
      {allBands().map((band) => {
        const low = Number(band.range.split("–")[0]);
        return (
          <li key={band.id}>
            <span className={styles.swatch} style={cellStyle(low)} aria-hidden="true" />
            {band.range} {band.label.toLowerCase()}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Tasks × ratings on one colour scale with the value printed in every cell. The table
 * scrolls sideways on narrow screens with the task column pinned; the scroll region is
 * focusable so keyboard users can scroll it.
 */
export function TaskHeatmap({ heatmap, measuredUse = null }: { heatmap: Heatmap; measuredUse?: MeasuredUseData | null }) {
  const releases = measuredUse?.sources?.claude.map((release) => release.id) ?? [];
  const { rows, multipliers } = heatmap;
  if (rows.length === 0) return <p className="notice">O*NET lists no rated tasks for this occupation, so there is no heatmap.</p>;
  const multiplierText: Partial<Record<(typeof HEATMAP_COLUMNS)[number]["id"], string>> = {
    entry: `×${multipliers.entry.toFixed(2)}`,
    mid: "×1.00",
    senior: `×${multipliers.senior.toFixed(2)}`,
  };
  return (
    <div data-pro-section="heatmap">
      <div className={styles.scroll} role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <DataTable
          scroll={false}
          className={styles.heatmap}
          captionId="heatmap-caption"
          caption={
            <>
              {rows.length} tasks, largest contribution to the task score first. Labels count as E0 = 0, E1 = 100, E2 = 50 and T0–T4 = 0, 25, 50, 75, 100;
              seniority columns are the task score times the category multiplier.
            </>
          }
          head={
            <tr>
              <th scope="col" className={styles.taskHead}>
                Task
              </th>
              {HEATMAP_COLUMNS.map((column) => (
                <th key={column.id} scope="col" title={column.description} className="num">
                  <span aria-hidden="true">{column.short}</span>
                  <span className="visually-hidden">{column.label}</span>
                  {multiplierText[column.id] ? <span className={styles.multiplier}>{multiplierText[column.id]}</span> : null}
                </th>
              ))}
            </tr>
          }
        >
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.onetSoc}-${row.taskId}`} data-heatmap-task={row.taskId}>
                <th scope="row" className={styles.rowHead}>
                  <p>{row.statement}</p>
                  <span className={styles.rowMeta}>
                    {row.taskType ?? "Unlabelled"} · {Math.round(row.timeShare * 100)}% of time · {formatDecimal(row.contribution)} pts of T
                  </span>
                  {measuredUse?.tasks[row.taskId] === undefined ? null : (
                    <span className={styles.rowMeta} data-heatmap-use={row.taskId}>
                      {claudeTaskSentence(measuredUse.tasks[row.taskId]!, releases)}
                    </span>
                  )}
                </th>
                {HEATMAP_COLUMNS.map((column) => {
                  const cell = row.cells[column.id];
                  return cell.value === null ? (
                    <td key={column.id} className={styles.cellEmpty} data-heatmap-cell={column.id} title="not rated">
                      {cell.text}
                      <span className="visually-hidden"> not rated</span>
                    </td>
                  ) : (
                    <td key={column.id} className={styles.cell} style={cellStyle(cell.value)} data-heatmap-cell={column.id}>
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
      <PressureLegend />
      <p className="small muted">Every cell prints its value; the colour follows the same 0–100 scale as the score. Scroll sideways on small screens; the task column stays in place.</p>
    </div>
  );
}
