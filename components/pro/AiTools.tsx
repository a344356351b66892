import type { ProAnalyses } from "@/db/queries/pro";
import { likelyUseSentences, type AiToolRecommendedTask } from "@/lib/pro/tools";
import { scoringConfig } from "@/lib/scoring/config";

import styles from "./pro.module.css";

/** Tasks listed before the rest fold into a disclosure. */
const SHOWN_TASKS = 4;

function TaskList({ tasks }: { tasks: readonly AiToolRecommendedTask[] }) {
  return (
    <ul className={styles.helps}>
      {tasks.map((task) => (
        <li key={`${task.onetSoc}-${task.taskId}`}>
          {task.statement} <span className="small muted">(score {task.score})</span> <span className={styles.terms}>matched: {task.matchedTerms.join(", ")}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * AI tool categories matched to the occupation's tasks scoring ≥ 50 (lib/pro/tools.ts), each
 * with example products, what it does, and the tasks it helps with (and the matching terms).
 */
export function AiTools({ tools }: { tools: ProAnalyses["tools"] }) {
  return (
    <div data-pro-section="tools">
      {tools.recommendations.length === 0 ? (
        <p className="notice">{tools.emptyMessage}</p>
      ) : (
        <>
          <p className={styles.method}>
            Matched from our hand-curated catalogue to this occupation’s tasks scoring {scoringConfig.highTaskScore} or more, by the verbs and keywords of each task. Examples are
            illustrations, not endorsements.
          </p>
          <ol className={styles.tools}>
            {tools.recommendations.map((recommendation) => (
              <li key={recommendation.categoryId} className={styles.tool} data-tool-category={recommendation.categoryId}>
                <h4>{recommendation.name}</h4>
                <p>{recommendation.description}</p>
                <p className={styles.examples}>
                  Examples:{" "}
                  {recommendation.examples.map((example, index) => (
                    <span key={example.url}>
                      {index > 0 ? ", " : null}
                      <a href={example.url} rel="noopener noreferrer external">
                        {example.name}
                      </a>{" "}
                      <span className="small muted">({example.vendor})</span>
                    </span>
                  ))}
                </p>
                {likelyUseSentences(recommendation.likelyUsed).map((sentence) => (
                  <p key={sentence} className="small" data-tool-likely-use>
                    {sentence}
                  </p>
                ))}
                <p className="small">
                  Helps with {recommendation.tasks.length} {recommendation.tasks.length === 1 ? "task" : "tasks"}:
                </p>
                <TaskList tasks={recommendation.tasks.slice(0, SHOWN_TASKS)} />
                {recommendation.tasks.length > SHOWN_TASKS ? (
                  <details>
                    <summary className="small">{recommendation.tasks.length - SHOWN_TASKS} more</summary>
                    <TaskList tasks={recommendation.tasks.slice(SHOWN_TASKS)} />
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
