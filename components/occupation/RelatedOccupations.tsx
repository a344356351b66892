import type { ReactNode } from "react";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { occupationPath } from "@/lib/soc";

import styles from "./profile.module.css";

/**
 * Plain links, not next/link: up to ~40 of them, each a client component to hydrate (with a
 * viewport observer for prefetching) on a page that is otherwise static HTML; the pages they
 * open are prerendered, so a full load is as quick.
 */
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
                <ScoredLink slug={peer.slug} title={peer.title} score={peer.score} />
              </li>
            ))}
          </ul>
        )}
        {category ? (
          <p className="small">
            <a href={`/categories/${category.slug}`}>All {category.occupationCount} occupations in {category.title}</a>
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
                <RelatedTitle title={row.title} target={row.target} noPage={<a href={row.url} className="small">(BLS)</a>} />
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
                <RelatedTitle title={row.title} target={row.target} noPage={<span className="small muted">(no page here)</span>} />
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
              <a href={`${occupationPath(occupation.slug)}/tasks/${onet.onetSoc}`}>{onet.title}</a>{" "}
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

/** An occupation with a page here: its linked title and its score. */
function ScoredLink({ slug, title, score }: { slug: string; title: string; score: number | null }) {
  return (
    <>
      <a href={occupationPath(slug)}>{title}</a> <ScoreBadge score={score} size="sm" showLabel={false} />
    </>
  );
}

/** A source's related occupation: linked with its score when it has a page here, else its title and `noPage`. */
function RelatedTitle({ title, target, noPage }: { title: string; target: { slug: string; score: number | null } | null; noPage: ReactNode }) {
  if (target) return <ScoredLink slug={target.slug} title={title} score={target.score} />;
  return (
    <>
      {title} {noPage}
    </>
  );
}
