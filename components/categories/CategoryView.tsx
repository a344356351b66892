import Link from "next/link";

import { BandDistribution, BandLegend } from "@/components/categories/BandDistribution";
import styles from "@/components/categories/Categories.module.css";
import { DataTable } from "@/components/ui/DataTable";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { CategorySummary, listCategoryOccupations } from "@/db/queries/categories";
import { ariaSort, bandCountsFromScores, oneDecimal, sortCategoryOccupations, sortHref, type CategorySort, type CategorySortKey } from "@/lib/categories";
import { compareHref } from "@/lib/compare";
import { formatCompact, formatInteger, formatPercent, formatWage } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

const COLUMNS: { key: CategorySortKey; label: string; numeric: boolean }[] = [
  { key: "title", label: "Occupation", numeric: false },
  { key: "score", label: "Score", numeric: false },
  { key: "employment", label: "Jobs 2024", numeric: true },
  { key: "pay", label: "Median pay 2024", numeric: true },
  { key: "outlook", label: "Outlook 2024–34", numeric: true },
];

/**
 * One category page in one sort order. Every order is a prerendered page: the default at
 * /categories/<slug>, the others at /categories/<slug>/sorted/<key>-<dir>, which proxy.ts serves
 * for `?sort=<key>&dir=<dir>` (the address readers see and link to).
 */
export function CategoryView({ category, occupations, sort }: { category: CategorySummary; occupations: ReturnType<typeof listCategoryOccupations>; sort: CategorySort }) {
  const basePath = `/categories/${category.slug}`;
  const rows = sortCategoryOccupations(occupations, sort);
  const scored = rows.filter((row): row is typeof row & { score: number } => row.score !== null);
  const most = [...scored].sort((a, b) => b.score - a.score)[0];
  const least = [...scored].sort((a, b) => a.score - b.score)[0];

  return (
    <>
      <p className={styles.crumbs}>
        <Link href="/categories">All categories</Link>
      </p>
      <h1>{category.title} occupations</h1>
      <p className="muted">SOC major group {category.code}</p>

      <dl className={styles.facts}>
        <div>
          <dt>Mean score</dt>
          <dd>
            <ScoreBadge score={oneDecimal(category.meanScore)} />
            <span className={styles.factNote}>plain mean of its {category.scoredCount} occupation scores</span>
          </dd>
        </div>
        <div>
          <dt>Occupations</dt>
          <dd>{formatInteger(category.occupationCount)}</dd>
        </div>
        <div>
          <dt>Jobs 2024</dt>
          <dd>
            {category.employment === null ? "—" : formatCompact(category.employment)}
            {category.employment === null ? null : <span className={styles.factNote}>{formatInteger(category.employment)}</span>}
          </dd>
        </div>
        <div>
          <dt>Seniority multipliers</dt>
          <dd>
            entry ×{category.entryMultiplier.toFixed(3)} · senior ×{category.seniorMultiplier.toFixed(3)}
            <span className={styles.factNote}>applied to each score for entry-level and senior roles</span>
          </dd>
        </div>
      </dl>

      <p className="small">
        Entry-level roles carry the brunt: they concentrate the routine, automatable tasks, so their score is the occupation’s
        score × {category.entryMultiplier.toFixed(3)}; senior roles × {category.seniorMultiplier.toFixed(3)}. The multipliers come
        from how routine and structured this group’s work is (O*NET work context) — see the{" "}
        <Link href="/methodology">methodology</Link>.
      </p>

      <h2 id="bands">Occupations by verdict band</h2>
      <BandLegend />
      <BandDistribution counts={bandCountsFromScores(rows.map((row) => row.score))} label={category.title} />
      {most !== undefined && least !== undefined && most.soc !== least.soc ? (
        <p className="small">
          Most exposed: <Link href={occupationPath(most.slug)}>{most.title}</Link> ({most.score}); least exposed:{" "}
          <Link href={occupationPath(least.slug)}>{least.title}</Link> ({least.score}).{" "}
          <Link href={compareHref([most.soc, least.soc])}>Compare them side by side</Link>.
        </p>
      ) : null}

      <h2 id="occupations">All {rows.length} occupations</h2>
      <p className="small muted">Select a column heading to sort by it; select it again to reverse the order. Missing values sort last.</p>
      <DataTable
        className={styles.table}
        testId="category-occupations"
        caption={
          <>
            {category.title} occupations, sorted by {COLUMNS.find((column) => column.key === sort.sort)?.label.toLowerCase()},{" "}
            {sort.dir === "asc" ? "ascending" : "descending"}
          </>
        }
        captionClassName="visually-hidden"
        head={
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} basePath={basePath} />
            ))}
          </tr>
        }
      >
        <tbody>
          {rows.map((row) => (
            <tr key={row.soc}>
              <th scope="row" className={styles.rowTitle}>
                {/* Up to 101 static profiles per table: no viewport prefetch of each. */}
                <Link href={occupationPath(row.slug)} prefetch={false}>
                  {row.title}
                </Link>
                <span className="muted small"> · {row.soc}</span>
              </th>
              <td>
                <ScoreBadge score={row.score} size="sm" />
              </td>
              <td className="num">{row.employment === null ? "—" : formatInteger(row.employment)}</td>
              <td className="num">{formatWage(row.epMedianWage, row.epMedianWageTopCoded)}</td>
              <td className="num">{row.changePct === null ? "—" : formatPercent(row.changePct, { signed: true })}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="small muted">
        Jobs and outlook: BLS Employment Projections 2024–34. Median pay: BLS Employment Projections, 2024; BLS publishes wages of $239,200 and
        above only as “≥ $239,200”.
      </p>
    </>
  );
}

function SortHeader({ column, sort, basePath }: { column: (typeof COLUMNS)[number]; sort: CategorySort; basePath: string }) {
  const state = ariaSort(sort, column.key);
  const next = sortHref(sort, column.key);
  const nextDir = next.endsWith("asc") ? "ascending" : "descending";
  return (
    <th scope="col" className={column.numeric ? "num" : undefined} aria-sort={state}>
      <Link href={`${basePath}${next}#occupations`} className={styles.sortLink} aria-current={state ? "true" : undefined}>
        {column.label}
        <span className={styles.arrow} aria-hidden="true">
          {state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕"}
        </span>
        <span className="visually-hidden">, sort {nextDir}</span>
      </Link>
    </th>
  );
}
