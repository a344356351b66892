import * as schema from "@/db/content/schema";
import type { SignalId } from "@/lib/scoring";
import { categorySlug } from "@/lib/soc";

import { round } from "../util";
import type { Writer } from "./input";

/** Categories (SOC major groups) with their seniority curves, and the category priors. */
export const writeCategories: Writer = (tx, { sources, scored }) => {
  const categoryRows = scored.economy.categories.map((curve) => {
    const members = scored.socs.filter((soc) => scored.assembled.get(soc)?.categoryCode === curve.categoryCode);
    const scores = members.flatMap((soc) => {
      const score = scored.scoreBySoc.get(soc)?.score;
      return score === null || score === undefined ? [] : [score];
    });
    const employment = scored.employment.byCategory.get(curve.categoryCode);
    const rawTitle = sources.projections.majorGroupTitles.get(curve.categoryCode) ?? `SOC ${curve.categoryCode}`;
    const title = rawTitle.replace(/ occupations$/i, "");
    return {
      code: curve.categoryCode,
      title,
      slug: categorySlug(curve.categoryCode, title),
      occupationCount: members.length,
      scoredCount: scores.length,
      employment: employment?.employment ?? null,
      blsEmployment: employment?.bls ?? null,
      meanScore: scores.length === 0 ? null : round(scores.reduce((a, b) => a + b, 0) / scores.length, 1),
      routineness: curve.routineness === null ? null : round(curve.routineness, 4),
      entryMultiplier: round(curve.multipliers.entry, 4),
      seniorMultiplier: round(curve.multipliers.senior, 4),
    };
  });
  tx.insert(schema.categories).values(categoryRows).run();
  const priorRows = scored.economy.categories.flatMap((curve) =>
    Object.entries(curve.priors).map(([signal, prior]) => ({
      categoryCode: curve.categoryCode,
      signal: signal as SignalId,
      value: round(prior.value, 4),
      basis: prior.basis,
    })),
  );
  tx.insert(schema.categoryPriors).values(priorRows).run();
};
