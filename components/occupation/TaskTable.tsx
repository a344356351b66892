import type { ProfileTask } from "@/db/queries/profile";
import { AUTOMATION_MEANING, EXPOSURE_MEANING, explainTask, ratersDisagree } from "@/lib/labels";
import { pressureColor } from "@/lib/pressure-scale";
import type { AutomationLabel, ExposureLabel } from "@/lib/scoring";

import styles from "./profile.module.css";

function ExposureCell({ label }: { label: string | null }) {
  if (label === null) return <span className="muted">not rated</span>;
  const meaning = EXPOSURE_MEANING[label as ExposureLabel];
  return (
    <span title={meaning?.long}>
      <code>{label}</code> <span className="small muted">{meaning?.short}</span>
    </span>
  );
}

function AutomationCell({ label }: { label: string | null }) {
  if (label === null) return <span className="muted">not rated</span>;
  const meaning = AUTOMATION_MEANING[label as AutomationLabel];
  return (
    <span title={meaning?.long}>
      <code>{label}</code> <span className="small muted">{meaning?.short}</span>
    </span>
  );
}

/** Every task with its score, weight, both raters' labels, an explanation and BLS evidence. */
export function TaskTable({ tasks, oohUrl }: { tasks: readonly ProfileTask[]; oohUrl: string | null }) {
  const totalWeight = tasks.reduce((sum, task) => sum + task.weight, 0);
  const sorted = [...tasks].sort((a, b) => b.score * b.weight - a.score * a.weight || a.taskId - b.taskId);
  return (
    <div className="table-scroll">
      <table className={styles.taskTable}>
        <caption className="visually-hidden">Tasks scored for current-generation AI feasibility, heaviest contribution first</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Weight</th>
            <th scope="col">Human raters</th>
            <th scope="col">GPT-4</th>
            <th scope="col">Automation</th>
            <th scope="col" className="num">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((task) => {
            const disagree = ratersDisagree(task);
            return (
              <tr key={task.taskId} id={`task-${task.taskId}`}>
                <td data-label="Task" className={styles.taskCell}>
                  <p className={styles.statement}>{task.statement}</p>
                  <p className="small muted">
                    {explainTask(task)}
                    {disagree ? <span className={styles.tag}>raters disagree</span> : null}
                  </p>
                  {task.evidenceText ? (
                    <blockquote className={styles.evidence}>
                      <span className="small muted">BLS {task.evidenceKind === "duty" ? "duty" : "text"}: </span>“{task.evidenceText}”
                      <span className="small muted">
                        {" "}
                        — Occupational Outlook Handbook{oohUrl ? <> (<a href={oohUrl}>source</a>)</> : null}, text similarity{" "}
                        {task.evidenceSimilarity?.toFixed(2)}
                      </span>
                    </blockquote>
                  ) : null}
                  <p className="small muted">
                    O*NET task {task.taskId} ({task.onetSoc})
                  </p>
                </td>
                <td data-label="Weight">
                  {task.taskType ?? "Unlabelled"} <span className="small muted">(w = {task.weight}, {Math.round((task.weight / totalWeight) * 100)}% of time)</span>
                </td>
                <td data-label="Human raters">
                  <ExposureCell label={task.humanLabel} />
                </td>
                <td data-label="GPT-4">
                  <ExposureCell label={task.gpt4Label} />
                </td>
                <td data-label="Automation">
                  <AutomationCell label={task.automationLabel} />
                </td>
                <td data-label="Score" className="num">
                  <span className={styles.scoreCell}>
                    <span className={styles.scoreBar} aria-hidden="true">
                      <span style={{ width: `${task.score}%`, background: pressureColor(task.score) }} />
                    </span>
                    <strong>{task.score}</strong>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
