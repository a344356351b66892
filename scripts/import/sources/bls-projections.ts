import path from "node:path";

import { z } from "zod";

import { epWage, nonEmpty, optionalNumber, optionalText } from "../fields";
import { openWorkbook, readSheet } from "../readers";
import { SourceError, type ImportReport } from "../report";
import { pushTo } from "../util";
import { nemCode } from "./bls-crosswalk";
import { sourceReader } from "./reader";

import { isSocCode } from "@/lib/soc";

/** Employment Projections (occupation.xlsx) used for projections, employment, education and factors. */
export const PROJECTIONS_FILE = "bls/ep_occupation_2024_34.xlsx";
/** The newest EP file with Tables 5.3/5.4 (attainment); BLS dropped them from the 2024–34 file. */
export const ATTAINMENT_FILE = "bls/ep_occupation_2022_32.xlsx";
/** NEM 2024–34 occupation directory: the hierarchy of NEM codes (which line items a summary adds up). */
export const NEM_DIRECTORY_FILE = "bls/nem_occupational_coverage_2024_34.xlsx";

/** Years of an Employment Projections file, read from its headers: base 2024, target 2034. */
export interface ProjectionYears {
  base: number;
  target: number;
  /** "2024–34" */
  span: string;
}

/**
 * EP headers carry the projection years ("Employment, 2024", "Employment change, percent,
 * 2024-34"). They are replaced by {base}, {target} and {span} so the same reader takes the
 * next edition; the years found are reported through `found`.
 */
function yearPlaceholders(found: (years: ProjectionYears) => void) {
  return (cells: string[]): string[] => {
    const base = cells.map((cell) => /^(\d{4}) National Employment Matrix (?:occupation )?code$/.exec(cell)?.[1]).find((year) => year !== undefined);
    if (base === undefined) return cells;
    const target = cells.map((cell) => /^Employment, (\d{4})$/.exec(cell)?.[1]).find((year) => year !== undefined && year !== base) ?? String(Number(base) + 10);
    const span = `${base}-${target.slice(2)}`;
    found({ base: Number(base), target: Number(target), span: `${base}–${target.slice(2)}` });
    return cells.map((cell) => cell.split(span).join("{span}").split(target).join("{target}").split(base).join("{base}"));
  };
}

const THOUSANDS = 1000;
const toPersons = (thousands: number | null) => (thousands === null ? null : Math.round(thousands * THOUSANDS));

const projectionsSchema = z
  .object({
    "{base} National Employment Matrix code": nemCode,
    "{base} National Employment Matrix title": nonEmpty,
    "Occupation type": nonEmpty,
    "Employment, {base}": optionalNumber,
    "Employment, {target}": optionalNumber,
    "Employment change, percent, {span}": optionalNumber,
    "Occupational openings, {span} annual average": optionalNumber,
    "Median annual wage, dollars, {base}": epWage,
    "Typical education needed for entry": optionalText,
    "Work experience in a related occupation": optionalText,
    "Typical on-the-job training needed to attain competency in the occupation": optionalText,
  })
  .transform((row) => ({
    nemCode: row["{base} National Employment Matrix code"],
    title: row["{base} National Employment Matrix title"],
    type: row["Occupation type"],
    employment: toPersons(row["Employment, {base}"]),
    employmentProjected: toPersons(row["Employment, {target}"]),
    changePct: row["Employment change, percent, {span}"],
    openingsAnnual: toPersons(row["Occupational openings, {span} annual average"]),
    medianWage: row["Median annual wage, dollars, {base}"],
    entryEducation: row["Typical education needed for entry"],
    workExperience: row["Work experience in a related occupation"],
    training: row["Typical on-the-job training needed to attain competency in the occupation"],
  }));

export type ProjectionRow = z.output<typeof projectionsSchema>;

