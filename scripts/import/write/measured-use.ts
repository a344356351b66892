import * as schema from "@/db/content/schema";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** Measured AI use per task, work activity and occupation, and each occupation's ChatGPT months. */
export const writeMeasuredUse: Writer = (tx, { matched }) => {
  const { taskRows, workActivityRows, occupationRows, monthlyRows } = matched.measuredUse;
  insertInChunks(taskRows, 500, (chunk) => tx.insert(schema.taskMeasuredUse).values(chunk).run());
  insertInChunks(workActivityRows, 500, (chunk) => tx.insert(schema.workActivities).values(chunk).run());
  insertInChunks(occupationRows, 200, (chunk) => tx.insert(schema.occupationMeasuredUse).values(chunk).run());
  insertInChunks(monthlyRows, 500, (chunk) => tx.insert(schema.occupationChatgptMonthly).values(chunk).run());
};
