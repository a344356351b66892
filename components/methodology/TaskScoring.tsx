import type { getWorkedExampleTask } from "@/db/queries/meta";
import styles from "@/components/docs/docs.module.css";
import type { ContentCounts } from "@/db/queries/meta";
import { formatInteger, formatShare } from "@/lib/format";
import { AUTOMATION_MEANING, EXPOSURE_MEANING } from "@/lib/labels";
import { AUTOMATION_LABELS, EXPOSURE_LABELS, isAutomationLabel, isExposureLabel, raterBlend, scoringConfig, taskScore, taskWeight } from "@/lib/scoring";

import { LabelTable } from "./LabelTable";

type ExampleTask = NonNullable<ReturnType<typeof getWorkedExampleTask>>;

/** §1: the task rubrics, the task-score formula and a worked example from the database. */
export function TaskScoring({ example, counts }: { example: ExampleTask | null; counts: ContentCounts }) {
  return (
    <section aria-labelledby="tasks">
      <h2 id="tasks">1. Scoring each task</h2>
      <p>
        O*NET describes each occupation as a list of tasks (“Prepare and maintain production reports or personnel records”). For the
        “GPTs are GPTs” study, human annotators and GPT-4 each gave every task an exposure label, and GPT-4 also rated how far the task
        could be automated. We turn those labels into a 0–100 feasibility score per task.
      </p>
      <LabelTable caption="Exposure labels (human and GPT-4 raters)" labels={EXPOSURE_LABELS} meanings={EXPOSURE_MEANING} values={scoringConfig.exposure} />
      <p>
        E2 counts half: the saving is real but depends on software that a workplace may not have yet. The two raters are averaged into a
        blend <em>x</em>; when one of them did not label a task, the other one alone is used.
      </p>
      <LabelTable caption="Automation levels (GPT-4)" labels={AUTOMATION_LABELS} meanings={AUTOMATION_MEANING} values={scoringConfig.automation} />
      <code className={styles.formula}>
        {`task score = round(100 × (${scoringConfig.taskBlend.exposure}·x + ${scoringConfig.taskBlend.automation}·a))`}
      </code>
      <p>
        Exposure carries {formatShare(scoringConfig.taskBlend.exposure)} of a task’s score and the automation level <em>a</em> the remaining{" "}
        {formatShare(scoringConfig.taskBlend.automation)}: whether AI can speed a task up matters more than whether it can take it over entirely. Each
        task is then weighted by how central it is to the job: a Core task counts {scoringConfig.taskWeights.Core}, a Supplemental task{" "}
        {scoringConfig.taskWeights.Supplemental}, and a task added to O*NET after the labels were written (no type yet){" "}
        {scoringConfig.taskWeights.unlabelled}.
      </p>
      {example !== null ? <WorkedExample task={example} /> : null}
      <p>
        An occupation’s task list is the list of its main O*NET code (the one ending in <code>.00</code>). Where a SOC code has no such
        code, the tasks of all its O*NET specialisations are pooled. Specialisations (for example 11-3051.01 Quality Control Systems
        Managers) keep their own task view on the profile page. In all, {formatInteger(counts.tasks)} rated tasks across{" "}
        {formatInteger(counts.onetOccupations)} O*NET occupations feed {formatInteger(counts.occupations)} SOC occupations.
      </p>
    </section>
  );
}

function WorkedExample({ task }: { task: ExampleTask }) {
  const human = task.human !== null && isExposureLabel(task.human) ? task.human : null;
  const gpt4 = task.gpt4 !== null && isExposureLabel(task.gpt4) ? task.gpt4 : null;
  const automation = task.automation !== null && isAutomationLabel(task.automation) ? task.automation : null;
  const labels = { human, gpt4, automation };
  const x = raterBlend(labels);
  const a = automation === null ? null : scoringConfig.automation[automation];
  const score = taskScore(labels);
  const weight = taskWeight(task.taskType);
  return (
    <div className={styles.example}>
      <h3>Worked example</h3>
      <p>
        Industrial production managers ({task.onetSoc}): “{task.statement}”
      </p>
      <ul>
        <li>
          Human raters: {human ?? "no label"}
          {human !== null ? ` (${scoringConfig.exposure[human]})` : ""}; GPT-4: {gpt4 ?? "no label"}
          {gpt4 !== null ? ` (${scoringConfig.exposure[gpt4]})` : ""} → x = {x === null ? "—" : x.toFixed(2)}
        </li>
        <li>
          Automation: {automation ?? "no label"} → a = {a === null ? "—" : a.toFixed(2)}
        </li>
        <li>
          Score = round(100 × ({scoringConfig.taskBlend.exposure} × {x === null ? "—" : x.toFixed(2)} + {scoringConfig.taskBlend.automation} ×{" "}
          {a === null ? "—" : a.toFixed(2)})) = <strong>{score ?? "not rated"}</strong>
        </li>
        <li>
          {task.taskType ?? "Untyped"} task → weight <strong>{weight}</strong>
        </li>
      </ul>
    </div>
  );
}
