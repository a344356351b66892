import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { formatCompact } from "@/lib/format";

import styles from "./home.module.css";

export interface CategoryListItem {
  code: string;
  title: string;
  slug: string;
  occupationCount: number;
  employment: number | null;
  meanScore: number | null;
}

/** The SOC major groups, largest first, each with its mean score. */
export function CategoryList({ categories }: { categories: readonly CategoryListItem[] }) {
  const sorted = [...categories].sort((a, b) => (b.employment ?? 0) - (a.employment ?? 0) || a.code.localeCompare(b.code));
  return (
    <ul className={styles.categoryGrid}>
      {sorted.map((category) => (
        <li key={category.code} className={styles.categoryItem}>
          <Link href={`/categories/${category.slug}`} className={styles.categoryTitle}>
            {category.title}
          </Link>
          <span className={styles.categoryScore}>
            <span className="visually-hidden">Mean score </span>
            <ScoreBadge score={category.meanScore === null ? null : Math.round(category.meanScore)} size="sm" showLabel={false} />
          </span>
          <span className="small muted">
            {category.occupationCount} occupations
            {category.employment !== null ? <> · {formatCompact(category.employment)} jobs</> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
