import * as schema from "@/db/content/schema";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** Every signal of every occupation with its raw value, source, vintage, note and imputed flag. */
export const writeSignals: Writer = (tx, { scored }) => {
  const rows = scored.economy.occupations.flatMap((occupation) =>
    // The signals table has no source key (release rows keep it); every other field is stored.
    (scored.signalRecords.get(occupation.soc) ?? []).map(({ sourceKey, ...record }) => (void sourceKey, { soc: occupation.soc, ...record })),
  );
  insertInChunks(rows, 500, (chunk) => tx.insert(schema.signals).values(chunk).run());
};
