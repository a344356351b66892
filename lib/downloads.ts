/**
 * The bulk downloads (/downloads): one release's occupations with every signal, and the
 * current release's tasks with their labels and scores, as CSV or JSON, each opening with
 * the licence and attribution lines. Pure: the route reads the rows and hands them here.
 */
import { toCsv, type CsvValue } from "@/lib/csv";
import { RELEASE_COLUMNS, releaseRecord, type ReleaseOccupationRow } from "@/lib/releases";
import { DATA_ATTRIBUTION } from "@/lib/sources";

export const DOWNLOAD_FILES = ["occupations.csv", "occupations.json", "tasks.csv", "tasks.json"] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

export const DOWNLOAD_LICENCE =
  "Scores, signals and task scores: AI Pressure, free to reuse with attribution. The underlying data keep their own licences (CC BY 4.0 for O*NET and the Indeed Hiring Lab index; MIT for the GPTs-are-GPTs labels; public domain for BLS).";

export interface DownloadTask {
  taskId: number;
  soc: string;
  onetSoc: string;
  statement: string;
  taskType: string | null;
  humanLabel: string | null;
  gpt4Label: string | null;
  automationLabel: string | null;
  score: number;
  weight: number;
  inSocTaskList: boolean;
  inCurrentOnet: boolean;
}

export const TASK_COLUMNS = [
  "task_id",
  "soc",
  "onet_soc",
  "statement",
  "task_type",
  "human_label",
  "gpt4_label",
  "automation_label",
  "score",
  "weight",
  "in_soc_task_list",
  "in_current_onet",
] as const;

const taskRecord = (task: DownloadTask): CsvValue[] => [
  task.taskId,
  task.soc,
  task.onetSoc,
  task.statement,
  task.taskType,
  task.humanLabel,
  task.gpt4Label,
  task.automationLabel,
  task.score,
  task.weight,
  task.inSocTaskList,
  task.inCurrentOnet,
];

export interface DownloadHeader {
  releaseId: string;
  /** Absolute URL of /sources. */
  sourcesUrl: string;
}

/** `# ` lines before the CSV header row: what the file is, its release, licence and attribution. */
function csvPreamble(what: string, header: DownloadHeader): string {
  return [
    `# AI Pressure ${what}, release ${header.releaseId}.`,
    `# Licence: ${DOWNLOAD_LICENCE}`,
    `# Attribution: ${DATA_ATTRIBUTION}`,
    `# Sources, licences and attribution lines: ${header.sourcesUrl}`,
  ]
    .map((line) => `${line}\r\n`)
    .join("");
}

export function occupationsCsv(rows: readonly ReleaseOccupationRow[], header: DownloadHeader): string {
  return csvPreamble("occupations with every signal", header) + toCsv(RELEASE_COLUMNS, rows.map(releaseRecord));
}

export function tasksCsv(tasks: readonly DownloadTask[], header: DownloadHeader): string {
  return csvPreamble("tasks with labels and scores", header) + toCsv(TASK_COLUMNS, tasks.map(taskRecord));
}

function jsonEnvelope(header: DownloadHeader) {
  return { releaseId: header.releaseId, licence: DOWNLOAD_LICENCE, attribution: DATA_ATTRIBUTION, sources: header.sourcesUrl };
}

export function occupationsJson(rows: readonly ReleaseOccupationRow[], header: DownloadHeader) {
  return { ...jsonEnvelope(header), count: rows.length, occupations: rows };
}

export function tasksJson(tasks: readonly DownloadTask[], header: DownloadHeader) {
  return { ...jsonEnvelope(header), count: tasks.length, tasks };
}

/** `ai-pressure-2026.12-1a2b3c4d-occupations.csv` */
export const downloadFilename = (releaseId: string, file: DownloadFile) => `ai-pressure-${releaseId}-${file}`;
