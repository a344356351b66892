import path from "node:path";

import { z } from "zod";

import type { WagePercentiles } from "@/db/content/schema";

import { epWage, nonEmpty, oewsWage, onetSoc, optionalNumber, optionalText } from "../fields";
import { openWorkbook, readDelimited, readSheet } from "../readers";
import type { ImportReport } from "../report";
import { pushTo } from "../util";
import { sourceReader } from "./reader";

const nemCode = z.string().trim().regex(/^\d{2}-\d{4}$/, "expected an NEM code like 11-3051");

/** Slug of an OOH profile from its URL: https://www.bls.gov/OOH/management/top-executives.htm → top-executives. */
export function oohSlugFromUrl(url: string): string | null {
  const match = /\/([a-z0-9-]+)\.htm$/i.exec(url.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

const crosswalkSchema = z
  .object({
    "O*NET-SOC Code": onetSoc,
    "O*NET-SOC Title": nonEmpty,
    "NEM Code": nemCode,
    "National Employment Matrix Occupational Title": nonEmpty,
    "OOH Profile Title": optionalText,
    "OOH Occupation Group": optionalText,
    "OOH Profile Website": optionalText,
  })
  .transform((row) => {
    const url = row["OOH Profile Website"];
    return {
      onetSoc: row["O*NET-SOC Code"],
      nemCode: row["NEM Code"],
      nemTitle: row["National Employment Matrix Occupational Title"],
      oohTitle: row["OOH Profile Title"],
      oohGroup: row["OOH Occupation Group"],
      oohUrl: url,
      oohSlug: url === null ? null : oohSlugFromUrl(url),
    };
  });

export type CrosswalkRow = z.output<typeof crosswalkSchema>;

export async function readCrosswalk(root: string, report: ImportReport) {
  const file = path.join(root, "bls/onet_soc_to_nem_ooh_crosswalk.xlsx");
  const workbook = await openWorkbook(file, root);
  return readSheet(workbook, {
    file,
    sheet: "ONET to SOC crosswalk",
    requiredColumns: ["O*NET-SOC Code", "NEM Code", "OOH Profile Website"],
    schema: crosswalkSchema,
    report,
    root,
    isDataRow: (record) => (record["O*NET-SOC Code"] ?? "") !== "",
  });
}

const THOUSANDS = 1000;
const toPersons = (thousands: number | null) => (thousands === null ? null : Math.round(thousands * THOUSANDS));

const projectionsSchema = z
  .object({
    "2022 National Employment Matrix code": nemCode,
    "Occupation type": nonEmpty,
    "Employment, 2022": optionalNumber,
    "Employment, 2032": optionalNumber,
    "Employment change, percent, 2022-32": optionalNumber,
    "Occupational openings, 2022-32 annual average": optionalNumber,
    "Median annual wage, 2022": epWage,
    "Typical education needed for entry": optionalText,
    "Work experience in a related occupation": optionalText,
    "Typical on-the-job training needed to attain competency in the occupation": optionalText,
    "2022 National Employment Matrix title": nonEmpty,
  })
  .transform((row) => ({
    nemCode: row["2022 National Employment Matrix code"],
    title: row["2022 National Employment Matrix title"].replace(/\(\d+\)$/, "").trim(),
    type: row["Occupation type"],
    employment2022: toPersons(row["Employment, 2022"]),
    employment2032: toPersons(row["Employment, 2032"]),
    changePct: row["Employment change, percent, 2022-32"],
    openingsAnnual: toPersons(row["Occupational openings, 2022-32 annual average"]),
    medianWage2022: row["Median annual wage, 2022"],
    entryEducation: row["Typical education needed for entry"],
    workExperience: row["Work experience in a related occupation"],
    training: row["Typical on-the-job training needed to attain competency in the occupation"],
  }));

export type ProjectionRow = z.output<typeof projectionsSchema>;

const share = optionalNumber.refine((value) => value === null || (value >= 0 && value <= 100), "share must be 0–100");

const attainmentSchema = z
  .object({
    "2022 National Employment Matrix code": nemCode,
    "Less than high school diploma": share,
    "High school diploma or equivalent": share,
    "Some college, no degree": share,
    "Associate's degree": share,
    "Bachelor's degree": share,
    "Master's degree": share,
    "Doctoral or professional degree": share,
  })
  .transform((row, ctx) => {
    const values = [
      row["Less than high school diploma"],
      row["High school diploma or equivalent"],
      row["Some college, no degree"],
      row["Associate's degree"],
      row["Bachelor's degree"],
      row["Master's degree"],
      row["Doctoral or professional degree"],
    ];
    if (values.some((value) => value === null)) {
      ctx.addIssue({ code: "custom", message: "incomplete attainment distribution" });
      return z.NEVER;
    }
    const [lessThanHighSchool, highSchool, someCollege, associate, bachelor, master, doctoral] = values as number[];
    return {
      nemCode: row["2022 National Employment Matrix code"],
      shares: {
        lessThanHighSchool: lessThanHighSchool!,
        highSchool: highSchool!,
        someCollege: someCollege!,
        associate: associate!,
        bachelor: bachelor!,
        master: master!,
        doctoral: doctoral!,
      },
    };
  });

const factorsSchema = z
  .object({
    "2022 National Employment Matrix occupation code": nemCode,
    "2022 National Employment Matrix industry title": nonEmpty,
    "Factors affecting occupational utilization": nonEmpty,
  })
  .transform((row) => ({
    nemCode: row["2022 National Employment Matrix occupation code"],
    industry: row["2022 National Employment Matrix industry title"],
    text: row["Factors affecting occupational utilization"],
  }));

const isCodedRow = (column: string) => (record: Record<string, string>) => /^\d{2}-\d{4}$/.test(record[column] ?? "");

export async function readProjections(root: string, report: ImportReport) {
  const file = path.join(root, "bls/ep_occupation_2022_32.xlsx");
  const workbook = await openWorkbook(file, root);
  const codeColumn = "2022 National Employment Matrix code";
  const projections = readSheet(workbook, {
    file,
    sheet: "Table 1.7",
    requiredColumns: [codeColumn, "Employment change, percent, 2022-32", "Typical education needed for entry"],
    schema: projectionsSchema,
    report,
    root,
    isDataRow: isCodedRow(codeColumn),
  });
  const attainment = readSheet(workbook, {
    file,
    sheet: "Table 5.3",
    requiredColumns: [codeColumn, "Less than high school diploma", "Doctoral or professional degree"],
    schema: attainmentSchema,
    report,
    root,
    isDataRow: isCodedRow(codeColumn),
  });
  const factorsCode = "2022 National Employment Matrix occupation code";
  const factors = readSheet(workbook, {
    file,
    sheet: "Table 1.12",
    requiredColumns: [factorsCode, "Factors affecting occupational utilization"],
    schema: factorsSchema,
    report,
    root,
    isDataRow: isCodedRow(factorsCode),
  });
  return { projections, attainment, factors };
}

const oewsSchema = z
  .object({
    OCC_CODE: nemCode,
    OCC_TITLE: nonEmpty,
    O_GROUP: z.enum(["total", "major", "minor", "broad", "detailed"]),
    TOT_EMP: optionalNumber,
    A_PCT10: oewsWage,
    A_PCT25: oewsWage,
    A_MEDIAN: oewsWage,
    A_PCT75: oewsWage,
    A_PCT90: oewsWage,
  })
  .transform((row) => ({
    code: row.OCC_CODE,
    title: row.OCC_TITLE,
    group: row.O_GROUP,
    employment: row.TOT_EMP === null ? null : Math.round(row.TOT_EMP),
    wages: { p10: row.A_PCT10, p25: row.A_PCT25, p50: row.A_MEDIAN, p75: row.A_PCT75, p90: row.A_PCT90 } satisfies WagePercentiles,
  }));

export type OewsRow = z.output<typeof oewsSchema>;

export function readOews(root: string, report: ImportReport) {
  return readDelimited(path.join(root, "bls/oews_national_may2021.csv"), {
    delimiter: ",",
    requiredColumns: ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"],
    schema: oewsSchema,
    report,
    root,
  });
}

export type AttainmentShares = z.output<typeof attainmentSchema>["shares"];
export type UtilizationFactor = { industry: string; text: string };

export const crosswalkSource = sourceReader({
  label: "O*NET-SOC → NEM → OOH crosswalk (bls/onet_soc_to_nem_ooh_crosswalk.xlsx)",
  files: ["bls/onet_soc_to_nem_ooh_crosswalk.xlsx"],
  /** Keyed by O*NET-SOC code. */
  read: async ({ sourcesRoot, report }) => new Map((await readCrosswalk(sourcesRoot, report)).map((row) => [row.value.onetSoc, row.value])),
  describe: (crosswalk) => `${crosswalk.size} O*NET-SOC codes, ${[...crosswalk.values()].filter((row) => row.oohSlug !== null).length} with an OOH profile`,
});

export interface ProjectionsData {
  projectionsByNem: Map<string, ProjectionRow>;
  /** SOC major group ("11") → BLS title ("Management occupations"). */
  majorGroupTitles: Map<string, string>;
  attainmentByNem: Map<string, AttainmentShares>;
  factorsByNem: Map<string, UtilizationFactor[]>;
  counts: { projections: number; attainment: number; factors: number };
}

export const projectionsSource = sourceReader<ProjectionsData>({
  label: "BLS Employment Projections 2022–32 (bls/ep_occupation_2022_32.xlsx)",
  files: ["bls/ep_occupation_2022_32.xlsx"],
  async read({ sourcesRoot, report }) {
    const ep = await readProjections(sourcesRoot, report);
    const factorsByNem = new Map<string, UtilizationFactor[]>();
    for (const { value } of ep.factors) pushTo(factorsByNem, value.nemCode, value);
    return {
      projectionsByNem: new Map(ep.projections.map((row) => [row.value.nemCode, row.value])),
      majorGroupTitles: new Map(ep.projections.filter((row) => /^\d{2}-0000$/.test(row.value.nemCode)).map((row) => [row.value.nemCode.slice(0, 2), row.value.title])),
      attainmentByNem: new Map(ep.attainment.map((row) => [row.value.nemCode, row.value.shares])),
      factorsByNem,
      counts: { projections: ep.projections.length, attainment: ep.attainment.length, factors: ep.factors.length },
    };
  },
  describe: ({ counts }) => `${counts.projections} projection rows, ${counts.attainment} attainment rows, ${counts.factors} utilization factors`,
});

export interface OewsData {
  byCode: Map<string, OewsRow>;
  /** The detailed code, else the OEWS aggregate that contains it (OEWS 2021 merged some codes). */
  forSoc(soc: string): OewsRow | null;
}

export const oewsSource = sourceReader<OewsData>({
  label: "OEWS national wages, May 2021 (bls/oews_national_may2021.csv)",
  files: ["bls/oews_national_may2021.csv"],
  read({ sourcesRoot, report }) {
    const byCode = new Map<string, OewsRow>(readOews(sourcesRoot, report).map((row) => [row.value.code, row.value]));
    return {
      byCode,
      forSoc(soc) {
        const exact = byCode.get(soc);
        if (exact !== undefined && exact.group === "detailed") return exact;
        return byCode.get(`${soc.slice(0, 6)}0`) ?? null;
      },
    };
  },
  describe: ({ byCode }) => `${byCode.size} OEWS rows`,
});
