import { tasks } from "@/db/content/schema";

/**
 * A task's statement, labels and score as the task views select them (the tasks download,
 * the Pro heatmap and task mix), so each names the same columns in the same order.
 */
export const taskLabelColumns = {
  onetSoc: tasks.onetSoc,
  statement: tasks.statement,
  taskType: tasks.taskType,
  humanLabel: tasks.humanLabel,
  gpt4Label: tasks.gpt4Label,
  automationLabel: tasks.automationLabel,
  score: tasks.score,
  weight: tasks.weight,
};
