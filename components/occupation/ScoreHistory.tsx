import Link from "next/link";

import { DataTable } from "@/components/ui/DataTable";
import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal, formatSignedDecimal } from "@/lib/format";
import { CHANGE_REASON_LABELS } from "@/lib/releases";

import styles from "./profile.module.css";

/** The occupation's score in every release and, for each change, which signals moved and why (from the stored rows). */
export function ScoreHistory({ history }: { history: OccupationProfile["history"] }) {
  if (history.entries.length === 0) return <p className="notice">No release rows are stored for this occupation.</p>;
  return (
    <>
      <DataTable
        className={styles.compactTable}
        caption="AI pressure score per release"
        captionClassName="visually-hidden"
        rows={history.entries}
        rowKey={({ release }) => release.id}
        columns={[
          {
            key: "release",
            header: "Release",
            rowHeader: true,
            cell: ({ release }) => (
              <>
                <Link href={`/releases#release-${release.id}`}>{release.id}</Link>
                {release.current ? <span className={styles.tag}>current</span> : null}
              </>
            ),
          },
          { key: "score", header: "Score", numeric: true, cell: ({ row }) => row.score ?? "—" },
          { key: "band", header: "Band", cell: ({ row }) => row.band ?? "no score" },
        ]}
      />
      {history.changes.map((change) => (
        <div key={change.toRelease} className={styles.historyChange}>
          <p>
            <strong>
              {change.fromRelease} → {change.toRelease}:
            </strong>{" "}
            {change.delta === null ? "no comparable score" : change.delta === 0 ? `score unchanged at ${change.toScore}` : `score ${change.fromScore} → ${change.toScore} (${change.delta > 0 ? "+" : "−"}${Math.abs(change.delta)})`}
            {change.signals.length === 0 ? "; no signal moved." : "."}
          </p>
          {change.signals.length > 0 ? (
            <ul>
              {change.signals.map((signal) => (
                <li key={signal.signal}>
                  {signal.signal} · {signal.name}: {formatDecimal(signal.from)} → {formatDecimal(signal.to)} ({formatSignedDecimal(signal.points)} points) —{" "}
                  <span className={styles.tag}>{CHANGE_REASON_LABELS[signal.reason]}</span> <span className="small muted">{signal.detail}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </>
  );
}
