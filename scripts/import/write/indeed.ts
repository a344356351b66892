import * as schema from "@/db/content/schema";

import { monthlyMeans } from "../sources/indeed";
import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

/** Indeed sectors with their window means, monthly series, and the SOC → sector rules. */
export const writeIndeed: Writer = (tx, { sources }) => {
  const { indeed } = sources;
  const { window } = indeed;
  tx.insert(schema.indeedSectors)
    .values(
      indeed.examples.map((example) => ({
        name: example.sector,
        exampleTitles: example.examples,
        recentMean: window.bySector.has(example.sector) ? round(window.bySector.get(example.sector)!, 3) : null,
        nationalRecentMean: round(window.national, 3),
        windowStart: window.start,
        windowEnd: window.end,
      })),
    )
    .run();
  const monthly = [
    ...monthlyMeans(indeed.nationalDaily).map((row) => ({ sector: "(national)", ...row })),
    ...[...new Set(indeed.sectorDaily.map((row) => row.sector))].flatMap((sector) =>
      monthlyMeans(indeed.sectorDaily.filter((row) => row.sector === sector)).map((row) => ({ sector, ...row })),
    ),
  ];
  insertInChunks(monthly, 500, (chunk) => tx.insert(schema.indeedMonthly).values(chunk).run());
  tx.insert(schema.socSectorRules).values(indeed.rules).run();
};
