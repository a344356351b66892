/**
 * Step "match": joins what the score step did not need. Each rated task gets the closest
 * BLS duty or sentence of its OOH profile as quoted evidence; occupations get their peers
 * (for related-by-score), the OOH profiles they share, and their alternate titles for search.
 */
import type * as schema from "@/db/content/schema";

import { leadVerbLexicon } from "@/lib/explanations/verbs";

import { closestOverThreshold, EvidenceMatcher } from "../evidence";
import { percent, type ImportReport } from "../report";
import type { Sources } from "../sources";
import { alsoCalledTitles } from "../sources/ooh";
import { pushTo, round } from "../util";
import { measureUse, type MeasuredUse } from "./measured-use";
import type { Scored } from "./score";
import type { Step } from "./step";

export interface AlternateTitle {
  soc: string;
  title: string;
  source: string;
}

export interface Matched {
  taskRecords: (typeof schema.tasks.$inferInsert)[];
  evidenceMatched: number;
  /** Tasks of occupations with an OOH profile: the ones evidence can be quoted for (the coverage base). */
  evidenceEligible: number;
  /** Eligible tasks with any passage naming the same activity on the same object, at any similarity: the most the thresholds could quote. */
  evidenceCandidates: number;
  peers: { soc: string; categoryCode: string; score: number | null }[];
  /** OOH profile slug → the SOC codes it covers. */
  socsByProfile: Map<string, string[]>;
  alternates: AlternateTitle[];
  /** O*NET 30.1 Alternate Titles and Sample of Reported Titles per SOC code. */
  onetTitles: (typeof schema.onetTitles.$inferInsert)[];
  /** Measured AI use per task and occupation (METHODOLOGY §8). */
  measuredUse: MeasuredUse;
}

export const matchStep: Step<[Sources, Scored, ImportReport], Matched> = {
  label: "Matching tasks to BLS duties and to measured AI use; related and similar occupations; search index entries",
  run: (sources, scored, report) => {
    const { taskRecords, evidenceMatched, evidenceEligible, evidenceCandidates } = matchTaskEvidence(sources, scored, report);
    return {
      taskRecords,
      evidenceMatched,
      evidenceEligible,
      evidenceCandidates,
      peers: scored.economy.occupations.map((occupation) => ({
        soc: occupation.soc,
        categoryCode: scored.assembled.get(occupation.soc)?.categoryCode ?? "",
        score: occupation.score,
      })),
      socsByProfile: socsByProfile(scored),
      alternates: alternateTitles(sources, scored),
      onetTitles: onetTitleRows(sources, scored),
      measuredUse: measureUse(sources, scored),
    };
  },
  describe: ({ evidenceMatched, evidenceEligible, evidenceCandidates, measuredUse }) =>
    `${evidenceMatched} of ${evidenceEligible} tasks of occupations with an OOH profile quoted with a BLS passage naming the same activity on the same object (${percent(evidenceMatched, evidenceEligible)}; ${evidenceCandidates}, ${percent(evidenceCandidates, evidenceEligible)}, have such a passage at any similarity); ${measuredUse.coverage.claude.seen} seen in Claude use`,
};

function socsByProfile(scored: Scored): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const soc of scored.socs) {
    const slug = scored.assembled.get(soc)?.profile?.slug;
    if (slug !== undefined) pushTo(bySlug, slug, soc);
  }
  return bySlug;
}

/** The OOH profile a task's evidence is quoted from: its O*NET code's crosswalk entry, else its SOC code's profile; null when it has none. */
export function oohProfileSlug(sources: Sources, scored: Scored, onetSoc: string): string | null {
  return sources.crosswalk.byOnetSoc.get(onetSoc)?.oohSlug ?? scored.assembled.get(onetSoc.slice(0, 7))?.profile?.slug ?? null;
}

