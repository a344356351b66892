import type { Metadata } from "next";
import Link from "next/link";

import { BandDistribution, BandLegend } from "@/components/categories/BandDistribution";
import styles from "@/components/categories/Categories.module.css";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { listBandCountsByCategory, listCategorySummaries } from "@/db/queries/categories";
import { bandCountsByCategory, emptyBandCounts, oneDecimal } from "@/lib/categories";
import { formatCompact, formatInteger } from "@/lib/format";

// Reads only the content database: prerendered at build time.
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "Occupation categories",
  description:
    "The 22 SOC major groups of US occupations with their size, mean AI pressure score and how their occupations spread across the verdict bands.",
  alternates: { canonical: "/categories" },
};

export default function CategoriesPage() {
  const categories = listCategorySummaries();
  const bands = bandCountsByCategory(listBandCountsByCategory());
  const totalOccupations = categories.reduce((sum, category) => sum + category.occupationCount, 0);
  const totalJobs = categories.reduce((sum, category) => sum + (category.employment ?? 0), 0);

  return (
    <>
      <h1>Occupation categories</h1>
      <p className={styles.lede}>
        The {categories.length} major groups of the Standard Occupational Classification (SOC), covering{" "}
        {formatInteger(totalOccupations)} occupations and {formatCompact(totalJobs)} jobs in 2024. The mean score is the plain
        mean of the group’s occupation scores; the bar shows how many of its occupations fall in each verdict band. See the{" "}
        <Link href="/explore">explorer</Link> for every occupation at once.
      </p>
      <BandLegend />
      <div className="table-scroll">
        <table className={styles.table}>
          <caption className="visually-hidden">SOC major groups with occupation count, 2024 employment, mean score and band distribution</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className={`num ${styles.wideOnly}`}>
                Occupations
              </th>
              <th scope="col" className={`num ${styles.wideOnly}`}>
                Jobs 2024
              </th>
              <th scope="col" className={styles.wideOnly}>
                Mean score
              </th>
              <th scope="col" className={`${styles.distributionCol} ${styles.wideOnly}`}>
                Occupations by band
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category.code}>
                <th scope="row" className={styles.rowTitle}>
                  <Link href={`/categories/${category.slug}`}>{category.title}</Link>
                  <span className="muted small"> · SOC {category.code}</span>
                  {/* Narrow screens: the other columns' values under the title (display:none on wide screens). */}
                  <span className={styles.narrowOnly}>
                    <span className="muted small">
                      {formatInteger(category.occupationCount)} occupations · {category.employment === null ? "—" : formatCompact(category.employment)} jobs
                    </span>
                    <ScoreBadge score={oneDecimal(category.meanScore)} size="sm" />
                    <BandDistribution counts={bands.get(category.code) ?? emptyBandCounts()} label={category.title} />
                  </span>
                </th>
                <td className={`num ${styles.wideOnly}`}>{formatInteger(category.occupationCount)}</td>
                <td className={`num ${styles.wideOnly}`}>{category.employment === null ? "—" : formatInteger(category.employment)}</td>
                <td className={styles.wideOnly}>
                  <ScoreBadge score={oneDecimal(category.meanScore)} size="sm" />
                </td>
                <td className={`${styles.distributionCol} ${styles.wideOnly}`}>
                  <BandDistribution counts={bands.get(category.code) ?? emptyBandCounts()} label={category.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
