import type { Metadata } from "next";
import Link from "next/link";

import { BandDistribution, BandLegend } from "@/components/categories/BandDistribution";
import styles from "@/components/categories/Categories.module.css";
import { categoryColumn } from "@/components/categories/categoryColumn";
import { DataTable } from "@/components/ui/DataTable";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { type CategorySummary, listBandCountsByCategory, listCategorySummaries } from "@/db/queries/categories";
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
      <DataTable
        className={styles.table}
        caption="SOC major groups with occupation count, 2024 employment, mean score and band distribution"
        captionClassName="visually-hidden"
        rows={categories}
        rowKey={(category) => category.code}
        columns={[
          categoryColumn<CategorySummary>({
            className: styles.rowTitle,
            detail: (category) => (
              <>
                <span className="muted small"> · SOC {category.code}</span>
                {/* Narrow screens: the other columns' values under the title (display:none on wide screens). */}
                <span className={styles.narrowOnly}>
                  <span className="muted small">
                    {formatInteger(category.occupationCount)} occupations · {category.employment === null ? "—" : formatCompact(category.employment)} jobs
                  </span>
                  <ScoreBadge score={oneDecimal(category.meanScore)} size="sm" />
                  <BandDistribution counts={bands.get(category.code) ?? emptyBandCounts()} label={category.title} />
                </span>
              </>
            ),
          }),
          {
            key: "occupations",
            header: "Occupations",
            numeric: true,
            headerClassName: styles.wideOnly,
            className: styles.wideOnly,
            cell: (category) => formatInteger(category.occupationCount),
          },
          {
            key: "jobs",
            header: "Jobs 2024",
            numeric: true,
            headerClassName: styles.wideOnly,
            className: styles.wideOnly,
            cell: (category) => (category.employment === null ? "—" : formatInteger(category.employment)),
          },
          {
            key: "score",
            header: "Mean score",
            headerClassName: styles.wideOnly,
            className: styles.wideOnly,
            cell: (category) => <ScoreBadge score={oneDecimal(category.meanScore)} size="sm" />,
          },
          {
            key: "bands",
            header: "Occupations by band",
            headerClassName: `${styles.distributionCol} ${styles.wideOnly}`,
            className: `${styles.distributionCol} ${styles.wideOnly}`,
            cell: (category) => <BandDistribution counts={bands.get(category.code) ?? emptyBandCounts()} label={category.title} />,
          },
        ]}
      />
    </>
  );
}
