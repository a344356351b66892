/** Step "score": assembles each occupation's inputs and scores the whole economy with lib/scoring. */
import { scoreEconomy, taskScore, taskWeight, type EconomyScores, type OccupationScore, type SignalId, type WeightedScore } from "@/lib/scoring";

import type { Sources } from "../sources";
import { sectorForSoc } from "../sources/indeed";
import { pushTo } from "../util";
import { assembleOccupation, type Assembled } from "./assemble";
import { employmentTotals, type EmploymentTotal } from "./employment";
import { occupationCodes } from "./links";
import { describeSignals, type SignalRecord } from "./signals";
import type { Step } from "./step";

export interface Scored {
  socs: string[];
  assembled: Map<string, Assembled>;
  economy: EconomyScores;
  scoreBySoc: Map<string, OccupationScore>;
  /** Score and weight per task id; score null when the task lacks a label. */
  scoredTasks: Map<number, { score: number | null; weight: number }>;
  /** The rated tasks of one O*NET-SOC code. */
  ratedTasksOf(onetSoc: string): WeightedScore[];
  imputed: Record<Exclude<SignalId, "T">, number>;
  occupationsWithImputedSignals: number;
  scoredCount: number;
  /** Every stored signal with its source, vintage, note and source key. */
  signalRecords: Map<string, SignalRecord[]>;
  /** Base-year employment per category and for the economy, each NEM occupation counted once. */
  employment: { byCategory: Map<string, EmploymentTotal>; economy: EmploymentTotal };
}

export const scoreStep: Step<[Sources], Scored> = {
  label: "Scoring every occupation (lib/scoring)",
  run: scoreOccupations,
  describe: ({ scoredCount, socs, imputed, occupationsWithImputedSignals }) =>
    `${scoredCount} of ${socs.length} occupations scored; imputed from category priors: D ${imputed.D}, O ${imputed.O}, M ${imputed.M}, E ${imputed.E} (${occupationsWithImputedSignals} occupations with at least one)`,
};

function scoreOccupations(sources: Sources): Scored {
  const { onet, indeed } = sources;
  const scoredTasks = new Map(onet.taskRows.map(({ value }) => [value.taskId, { score: taskScore(value), weight: taskWeight(value.taskType) }]));
  const ratedTasksOf = (onetSoc: string) =>
    (onet.tasksByOnet.get(onetSoc) ?? []).flatMap(({ row }) => {
      const scored = scoredTasks.get(row.taskId);
      return scored === undefined || scored.score === null ? [] : [{ score: scored.score, weight: scored.weight }];
    });
  const sectorOf = (soc: string) => sectorForSoc(soc, indeed.rules)?.sector ?? null;

  const socs = occupationCodes(sources);
  const assembled = new Map<string, Assembled>();
  const economy = scoreEconomy(
    socs.map((soc) => {
      const occupation = assembleOccupation(soc, sources, onet.primaryCodes(soc).flatMap(ratedTasksOf), sectorOf);
      assembled.set(soc, occupation.assembled);
      return occupation.inputs;
    }),
  );
  linkReportedTogether(assembled);
  const { imputed, occupationsWithImputedSignals } = countImputed(economy);
  const scoredCount = economy.occupations.filter((occupation) => occupation.score !== null).length;
  return {
    socs,
    assembled,
    economy,
    scoreBySoc: new Map(economy.occupations.map((occupation) => [occupation.soc, occupation])),
    scoredTasks,
    ratedTasksOf,
    imputed,
    occupationsWithImputedSignals,
    scoredCount,
    signalRecords: new Map(
      economy.occupations.map((occupation) => [
        occupation.soc,
        describeSignals(occupation.signals, assembled.get(occupation.soc)!, sources, (soc) => assembled.get(soc)?.title ?? soc),
      ]),
    ),
    employment: employmentTotals(
      [...assembled.values()].flatMap((a) => (a.projection === null ? [] : [a.projection.nemCode])),
      economy.categories.map((curve) => curve.categoryCode),
      sources.nemDirectory,
      sources.projections.projectionsByNem,
    ),
  };
}

/** Occupations BLS reports under one NEM code learn each other's codes ("reported together with …"). */
function linkReportedTogether(assembled: Map<string, Assembled>): void {
  const byNem = new Map<string, string[]>();
  for (const a of assembled.values()) if (a.crosswalk !== null) pushTo(byNem, a.crosswalk.nemCode, a.soc);
  for (const a of assembled.values()) {
    if (a.crosswalk !== null) a.reportedWith = (byNem.get(a.crosswalk.nemCode) ?? []).filter((soc) => soc !== a.soc);
  }
}

function countImputed(economy: EconomyScores) {
  const imputed = { D: 0, O: 0, M: 0, E: 0 };
  let occupationsWithImputedSignals = 0;
  for (const occupation of economy.occupations) {
    const external = occupation.signals.filter((signal) => signal.imputed && signal.signal !== "T");
    for (const signal of external) imputed[signal.signal as keyof typeof imputed] += 1;
    if (external.length > 0) occupationsWithImputedSignals += 1;
  }
  return { imputed, occupationsWithImputedSignals };
}
