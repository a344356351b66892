import { sql } from "drizzle-orm";

import * as schema from "@/db/content/schema";
import { TITLE_RANK_CLASSES } from "@/lib/search";

import { insertInChunks, pushTo } from "../util";
import type { Writer } from "./input";

/** Alternate titles: O*NET specialisations, BLS titles that differ, OOH "also called". */
export const writeAlternateTitles: Writer = (tx, { matched }) => {
  insertInChunks(matched.alternates, 500, (chunk) => tx.insert(schema.alternateTitles).values(chunk).run());
};

export const writeOnetTitles: Writer = (tx, { matched }) => {
  insertInChunks(matched.onetTitles, 500, (chunk) => tx.insert(schema.onetTitles).values(chunk).run());
};

/**
 * The search indexes: one entry per occupation (title, alternate titles, codes) and one per
 * title an occupation is known by, with its rank class (own title first, then our alternate
 * titles, O*NET Alternate Titles, O*NET reported titles), each normalised title once per SOC code.
 */
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
  const seen = new Set<string>();
  const titles: { soc: string; rankClass: number; title: string }[] = [];
  const add = (soc: string, rankClass: number, title: string) => {
    const key = `${soc}|${title.toLowerCase().replace(/\s+/g, " ").trim()}`;
    if (seen.has(key)) return;
    seen.add(key);
    titles.push({ soc, rankClass, title });
  };
  for (const soc of scored.socs) add(soc, TITLE_RANK_CLASSES.own, scored.assembled.get(soc)!.title);
  for (const alternate of matched.alternates) add(alternate.soc, TITLE_RANK_CLASSES.alternate, alternate.title);
  for (const row of matched.onetTitles) {
    add(row.soc, row.kind === "alternate" ? TITLE_RANK_CLASSES.onetAlternate : TITLE_RANK_CLASSES.onetReported, row.title);
    if (row.shortTitle) add(row.soc, TITLE_RANK_CLASSES.onetAlternate, row.shortTitle);
  }
  insertInChunks(titles, 300, (chunk) =>
    tx.run(sql`INSERT INTO title_search (soc, rank_class, title) VALUES ${sql.join(
      chunk.map(({ soc, rankClass, title }) => sql`(${soc}, ${rankClass}, ${title})`),
      sql`, `,
    )}`),
  );
};
