import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { ProAnalyses } from "@/db/queries/pro";
import { formatPercent } from "@/lib/format";
import { proConfig } from "@/lib/pro/config";
import { educationText, jobZoneText, relatedText, similarityText, skillToBuildText, technologyText, wageDeltaText } from "@/lib/pro/pivot-text";
import type { PivotTarget } from "@/lib/pro/pivots";
import { occupationPath } from "@/lib/soc";

import styles from "./pro.module.css";

function Chips({ items, empty, missing = false }: { items: readonly string[]; empty: string; missing?: boolean }) {
  if (items.length === 0) return <>{empty}</>;
  return items.map((item) => (
    <span key={item} className={missing ? `${styles.chip} ${styles.chipMissing}` : styles.chip}>
      {item}
    </span>
  ));
}

function WhyChosen({ pivot }: { pivot: PivotTarget }) {
  return (
    <>
      <dt>Related lists</dt>
      <dd>{relatedText(pivot)}</dd>
      <dt>Shared strengths</dt>
      <dd data-pivot-shared>
        <Chips items={[...pivot.shared.skills, ...pivot.shared.knowledge]} empty="no skill or knowledge area stands out in both" />
      </dd>
      <dt>Shared work</dt>
      <dd>
        <Chips items={pivot.shared.activities.map((activity) => activity.replace(/\.$/, ""))} empty="no work activity stands out in both" />
      </dd>
    </>
  );
}

/** Up to eight lower-pressure occupations with alike skills, knowledge and work, each linking to its profile. */
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
                <dt>Similarity</dt>
                <dd>{similarityText(pivot)}</dd>
                <WhyChosen pivot={pivot} />
                <dt>Job Zone</dt>
                <dd>{jobZoneText(pivot)}</dd>
                <dt>Pay difference</dt>
                <dd>{wageDeltaText(pivot.wage, { withTargetMedian: true })}</dd>
                <dt>Entry education</dt>
                <dd>{educationText(pivot)}</dd>
                <dt>Outlook 2024–34</dt>
                <dd>{pivot.outlookPct === null ? "not projected" : `${formatPercent(pivot.outlookPct, { signed: true })} employment`}</dd>
                <dt>Skills to build</dt>
                <dd data-pivot-build>
                  <Chips items={pivot.toBuild.map(skillToBuildText)} empty="none: no important skill or knowledge area needs a higher level" missing />
                </dd>
                <dt>Technologies</dt>
                <dd>
                  <Chips
                    items={pivot.technologies.map(technologyText)}
                    empty="no Hot or In Demand technology of the target that this job’s O*NET list lacks"
                    missing
                  />
                  {pivot.technologyTotal > pivot.technologies.length ? ` and ${pivot.technologyTotal - pivot.technologies.length} more` : null}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <p className="small muted">
        Wages: {proConfig.wage.vintage} medians. Education: BLS typical entry education. Skills, knowledge, technologies, Job Zones and related
        occupations: O*NET 30.1. Work activities: Microsoft Working with AI (soc_iwa_weights). Related: also BLS Occupational Outlook Handbook.
      </p>
    </div>
  );
}
