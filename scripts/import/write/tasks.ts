import * as schema from "@/db/content/schema";
import { taskSignal } from "@/lib/scoring";

import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

/** O*NET-SOC occupations (the `.00` code and its specialisations) and every rated task. */
export const writeTasks: Writer = (tx, { sources, scored, matched }) => {
  const { onet } = sources;
  const onetRows = [...onet.onetCodesBySoc].flatMap(([soc, codes]) =>
    codes.map((onetSoc) => {
      const rated = scored.ratedTasksOf(onetSoc);
      const t = taskSignal(rated);
      const beta = onet.betas.get(onetSoc);
      return {
        onetSoc,
        soc,
        title: onet.onetTitle(onetSoc),
        taskCount: rated.length,
        taskSignal: t === null ? null : round(t, 4),
        inSocTaskList: onet.primaryCodes(soc).includes(onetSoc),
        betaHuman: beta?.betaHuman ?? null,
        betaGpt4: beta?.betaGpt4 ?? null,
      };
    }),
  );
  insertInChunks(onetRows, 300, (chunk) => tx.insert(schema.onetOccupations).values(chunk).run());
  insertInChunks(matched.taskRecords, 400, (chunk) => tx.insert(schema.tasks).values(chunk).run());
};

/** O*NET's Emerging Tasks of each occupation's O*NET-SOC codes (unrated: no labels exist for them). */
export const writeEmergingTasks: Writer = (tx, { sources, scored }) => {
  const ours = new Set(scored.socs);
  const rows = [...sources.onetCurrent.emergingByOnet].flatMap(([onetSoc, tasks]) =>
    ours.has(onetSoc.slice(0, 7)) ? tasks.map(({ onetSoc: code, ...task }) => ({ onetSoc: code, soc: code.slice(0, 7), ...task })) : [],
  );
  insertInChunks(rows, 300, (chunk) => tx.insert(schema.emergingTasks).values(chunk).run());
};