const factorsSchema = z
  .object({
    "{base} National Employment Matrix occupation code": nemCode,
    "{base} National Employment Matrix industry title": nonEmpty,
    "Factors affecting occupational utilization": nonEmpty,
  })
  .transform((row) => ({
    nemCode: row["{base} National Employment Matrix occupation code"],
    industry: row["{base} National Employment Matrix industry title"],
    text: row["Factors affecting occupational utilization"],
  }));

export type UtilizationFactor = { industry: string; text: string };

const isCodedRow = (column: string) => (record: Record<string, string>) => isSocCode(record[column]);

/**
 * An EP workbook whose tables are read with their headers' projection years turned into
 * placeholders (yearPlaceholders); a table's data rows are those whose NEM code column holds
 * a SOC-shaped code (the rest are titles and notes).
 */
async function openEpWorkbook(sourcesRoot: string, relativeFile: string, report: ImportReport) {
  const file = path.join(sourcesRoot, relativeFile);
  const workbook = await openWorkbook(file, sourcesRoot);
  let found: ProjectionYears | null = null;
  const headerTransform = yearPlaceholders((years) => (found = years));
  return {
    workbook,
    readTable<S extends z.ZodType>({ sheet, codeColumn, alsoRequired, schema }: { sheet: string; codeColumn: string; alsoRequired: string[]; schema: S }) {
      const requiredColumns = [codeColumn, ...alsoRequired];
      return readSheet(workbook, { file, sheet, requiredColumns, schema, report, root: sourcesRoot, headerTransform, isDataRow: isCodedRow(codeColumn) });
    },
    /** The years of the last header that named them; none yet is an error of `sheet`. */
    years(sheet: string, missing: string): ProjectionYears {
      if (found === null) throw new SourceError(`${relativeFile} [${sheet}]`, missing);
      return found;
    },
  };
}

export interface ProjectionsData {
  years: ProjectionYears;
  projectionsByNem: Map<string, ProjectionRow>;
  /** SOC major group ("11") → BLS title ("Management occupations"). */
  majorGroupTitles: Map<string, string>;
  factorsByNem: Map<string, UtilizationFactor[]>;
  counts: { projections: number; factors: number };
}

export const projectionsSource = sourceReader<ProjectionsData>({
  label: `BLS Employment Projections (${PROJECTIONS_FILE}, Tables 1.2 and 1.12)`,
  files: [PROJECTIONS_FILE],
  async read({ sourcesRoot, report }) {
    const ep = await openEpWorkbook(sourcesRoot, PROJECTIONS_FILE, report);
    const projections = ep.readTable({ sheet: "Table 1.2", codeColumn: "{base} National Employment Matrix code", alsoRequired: ["Employment change, percent, {span}", "Typical education needed for entry"], schema: projectionsSchema });
    ep.years("Table 1.2", "no projection years in the header");
    const factors = ep.readTable({ sheet: "Table 1.12", codeColumn: "{base} National Employment Matrix occupation code", alsoRequired: ["Factors affecting occupational utilization"], schema: factorsSchema });
    const factorsByNem = new Map<string, UtilizationFactor[]>();
    for (const { value } of factors) pushTo(factorsByNem, value.nemCode, { industry: value.industry, text: value.text });
    return {
      // Table 1.12's header names the years again (the last header read gives them, as before).
      years: ep.years("Table 1.12", "no projection years in the header"),
      projectionsByNem: new Map(projections.map((row) => [row.value.nemCode, row.value])),
      majorGroupTitles: new Map(projections.filter((row) => /^\d{2}-0000$/.test(row.value.nemCode)).map((row) => [row.value.nemCode.slice(0, 2), row.value.title])),
      factorsByNem,
      counts: { projections: projections.length, factors: factors.length },
    };
  },
  describe: ({ years, counts }) => `EP ${years.span}: ${counts.projections} projection rows, ${counts.factors} utilization factors`,
});

const share = optionalNumber.refine((value) => value === null || (value >= 0 && value <= 100), "share must be 0–100");

