import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { cache } from "react";

import { contentDb } from "@/db/content/client";
import {
  alternateTitles,
  blsFactors,
  categories,
  emergingTasks,
  onetTitles,
  occupations,
  oohProfiles,
  onetOccupations,
  onetRelatedOccupations,
  relatedOccupations,
  similarOccupations,
  tasks,
} from "@/db/content/schema";

import { getOccupationExplanation, withExplanations } from "./explanations";
import { getMeasuredUse } from "./measured-use";
import { getSignalsForSoc } from "./occupations";
import { getReleaseId, getScoreHistory, getSourceVintages } from "./releases";

/** Code, title, slug and score of each occupation in `socs` (unknown codes left out), in the given order. */
export function peerSummaries(socs: readonly string[]) {
  if (socs.length === 0) return [];
  const rows = contentDb()
    .select({ soc: occupations.soc, title: occupations.title, slug: occupations.slug, score: occupations.score })
    .from(occupations)
    .where(inArray(occupations.soc, [...socs]))
    .all();
  const bySoc = new Map(rows.map((row) => [row.soc, row]));
  return socs.flatMap((soc) => bySoc.get(soc) ?? []);
}

/** Everything the free sections of an occupation profile show; null for an unknown SOC code. */
export const getOccupationProfile = cache((soc: string) => {
  const db = contentDb();
  const occupation = db.select().from(occupations).where(eq(occupations.soc, soc)).get();
  if (occupation === undefined) return null;
  const category = db.select().from(categories).where(eq(categories.code, occupation.categoryCode)).get() ?? null;
  const ooh = occupation.oohSlug === null ? null : (db.select().from(oohProfiles).where(eq(oohProfiles.slug, occupation.oohSlug)).get() ?? null);
  const taskRows = withExplanations(
    db
      .select()
      .from(tasks)
      .where(and(eq(tasks.soc, soc), eq(tasks.inSocTaskList, true)))
      .orderBy(asc(tasks.taskId))
      .all(),
  );
  const specialisations = db.select().from(onetOccupations).where(eq(onetOccupations.soc, soc)).orderBy(asc(onetOccupations.onetSoc)).all();
  const related = db.select({ relatedSoc: relatedOccupations.relatedSoc }).from(relatedOccupations).where(eq(relatedOccupations.soc, soc)).orderBy(asc(relatedOccupations.ordinal)).all();
  const similar = db.select().from(similarOccupations).where(eq(similarOccupations.soc, soc)).orderBy(asc(similarOccupations.ordinal)).all();
  // O*NET's curated list, its two primary tiers (the supplemental tier is a long tail of looser links).
  const onetRelated = db
    .select()
    .from(onetRelatedOccupations)
    .where(and(eq(onetRelatedOccupations.soc, soc), ne(onetRelatedOccupations.tier, "Supplemental")))
    .orderBy(asc(onetRelatedOccupations.ordinal))
    .all();
  const onetTargets = new Map(peerSummaries(onetRelated.map((row) => row.relatedSoc)).map((peer) => [peer.soc, peer]));
  const similarTargets = new Map(peerSummaries(similar.flatMap((row) => (row.targetSoc === null ? [] : [row.targetSoc]))).map((peer) => [peer.soc, peer]));
  return {
    occupation,
    category,
    ooh,
    signals: getSignalsForSoc(soc),
    /** Headline, outlook line, summary and agreement sentence (lib/explanations, stored at import). */
    explanations: getOccupationExplanation(soc),
    tasks: taskRows,
    specialisations,
    related: peerSummaries(related.map((row) => row.relatedSoc)),
    /** O*NET 30.1 Related Occupations (Primary-Short, then Primary-Long), with our page and score where we have one. */
    onetRelated: onetRelated.map((row) => ({ ...row, target: onetTargets.get(row.relatedSoc) ?? null })),
    similar: similar.map((row) => ({ ...row, target: row.targetSoc === null ? null : (similarTargets.get(row.targetSoc) ?? null) })),
    factors: db.select().from(blsFactors).where(eq(blsFactors.soc, soc)).orderBy(asc(blsFactors.ordinal)).all(),
    alternateTitles: db.select().from(alternateTitles).where(eq(alternateTitles.soc, soc)).all(),
    /** Titles incumbents report (O*NET Sample of Reported Titles), for the header. */
    reportedTitles: db
      .select({ title: onetTitles.title })
      .from(onetTitles)
      .where(and(eq(onetTitles.soc, soc), eq(onetTitles.kind, "reported")))
      .orderBy(asc(onetTitles.title))
      .all()
      .map((row) => row.title),
    /** Other occupations BLS reports under the same NEM code (figures are theirs combined). */
    reportedWith:
      occupation.nemCode === null
        ? []
        : db
            .select({ soc: occupations.soc, title: occupations.title, slug: occupations.slug })
            .from(occupations)
            .where(eq(occupations.nemCode, occupation.nemCode))
            .orderBy(asc(occupations.soc))
            .all()
            .filter((row) => row.soc !== soc),
    emergingTasks: db.select().from(emergingTasks).where(eq(emergingTasks.soc, soc)).orderBy(asc(emergingTasks.onetSoc), asc(emergingTasks.id)).all(),
    history: getScoreHistory(soc),
    /** Measured AI use beside the score (METHODOLOGY §8); null only in a database built before it existed. */
    measuredUse: getMeasuredUse(soc, taskRows.map((task) => task.taskId)),
    releaseId: getReleaseId(),
    vintages: getSourceVintages(),
  };
});

export type OccupationProfile = NonNullable<ReturnType<typeof getOccupationProfile>>;
export type ProfileTask = OccupationProfile["tasks"][number];

/** One O*NET-SOC code (the .00 code or a specialisation) with its own tasks. */
export function getOnetOccupationTasks(onetSoc: string) {
  const db = contentDb();
  const onet = db.select().from(onetOccupations).where(eq(onetOccupations.onetSoc, onetSoc)).get();
  if (onet === undefined) return null;
  return { onet, tasks: withExplanations(db.select().from(tasks).where(eq(tasks.onetSoc, onetSoc)).orderBy(asc(tasks.taskId)).all()) };
}

/** Every O*NET-SOC code (each has its own task page) with its occupation's canonical slug. */
export function listOnetTaskPages() {
  return contentDb()
    .select({ slug: occupations.slug, onetSoc: onetOccupations.onetSoc })
    .from(onetOccupations)
    .innerJoin(occupations, eq(occupations.soc, onetOccupations.soc))
    .orderBy(asc(onetOccupations.onetSoc))
    .all();
}

/** Canonical slugs of every occupation, for static generation. */
export function listOccupationSlugs() {
  return contentDb().select({ soc: occupations.soc, slug: occupations.slug }).from(occupations).orderBy(asc(occupations.soc)).all();
}
