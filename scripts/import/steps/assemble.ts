/** Everything the importer learned about one SOC code from the sources, and its scoring inputs. */
import { routineness, type OccupationInputs, type WeightedScore } from "@/lib/scoring";

import type { Sources } from "../sources";
import type { CrosswalkRow } from "../sources/bls-crosswalk";
import type { OewsRow } from "../sources/bls-oews";
import type { ProjectionRow } from "../sources/bls-projections";
import type { BasicSkillsRow, WorkContextRow } from "../sources/onet";
import { jobZoneForSoc } from "../sources/onet-profiles";
import type { OohProfileSource } from "../sources/ooh";
import { average, round } from "../util";
import { crosswalkForSoc } from "./links";

export interface Assembled {
  soc: string;
  title: string;
  categoryCode: string;
  crosswalk: CrosswalkRow | null;
  projection: ProjectionRow | null;
  oewsRow: OewsRow | null;
  profile: OohProfileSource | null;
  sector: string | null;
  /** Whether the postings file has a series for `sector` (Indeed's Insurance sector has none). */
  sectorHasSeries: boolean;
  /** Other occupations BLS reports under the same NEM code (filled once every occupation is assembled). */
  reportedWith: string[];
  skills: { skill: string; importance: number; level: number | null }[];
  /** O*NET 30.1 Job Zone (1–5). */
  jobZone: number | null;
  context: { degreeOfAutomation: number | null; exactness: number | null; repeating: number; structured: number; titles: string[] } | null;
}

const found = <K, V>(map: Map<K, V>, keys: readonly K[]): V[] =>
  keys.flatMap((key) => {
    const value = map.get(key);
    return value === undefined ? [] : [value];
  });

/** Basic skills averaged over the title-matched rows of the SOC code's task-list occupations. */
function averageSkills(rows: readonly BasicSkillsRow[]): Assembled["skills"] {
  if (rows.length === 0) return [];
  return (rows[0]?.skills ?? []).map((first, index) => ({
    skill: first.skill,
    importance: round(average(rows.map((row) => row.skills[index]?.importance ?? first.importance)) ?? 0, 2),
    level: first.level === null ? null : round(average(rows.map((row) => row.skills[index]?.level ?? 0)) ?? 0, 2),
  }));
}

function averageContext(rows: readonly WorkContextRow[]): Assembled["context"] {
  if (rows.length === 0) return null;
  const present = (values: (number | null)[]) => average(values.flatMap((value) => (value === null ? [] : [value])));
  return {
    degreeOfAutomation: present(rows.map((row) => row.degreeOfAutomation)),
    exactness: present(rows.map((row) => row.exactness)),
    repeating: average(rows.map((row) => row.repeating)) ?? 0,
    structured: average(rows.map((row) => row.structured)) ?? 0,
    titles: rows.map((row) => row.title),
  };
}

/** The O*NET `.00` title, else OEWS's for the exact code, else the NEM title, else the first specialisation's. */
function occupationTitle(soc: string, sources: Sources, cross: CrosswalkRow | null, oewsRow: OewsRow | null): string {
  const { onet } = sources;
  const dotZeroTitle = onet.onetCodesBySoc.get(soc)?.includes(`${soc}.00`) ? onet.onetTitle(`${soc}.00`) : null;
  return dotZeroTitle ?? (oewsRow?.code === soc ? oewsRow.title : null) ?? cross?.nemTitle ?? onet.onetTitle(onet.primaryCodes(soc)[0] ?? soc);
}

export function assembleOccupation(
  soc: string,
  sources: Sources,
  ratedTasks: readonly WeightedScore[],
  sectorOf: (soc: string) => string | null,
): { assembled: Assembled; inputs: OccupationInputs } {
  const { onet, projections, ooh, indeed } = sources;
  const primaryTitles = onet.primaryCodes(soc).map(onet.onetTitle);
  const cross = crosswalkForSoc(soc, sources);
  const projection = cross === null ? null : (projections.projectionsByNem.get(cross.nemCode) ?? null);
  const oewsRow = sources.oews.forOccupation(soc, cross?.nemCode ?? null);
  const profile = cross?.oohSlug ? (ooh.profiles.get(cross.oohSlug) ?? null) : null;
  const skillRows = found(onet.skillsByTitle, primaryTitles);
  const context = averageContext(found(onet.contextsByTitle, primaryTitles));
  const sector = sectorOf(soc);
  const sectorIndex = sector === null ? undefined : indeed.window.bySector.get(sector);
  const categoryCode = soc.slice(0, 2);
  const assembled: Assembled = {
    soc,
    title: occupationTitle(soc, sources, cross, oewsRow),
    categoryCode,
    crosswalk: cross,
    projection,
    oewsRow,
    profile,
    sector,
    sectorHasSeries: sectorIndex !== undefined,
    reportedWith: [],
    skills: averageSkills(skillRows),
    jobZone: jobZoneForSoc(soc, sources.onetProfiles.jobZones),
    context,
  };
  const inputs: OccupationInputs = {
    soc,
    categoryCode,
    tasks: ratedTasks,
    digitalExposure: (profile === null ? undefined : ooh.exposure.get(profile.slug)) ?? null,
    projectedPctChange: projection?.changePct ?? null,
    postings: sectorIndex === undefined ? null : { sector: sectorIndex, national: indeed.window.national },
    entryEducation: projection?.entryEducation ?? null,
    attainment: (cross === null ? undefined : sources.attainment.attainmentByNem.get(cross.nemCode)) ?? null,
    routineness: context === null ? null : routineness(context.repeating, context.structured),
  };
  return { assembled, inputs };
}
