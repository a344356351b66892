/**
 * Pure selections for the home page lists. "Meaningful employment" means at least
 * MIN_LIST_EMPLOYMENT jobs in 2024 (BLS Employment Projections), so the lists are about
 * jobs many people hold rather than tiny specialities.
 */
export const MIN_LIST_EMPLOYMENT = 50_000;
export const LIST_LENGTH = 10;

export interface ListCandidate {
  soc: string;
  title: string;
  slug: string;
  score: number | null;
  employment: number | null;
}

function eligible<T extends ListCandidate>(rows: readonly T[], minEmployment: number): (T & { score: number; employment: number })[] {
  return rows.filter((row): row is T & { score: number; employment: number } => row.score !== null && row.employment !== null && row.employment >= minEmployment);
}

/** Highest scores first; ties go to the larger occupation, then the SOC code. */
export function mostExposed<T extends ListCandidate>(rows: readonly T[], count = LIST_LENGTH, minEmployment = MIN_LIST_EMPLOYMENT) {
  return eligible(rows, minEmployment)
    .sort((a, b) => b.score - a.score || b.employment - a.employment || a.soc.localeCompare(b.soc))
    .slice(0, count);
}

/** Lowest scores first; ties go to the larger occupation, then the SOC code. */
export function leastExposed<T extends ListCandidate>(rows: readonly T[], count = LIST_LENGTH, minEmployment = MIN_LIST_EMPLOYMENT) {
  return eligible(rows, minEmployment)
    .sort((a, b) => a.score - b.score || b.employment - a.employment || a.soc.localeCompare(b.soc))
    .slice(0, count);
}

/** Occupations, scored occupations, jobs covered and the employment-weighted mean score. */
export function economyFigures(rows: readonly ListCandidate[]) {
  let jobs = 0;
  let weighted = 0;
  let weight = 0;
  for (const row of rows) {
    if (row.employment === null) continue;
    jobs += row.employment;
    if (row.score !== null) {
      weighted += row.score * row.employment;
      weight += row.employment;
    }
  }
  return {
    occupations: rows.length,
    scored: rows.filter((row) => row.score !== null).length,
    jobs,
    weightedMeanScore: weight > 0 ? weighted / weight : null,
  };
}
