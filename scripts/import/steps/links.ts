/** How one SOC code is joined to each source: the lookups the validate, score and match steps share. */
import type { Sources } from "../sources";
import type { CrosswalkRow } from "../sources/bls-crosswalk";

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
