import * as schema from "@/db/content/schema";
import type { MeasuredUseSources } from "@/lib/measured-use/sources";

import { CHATGPT_LABEL, COPILOT_LABEL, COPILOT_PERIOD } from "../sources/measured-use";
import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** Measured AI use per task, work activity and occupation, each occupation's ChatGPT months, and how to cite them. */
export const writeMeasuredUse: Writer = (tx, { sources, matched }) => {
  const { taskRows, workActivityRows, occupationRows, monthlyRows } = matched.measuredUse;
  insertInChunks(taskRows, 500, (chunk) => tx.insert(schema.taskMeasuredUse).values(chunk).run());
  insertInChunks(workActivityRows, 500, (chunk) => tx.insert(schema.workActivities).values(chunk).run());
  insertInChunks(occupationRows, 200, (chunk) => tx.insert(schema.occupationMeasuredUse).values(chunk).run());
  insertInChunks(monthlyRows, 500, (chunk) => tx.insert(schema.occupationChatgptMonthly).values(chunk).run());
  const months = [...sources.chatgpt.monthly.keys()].sort();
  const facts: MeasuredUseSources = {
    claude: sources.claude.releases.map(({ id, label }) => ({ id, label })),
    copilot: { label: COPILOT_LABEL, period: COPILOT_PERIOD },
    chatgpt: { label: CHATGPT_LABEL, firstMonth: months[0] ?? null, lastMonth: months.at(-1) ?? null },
    onet: sources.onetCurrent.version,
  };
  tx.insert(schema.meta).values({ key: "measured_use_sources", value: JSON.stringify(facts) }).run();
};
