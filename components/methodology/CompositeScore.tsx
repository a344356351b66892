import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { getOccupationBreakdown } from "@/db/queries/occupations";
import { formatDecimal } from "@/lib/format";
import { scoringConfig, SIGNAL_IDS, SIGNAL_NAMES } from "@/lib/scoring";
import { occupationPath } from "@/lib/soc";

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
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Signal</th>
                  <th scope="col" className="num">Value</th>
                  <th scope="col" className="num">Weight</th>
                  <th scope="col" className="num">Points</th>
                </tr>
              </thead>
              <tbody>
                {SIGNAL_IDS.map((id) => {
                  const signal = breakdown.signals[id];
                  if (signal === undefined) return null;
                  return (
                    <tr key={id}>
                      <th scope="row">
                        {id} · {SIGNAL_NAMES[id]}
                        {signal.imputed ? <span className="small muted"> (category prior)</span> : null}
                      </th>
                      <td className="num">{formatDecimal(signal.value)}</td>
                      <td className="num">{signal.weight.toFixed(2)}</td>
                      <td className="num">{formatDecimal(signal.contribution)}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>Score (rounded)</th>
                  <td className="num"><ScoreBadge score={breakdown.score} size="sm" showLabel={false} /></td>
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
