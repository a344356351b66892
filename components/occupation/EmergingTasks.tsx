import type { OccupationProfile } from "@/db/queries/profile";

import styles from "./profile.module.css";

/** O*NET's Emerging Tasks for the occupation: listed as O*NET reports them, unrated (no labels exist for them). */
export function EmergingTasks({ tasks, onetVersion }: { tasks: OccupationProfile["emergingTasks"]; onetVersion: string | null }) {
  if (tasks.length === 0) return null;
  return (
    <div className={styles.emerging}>
      <h3 className={styles.subheading}>Emerging tasks (O*NET {onetVersion ?? ""}, not rated)</h3>
      <p className="small muted">
        Tasks O*NET has seen emerge in this work since the rated task list was written. No exposure or automation labels exist for them, so they are not part of the score.
      </p>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            {task.statement} <span className={styles.tag}>unrated</span>{" "}
            <span className="small muted">
              {task.category === "Revision" && task.originalTaskId !== null ? `rewording of task ${task.originalTaskId}; ` : ""}
              O*NET {task.onetSoc}, {task.month}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
