import Link from "next/link";
import type { ReactNode } from "react";

import { DataTable } from "@/components/ui/DataTable";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { ComparedOccupation } from "@/lib/compare";
import { formatDecimal, formatInteger, formatPercent, formatShare, formatWage } from "@/lib/format";
import { pressureColor } from "@/lib/pressure-scale";
import { SIGNAL_IDS, SIGNAL_NAMES, type SignalId } from "@/lib/scoring";
import { occupationPath } from "@/lib/soc";

import styles from "./Compare.module.css";

interface Row {
  label: ReactNode;
  cell: (occupation: ComparedOccupation) => ReactNode;
}

const weightOf = (occupations: readonly ComparedOccupation[], id: SignalId) =>
  occupations.flatMap((occupation) => occupation.signals.filter((signal) => signal.id === id).map((signal) => signal.weight))[0];

/** Occupations as columns, facts as rows: one table a screen reader can walk cell by cell. */
export function CompareTable({ occupations }: { occupations: readonly ComparedOccupation[] }) {
  const overview: Row[] = [
    {
      label: "AI pressure score",
      cell: (o) => (
        <>
          <ScoreBadge score={o.score} size="lg" showLabel={false} />
          {o.bandLabel === null ? null : (
            <span className={styles.band} aria-hidden="true">
              {o.bandLabel}
            </span>
          )}
        </>
      ),
    },
    {
      label: "Jobs 2024",
      cell: (o) => (o.employment === null ? "not published" : formatInteger(o.employment)),
    },
    {
      label: "Projected change 2024–34",
      cell: (o) => (o.changePct === null ? "no projection" : formatPercent(o.changePct, { signed: true })),
    },
    { label: "Median pay, 2024", cell: (o) => formatWage(o.epMedianWage, o.epMedianWageTopCoded) },
    { label: "Typical entry education", cell: (o) => o.entryEducation ?? "not assigned" },
    {
      label: "Digital AI exposure (BLS OOH)",
      cell: (o) =>
        o.digitalExposure === null
          ? "not published (category prior used)"
          : `${Number.isInteger(o.digitalExposure) ? o.digitalExposure : formatDecimal(o.digitalExposure)} / 10`,
    },
  ];

  const signals: Row[] = SIGNAL_IDS.map((id) => {
    const weight = weightOf(occupations, id);
    return {
      label: (
        <>
          {SIGNAL_NAMES[id]}
          {weight === undefined ? null : <span className={styles.note}>weight {Math.round(weight * 100)}%</span>}
        </>
      ),
      cell: (o) => {
        const signal = o.signals.find((s) => s.id === id);
        if (signal === undefined) return "—";
        return (
          <span className={styles.signal}>
            <span className={styles.bar} aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(100, signal.value))}%`, background: pressureColor(signal.value) }} />
            </span>
            <span>
              {formatDecimal(signal.value)} → <strong>{formatDecimal(signal.contribution)}</strong> pts
              {signal.imputed ? <span className={styles.note}>imputed from the category prior</span> : null}
            </span>
          </span>
        );
      },
    };
  });

  const seniority: Row[] = [
    { label: "Entry level", cell: (o) => seniorityCell(o.seniority.entry, o.seniority.multipliers.entry) },
    { label: "Mid career", cell: (o) => seniorityCell(o.seniority.mid, 1) },
    { label: "Senior", cell: (o) => seniorityCell(o.seniority.senior, o.seniority.multipliers.senior) },
  ];

  const tasks: Row[] = [
    {
      label: "O*NET tasks",
      cell: (o) =>
        o.ratedTaskCount === o.taskCount
          ? formatInteger(o.taskCount)
          : `${formatInteger(o.taskCount)} (${formatInteger(o.ratedTaskCount)} rated)`,
    },
    {
      label: "Task time scoring ≥ 50",
      cell: (o) =>
        o.highTaskShare === null ? "no rated tasks" : (
          <>
            {formatShare(o.highTaskShare)}
            <span className={styles.note}>share of importance-weighted task time</span>
          </>
        ),
    },
  ];

  const columns = occupations.length;
  return (
    <DataTable
      className={styles.table}
      testId="compare-table"
      style={{ ["--columns" as string]: columns }}
      caption={<>Side-by-side comparison of {occupations.map((o) => o.title).join(", ")}</>}
      captionClassName="visually-hidden"
      head={
        <tr>
          <td className={styles.corner} />
          {occupations.map((o) => (
            <th key={o.soc} scope="col" className={styles.head}>
              <Link href={occupationPath(o.slug)} className={styles.title}>
                {o.title}
              </Link>
              <span className={styles.note}>
                SOC {o.soc} · <Link href={`/categories/${o.categorySlug}`}>{o.categoryTitle}</Link>
              </span>
            </th>
          ))}
        </tr>
      }
    >
      <RowGroup rows={overview} occupations={occupations} />
      <RowGroup title="How the score is assembled (value → points)" rows={signals} occupations={occupations} />
      <RowGroup title="By seniority" rows={seniority} occupations={occupations} />
      <RowGroup title="Tasks" rows={tasks} occupations={occupations} />
      <tbody>
        <tr>
          <th scope="row">Full profile</th>
          {occupations.map((o) => (
            <td key={o.soc}>
              <Link href={occupationPath(o.slug)}>
                Open the profile<span className="visually-hidden"> of {o.title}</span>
              </Link>
            </td>
          ))}
        </tr>
      </tbody>
    </DataTable>
  );
}

function seniorityCell(score: number | null, multiplier: number) {
  if (score === null) return "—";
  return (
    <>
      <ScoreBadge score={score} size="sm" showLabel={false} />
      <span className={styles.inlineNote}> ×{multiplier.toFixed(3)}</span>
    </>
  );
}

function RowGroup({ title, rows, occupations }: { title?: string; rows: Row[]; occupations: readonly ComparedOccupation[] }) {
  return (
    <tbody>
      {title ? (
        <tr className={styles.groupRow}>
          <th scope="rowgroup" colSpan={occupations.length + 1}>
            {title}
          </th>
        </tr>
      ) : null}
      {rows.map((row, index) => (
        <tr key={index}>
          <th scope="row">{row.label}</th>
          {occupations.map((o) => (
            <td key={o.soc}>{row.cell(o)}</td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
