import { sql } from "drizzle-orm";

import * as schema from "@/db/content/schema";

import { insertInChunks, pushTo } from "../util";
import type { Writer } from "./input";

/** Alternate titles: O*NET specialisations, BLS titles that differ, OOH "also called". */
export const writeAlternateTitles: Writer = (tx, { matched }) => {
  insertInChunks(matched.alternates, 500, (chunk) => tx.insert(schema.alternateTitles).values(chunk).run());
};

/** One full-text search entry per occupation: title, alternate titles, codes with and without punctuation. */
export const writeSearchIndex: Writer = (tx, { sources, scored, matched }) => {
  const alternatesBySoc = new Map<string, string[]>();
  for (const alternate of matched.alternates) pushTo(alternatesBySoc, alternate.soc, alternate.title);
  for (const soc of scored.socs) {
    const onetCodes = sources.onet.onetCodesBySoc.get(soc) ?? [];
    const codes = [soc, soc.replace("-", ""), ...onetCodes, ...onetCodes.map((code) => code.replace(/[-.]/g, ""))];
    tx.run(
      sql`INSERT INTO occupation_search (soc, title, alt_titles, codes) VALUES (${soc}, ${scored.assembled.get(soc)!.title}, ${(alternatesBySoc.get(soc) ?? []).join(" | ")}, ${codes.join(" ")})`,
    );
  }
};
