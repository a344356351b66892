import { DataTable } from "@/components/ui/DataTable";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { summarySentence, type EconomySummary as Summary, type GroupFigures } from "@/lib/explore";
import { formatCompact, formatInteger, formatShare } from "@/lib/format";

import styles from "./Explorer.module.css";

const compactUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 2 });

/** Economy-wide figures from lib/explore's `economySummary`: weighted mean, high-pressure jobs and wages, pay and education bands. */
export function EconomySummary({ summary }: { summary: Summary }) {
  const high = summary.high;
  return (
    <section className={styles.summary} aria-labelledby="summary-title">
      <h2 id="summary-title" className={styles.summaryTitle}>
        The economy in numbers
      </h2>
      <p className={styles.summarySentence}>{summarySentence(summary)}</p>
      <dl className={styles.figures}>
        <div>
          <dt>Average job’s score</dt>
          <dd>
            {summary.weightedMeanScore === null ? (
              "—"
            ) : (
              <>
                <ScoreBadge score={Math.round(summary.weightedMeanScore * 10) / 10} />
                <span className={styles.figureNote}>
                  mean of {formatInteger(summary.counted)} occupation scores weighted by 2024 employment ({formatCompact(summary.totalJobs)}{" "}
                  jobs, each BLS occupation counted once)
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Jobs in high-pressure occupations (score ≥ {high.threshold})</dt>
          <dd>
            {formatCompact(high.jobs)}
            <span className={styles.figureNote}>
              {high.jobShare === null ? "" : `${formatShare(high.jobShare)} of all jobs, `}in {formatInteger(high.occupations)} occupations
            </span>
          </dd>
        </div>
        <div>
          <dt>Their annual wage bill</dt>
          <dd>
            {high.topCodedOccupations > 0 ? "≥ " : ""}
            {compactUsd.format(high.wageBill)}
            <span className={styles.figureNote}>
              jobs × median annual wage, 2024
              {high.wageBillShare === null ? "" : `; ${formatShare(high.wageBillShare)} of the ${compactUsd.format(summary.totalWageBill)} total`}
              {high.missingWageOccupations > 0
                ? `; ${formatInteger(high.missingWageOccupations)} occupations (${formatCompact(high.missingWageJobs)} jobs) without a published wage left out`
                : ""}
            </span>
          </dd>
        </div>
        <div>
          <dt>Work already seen in AI use</dt>
          <dd>
            {summary.observedUse.seenShare === null ? "—" : formatShare(summary.observedUse.seenShare)}
            <span className={styles.figureNote}>
              of the task weight of {formatCompact(summary.observedUse.jobs)} jobs is seen in Claude conversations (observed coverage U,
              weighted by employment; Anthropic Economic Index)
            </span>
          </dd>
        </div>
        <div>
          <dt>Of that use, automation</dt>
          <dd>
            {summary.observedUse.automationShare === null ? "—" : formatShare(summary.observedUse.automationShare)}
            <span className={styles.figureNote}>
              directive or feedback-loop conversations, the rest augmentation; employment-weighted over{" "}
              {formatCompact(summary.observedUse.automationJobs)} jobs in occupations with a task seen in use
            </span>
          </dd>
        </div>
      </dl>
      <p className={`${styles.figureNote} ${styles.wageNote}`}>
        BLS top-codes median wages at $239,200 ({formatInteger(summary.topCodedOccupations)} occupations, counted at that value, so the
        economy-wide total is a lower bound) and publishes none for {formatInteger(summary.missingWageOccupations)} occupations (left
        out of wage totals).
      </p>

      {[
        {
          id: "by-pay",
          caption: "Average score by pay band",
          note: "Fixed bands of the 2024 median annual wage; scores weighted by employment.",
          head: "Median pay",
          groups: summary.byPay,
          unknown: summary.payUnknown,
        },
        {
          id: "by-education",
          caption: "Average score by typical entry education",
          note: "BLS’s typical education needed to enter the occupation; scores weighted by employment.",
          head: "Entry education",
          groups: summary.byEducation,
          unknown: summary.educationUnknown,
        },
      ].map((table) => (
        <GroupTable key={table.id} {...table} />
      ))}
    </section>
  );
}

function GroupTable({
  id,
  caption,
  note,
  head,
  groups,
  unknown,
}: {
  id: string;
  caption: string;
  note: string;
  head: string;
  groups: GroupFigures[];
  unknown: GroupFigures;
}) {
  const rows = unknown.occupations > 0 ? [...groups, unknown] : groups;
  return (
    <div className={styles.groupTable}>
      <DataTable
        scroll={false}
        describedBy={`${id}-note`}
        caption={caption}
        rows={rows}
        rowKey={(group) => group.id}
        columns={[
          {
            key: "group",
            header: head,
            rowHeader: true,
            cell: (group) => (
              <>
                {group.label}
                <span className={styles.figureNote}>{formatInteger(group.occupations)} occupations</span>
              </>
            ),
          },
          { key: "jobs", header: "Jobs", numeric: true, cell: (group) => formatCompact(group.jobs) },
          {
            key: "score",
            header: "Score",
            cell: (group) => <ScoreBadge score={group.meanScore === null ? null : Math.round(group.meanScore * 10) / 10} size="sm" showLabel={false} />,
          },
        ]}
      />
      <p id={`${id}-note`} className={styles.figureNote}>
        {note}
      </p>
    </div>
  );
}
