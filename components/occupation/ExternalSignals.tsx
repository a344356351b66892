import { DataTable } from "@/components/ui/DataTable";
import { Explained } from "@/components/ui/Explained";
import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { otherIndices } from "@/lib/indices";
import { SIGNAL_NAMES } from "@/lib/scoring";

import styles from "./profile.module.css";

/** Every signal with raw value, vintage, source link and whether it was imputed from the category prior. */
export function ExternalSignals({ profile }: { profile: OccupationProfile }) {
  const { signals, factors, occupation, ooh } = profile;
  return (
    <>
      <DataTable
        className={styles.signalsTable}
        caption="Signals with their sources"
        captionClassName="visually-hidden"
        rows={signals}
        rowKey={(signal) => signal.signal}
        columns={[
          { key: "signal", header: "Signal", rowHeader: true, cell: (signal) => `${signal.signal} · ${SIGNAL_NAMES[signal.signal]}` },
          {
            key: "raw",
            header: "Raw value",
            cell: (signal) => (
              <>
                {signal.imputed ? (
                  <>
                    <span className={styles.tag}>imputed from category prior</span> {signal.rawLabel}
                  </>
                ) : (
                  signal.rawLabel
                )}
                {signal.note ? <div className="small muted">{signal.note}</div> : null}
              </>
            ),
          },
          { key: "value", header: "0–100", numeric: true, cell: (signal) => formatDecimal(signal.value) },
          {
            key: "source",
            header: "Source and vintage",
            cell: (signal) => (
              <>
                {signal.sourceUrl ? <a href={signal.sourceUrl}>{signal.source}</a> : signal.source}
                <div className="small muted">{signal.vintage}</div>
              </>
            ),
          },
        ]}
      />
      <OtherIndices profile={profile} />
      {factors.length > 0 ? (
        <details className={styles.factors}>
          <summary>
            What BLS says affects demand for {occupation.nemTitle ?? occupation.title} ({factors.length} {factors.length === 1 ? "note" : "notes"}, Employment Projections Table 1.12)
          </summary>
          <ul>
            {factors.map((factor) => (
              <li key={factor.ordinal}>
                <span className="small muted">{factor.industry}: </span>
                {factor.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {ooh ? (
        <p className="small muted">
          BLS Occupational Outlook Handbook profile: <a href={ooh.url}>{ooh.title}</a>
          {ooh.title.toLowerCase() !== occupation.title.toLowerCase() ? " (covers this and related occupations)" : null}.
        </p>
      ) : (
        <p className="small muted">This occupation has no profile of its own in the BLS Occupational Outlook Handbook.</p>
      )}
    </>
  );
}

/** Where published measures agree or disagree with this score. */
function OtherIndices({ profile }: { profile: OccupationProfile }) {
  const rows = otherIndices(profile.occupation);
  return (
    <>
      <h3 className={styles.subheading}>Other indices</h3>
      {profile.explanations === null ? null : (
        <p className="small">
          <Explained sentences={[profile.explanations.agreement]} /> Percentiles of all six measures: see Measured AI use.
        </p>
      )}
      <DataTable scroll={false} className={styles.compactTable} caption="Other published exposure indices" captionClassName="visually-hidden">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td className="num">{row.value}</td>
              <td className="small muted">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
