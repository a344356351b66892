import styles from "@/components/docs/docs.module.css";
import { allBands } from "@/lib/scoring";

/** §5: the five verdict bands with their headlines. */
export function VerdictBands() {
  const bands = allBands();
  return (
    <section aria-labelledby="bands">
      <h2 id="bands">5. Verdict bands</h2>
      <p>Each score falls in one of five bands, each with a one-line headline and a sentence on what is likely to shift in the work.</p>
      <div className={`table-scroll ${styles.tableWrap}`}>
        <table>
          <thead>
            <tr><th scope="col">Score</th><th scope="col">Band</th><th scope="col">Headline and what shifts</th></tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={band.id}>
                <td className="num">{band.range}</td>
                <th scope="row">{band.label}</th>
                <td>
                  <strong>{band.headline}</strong> {band.shift}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
