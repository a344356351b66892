import { listMeasuredUse } from "@/db/queries/measured-use";
import { MEASURE_LABELS, MEASURES } from "@/lib/measured-use";
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
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Percentiles under each measure</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {shown.map((o) => (
                <th key={o.soc} scope="col" className="num">
                  {o.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MEASURES.map((id) => (
              <tr key={id}>
                <th scope="row">{MEASURE_LABELS[id]}</th>
                {shown.map((o) => {
                  const value = measureStrip(o.row)[id];
                  return (
                    <td key={o.soc} className="num">
                      {value === null ? "—" : Math.round(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Spread and agreement</th>
              {shown.map((o) => (
                <td key={o.soc} className="num">
                  {o.row.spread === null ? "—" : `${Math.round(o.row.spread)} · ${o.row.agreement === "agree" ? "measures agree" : "contested"}`}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
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
