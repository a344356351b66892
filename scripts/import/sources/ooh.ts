import path from "node:path";

import { z } from "zod";

import { nonEmpty, optionalNumber, optionalText } from "../fields";
import { readDelimited, readJson } from "../readers";
import { profilePassages, type Passage } from "../evidence";
import type { ImportReport } from "../report";
import { sourceReader } from "./reader";

const slug = z.string().trim().regex(/^[a-z0-9-]+$/, "expected an OOH slug");

const oohOccupationSchema = z
  .object({
    title: nonEmpty,
    category: optionalText,
    slug,
    median_pay_annual: optionalNumber,
    entry_education: optionalText,
    num_jobs_2024: optionalNumber,
    projected_employment_2034: optionalNumber,
    outlook_pct: optionalNumber,
    outlook_desc: optionalText,
    url: z.string().trim().url(),
  })
  .transform((row) => ({
    slug: row.slug,
    title: row.title,
    category: row.category,
    medianPayAnnual: row.median_pay_annual === null ? null : Math.round(row.median_pay_annual),
    entryEducation: row.entry_education,
    jobs2024: row.num_jobs_2024,
    projected2034: row.projected_employment_2034,
    outlookPct: row.outlook_pct,
    outlookDesc: row.outlook_desc,
    url: row.url,
  }));

export function readOohOccupations(root: string, report: ImportReport) {
  return readDelimited(path.join(root, "ooh/ooh_occupations.csv"), {
    delimiter: ",",
    requiredColumns: ["title", "slug", "median_pay_annual", "entry_education", "outlook_pct", "outlook_desc", "url"],
    schema: oohOccupationSchema,
    report,
    root,
  });
}

const textBlock = z.object({
  heading: z.string().optional(),
  paragraphs: z.array(z.string()).default([]),
  items: z.array(z.string()).default([]),
});

const profileSchema = z.object({
  slug,
  title: nonEmpty,
  url: z.string().url(),
  what_they_do: z.object({
    paragraphs: z.array(z.string()).default([]),
    duties: z.array(z.string()).default([]),
  }),
  similar_occupations: z
    .array(
      z.object({
        slug,
        title: nonEmpty,
        url: z.string().url(),
        duties: z.string().nullable().optional(),
      }),
    )
    .default([]),
  how_to_become: z.array(textBlock).optional(),
  work_environment: z.array(textBlock).optional(),
});

export type OohProfileSource = z.output<typeof profileSchema>;

export function readOohProfiles(root: string) {
  return readJson(path.join(root, "ooh/ooh_profiles.json"), z.array(profileSchema), root);
}

const exposureSchema = z.array(z.object({ slug, title: nonEmpty, exposure: z.number().min(0).max(10) }));

export function readDigitalExposure(root: string) {
  return readJson(path.join(root, "ooh/digital_ai_exposure.json"), exposureSchema, root);
}

/** "Also called" titles stated in OOH text, e.g. "Industrial production managers, also called plant managers, …". */
export function alsoCalledTitles(text: string): string[] {
  const titles: string[] = [];
  const pattern = /\b(?:also called|also known as|sometimes called)\s+([^,.;:()“”"]+)/gi;
  for (const match of text.matchAll(pattern)) {
    const phrase = (match[1] ?? "").trim();
    for (const part of phrase.split(/\s+or\s+/)) {
      const candidate = part.replace(/^(?:the|a|an)\s+/i, "").trim();
      const wordCount = candidate.split(/\s+/).length;
      // Job titles are short plural nouns ("plant managers", "bookkeepers"); skip the rest.
      if (wordCount >= 1 && wordCount <= 5 && /[a-z]s$/i.test(candidate) && !/^(?:these|those|they)\b/i.test(candidate)) {
        titles.push(candidate.toLowerCase());
      }
    }
  }
  return [...new Set(titles)];
}

export type OohOccupationRow = z.output<typeof oohOccupationSchema>;

export interface OohData {
  /** ooh_occupations.csv rows by profile slug. */
  oohRows: Map<string, OohOccupationRow>;
  profiles: Map<string, OohProfileSource>;
  /** 0–10 Digital AI Exposure by profile slug. */
  exposure: Map<string, number>;
  /** Duties and the sentences of "What they do", "Work environment" and "How to become one" of every profile (quoted as task evidence). */
  passages: Passage[];
}

export const oohSource = sourceReader<OohData>({
  label: "Occupational Outlook Handbook and Digital AI Exposure (ooh/)",
  files: ["ooh/ooh_occupations.csv", "ooh/ooh_profiles.json", "ooh/digital_ai_exposure.json"],
  read({ sourcesRoot, report }) {
    const profiles = new Map<string, OohProfileSource>(readOohProfiles(sourcesRoot).map((profile) => [profile.slug, profile]));
    return {
      oohRows: new Map(readOohOccupations(sourcesRoot, report).map((row) => [row.value.slug, row.value])),
      profiles,
      exposure: new Map(readDigitalExposure(sourcesRoot).map((row) => [row.slug, row.exposure])),
      passages: [...profiles.values()].flatMap(profilePassages),
    };
  },
  describe: ({ profiles, passages, exposure }) => `${profiles.size} profiles, ${passages.length} passages (duties and the sentences of four sections), ${exposure.size} exposure scores`,
});
