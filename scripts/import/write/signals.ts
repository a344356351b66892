import * as schema from "@/db/content/schema";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** Every signal of every occupation with its raw value, source, vintage, note and imputed flag. */
export const writeSignals: Writer = (tx, { scored }) => {
  const rows = scored.economy.occupations.flatMap((occupation) =>
    (scored.signalRecords.get(occupation.soc) ?? []).map((record) => ({
      soc: occupation.soc,
      signal: record.signal,
      value: record.value,
      raw: record.raw,
      rawLabel: record.rawLabel,
      weight: record.weight,
      contribution: record.contribution,
      imputed: record.imputed,
      source: record.source,
      sourceUrl: record.sourceUrl,
      vintage: record.vintage,
      note: record.note,
    })),
  );
  insertInChunks(rows, 500, (chunk) => tx.insert(schema.signals).values(chunk).run());
};
