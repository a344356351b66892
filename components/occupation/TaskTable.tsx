import { DataTable } from "@/components/ui/DataTable";
import type { MeasuredUseData } from "@/db/queries/measured-use";
import type { ProfileTask } from "@/db/queries/profile";
import { formatShare } from "@/lib/format";
import { claudeTaskSentence } from "@/lib/measured-use/text";
import { Explained } from "@/components/ui/Explained";
import { AUTOMATION_MEANING, EVIDENCE_SECTION, EXPOSURE_MEANING } from "@/lib/labels";
import { pressureColor } from "@/lib/pressure-scale";
import type { AutomationLabel, ExposureLabel } from "@/lib/scoring";

import styles from "./profile.module.css";

function LabelCell({ label, meaning }: { label: string | null; meaning: { short: string } | undefined }) {
  if (label === null) return <span className="muted">not rated</span>;
  return (
    <>
      <code>{label}</code> <span className="small muted">{meaning?.short}</span>
    </>
  );
}

/** What the labels mean, once above the table rather than in every row. */
function LabelLegend() {
  return (
    <details className={styles.legend}>
      <summary>What the labels mean</summary>
      <dl>
        {[...Object.entries(EXPOSURE_MEANING), ...Object.entries(AUTOMATION_MEANING)].map(([label, meaning]) => (
          <div key={label}>
            <dt>
              <code>{label}</code> {meaning.short}
            </dt>
            <dd>{meaning.long}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">Exposure labels come from human annotators and from GPT-4 (Eloundou et al. 2023); the automation level is GPT-4’s.</p>
    </details>
  );
}

/** Every task with its score, weight, both raters' labels, an explanation and BLS evidence. */
/** "Seen in Claude use …" / "Not seen …", and the task's work activities with Copilot's completion and scope. */
function TaskUse({ taskId, measuredUse }: { taskId: number; measuredUse: MeasuredUseData }) {
  const use = measuredUse.tasks[taskId];
  if (use === undefined) return null;
  const releases = measuredUse.sources?.claude.map((release) => release.id) ?? [];
  const activities = use.iwaIds.flatMap((id) => measuredUse.activities[id] ?? []);
  return (
    <div className="small" data-testid="task-use">
      <p className={use.claudeRelease === null ? "muted" : undefined}>{claudeTaskSentence(use, releases)}</p>
      {activities.length > 0 ? (
        <p className="muted">
          Work {activities.length === 1 ? "activity" : "activities"}:{" "}
          {activities.map((activity, index) => (
            <span key={activity.iwaId}>
              {index > 0 ? "; " : ""}
              {activity.title.replace(/\.$/, "")}
              {activity.copilotCompletion !== null && activity.copilotImpactScope !== null
                ? ` (Copilot completes ${formatShare(activity.copilotCompletion)}, ${formatShare(activity.copilotImpactScope)} moderate or wider scope)`
                : " (no Copilot metric)"}
            </span>
          ))}
        </p>
      ) : (
        <p className="muted">No work activity linked in O*NET {measuredUse.sources?.onet ?? ""} Tasks to DWAs.</p>
      )}
    </div>
  );
}

export function TaskTable({
  tasks,
  oohUrl,
  onetVersion,
  measuredUse = null,
}: {
  tasks: readonly ProfileTask[];
  oohUrl: string | null;
  onetVersion: string | null;
  measuredUse?: MeasuredUseData | null;
}) {
  const totalWeight = tasks.reduce((sum, task) => sum + task.weight, 0);
  const sorted = [...tasks].sort((a, b) => b.score * b.weight - a.score * a.weight || a.taskId - b.taskId);
  const seenCount = measuredUse === null ? 0 : tasks.filter((task) => measuredUse.tasks[task.taskId]?.claudeRelease != null).length;
  return (
    <div className={styles.taskFilterScope}>
    <LabelLegend />
    {measuredUse === null ? null : (
      // A CSS-only filter (:has), so it works without JavaScript and keeps the page static.
      <label className={styles.seenFilter}>
        <input type="checkbox" name="seen-in-use" data-testid="seen-filter" /> Show only the {seenCount} of {tasks.length} tasks seen in Claude use
      </label>
    )}
    <DataTable
      className={styles.taskTable}
      caption="Tasks scored for current-generation AI feasibility, heaviest contribution first"
      captionClassName="visually-hidden"
      rows={sorted}
      rowKey={(task) => String(task.taskId)}
      rowProps={(task) => ({
        id: `task-${task.taskId}`,
        "data-seen": measuredUse === null ? undefined : String(measuredUse.tasks[task.taskId]?.claudeRelease != null),
      })}
      columns={[
        {
          key: "task",
          header: "Task",
          label: "Task",
          className: styles.taskCell,
          cell: (task) => (
            <>
              <p className={styles.statement}>{task.statement}</p>
              {task.explanation === null ? null : (
                <p className="small" data-testid="task-explanation">
                  <Explained sentences={task.explanation} />
                </p>
              )}
              {task.evidenceText ? (
                <blockquote className={styles.evidence}>
                  <span className="small muted">BLS {EVIDENCE_SECTION[task.evidenceKind ?? ""] ?? "text"}: </span>“{task.evidenceText}”
                  <span className="small muted">
                    {" "}
                    — Occupational Outlook Handbook{oohUrl ? <> (<a href={oohUrl}>source</a>)</> : null}, same activity, word similarity{" "}
                    {task.evidenceSimilarity?.toFixed(2)}
                  </span>
                </blockquote>
              ) : null}
              {measuredUse === null ? null : <TaskUse taskId={task.taskId} measuredUse={measuredUse} />}
              <p className="small muted">
                O*NET task {task.taskId} ({task.onetSoc})
                {task.inCurrentOnet ? null : (
                  <>
                    {" "}
                    <span className={styles.tag}>no longer in O*NET {onetVersion ?? "(current release)"}</span>
                  </>
                )}
              </p>
            </>
          ),
        },
        {
          key: "weight",
          header: "Weight",
          label: "Weight",
          cell: (task) => (
            <>
              {task.taskType ?? "Unlabelled"} <span className="small muted">(w = {task.weight}, {Math.round((task.weight / totalWeight) * 100)}% of time)</span>
            </>
          ),
        },
        { key: "human", header: "Human raters", label: "Human raters", cell: (task) => <LabelCell label={task.humanLabel} meaning={EXPOSURE_MEANING[task.humanLabel as ExposureLabel]} /> },
        { key: "gpt4", header: "GPT-4", label: "GPT-4", cell: (task) => <LabelCell label={task.gpt4Label} meaning={EXPOSURE_MEANING[task.gpt4Label as ExposureLabel]} /> },
        {
          key: "automation",
          header: "Automation",
          label: "Automation",
          cell: (task) => <LabelCell label={task.automationLabel} meaning={AUTOMATION_MEANING[task.automationLabel as AutomationLabel]} />,
        },
        {
          key: "score",
          header: "Score",
          label: "Score",
          numeric: true,
          cell: (task) => (
            <span className={styles.scoreCell}>
              <span className={styles.scoreBar} aria-hidden="true">
                <span style={{ width: `${task.score}%`, background: pressureColor(task.score) }} />
              </span>
              <strong>{task.score}</strong>
            </span>
          ),
        },
      ]}
    />
    </div>
  );
}
