import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { getOccupationBreakdown } from "@/db/queries/occupations";
import { formatDecimal } from "@/lib/format";
import { scoringConfig, SIGNAL_IDS, SIGNAL_NAMES } from "@/lib/scoring";
import { occupationPath } from "@/lib/soc";
import { DataTable } from "@/components/ui/DataTable";

type Breakdown = NonNullable<ReturnType<typeof getOccupationBreakdown>>;

/** §3: the weighted composite, with one occupation's signals as the example. */
export function CompositeScore({ breakdown, exampleSlug }: { breakdown: Breakdown | null; exampleSlug: string }) {
  const weights = scoringConfig.signalWeights;
  const compositeFormula = `score = round(${SIGNAL_IDS.map((id) => `${weights[id].toFixed(2)}·${id}`).join(" + ")}), clamped to 0–100`;
  return (
    <section aria-labelledby="composite">
      <h2 id="composite">3. The composite score</h2>
      <code className={styles.formula}>{compositeFormula}</code>
      <p>
        Half of the score is the tasks themselves. Every profile page shows this composition — each signal’s value, weight and the points
        it adds — so you can see exactly how its number is assembled.
      </p>
      {breakdown !== null && breakdown.score !== null ? (
        <div className={styles.example}>
          <h3>
            Example: <Link href={occupationPath(exampleSlug)}>{breakdown.title}</Link> (SOC{" "}
            {breakdown.soc})
          </h3>
          <DataTable
            rows={SIGNAL_IDS.flatMap((id) => {
              const signal = breakdown.signals[id];
              return signal === undefined ? [] : [{ id, signal }];
            })}
            rowKey={(row) => row.id}
            columns={[
              {
                key: "signal",
                header: "Signal",
                rowHeader: true,
                cell: ({ id, signal }) => (
                  <>
                    {id} · {SIGNAL_NAMES[id]}
                    {signal.imputed ? <span className="small muted"> (category prior)</span> : null}
                  </>
                ),
              },
              { key: "value", header: "Value", numeric: true, cell: ({ signal }) => formatDecimal(signal.value) },
              { key: "weight", header: "Weight", numeric: true, cell: ({ signal }) => signal.weight.toFixed(2) },
              { key: "points", header: "Points", numeric: true, cell: ({ signal }) => formatDecimal(signal.contribution) },
            ]}
            foot={
              <tr>
                <th scope="row" colSpan={3}>
                  Score (rounded)
                </th>
                <td className="num">
                  <ScoreBadge score={breakdown.score} size="sm" showLabel={false} />
                </td>
              </tr>
            }
          />
        </div>
      ) : null}
    </section>
  );
}
