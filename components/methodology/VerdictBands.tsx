import styles from "@/components/docs/docs.module.css";
import { allBands } from "@/lib/scoring";
import { DataTable } from "@/components/ui/DataTable";

/** §5: the five verdict bands with their headlines. */
export function VerdictBands() {
  const bands = allBands();
  return (
    <section aria-labelledby="bands">
      <h2 id="bands">5. Verdict bands</h2>
      <p>Each score falls in one of five bands, each with a one-line headline and a sentence on what is likely to shift in the work.</p>
      <DataTable
        scroll={styles.tableWrap}
        rows={bands}
        rowKey={(band) => band.id}
        columns={[
          { key: "range", header: "Score", className: "num", cell: (band) => band.range },
          { key: "band", header: "Band", rowHeader: true, cell: (band) => band.label },
          {
            key: "headline",
            header: "Headline and what shifts",
            cell: (band) => (
              <>
                <strong>{band.headline}</strong> {band.shift}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
