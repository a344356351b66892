/**
 * O*NET 30.1 occupation profiles for the career pivots (METHODOLOGY §7): Skills and Knowledge
 * (importance and level of each element), Related Occupations (O*NET's curated list, tier and
 * index), Technology Skills (with the Hot Technology / In Demand flags) and Job Zones.
 *
 * Every table is keyed by O*NET-SOC code; `forSoc` maps a six-digit SOC code to the codes it
 * uses, the same rule as the task list (METHODOLOGY §1): the `.00` code when the file has it,
 * else all of its specialisations (whose values the pivot step averages).
 */
import path from "node:path";

import { z } from "zod";

import { mean } from "@/lib/scoring/math";

import { nonEmpty, onetSoc, requiredNumber } from "../fields";
import { openWorkbook, readSheet } from "../readers";
import { SourceError, type ImportReport } from "../report";
import { pushTo } from "../util";
import { sourceReader } from "./reader";

const DIR = "onet-30.1";
export const ONET_PROFILE_FILES = {
  skills: `${DIR}/Skills.xlsx`,
  knowledge: `${DIR}/Knowledge.xlsx`,
  related: `${DIR}/Related Occupations.xlsx`,
  technology: `${DIR}/Technology Skills.xlsx`,
  jobZones: `${DIR}/Job Zones.xlsx`,
} as const;

/** One Skills or Knowledge element of one O*NET-SOC code: importance 1–5 (IM), level 0–7 (LV). */
export interface OnetElement {
  id: string;
  name: string;
  importance: number;
  /** 0 when O*NET marks the level "Not Relevant" (the element hardly matters in the job). */
  level: number;
}

export const RELATEDNESS_TIERS = ["Primary-Short", "Primary-Long", "Supplemental"] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

export interface OnetRelated {
  onetSoc: string;
  title: string;
  tier: RelatednessTier;
  /** O*NET's order within the list, 1 = most related. */
  index: number;
}

export interface OnetTechnology {
  /** The product as O*NET names it ("Microsoft Excel"). */
  name: string;
  /** UNSPSC commodity title ("Spreadsheet software"). */
  commodity: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetProfilesData {
  skills: Map<string, OnetElement[]>;
  knowledge: Map<string, OnetElement[]>;
  related: Map<string, OnetRelated[]>;
  technologies: Map<string, OnetTechnology[]>;
  jobZones: Map<string, number>;
  counts: { skillCodes: number; knowledgeCodes: number; relatedRows: number; technologyRows: number; jobZoneCodes: number };
}

const yesNo = z.enum(["Y", "N", ""]).transform((value) => value === "Y");

const elementSchema = z
  .object({
    "O*NET-SOC Code": onetSoc,
    "Element ID": nonEmpty,
    "Element Name": nonEmpty,
    "Scale ID": z.enum(["IM", "LV"]),
    "Data Value": requiredNumber,
    "Not Relevant": yesNo,
  })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    id: row["Element ID"],
    name: row["Element Name"],
    scale: row["Scale ID"],
    value: row["Data Value"] as number,
    notRelevant: row["Not Relevant"],
  }))
  .refine((row) => (row.scale === "IM" ? row.value >= 1 && row.value <= 5 : row.value >= 0 && row.value <= 7), "importance must be 1–5 and level 0–7");

const relatedSchema = z
  .object({
    "O*NET-SOC Code": onetSoc,
    "Related O*NET-SOC Code": onetSoc,
    "Related Title": nonEmpty,
    "Relatedness Tier": z.enum(RELATEDNESS_TIERS),
    Index: z.string().trim().regex(/^\d+$/, "index must be a whole number").transform(Number),
  })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    related: { onetSoc: row["Related O*NET-SOC Code"], title: row["Related Title"], tier: row["Relatedness Tier"], index: row.Index },
  }));

const technologySchema = z
  .object({ "O*NET-SOC Code": onetSoc, Example: nonEmpty, "Commodity Title": nonEmpty, "Hot Technology": yesNo, "In Demand": yesNo })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    technology: { name: row.Example, commodity: row["Commodity Title"], hot: row["Hot Technology"], inDemand: row["In Demand"] },
  }));

const jobZoneSchema = z
  .object({ "O*NET-SOC Code": onetSoc, "Job Zone": z.string().trim().regex(/^[1-5]$/, "Job Zone must be 1–5").transform(Number) })
  .transform((row) => ({ onetSoc: row["O*NET-SOC Code"], jobZone: row["Job Zone"] }));