const attainmentSchema = z
  .object({
    "{base} National Employment Matrix code": nemCode,
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
      nemCode: row["{base} National Employment Matrix code"],
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

export type AttainmentShares = z.output<typeof attainmentSchema>["shares"];

export interface AttainmentData {
  /** Years of the EP edition the table comes from (2022–32). */
  years: ProjectionYears;
  /** The survey years BLS names in the table title ("2019 and 2021"). */
  surveyYears: string | null;
  attainmentByNem: Map<string, AttainmentShares>;
}

export const attainmentSource = sourceReader<AttainmentData>({
  label: `BLS educational attainment (${ATTAINMENT_FILE}, Table 5.3)`,
  files: [ATTAINMENT_FILE],
  async read({ sourcesRoot, report }) {
    const ep = await openEpWorkbook(sourcesRoot, ATTAINMENT_FILE, report);
    const rows = ep.readTable({ sheet: "Table 5.3", codeColumn: "{base} National Employment Matrix code", alsoRequired: ["Less than high school diploma", "Doctoral or professional degree"], schema: attainmentSchema });
    const years = ep.years("Table 5.3", "no NEM year in the header");
    const title = ep.workbook.getWorksheet("Table 5.3")?.getRow(1).getCell(1).text ?? "";
    return {
      years,
      surveyYears: /occupation, (\d{4}(?: and |–|-)\d{4})/.exec(title)?.[1] ?? null,
      attainmentByNem: new Map(rows.map((row) => [row.value.nemCode, row.value.shares])),
    };
  },
  describe: ({ attainmentByNem, surveyYears }) => `${attainmentByNem.size} attainment rows (surveys ${surveyYears ?? "of unstated years"})`,
});

const directorySchema = z
  .object({
    "National Employment Matrix code": nemCode,
    "National Employment Matrix title": nonEmpty,
    "Occupation type": nonEmpty,
    Level: z.string().trim().regex(/^\d+$/, "level must be a whole number").transform(Number),
  })
  .transform((row) => ({ code: row["National Employment Matrix code"], title: row["National Employment Matrix title"], type: row["Occupation type"], level: row.Level }));

export interface NemNode {
  code: string;
  title: string;
  type: string;
  level: number;
  parent: string | null;
}

export interface NemDirectoryData {
  nodes: Map<string, NemNode>;
  children: Map<string, string[]>;
}

export function readNemDirectoryRows(rows: readonly { code: string; title: string; type: string; level: number }[]): NemDirectoryData {
  const nodes = new Map<string, NemNode>();
  const children = new Map<string, string[]>();
  const stack: NemNode[] = [];
  for (const row of rows) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= row.level) stack.pop();
    const parent = stack[stack.length - 1]?.code ?? null;
    const node = { ...row, parent };
    nodes.set(row.code, node);
    if (parent !== null) pushTo(children, parent, row.code);
    stack.push(node);
  }
  return { nodes, children };
}

export const nemDirectorySource = sourceReader<NemDirectoryData>({
  label: `NEM occupation directory (${NEM_DIRECTORY_FILE})`,
  files: [NEM_DIRECTORY_FILE],
  async read({ sourcesRoot, report }: { sourcesRoot: string; report: ImportReport }) {
    const file = path.join(sourcesRoot, NEM_DIRECTORY_FILE);
    const workbook = await openWorkbook(file, sourcesRoot);
    const sheet = workbook.worksheets.find((worksheet) => /Occupational Directory/i.test(worksheet.name))?.name;
    if (sheet === undefined) throw new SourceError(NEM_DIRECTORY_FILE, 'no "Occupational Directory" worksheet');
    const rows = readSheet(workbook, {
      file,
      sheet,
      requiredColumns: ["National Employment Matrix code", "Occupation type", "Level"],
      schema: directorySchema,
      report,
      root: sourcesRoot,
      isDataRow: isCodedRow("National Employment Matrix code"),
    });
    return readNemDirectoryRows(rows.map((row) => row.value));
  },
  describe: ({ nodes }) => `${nodes.size} NEM codes in the hierarchy`,
});
