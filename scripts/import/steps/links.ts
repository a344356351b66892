/** How one SOC code is joined to each source: the lookups the validate, score and match steps share. */
import type { Sources } from "../sources";
import type { CrosswalkRow } from "../sources/bls-crosswalk";
import { round } from "../util";

/** The crosswalk row of the `.00` code, else of the first specialisation that has one. */
export function crosswalkForSoc(soc: string, sources: Sources): CrosswalkRow | null {
  for (const code of [`${soc}.00`, ...(sources.onet.onetCodesBySoc.get(soc) ?? [])]) {
    const row = sources.crosswalk.byOnetSoc.get(code);
    if (row !== undefined) return row;
  }
  return null;
}

/** Every SOC code with labelled O*NET tasks, sorted: the occupations the site has pages for. */
export function occupationCodes(sources: Sources): string[] {
  return [...sources.onet.onetCodesBySoc.keys()].sort((a, b) => a.localeCompare(b));
}

/** The paper's β (human, GPT-4) of a SOC code: the mean over its task-list O*NET-SOC codes; null when none has one. */
export function meanBetas(soc: string, sources: Sources): { betaHuman: number | null; betaGpt4: number | null } {
  const found = sources.onet.primaryCodes(soc).flatMap((code) => {
    const beta = sources.onet.betas.get(code);
    return beta === undefined ? [] : [beta];
  });
  const mean = (pick: (beta: (typeof found)[number]) => number) => (found.length === 0 ? null : round(found.reduce((sum, b) => sum + pick(b), 0) / found.length, 4));
  return { betaHuman: mean((b) => b.betaHuman), betaGpt4: mean((b) => b.betaGpt4) };
}