function matchTaskEvidence(sources: Sources, scored: Scored, report: ImportReport) {
  const evidence = new EvidenceMatcher(sources.ooh.passages, leadVerbLexicon(sources.onet.taskRows.map(({ value }) => value.statement)));
  let evidenceMatched = 0;
  let evidenceEligible = 0;
  let evidenceCandidates = 0;
  const taskRecords: Matched["taskRecords"] = [];
  for (const { value: row, line } of sources.onet.taskRows) {
    const soc = row.onetSoc.slice(0, 7);
    const scoredTask = scored.scoredTasks.get(row.taskId);
    if (scoredTask === undefined || scoredTask.score === null) {
      report.warn("onet-gpts/full_labelset.tsv", line, `task ${row.taskId} has no exposure or automation label; left out of the scores`);
      continue;
    }
    const slug = oohProfileSlug(sources, scored, row.onetSoc);
    const ranked = slug === null ? [] : evidence.rank(row.statement, slug);
    const match = closestOverThreshold(ranked);
    if (slug !== null) evidenceEligible += 1;
    if (ranked.length > 0) evidenceCandidates += 1;
    if (match !== null) evidenceMatched += 1;
    taskRecords.push({
      taskId: row.taskId,
      onetSoc: row.onetSoc,
      soc,
      statement: row.statement,
      taskType: row.taskType,
      humanLabel: row.human,
      gpt4Label: row.gpt4,
      automationLabel: row.automation,
      score: scoredTask.score,
      weight: scoredTask.weight,
      inSocTaskList: sources.onet.primaryCodes(soc).includes(row.onetSoc),
      evidenceText: match?.passage.text ?? null,
      evidenceKind: match?.passage.kind ?? null,
      evidenceSimilarity: match === null ? null : round(match.similarity, 3),
      sourceLine: line,
      inCurrentOnet: sources.onetCurrent.taskIds.has(row.taskId),
    });
  }
  return { taskRecords, evidenceMatched, evidenceEligible, evidenceCandidates };
}

/** O*NET specialisations, BLS titles that differ from ours, and OOH "also called" titles. */
function alternateTitles(sources: Sources, scored: Scored): AlternateTitle[] {
  const alternates = new Map<string, AlternateTitle>();
  const add = (soc: string, title: string, source: string) => {
    const key = `${soc}|${title.toLowerCase()}`;
    const own = scored.assembled.get(soc)?.title.toLowerCase();
    if (!alternates.has(key) && title.toLowerCase() !== own) alternates.set(key, { soc, title, source });
  };
  for (const soc of scored.socs) {
    const a = scored.assembled.get(soc)!;
    for (const code of sources.onet.onetCodesBySoc.get(soc) ?? []) add(soc, sources.onet.onetTitle(code), `O*NET ${code}`);
    if (a.crosswalk !== null) add(soc, a.crosswalk.nemTitle, "BLS Employment Projections title");
    if (a.oewsRow !== null) add(soc, a.oewsRow.title, "BLS OEWS title");
    if (a.profile !== null) {
      const text = [...a.profile.what_they_do.paragraphs].join(" ");
      for (const title of alsoCalledTitles(text)) add(soc, title, `BLS OOH “also called”: ${a.profile.title}`);
    }
  }
  return [...alternates.values()];
}

/** O*NET's Alternate Titles and Sample of Reported Titles, per SOC code, each title once per kind. */
function onetTitleRows(sources: Sources, scored: Scored): (typeof schema.onetTitles.$inferInsert)[] {
  const ours = new Set(scored.socs);
  const rows = new Map<string, typeof schema.onetTitles.$inferInsert>();
  const add = (onetSoc: string, kind: "alternate" | "reported", title: string, shortTitle: string | null) => {
    const soc = onetSoc.slice(0, 7);
    if (!ours.has(soc)) return;
    const key = `${soc}|${kind}|${title.toLowerCase()}`;
    const existing = rows.get(key);
    if (existing === undefined) rows.set(key, { soc, kind, title, onetCodes: onetSoc, shortTitle });
    else if (!existing.onetCodes.split(" ").includes(onetSoc)) existing.onetCodes += ` ${onetSoc}`;
  };
  const codes = (map: Map<string, unknown>) => [...map.keys()].sort();
  for (const onetSoc of codes(sources.onetCurrent.alternateTitles)) {
    for (const alternate of sources.onetCurrent.alternateTitles.get(onetSoc) ?? []) add(onetSoc, "alternate", alternate.title, alternate.shortTitle);
  }
  for (const onetSoc of codes(sources.onetCurrent.reportedTitles)) {
    for (const reported of sources.onetCurrent.reportedTitles.get(onetSoc) ?? []) add(onetSoc, "reported", reported.title, null);
  }
  return [...rows.values()];
}

