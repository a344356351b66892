import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { formatCompact } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

import styles from "./home.module.css";

export interface ExposureListItem {
  soc: string;
  title: string;
  slug: string;
  score: number;
  employment: number;
}

/** A ranked top-10 list: title, score with band, and 2024 employment. */
export function ExposureList({ id, heading, children, items }: { id: string; heading: string; children: React.ReactNode; items: readonly ExposureListItem[] }) {
  return (
    <section aria-labelledby={id} className={styles.listCard}>
      <h3 id={id} className={styles.listHeading}>
        {heading}
      </h3>
      <p className="small muted">{children}</p>
      <ol className={styles.rankList}>
        {items.map((item) => (
          <li key={item.soc} className={styles.rankItem}>
            <Link href={occupationPath(item.slug)} className={styles.rankTitle}>
              {item.title}
            </Link>
            <ScoreBadge score={item.score} size="sm" showLabel={false} />
            <span className={`small muted ${styles.rankJobs}`}>
              {formatCompact(item.employment)} jobs <span className="visually-hidden">in 2024</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
