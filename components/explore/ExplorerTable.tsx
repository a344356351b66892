import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { formatChangeText, type ExplorerCategory, type ExplorerOccupation } from "@/lib/explore";
import { formatInteger, formatWage } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

import styles from "./Explorer.module.css";

/** The accessible alternative to the charts: the largest occupations with every layer's value as text. */
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
      <div className="table-scroll">
        <table className={styles.dataTable}>
          <caption className="visually-hidden">The {rows.length} largest occupations by 2024 employment</caption>
          <thead>
            <tr>
              <th scope="col">Occupation</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Jobs 2024
              </th>
              <th scope="col">Score</th>
              <th scope="col" className="num">
                Outlook 2024–34
              </th>
              <th scope="col" className="num">
                Median pay
              </th>
              <th scope="col">Entry education</th>
              <th scope="col" className="num">
                Digital exposure
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const category = categories.get(row.categoryCode);
              return (
                <tr key={row.soc}>
                  <th scope="row">
                    <Link href={occupationPath(row.slug)} prefetch={false}>
                      {row.title}
                    </Link>
                  </th>
                  <td>
                    {category ? (
                      <Link href={`/categories/${category.slug}`} prefetch={false}>
                        {category.title}
                      </Link>
                    ) : (
                      row.categoryCode
                    )}
                  </td>
                  <td className="num">{row.employment === null ? "—" : formatInteger(row.employment)}</td>
                  <td>
                    <ScoreBadge score={row.score} size="sm" showLabel={false} />
                  </td>
                  <td className="num">{formatChangeText(row.changePct)}</td>
                  <td className="num">{formatWage(row.epMedianWage, row.epMedianWageTopCoded)}</td>
                  <td>{row.entryEducation ?? "—"}</td>
                  <td className="num">{row.digitalExposure === null ? "not published" : `${row.digitalExposure} / 10`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
            <Link href={occupationPath(row.slug)} prefetch={false}>
              {row.title}
            </Link>{" "}
            <span className="muted">({row.soc})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
