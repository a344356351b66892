import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { ProAnalyses } from "@/db/queries/pro";
import { formatPercent } from "@/lib/format";
import { proConfig } from "@/lib/pro/config";
import { educationText, jobZoneText, wageDeltaText } from "@/lib/pro/pivot-text";
import { occupationPath } from "@/lib/soc";

import styles from "./pro.module.css";

/** Up to eight lower-pressure occupations with similar skills, each linking to its profile. */
export function CareerPivots({ pivots }: { pivots: ProAnalyses["pivots"] }) {
  return (
    <div data-pro-section="pivots">
      <p className={styles.method}>{pivots.method}</p>
      {pivots.targets.length === 0 ? (
        <p className="notice">{pivots.emptyMessage}</p>
      ) : (
        <ol className={styles.pivots}>
          {pivots.targets.map((pivot) => (
            <li key={pivot.soc} className={styles.pivot} data-pivot-soc={pivot.soc}>
              <h4>
                <Link href={occupationPath(pivot.slug)}>{pivot.title}</Link>
              </h4>
              <dl className={styles.facts}>
                <dt>Score</dt>
                <dd>
                  <ScoreBadge score={pivot.score} size="sm" showLabel={false} /> ({pivot.scoreDrop} points lower)
                </dd>
                <dt>Skill similarity</dt>
                <dd>{pivot.similarity.toFixed(2)}</dd>
                <dt>Job Zone</dt>
                <dd>{jobZoneText(pivot)}</dd>
                <dt>Pay difference</dt>
                <dd>{wageDeltaText(pivot.wage, { withTargetMedian: true })}</dd>
                <dt>Entry education</dt>
                <dd>{educationText(pivot)}</dd>
                <dt>Outlook 2024–34</dt>
                <dd>{pivot.outlookPct === null ? "not projected" : `${formatPercent(pivot.outlookPct, { signed: true })} employment`}</dd>
                <dt>Shared top skills</dt>
                <dd>
                  {pivot.sharedTopSkills.length === 0
                    ? "none of the top five"
                    : pivot.sharedTopSkills.map((skill) => (
                        <span key={skill} className={styles.chip}>
                          {skill}
                        </span>
                      ))}
                </dd>
                <dt>Skills to build</dt>
                <dd>
                  {pivot.missingTopSkills.length === 0
                    ? "none: same top five"
                    : pivot.missingTopSkills.map((skill) => (
                        <span key={skill} className={`${styles.chip} ${styles.chipMissing}`}>
                          {skill}
                        </span>
                      ))}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <p className="small muted">Wages: {proConfig.wage.vintage} medians. Education: BLS typical entry education. Skills: O*NET basic-skill importances.</p>
    </div>
  );
}
