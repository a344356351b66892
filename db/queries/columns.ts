import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";

import type { ContentDb } from "@/db/content/client";
import { occupations, tasks } from "@/db/content/schema";

/** An occupation's outlook, pay, education, digital exposure and task count, as the lists and /compare select them. */
export const occupationFactColumns = {
  changePct: occupations.changePct,
  epMedianWage: occupations.epMedianWage,
  epMedianWageTopCoded: occupations.epMedianWageTopCoded,
  entryEducation: occupations.entryEducation,
  digitalExposure: occupations.digitalExposure,
  taskCount: occupations.taskCount,
};

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

/** The `fields` of one occupation; undefined for an unknown SOC code. */
export function selectOccupation<Fields extends SelectedFields>(db: ContentDb, soc: string, fields: Fields) {
  return db.select(fields).from(occupations).where(eq(occupations.soc, soc)).get();
}
