/**
 * The current O*NET database (30.1, December 2025): which labelled O*NET 27 tasks still exist,
 * the Emerging Tasks O*NET has seen since, and the titles people use (Alternate Titles,
 * Sample of Reported Titles) for search. The labelled task set itself stays onet-gpts/.
 */
import fs from "node:fs";
import path from "node:path";

import { z } from "zod";

import { nonEmpty, onetSoc } from "../fields";
import { openWorkbook, readSheet, type Workbook } from "../readers";
import { SourceError, type ImportReport } from "../report";
import { pushTo } from "../util";
import { sourceReader } from "./reader";

const DIR = "onet-30.1";
export const ONET_FILES = {
  readMe: `${DIR}/Read Me.txt`,
  tasks: `${DIR}/Task Statements.xlsx`,
  emerging: `${DIR}/Emerging Tasks.xlsx`,
  alternateTitles: `${DIR}/Alternate Titles.xlsx`,
  reportedTitles: `${DIR}/Sample of Reported Titles.xlsx`,
} as const;

const taskId = z.string().trim().regex(/^\d+$/, "task id must be a whole number").transform(Number);

const taskSchema = z
  .object({ "O*NET-SOC Code": onetSoc, "Task ID": taskId, Task: nonEmpty, "Task Type": z.string().trim() })
  .transform((row) => ({ onetSoc: row["O*NET-SOC Code"], taskId: row["Task ID"], statement: row.Task, taskType: row["Task Type"] || null }));

const emergingSchema = z
  .object({
    "O*NET-SOC Code": onetSoc,
    Task: nonEmpty,
    Category: nonEmpty,
    "Original Task ID": z.string().trim(),
    "Original Task": z.string().trim(),
    Date: z.string().trim().regex(/^\d{2}\/\d{4}$/, "date must be MM/YYYY"),
  })
  .transform((row) => ({
    onetSoc: row["O*NET-SOC Code"],
    statement: row.Task,
    category: row.Category,
    originalTaskId: row["Original Task ID"] === "" ? null : Number(row["Original Task ID"]),
    originalStatement: row["Original Task"] || null,
    /** "08/2025" → "2025-08" */
    month: `${row.Date.slice(3)}-${row.Date.slice(0, 2)}`,
  }));

export type EmergingTask = z.output<typeof emergingSchema>;

const alternateSchema = z
  .object({ "O*NET-SOC Code": onetSoc, "Alternate Title": nonEmpty, "Short Title": z.string().trim() })
  .transform((row) => ({ onetSoc: row["O*NET-SOC Code"], title: row["Alternate Title"], shortTitle: row["Short Title"] || null }));

const reportedSchema = z
  .object({ "O*NET-SOC Code": onetSoc, "Reported Job Title": nonEmpty, "Shown in My Next Move": z.string().trim() })
  .transform((row) => ({ onetSoc: row["O*NET-SOC Code"], title: row["Reported Job Title"], shownInMyNextMove: row["Shown in My Next Move"] === "Y" }));

export interface OnetCurrentData {
  /** "30.1" */
  version: string;
  /** "December 2025" */
  released: string | null;
  /** Task IDs of the current Task Statements. */
  taskIds: Set<number>;
  taskCount: number;
  emergingByOnet: Map<string, EmergingTask[]>;
  emergingCount: number;
  /** O*NET-SOC code → alternate titles (with short forms such as "CEO"). */
  alternateTitles: Map<string, { title: string; shortTitle: string | null }[]>;
  reportedTitles: Map<string, { title: string; shownInMyNextMove: boolean }[]>;
  counts: { alternate: number; reported: number };
}

/** "O*NET 30.1 Database / December 2025 Release" in Read Me.txt. */
export function onetVersion(readMe: string): { version: string; released: string | null } | null {
  const version = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(readMe)?.[1];
  if (version === undefined) return null;
  return { version, released: /([A-Z][a-z]+ \d{4}) Release/.exec(readMe)?.[1] ?? null };
}

/** The first worksheet of an O*NET Excel file (each holds one sheet with a header row). */
function firstSheet(workbook: Workbook, file: string): string {
  const name = workbook.worksheets[0]?.name;
  if (name === undefined) throw new SourceError(file, "workbook has no worksheet");
  return name;
}

async function readOnetSheet<S extends z.ZodType>(root: string, file: string, requiredColumns: readonly string[], schema: S, report: ImportReport) {
  const full = path.join(root, file);
  const workbook = await openWorkbook(full, root);
  return readSheet(workbook, { file: full, sheet: firstSheet(workbook, file), requiredColumns, schema, report, root });
}

export const onetCurrentSource = sourceReader<OnetCurrentData>({
  label: `O*NET 30.1: task statements, emerging tasks, alternate and reported titles (${DIR}/)`,
  files: Object.values(ONET_FILES),
  async read({ sourcesRoot, report }) {
    const version = onetVersion(fs.readFileSync(path.join(sourcesRoot, ONET_FILES.readMe), "utf8"));
    if (version === null) throw new SourceError(ONET_FILES.readMe, 'no "O*NET <version> Database" line');
    const tasks = await readOnetSheet(sourcesRoot, ONET_FILES.tasks, ["O*NET-SOC Code", "Task ID", "Task", "Task Type"], taskSchema, report);
    const emerging = await readOnetSheet(sourcesRoot, ONET_FILES.emerging, ["O*NET-SOC Code", "Task", "Category", "Date"], emergingSchema, report);
    const alternates = await readOnetSheet(sourcesRoot, ONET_FILES.alternateTitles, ["O*NET-SOC Code", "Alternate Title", "Short Title"], alternateSchema, report);
    const reported = await readOnetSheet(sourcesRoot, ONET_FILES.reportedTitles, ["O*NET-SOC Code", "Reported Job Title"], reportedSchema, report);
    const emergingByOnet = new Map<string, EmergingTask[]>();
    for (const { value } of emerging) pushTo(emergingByOnet, value.onetSoc, value);
    const alternateTitles = new Map<string, { title: string; shortTitle: string | null }[]>();
    for (const { value } of alternates) pushTo(alternateTitles, value.onetSoc, { title: value.title, shortTitle: value.shortTitle });
    const reportedTitles = new Map<string, { title: string; shownInMyNextMove: boolean }[]>();
    for (const { value } of reported) pushTo(reportedTitles, value.onetSoc, { title: value.title, shownInMyNextMove: value.shownInMyNextMove });
    return {
      ...version,
      taskIds: new Set(tasks.map((row) => row.value.taskId)),
      taskCount: tasks.length,
      emergingByOnet,
      emergingCount: emerging.length,
      alternateTitles,
      reportedTitles,
      counts: { alternate: alternates.length, reported: reported.length },
    };
  },
  describe: (data) =>
    `O*NET ${data.version}: ${data.taskCount} task statements, ${data.emergingCount} emerging tasks, ${data.counts.alternate} alternate and ${data.counts.reported} reported titles`,
});
