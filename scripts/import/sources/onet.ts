import path from "node:path";

import { z } from "zod";

import { isAutomationLabel, isExposureLabel, type AutomationLabel, type ExposureLabel } from "@/lib/scoring";

import { nonEmpty, onetSoc, optionalNumber, requiredNumber } from "../fields";
import { readDelimited, type SourceRow } from "../readers";
import type { ImportReport } from "../report";
import { pushTo, sortByCode } from "../util";
import { sourceReader } from "./reader";

const exposureLabel = z
  .string()
  .trim()
  .refine((value) => value === "" || isExposureLabel(value), "exposure label must be E0, E1 or E2")
  .transform((value) => (value === "" ? null : (value as ExposureLabel)));

const automationLabel = z
  .string()
  .trim()
  .refine((value) => value === "" || isAutomationLabel(value), "automation label must be T0–T4")
  .transform((value) => (value === "" ? null : (value as AutomationLabel)));

const TASK_COLUMNS = ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Title", "human_exposure_agg", "gpt4_exposure", "gpt4_automation"] as const;

const taskRowSchema = z
  .object({
    "O*NET-SOC Code": onetSoc,
    "Task ID": z.string().trim().regex(/^\d+(\.0+)?$/, "task id must be a whole number").transform((id) => Number.parseInt(id, 10)),
    Task: nonEmpty,
    "Task Type": z.enum(["Core", "Supplemental", ""]).transform((type) => (type === "" ? null : type)),
    Title: nonEmpty,
    human_exposure_agg: exposureLabel,
    gpt4_exposure: exposureLabel,
    gpt4_automation: automationLabel,
  })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    taskId: row["Task ID"],
    statement: row.Task,
    taskType: row["Task Type"],
    title: row.Title,
    human: row.human_exposure_agg,
    gpt4: row.gpt4_exposure,
    automation: row.gpt4_automation,
  }));

export type OnetTaskRow = z.output<typeof taskRowSchema>;

export function readTasks(root: string, report: ImportReport): SourceRow<OnetTaskRow>[] {
  const file = path.join(root, "onet-gpts/full_labelset.tsv");
  const rows = readDelimited(file, { delimiter: "\t", requiredColumns: TASK_COLUMNS, schema: taskRowSchema, report, root });
  const seen = new Set<number>();
  return rows.filter((row) => {
    if (seen.has(row.value.taskId)) {
      report.reject(path.relative(root, file), row.line, `duplicate Task ID ${row.value.taskId}`);
      return false;
    }
    seen.add(row.value.taskId);
    return true;
  });
}

const occLevelSchema = z
  .object({ "O*NET-SOC Code": onetSoc, Title: nonEmpty, dv_rating_beta: requiredNumber, human_rating_beta: requiredNumber })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    betaGpt4: row.dv_rating_beta as number,
    betaHuman: row.human_rating_beta as number,
  }));

export function readOccupationBetas(root: string, report: ImportReport) {
  return readDelimited(path.join(root, "onet-gpts/occ_level.csv"), {
    delimiter: ",",
    requiredColumns: ["O*NET-SOC Code", "Title", "dv_rating_beta", "human_rating_beta"],
    schema: occLevelSchema,
    report,
    root,
  });
}

/**
 * The skills of occupations_onet_basic_skills.csv, in file order. METHODOLOGY §7 speaks of
 * 12 basic skills; the published file carries these 11 (O*NET's 10 basic skills plus
 * Programming), and the pivot similarity uses all of them.
 */
export const BASIC_SKILLS = [
  "Active_Learning",
  "Critical_Thinking",
  "Learning_Strategies",
  "Monitoring",
  "Active_Listening",
  "Mathematics",
  "Programming",
  "Reading_Comprehension",
  "Science",
  "Speaking",
  "Writing",
] as const;

const skillColumns = BASIC_SKILLS.flatMap((skill) => [`${skill}_Importance`, `${skill}_Level`]);

const relevance = z.string().transform((raw) => (raw.trim() === "Not relevant" ? "Not relevant" : raw));

const skillsSchema = z
  .object({
    Occupation: nonEmpty,
    "Job Zone": optionalNumber,
    ...Object.fromEntries(BASIC_SKILLS.map((skill) => [`${skill}_Importance`, requiredNumber])),
    ...Object.fromEntries(BASIC_SKILLS.map((skill) => [`${skill}_Level`, relevance.pipe(z.string()).transform((value) => (value === "Not relevant" ? null : Number(value)))])),
  })
  .transform((row) => {
    const record = row as Record<string, unknown>;
    return {
      title: row.Occupation,
      jobZone: row["Job Zone"],
      skills: BASIC_SKILLS.map((skill) => ({
        skill,
        importance: record[`${skill}_Importance`] as number,
        level: record[`${skill}_Level`] as number | null,
      })),
    };
  });

