/** Step "score": assembles each occupation's inputs and scores the whole economy with lib/scoring. */
import { scoreEconomy, taskScore, taskWeight, type EconomyScores, type OccupationScore, type SignalId, type WeightedScore } from "@/lib/scoring";

import type { Sources } from "../sources";
import { sectorForSoc } from "../sources/indeed";
import { assembleOccupation, type Assembled } from "./assemble";
import { occupationCodes } from "./links";
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
  };
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
