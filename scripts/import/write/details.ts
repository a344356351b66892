import * as schema from "@/db/content/schema";

import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

const roundOrNull = (value: number | null) => (value === null ? null : round(value, 4));

/** Per-occupation detail tables: BLS utilization factors, basic skills, work contexts, attainment. */
export const writeOccupationDetails: Writer = (tx, { sources, scored }) => {
  const { projections, attainment } = sources;
  const nemOf = (soc: string) => scored.assembled.get(soc)?.crosswalk?.nemCode;
  const factorRows = scored.socs.flatMap((soc) => {
    const nem = nemOf(soc);
    return (nem === undefined ? [] : (projections.factorsByNem.get(nem) ?? [])).map((factor, ordinal) => ({ soc, ordinal, ...factor }));
  });
  insertInChunks(factorRows, 500, (chunk) => tx.insert(schema.blsFactors).values(chunk).run());
  const skillRows = scored.socs.flatMap((soc) => (scored.assembled.get(soc)?.skills ?? []).map((skill) => ({ soc, ...skill })));
  insertInChunks(skillRows, 500, (chunk) => tx.insert(schema.occupationSkills).values(chunk).run());
  const contextRows = scored.socs.flatMap((soc) => {
    const context = scored.assembled.get(soc)?.context;
    if (context === null || context === undefined) return [];
    return [
      {
        soc,
        degreeOfAutomation: roundOrNull(context.degreeOfAutomation),
        exactness: roundOrNull(context.exactness),
        repeating: round(context.repeating, 4),
        structured: round(context.structured, 4),
        matchedTitles: context.titles.join("; "),
      },
    ];
  });
  insertInChunks(contextRows, 500, (chunk) => tx.insert(schema.workContexts).values(chunk).run());
  const attainmentRows = scored.socs.flatMap((soc) => {
    const nem = nemOf(soc);
    const shares = nem === undefined ? undefined : attainment.attainmentByNem.get(nem);
    return nem === undefined || shares === undefined ? [] : [{ soc, nemCode: nem, ...shares }];
  });
  insertInChunks(attainmentRows, 500, (chunk) => tx.insert(schema.educationAttainment).values(chunk).run());
};
