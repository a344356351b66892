import { categoryColumn } from "@/components/categories/categoryColumn";
import styles from "@/components/docs/docs.module.css";
import type { listCategories } from "@/db/queries/occupations";
import { scoringConfig, seniorityScore } from "@/lib/scoring";
import { DataTable } from "@/components/ui/DataTable";

type Category = ReturnType<typeof listCategories>[number];

/** §4: the entry and senior multipliers from each category's routineness. */
export function Seniority({ categories, meanR }: { categories: readonly Category[]; meanR: number | null }) {
  const { entry, senior } = scoringConfig.seniority;
  return (
    <section aria-labelledby="seniority">
      <h2 id="seniority">4. Entry, mid and senior level</h2>
      <p>
        The same job is not equally exposed at every level. Entry-level roles concentrate the routine, well-specified tasks that AI handles
        best; senior roles carry more judgement, negotiation and responsibility. We shift the score up for entry level and down for senior
        level, more so in categories whose work is more routine.
      </p>
      <p>
        A category’s routineness R<sub>g</sub> is the mean, over its occupations, of two O*NET work-context ratings (0–1): “importance of
        repeating the same tasks” and “structured versus unstructured work”. R̄ is the mean over all occupations
        {meanR !== null ? <> ({meanR.toFixed(3)})</> : null}.
      </p>
      <code className={styles.formula}>
        {`entry multiplier  = 1 + clamp(${entry.base} + ${entry.slope}·(R_g − R̄), ${entry.min}, ${entry.max})\nmid multiplier    = 1\nsenior multiplier = 1 − clamp(${senior.base} + ${senior.slope}·(R_g − R̄), ${senior.min}, ${senior.max})\nlevel score       = clamp(round(score × multiplier), 0, 100)`}
      </code>
      <DataTable
        scroll={styles.tableWrap}
        caption={<>Seniority multipliers of all {categories.length} categories</>}
        captionClassName={styles.caption}
        rows={categories}
        rowKey={(category) => category.code}
        columns={[
          categoryColumn({
            detail: (category) => (
              <>
                {" "}
                <span className="small muted">({category.code})</span>
              </>
            ),
          }),
          {
            key: "routineness",
            header: (
              <>
                Routineness R<sub>g</sub>
              </>
            ),
            numeric: true,
            cell: (category) => (category.routineness === null ? "—" : category.routineness.toFixed(3)),
          },
          { key: "entry", header: "Entry ×", numeric: true, cell: (category) => category.entryMultiplier.toFixed(3) },
          { key: "senior", header: "Senior ×", numeric: true, cell: (category) => category.seniorMultiplier.toFixed(3) },
          {
            key: "example",
            header: "Score 50 becomes (entry / senior)",
            numeric: true,
            cell: (category) => `${seniorityScore(50, category.entryMultiplier)} / ${seniorityScore(50, category.seniorMultiplier)}`,
          },
        ]}
      />
    </section>
  );
}
