import type { NemDirectoryData, ProjectionRow } from "../sources/bls-projections";

export interface EmploymentTotal {
  /** Persons employed in the base year, counting each NEM occupation once. */
  employment: number;
  /** BLS's own figure for the whole group. */
  bls: number | null;
}

/**
 * Employment of a NEM group that our occupations cover, each NEM occupation counted once
 * (several SOC codes reported together as one NEM aggregate count one time). A group whose
 * every occupation is covered takes BLS's published figure for it, so rounding in the
 * thousands-based tables never lifts a total above BLS's own.
 */
export function coveredEmployment(code: string, covered: ReadonlySet<string>, directory: NemDirectoryData, projections: ReadonlyMap<string, ProjectionRow>): { employment: number; complete: boolean } {
  const own = projections.get(code)?.employment ?? null;
  if (covered.has(code)) return { employment: own ?? 0, complete: true };
  const children = directory.children.get(code) ?? [];
  if (children.length === 0) return { employment: 0, complete: own === null };
  let employment = 0;
  let complete = true;
  for (const child of children) {
    const part = coveredEmployment(child, covered, directory, projections);
    employment += part.employment;
    complete &&= part.complete;
  }
  return complete && own !== null ? { employment: own, complete } : { employment, complete };
}

/** Per SOC major group ("11") and for the economy: covered employment beside BLS's figure. */
export function employmentTotals(
  nemCodes: Iterable<string>,
  majorGroups: Iterable<string>,
  directory: NemDirectoryData,
  projections: ReadonlyMap<string, ProjectionRow>,
): { byCategory: Map<string, EmploymentTotal>; economy: EmploymentTotal } {
  const covered = new Set(nemCodes);
  const byCategory = new Map<string, EmploymentTotal>();
  for (const group of majorGroups) {
    const code = `${group}-0000`;
    byCategory.set(group, { employment: coveredEmployment(code, covered, directory, projections).employment, bls: projections.get(code)?.employment ?? null });
  }
  const economy = [...byCategory.values()].reduce((sum, total) => sum + total.employment, 0);
  return { byCategory, economy: { employment: economy, bls: projections.get("00-0000")?.employment ?? null } };
}
