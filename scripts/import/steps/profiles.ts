/**
 * Step "profiles": each SOC code's O*NET 30.1 Skills, Knowledge, Related Occupations,
 * Technology Skills and Job Zone, Microsoft's work-activity weights and BLS's similar
 * occupations: the inputs of the career pivots (METHODOLOGY §7) and of the free page's
 * "Related" list. A SOC code uses its `.00` O*NET-SOC code, else the mean (or, for lists,
 * the union) of its specialisations, the same rule as its task list.
 */
import type { ElementRating, PivotTechnology, RelatednessTier } from "@/lib/pro/pivots";

import type { Sources } from "../sources";
import { codesForSoc, RELATEDNESS_TIERS, type OnetElement } from "../sources/onet-profiles";
import { round } from "../util";
import type { Matched } from "./match";
import type { Scored } from "./score";
import type { Step } from "./step";

export interface SocElement extends ElementRating {
  id: string;
  name: string;
}

export interface SocRelated {
  /** Six-digit SOC code of the related O*NET-SOC occupation. */
  soc: string;
  /** O*NET's title of the related occupation (its `.00` or specialisation). */
  title: string;
  tier: RelatednessTier;
  index: number;
}

export interface SocProfile {
  /** The O*NET-SOC codes the Skills values come from. */
  onetCodes: string[];
  skills: SocElement[];
  knowledge: SocElement[];
  /** IWA title → weight (zero weights left out). */
  activities: Record<string, number>;
  /** The SOC code whose Microsoft work-activity profile is used: its own, else its BLS (NEM) aggregate; null when neither. */
  activitySoc: string | null;
  /** O*NET's related occupations, best tier then O*NET's index first, one per SOC code. */
  related: SocRelated[];
  /** SOC codes covered by the OOH profiles BLS lists as similar. */
  blsSimilar: string[];
  technologies: (PivotTechnology & { commodity: string })[];
}

export interface Profiles {
  bySoc: Map<string, SocProfile>;
  counts: { skills: number; knowledge: number; activities: number; activitiesViaAggregate: number; related: number; technologies: number; jobZone: number };
}

/** Mean importance and level per element over the codes' rows (each code carries all elements of its file). */
function meanElements(lists: readonly OnetElement[][]): SocElement[] {
  const byId = new Map<string, { name: string; importance: number; level: number; count: number }>();
  for (const list of lists) {
    for (const element of list) {
      const total = byId.get(element.id) ?? { name: element.name, importance: 0, level: 0, count: 0 };
      total.importance += element.importance;
      total.level += element.level;
      total.count += 1;
      byId.set(element.id, total);
    }
  }
  return [...byId]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([id, total]) => ({ id, name: total.name, importance: round(total.importance / total.count, 4), level: round(total.level / total.count, 4) }));
}

function relatedFor(soc: string, sources: Sources): SocRelated[] {
  const { related } = sources.onetProfiles;
  const best = new Map<string, SocRelated>();
  const tierRank = (tier: RelatednessTier) => RELATEDNESS_TIERS.indexOf(tier);
  for (const code of codesForSoc(soc, related.keys())) {
    for (const entry of related.get(code) ?? []) {
      const target = entry.onetSoc.slice(0, 7);
      if (target === soc) continue;
      const candidate = { soc: target, title: entry.title, tier: entry.tier, index: entry.index };
      const current = best.get(target);
      if (current === undefined || tierRank(candidate.tier) < tierRank(current.tier) || (candidate.tier === current.tier && candidate.index < current.index)) best.set(target, candidate);
    }
  }
  return [...best.values()].sort((a, b) => tierRank(a.tier) - tierRank(b.tier) || a.index - b.index || a.soc.localeCompare(b.soc));
}

function technologiesFor(soc: string, sources: Sources): SocProfile["technologies"] {
  const { technologies } = sources.onetProfiles;
  const byName = new Map<string, SocProfile["technologies"][number]>();
  for (const code of codesForSoc(soc, technologies.keys())) {
    for (const technology of technologies.get(code) ?? []) {
      const current = byName.get(technology.name);
      byName.set(
        technology.name,
        current === undefined ? { ...technology } : { ...current, hot: current.hot || technology.hot, inDemand: current.inDemand || technology.inDemand },
      );
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function buildProfiles(sources: Sources, scored: Scored, matched: Matched): Profiles {
  const { onetProfiles, copilot, workActivities } = sources;
  const counts: Profiles["counts"] = { skills: 0, knowledge: 0, activities: 0, activitiesViaAggregate: 0, related: 0, technologies: 0, jobZone: 0 };
  const bySoc = new Map<string, SocProfile>();
  for (const soc of scored.socs) {
    const assembled = scored.assembled.get(soc);
    const skillCodes = codesForSoc(soc, onetProfiles.skills.keys());
    const skills = meanElements(skillCodes.map((code) => onetProfiles.skills.get(code)!));
    const knowledge = meanElements(codesForSoc(soc, onetProfiles.knowledge.keys()).map((code) => onetProfiles.knowledge.get(code)!));
    const activitySoc = [soc, assembled?.crosswalk?.nemCode].find((code): code is string => code !== undefined && copilot.weightsBySoc.has(code)) ?? null;
    const weights = activitySoc === null ? undefined : copilot.weightsBySoc.get(activitySoc);
    const activities = Object.fromEntries([...(weights ?? new Map<string, number>())].map(([iwa, weight]) => [workActivities.iwaTitles.get(iwa) ?? iwa, weight]));
    const blsSimilar = [...new Set((assembled?.profile?.similar_occupations ?? []).flatMap((similar) => matched.socsByProfile.get(similar.slug) ?? []))].filter((code) => code !== soc).sort();
    const profile: SocProfile = { onetCodes: skillCodes, skills, knowledge, activities, activitySoc, related: relatedFor(soc, sources), blsSimilar, technologies: technologiesFor(soc, sources) };
    if (skills.length > 0) counts.skills += 1;
    if (knowledge.length > 0) counts.knowledge += 1;
    if (activitySoc !== null) counts[activitySoc === soc ? "activities" : "activitiesViaAggregate"] += 1;
    if (profile.related.length > 0) counts.related += 1;
    if (profile.technologies.length > 0) counts.technologies += 1;
    if (assembled?.jobZone !== null && assembled?.jobZone !== undefined) counts.jobZone += 1;
    bySoc.set(soc, profile);
  }
  return { bySoc, counts };
}

export const profilesStep: Step<[Sources, Scored, Matched], Profiles> = {
  label: "Occupation profiles for the career pivots: O*NET 30.1 skills, knowledge, related occupations, technologies; work activities",
  run: buildProfiles,
  describe: ({ bySoc, counts }) =>
    `of ${bySoc.size} occupations: skills ${counts.skills}, knowledge ${counts.knowledge}, work activities ${counts.activities} (+${counts.activitiesViaAggregate} through their BLS aggregate), O*NET related list ${counts.related}, technologies ${counts.technologies}, Job Zone ${counts.jobZone}`,
};
