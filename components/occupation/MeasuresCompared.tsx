import { DataTable } from "@/components/ui/DataTable";
import { listMeasuredUse } from "@/db/queries/measured-use";
import { MEASURE_LABELS, MEASURES, type MeasureId } from "@/lib/measured-use";
import { adoptionGapSentence } from "@/lib/measured-use/text";

import { measureStrip } from "./MeasuredUse";

/** The percentile strip of several occupations side by side (/compare), with spread, label and adoption gap. */
export function MeasuresCompared({ occupations }: { occupations: readonly { soc: string; title: string }[] }) {
  const bySoc = new Map(listMeasuredUse(occupations.map((o) => o.soc)).map((row) => [row.soc, row]));
  const shown = occupations.flatMap((o) => {
    const row = bySoc.get(o.soc);
    return row === undefined ? [] : [{ ...o, row }];
  });
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="compare-measures-title" data-testid="compare-measures">
      <h2 id="compare-measures-title">Measures side by side</h2>
      <p className="small muted">
        Percentile among the scored occupations (0 lowest, 100 highest) under each published measure; see the{" "}
        <a href="/methodology#measured-use">methodology</a>.
      </p>
      <DataTable
        caption="Percentiles under each measure"
        captionClassName="visually-hidden"
        rows={[...MEASURES, "spread" as const]}
        rowKey={(id) => id}
        columns={[
          { key: "measure", header: "Measure", rowHeader: true, cell: (id) => (id === "spread" ? "Spread and agreement" : MEASURE_LABELS[id]) },
          ...shown.map((o) => ({
            key: o.soc,
            header: o.title,
            numeric: true,
            cell: (id: MeasureId | "spread") => {
              if (id === "spread") return o.row.spread === null ? "—" : `${Math.round(o.row.spread)} · ${o.row.agreement === "agree" ? "measures agree" : "contested"}`;
              const value = measureStrip(o.row)[id];
              return value === null ? "—" : Math.round(value);
            },
          })),
        ]}
      />
      <ul>
        {shown.map((o) => (
          <li key={o.soc}>
            <strong>{o.title}</strong>: {adoptionGapSentence(o.row.adoptionGap, o.row.pTaskSignal, o.row.pCoverage)}
          </li>
        ))}
      </ul>
    </section>
  );
}