async function readFirstSheet<S extends z.ZodType>(root: string, file: string, requiredColumns: readonly string[], schema: S, report: ImportReport) {
  const full = path.join(root, file);
  const workbook = await openWorkbook(full, root);
  const sheet = workbook.worksheets[0]?.name;
  if (sheet === undefined) throw new SourceError(file, "workbook has no worksheet");
  return readSheet(workbook, { file: full, sheet, requiredColumns, schema, report, root });
}

/** Each O*NET-SOC code's items, in file order. */
function byOnetSoc<V extends { onetSoc: string }, T>(rows: readonly { value: V }[], item: (value: V) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const { value } of rows) pushTo(grouped, value.onetSoc, item(value));
  return grouped;
}

/** Joins the IM and LV rows of each element; an element without both scales is reported and left out. */
async function readElements(root: string, file: string, report: ImportReport): Promise<Map<string, OnetElement[]>> {
  const rows = await readFirstSheet(root, file, ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Not Relevant"], elementSchema, report);
  const partial = new Map<string, Map<string, { name: string; importance?: number; level?: number }>>();
  for (const { value } of rows) {
    const elements = partial.get(value.onetSoc) ?? new Map<string, { name: string; importance?: number; level?: number }>();
    partial.set(value.onetSoc, elements);
    const element = elements.get(value.id) ?? { name: value.name };
    elements.set(value.id, element);
    if (value.scale === "IM") element.importance = value.value;
    else element.level = value.notRelevant ? 0 : value.value;
  }
  const byCode = new Map<string, OnetElement[]>();
  for (const [code, elements] of partial) {
    for (const [id, element] of elements) {
      if (element.importance === undefined || element.level === undefined) {
        report.warn(file, null, `${code} ${id} (${element.name}) has no ${element.importance === undefined ? "importance" : "level"}: left out`);
        continue;
      }
      pushTo(byCode, code, { id, name: element.name, importance: element.importance, level: element.level });
    }
  }
  return byCode;
}

/**
 * The O*NET-SOC codes of `soc` among `codes`: the `.00` code when present, else every
 * specialisation (METHODOLOGY §1's rule for tasks, applied to each O*NET file).
 */
export function codesForSoc(soc: string, codes: Iterable<string>): string[] {
  const matching = [...codes].filter((code) => code.slice(0, 7) === soc).sort();
  return matching.includes(`${soc}.00`) ? [`${soc}.00`] : matching;
}

/** The SOC code's Job Zone: the `.00` code's, else the rounded mean of its specialisations'. */
export function jobZoneForSoc(soc: string, jobZones: ReadonlyMap<string, number>): number | null {
  const zones = codesForSoc(soc, jobZones.keys()).map((code) => jobZones.get(code)!);
  const average = mean(zones);
  return average === null ? null : Math.round(average);
}

export const onetProfilesSource = sourceReader<OnetProfilesData>({
  label: `O*NET 30.1: skills, knowledge, related occupations, technology skills, Job Zones (${DIR}/)`,
  files: Object.values(ONET_PROFILE_FILES),
  async read({ sourcesRoot, report }) {
    const skills = await readElements(sourcesRoot, ONET_PROFILE_FILES.skills, report);
    const knowledge = await readElements(sourcesRoot, ONET_PROFILE_FILES.knowledge, report);
    const relatedColumns = ["O*NET-SOC Code", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"];
    const relatedRows = await readFirstSheet(sourcesRoot, ONET_PROFILE_FILES.related, relatedColumns, relatedSchema, report);
    const related = byOnetSoc(relatedRows, (value) => value.related);
    const technologyColumns = ["O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand"];
    const technologyRows = await readFirstSheet(sourcesRoot, ONET_PROFILE_FILES.technology, technologyColumns, technologySchema, report);
    const technologies = byOnetSoc(technologyRows, (value) => value.technology);
    const jobZoneRows = await readFirstSheet(sourcesRoot, ONET_PROFILE_FILES.jobZones, ["O*NET-SOC Code", "Job Zone"], jobZoneSchema, report);
    const jobZones = new Map(jobZoneRows.map(({ value }) => [value.onetSoc, value.jobZone]));
    return {
      skills,
      knowledge,
      related,
      technologies,
      jobZones,
      counts: { skillCodes: skills.size, knowledgeCodes: knowledge.size, relatedRows: relatedRows.length, technologyRows: technologyRows.length, jobZoneCodes: jobZones.size },
    };
  },
  describe: ({ counts }) =>
    `skills for ${counts.skillCodes} and knowledge for ${counts.knowledgeCodes} O*NET-SOC codes, ${counts.relatedRows} related-occupation rows, ${counts.technologyRows} technology rows, ${counts.jobZoneCodes} Job Zones`,
});
