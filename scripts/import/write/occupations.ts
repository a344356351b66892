import * as schema from "@/db/content/schema";
import { occupationSlug } from "@/lib/soc";

import { meanBetas } from "../steps/links";
import { fieldsOrNull, insertInChunks, round } from "../util";
import type { Writer } from "./input";

/** One row per SOC code: titles, links, BLS facts, wages, betas and the stored scores. */
export const writeOccupations: Writer = (tx, { sources, scored }) => {
  const { onet, ooh } = sources;
  const rows = scored.socs.map((soc) => {
    const a = scored.assembled.get(soc)!;
    const s = scored.scoreBySoc.get(soc)!;
    const primary = onet.primaryCodes(soc);
    const summary = a.profile?.what_they_do.paragraphs[0] ?? null;
    return {
      soc,
      title: a.title,
      slug: occupationSlug(soc, a.title),
      categoryCode: a.categoryCode,
      summary,
      summarySource: summary === null || a.profile === null ? null : `BLS Occupational Outlook Handbook: ${a.profile.title}`,
      oohSlug: a.profile?.slug ?? null,
      nemCode: a.crosswalk?.nemCode ?? null,
      nemTitle: a.crosswalk?.nemTitle ?? null,
      // BLS Employment Projections figures under their own names.
      ...fieldsOrNull(a.projection, ["employment", "employmentProjected", "changePct", "openingsAnnual", "entryEducation", "workExperience", "training"]),
      epMedianWage: a.projection?.medianWage?.value ?? null,
      epMedianWageTopCoded: a.projection?.medianWage?.topCoded ?? false,
      oewsCode: a.oewsRow?.code ?? null,
      oewsTitle: a.oewsRow?.title ?? null,
      oewsEmployment: a.oewsRow?.employment ?? null,
      wages: a.oewsRow?.wages ?? null,
      jobZone: a.jobZone,
      ...meanBetas(soc, sources),
      sector: a.sector,
      digitalExposure: a.profile === null ? null : (ooh.exposure.get(a.profile.slug) ?? null),
      taskCount: primary.reduce((sum, code) => sum + scored.ratedTasksOf(code).length, 0),
      taskSignal: s.taskSignal === null ? null : round(s.taskSignal, 4),
      score: s.score,
      band: s.band,
      entryScore: s.seniority?.entry ?? null,
      midScore: s.seniority?.mid ?? null,
      seniorScore: s.seniority?.senior ?? null,
    };
  });
  insertInChunks(rows, 200, (chunk) => tx.insert(schema.occupations).values(chunk).run());
};
