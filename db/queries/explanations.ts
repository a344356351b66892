import { eq, inArray } from "drizzle-orm";

import { contentDb } from "@/db/content/client";
import { occupationExplanations, taskExplanations } from "@/db/content/schema";
import type { Sentence } from "@/lib/explanations/sources";

/** Stored task explanations (METHODOLOGY §10) by task id; a task without one is left out. */
export function getTaskExplanations(taskIds: readonly number[]): Map<number, Sentence[]> {
  if (taskIds.length === 0) return new Map();
  const rows = contentDb().select().from(taskExplanations).where(inArray(taskExplanations.taskId, [...taskIds])).all();
  return new Map(rows.map((row) => [row.taskId, row.sentences]));
}

/** Each task with its stored explanation (null only in a database built before explanations existed). */
export function withExplanations<T extends { taskId: number }>(tasks: readonly T[]): (T & { explanation: Sentence[] | null })[] {
  const explanations = getTaskExplanations(tasks.map((task) => task.taskId));
  return tasks.map((task) => ({ ...task, explanation: explanations.get(task.taskId) ?? null }));
}

/** The occupation's headline, outlook line, summary and agreement sentence; null for an unknown code or an older build. */
export function getOccupationExplanation(soc: string) {
  return contentDb().select().from(occupationExplanations).where(eq(occupationExplanations.soc, soc)).get() ?? null;
}
