import Link from "next/link";

import { ScoreBadge } from "@/components/ui/ScoreBadge";
import type { ProAnalyses } from "@/db/queries/pro";
import { formatPercent } from "@/lib/format";
import { proConfig } from "@/lib/pro/config";
import type { PivotTarget, WageDelta } from "@/lib/pro/pivots";
import { occupationPath } from "@/lib/soc";

import styles from "./pro.module.css";

const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

function wageDeltaText(wage: WageDelta): string {
  if (wage.delta === null) {
    if (wage.source.bound === "atLeast" && wage.target.bound === "atLeast") return `both medians ${wage.source.text}: difference unknown`;
    return wage.target.value === null ? "target median not published" : "median not published for this occupation";
  }
  const sign = wage.delta > 0 ? "+" : wage.delta < 0 ? "−" : "±";
  const amount = `${sign}${dollars.format(Math.abs(wage.delta))}`;
  const prefix = wage.bound === "atLeast" ? "at least " : wage.bound === "atMost" ? "at most " : "";
  return `${prefix}${amount} a year (median ${wage.target.text})`;
}

function educationText(pivot: PivotTarget): string {
  const { steps, target } = pivot.education;
  if (target === null) return "not published";
  if (steps === null) return target;
  if (steps === 0) return `${target} (same level)`;
  return `${target} (${steps > 0 ? `${steps} ${steps === 1 ? "step" : "steps"} more` : `${-steps} ${steps === -1 ? "step" : "steps"} less`})`;
}

function jobZoneText(pivot: PivotTarget): string {
  const { source, target, stepsUp } = pivot.jobZone;
  if (target === null) return "unknown";
  if (stepsUp > 0) return `${target} (from ${source}; −${pivot.penalty.toFixed(2)} in the ranking)`;
  return source === null ? String(target) : `${target} (from ${source})`;
}

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
                <dd>{wageDeltaText(pivot.wage)}</dd>
                <dt>Entry education</dt>
                <dd>{educationText(pivot)}</dd>
                <dt>Outlook 2022–32</dt>
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
