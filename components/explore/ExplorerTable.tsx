import { DataTable } from "@/components/ui/DataTable";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { formatChangeText, type ExplorerCategory, type ExplorerOccupation } from "@/lib/explore";
import { formatInteger, formatWage } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

import styles from "./Explorer.module.css";

/**
 * The accessible alternative to the charts: the largest occupations with every layer's value as text.
 * Plain links, not next/link: ~100 client components to hydrate cost more main-thread time on a
 * phone than client-side navigation to a static profile saves.
 */
export function ExplorerTable({
  rows,
  categories,
  total,
}: {
  rows: readonly ExplorerOccupation[];
  categories: ReadonlyMap<string, ExplorerCategory>;
  total: number;
}) {
  return (
    <details className={styles.tableDetails} data-testid="explorer-table">
      <summary>
        Table: the {rows.length} largest of {formatInteger(total)} occupations by employment, with every layer’s value
      </summary>
      <DataTable
        className={styles.dataTable}
        caption={<>The {rows.length} largest occupations by 2024 employment</>}
        captionClassName="visually-hidden"
        rows={rows}
        rowKey={(row) => row.soc}
        columns={[
          {
            key: "occupation",
            header: "Occupation",
            rowHeader: true,
            cell: (row) => (
              <a href={occupationPath(row.slug)}>{row.title}</a>
            ),
          },
          {
            key: "category",
            header: "Category",
            cell: (row) => {
              const category = categories.get(row.categoryCode);
              return category ? (
                <a href={`/categories/${category.slug}`}>{category.title}</a>
              ) : (
                row.categoryCode
              );
            },
          },
          { key: "jobs", header: "Jobs 2024", numeric: true, cell: (row) => (row.employment === null ? "—" : formatInteger(row.employment)) },
          { key: "score", header: "Score", cell: (row) => <ScoreBadge score={row.score} size="sm" showLabel={false} /> },
          { key: "outlook", header: "Outlook 2024–34", numeric: true, cell: (row) => formatChangeText(row.changePct) },
          { key: "pay", header: "Median pay", numeric: true, cell: (row) => formatWage(row.epMedianWage, row.epMedianWageTopCoded) },
          { key: "education", header: "Entry education", cell: (row) => row.entryEducation ?? "—" },
          { key: "digital", header: "Digital exposure", numeric: true, cell: (row) => (row.digitalExposure === null ? "not published" : `${row.digitalExposure} / 10`) },
        ]}
      />
    </details>
  );
}

/** Occupations a chart could not place, listed so none is silently dropped. */
export function OmittedList({ rows, reason, placed }: { rows: readonly ExplorerOccupation[]; reason: string; placed: string }) {
  if (rows.length === 0) return <p className={styles.figureNote}>{placed}</p>;
  return (
    <div className={styles.omitted}>
      <p className={styles.figureNote}>
        {formatInteger(rows.length)} {rows.length === 1 ? "occupation is" : "occupations are"} not drawn ({reason}):
      </p>
      <ul>
        {rows.map((row) => (
          <li key={row.soc}>
            <a href={occupationPath(row.slug)}>{row.title}</a>{" "}
            <span className="muted">({row.soc})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
