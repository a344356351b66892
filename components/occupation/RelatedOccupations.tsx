import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

import styles from "./profile.module.css";

export function RelatedOccupations({ profile }: { profile: OccupationProfile }) {
  const { related, similar, onetRelated, specialisations, occupation, category } = profile;
  return (
    <div className={styles.relatedGrid}>
      <div>
        <h3 className={styles.subheading}>Closest in score</h3>
        {related.length === 0 ? (
          <p className="muted">No other scored occupation in this category.</p>
        ) : (
          <ul className={styles.linkList}>
            {related.map((peer) => (
              <li key={peer.soc}>
                <Link href={occupationPath(peer.slug)}>{peer.title}</Link> <ScoreBadge score={peer.score} size="sm" showLabel={false} />
              </li>
            ))}
          </ul>
        )}
        {category ? (
          <p className="small">
            <Link href={`/categories/${category.slug}`}>All {category.occupationCount} occupations in {category.title}</Link>
          </p>
        ) : null}
      </div>
      <div>
        <h3 className={styles.subheading}>BLS similar occupations</h3>
        {similar.length === 0 ? (
          <p className="muted">BLS lists no similar occupations for this profile.</p>
        ) : (
          <ul className={styles.linkList}>
            {similar.map((row) => (
              <li key={row.ordinal}>
                {row.target ? (
                  <>
                    <Link href={occupationPath(row.target.slug)}>{row.title}</Link> <ScoreBadge score={row.target.score} size="sm" showLabel={false} />
                  </>
                ) : (
                  <>
                    {row.title} <a href={row.url} className="small">(BLS)</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div data-related="onet">
        <h3 className={styles.subheading}>O*NET related occupations</h3>
        {onetRelated.length === 0 ? (
          <p className="muted">O*NET 30.1 lists no related occupations for this one.</p>
        ) : (
          <ul className={styles.linkList}>
            {onetRelated.map((row) => (
              <li key={row.ordinal}>
                {row.target ? (
                  <>
                    <Link href={occupationPath(row.target.slug)}>{row.title}</Link> <ScoreBadge score={row.target.score} size="sm" showLabel={false} />
                  </>
                ) : (
                  <>
                    {row.title} <span className="small muted">(no page here)</span>
                  </>
                )}
                {row.tier === "Primary-Long" ? <span className="small muted"> · wider list</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="small muted">O*NET 30.1 Related Occupations, its primary lists (closest first).</p>
      </div>
      <div>
        <h3 className={styles.subheading}>O*NET specialisations</h3>
        <ul className={styles.linkList}>
          {specialisations.map((onet) => (
            <li key={onet.onetSoc}>
              <Link href={`${occupationPath(occupation.slug)}/tasks/${onet.onetSoc}`}>{onet.title}</Link>{" "}
              <span className="small muted">
                {onet.onetSoc} · {onet.taskCount} tasks
                {onet.taskSignal === null ? "" : ` · task signal ${formatDecimal(onet.taskSignal)}`}
                {onet.inSocTaskList ? " · in this page’s task list" : ""}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
