import * as schema from "@/db/content/schema";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

const wholeOrNull = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value));

/** OOH profiles with their ooh_occupations.csv facts, and the passages quoted as evidence. */
export const writeOohProfiles: Writer = (tx, { sources }) => {
  const { ooh } = sources;
  const rows = [...ooh.profiles.values()].map((profile) => {
    const row = ooh.oohRows.get(profile.slug);
    return {
      slug: profile.slug,
      title: profile.title,
      url: profile.url,
      groupName: row?.category ?? null,
      summary: profile.what_they_do.paragraphs[0] ?? null,
      digitalExposure: ooh.exposure.get(profile.slug) ?? null,
      medianPayAnnual: row?.medianPayAnnual ?? null,
      entryEducation: row?.entryEducation ?? null,
      outlookPct: row?.outlookPct ?? null,
      outlookDesc: row?.outlookDesc ?? null,
      jobs2024: wholeOrNull(row?.jobs2024),
      projected2034: wholeOrNull(row?.projected2034),
    };
  });
  insertInChunks(rows, 200, (chunk) => tx.insert(schema.oohProfiles).values(chunk).run());
  insertInChunks(ooh.passages, 500, (chunk) => tx.insert(schema.oohPassages).values(chunk).run());
};