export function readBasicSkills(root: string, report: ImportReport) {
  return readDelimited(path.join(root, "onet-gpts/occupations_onet_basic_skills.csv"), {
    delimiter: ",",
    requiredColumns: ["Occupation", "Job Zone", ...skillColumns],
    schema: skillsSchema,
    report,
    root,
  });
}

const unit = requiredNumber.refine((value) => value !== null && value >= 0 && value <= 1, "must be between 0 and 1");

const workContextSchema = z
  .object({
    occupation: nonEmpty,
    degree_of_automation_context: optionalNumber,
    importance_of_being_exact_or_accurate_context: optionalNumber,
    importance_of_repeating_same_tasks_context: unit,
    structured_versus_unstructured_work_context: unit,
  })
  .transform((row) => ({
    title: row.occupation,
    degreeOfAutomation: row.degree_of_automation_context,
    exactness: row.importance_of_being_exact_or_accurate_context,
    repeating: row.importance_of_repeating_same_tasks_context as number,
    structured: row.structured_versus_unstructured_work_context as number,
  }));

export function readWorkContexts(root: string, report: ImportReport) {
  return readDelimited(path.join(root, "onet-gpts/occupations_onet_work_contexts.csv"), {
    delimiter: ",",
    requiredColumns: [
      "occupation",
      "importance_of_repeating_same_tasks_context",
      "structured_versus_unstructured_work_context",
      "degree_of_automation_context",
      "importance_of_being_exact_or_accurate_context",
    ],
    schema: workContextSchema,
    report,
    root,
  });
}

export type OccupationBeta = z.output<typeof occLevelSchema>;
export type BasicSkillsRow = z.output<typeof skillsSchema>;
export type WorkContextRow = z.output<typeof workContextSchema>;

/** The labelled O*NET 27 task set and the occupation-level files of onet-gpts/, indexed for lookup. */
export interface OnetGptsData {
  taskRows: SourceRow<OnetTaskRow>[];
  betas: Map<string, OccupationBeta>;
  skillsByTitle: Map<string, BasicSkillsRow>;
  contextsByTitle: Map<string, WorkContextRow>;
  tasksByOnet: Map<string, { row: OnetTaskRow; line: number }[]>;
  /** O*NET-SOC codes of each six-digit SOC code, sorted. */
  onetCodesBySoc: Map<string, string[]>;
  /** METHODOLOGY §1: the `.00` code's tasks, or the union of the specialisations when there is no `.00`. */
  primaryCodes(soc: string): string[];
  onetTitle(onetSoc: string): string;
}

export const onetGptsSource = sourceReader<OnetGptsData>({
  label: "O*NET tasks and labels (onet-gpts/)",
  files: ["onet-gpts/full_labelset.tsv", "onet-gpts/occ_level.csv", "onet-gpts/occupations_onet_basic_skills.csv", "onet-gpts/occupations_onet_work_contexts.csv"],
  read({ sourcesRoot, report }) {
    const taskRows = readTasks(sourcesRoot, report);
    const betas = new Map(readOccupationBetas(sourcesRoot, report).map((row) => [row.value.onetSoc, row.value]));
    const skillsByTitle = new Map(readBasicSkills(sourcesRoot, report).map((row) => [row.value.title, row.value]));
    const contextsByTitle = new Map(readWorkContexts(sourcesRoot, report).map((row) => [row.value.title, row.value]));
    const tasksByOnet = new Map<string, { row: OnetTaskRow; line: number }[]>();
    for (const { value, line } of taskRows) pushTo(tasksByOnet, value.onetSoc, { row: value, line });
    const onetCodesBySoc = new Map<string, string[]>();
    for (const onetSoc of sortByCode(tasksByOnet.keys(), (code) => code)) pushTo(onetCodesBySoc, onetSoc.slice(0, 7), onetSoc);
    return {
      taskRows,
      betas,
      skillsByTitle,
      contextsByTitle,
      tasksByOnet,
      onetCodesBySoc,
      primaryCodes(soc) {
        const codes = onetCodesBySoc.get(soc) ?? [];
        return codes.includes(`${soc}.00`) ? [`${soc}.00`] : codes;
      },
      onetTitle: (onetSoc) => tasksByOnet.get(onetSoc)?.[0]?.row.title ?? onetSoc,
    };
  },
  describe: (data) =>
    `${data.taskRows.length} tasks, ${data.tasksByOnet.size} O*NET-SOC codes, ${data.onetCodesBySoc.size} SOC codes; ${data.skillsByTitle.size} skill profiles, ${data.contextsByTitle.size} work-context profiles`,
});
