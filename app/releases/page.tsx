import type { Metadata } from "next";
import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import { DataTable } from "@/components/ui/DataTable";
import { listReleaseComparisons } from "@/db/queries/releases";
import { formatDecimal, formatInteger } from "@/lib/format";
import { CHANGE_REASON_LABELS, type ChangeReason } from "@/lib/releases";
import { allBands, SIGNAL_IDS, SIGNAL_NAMES } from "@/lib/scoring";

export const dynamic = "force-static";
export const revalidate = 3600;

export const metadata: Metadata = {
  title: "Data releases",
  description: "Every data release of the AI pressure scores: what changed economy-wide, occupations moved by band, the largest movers and why.",
  alternates: { canonical: "/releases" },
};

const bandLabel = new Map(allBands().map((band) => [band.id, band.label]));
const reasons = (counts: Partial<Record<ChangeReason, number>>) =>
  Object.entries(counts)
    .map(([reason, n]) => `${formatInteger(n)} ${CHANGE_REASON_LABELS[reason as ChangeReason]}`)
    .join(", ");

/** Releases newest first, each against the one before it; every figure derived from the stored rows. */
export default function ReleasesPage() {
  const releases = listReleaseComparisons();
  return (
    <article className={styles.prose}>
      <h1>Data releases</h1>
      <p className={styles.lede}>
        Every build of the data has a release id: the month it was cut and the first 8 hex digits of the data version (a hash of the source files and
        the code that scores them). Earlier releases are kept as data, so each occupation’s profile shows its score history. Download any release
        on <Link href="/downloads">Downloads</Link>.
      </p>
      {releases.map(({ release, comparison }) => (
        <section key={release.id} id={`release-${release.id}`} aria-labelledby={`h-${release.id}`}>
          <h2 id={`h-${release.id}`}>
            {release.id} {release.current ? <span className="small muted">(current)</span> : null}
          </h2>
          <p>
            {formatInteger(release.scored)} of {formatInteger(release.occupations)} occupations scored; mean score{" "}
            {release.meanScore === null ? "—" : formatDecimal(release.meanScore)}. <Link href={`/downloads?release=${release.id}`}>Download this release</Link>.
          </p>
          {comparison === null ? (
            <p className="small muted">The first release kept: nothing to compare it with.</p>
          ) : (
            <>
              <h3>What changed since {comparison.fromRelease}</h3>
              <p>
                Of {formatInteger(comparison.compared)} occupations in both releases, {formatInteger(comparison.up)} scores rose, {formatInteger(comparison.down)} fell and{" "}
                {formatInteger(comparison.unchanged)} stayed the same; the mean moved from {comparison.meanBefore === null ? "—" : formatDecimal(comparison.meanBefore)} to{" "}
                {comparison.meanAfter === null ? "—" : formatDecimal(comparison.meanAfter)}.
              </p>
              <DataTable
                caption="Occupations per band"
                rows={allBands()}
                rowKey={(band) => band.id}
                columns={[
                  { key: "band", header: "Band", rowHeader: true, cell: (band) => `${band.label} (${band.range})` },
                  { key: "before", header: comparison.fromRelease, numeric: true, cell: (band) => formatInteger(comparison.bands[band.id].before) },
                  { key: "after", header: comparison.toRelease, numeric: true, cell: (band) => formatInteger(comparison.bands[band.id].after) },
                ]}
              />
              {comparison.bandMoves.length > 0 ? (
                <p>
                  Moved band:{" "}
                  {comparison.bandMoves.map((move, index) => (
                    <span key={`${move.from}-${move.to}`}>
                      {index > 0 ? "; " : null}
                      {formatInteger(move.count)} from {bandLabel.get(move.from)} to {bandLabel.get(move.to)}
                    </span>
                  ))}
                  .
                </p>
              ) : (
                <p>No occupation changed band.</p>
              )}
              <DataTable
                caption="Signals that moved, and why"
                rows={SIGNAL_IDS}
                rowKey={(id) => id}
                columns={[
                  { key: "signal", header: "Signal", rowHeader: true, cell: (id) => `${id} · ${SIGNAL_NAMES[id]}` },
                  { key: "moved", header: "Occupations moved", numeric: true, cell: (id) => formatInteger(comparison.signalMoves[id].moved) },
                  { key: "reasons", header: "Reasons", cell: (id) => reasons(comparison.signalMoves[id].reasons) || "—" },
                ]}
              />
              <h3>Largest movers</h3>
              <ol>
                {comparison.largestMovers.map((change) => (
                  <li key={change.soc}>
                    <Link href={`/occupations/${change.soc}#history`}>{change.title}</Link> ({change.soc}): {change.fromScore} → {change.toScore}.{" "}
                    <span className="small">
                      {change.signals
                        .slice(0, 3)
                        .map((signal) => `${signal.signal} ${formatDecimal(signal.from)} → ${formatDecimal(signal.to)} (${CHANGE_REASON_LABELS[signal.reason]}: ${signal.detail})`)
                        .join("; ")}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </article>
  );
}
