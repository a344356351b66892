/**
 * Sources of measured AI use (METHODOLOGY §8): Claude conversations per task (Anthropic
 * Economic Index, two releases), the task → DWA → IWA links of O*NET 30.1, Microsoft's
 * Copilot metrics per IWA and applicability per SOC code, and OpenAI's monthly ChatGPT
 * shares per IWA. Evidence shown beside the score; none of it feeds the score.
 */
import path from "node:path";

import { z } from "zod";

import { mergeClaudeRows, normaliseTaskText, type ClaudeRelease, type ClaudeTaskRow, type IwaMetric } from "@/lib/measured-use";

import { nonEmpty, soc6 } from "../fields";
import { openWorkbook, readDelimited, readSheet } from "../readers";
import { SourceError } from "../report";
import { pushTo } from "../util";
import { sourceReader } from "./reader";

export const MEASURED_USE_FILES = {
  claude2026: "anthropic-aei/release_2026_01_15/automation_vs_augmentation_by_task_v3.csv",
  claude2025Pct: "anthropic-aei/release_2025_03_27/task_pct_v2.csv",
  claude2025Mix: "anthropic-aei/release_2025_03_27/automation_vs_augmentation_by_task.csv",
  tasksToDwas: "onet-30.1/Tasks to DWAs.xlsx",
  dwaReference: "onet-30.1/DWA Reference.xlsx",
  iwaMetrics: "microsoft-wwai/iwa_metrics.csv",
  socIwaWeights: "microsoft-wwai/soc_iwa_weights.csv",
  applicability: "microsoft-wwai/soc_ai_applicability_scores.csv",
  chatgptMonthly: "openai-signals/usa_share_of_work_related_messages_by_onet_iwa_month.csv",
} as const;

const numberIn = (max: number) =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw.trim());
    if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > max) {
      ctx.addIssue({ code: "custom", message: `expected a number from 0 to ${max}, got "${raw.slice(0, 20)}"` });
      return z.NEVER;
    }
    return value;
  });
const share = numberIn(1);
/** Microsoft leaves completion and scope empty for an IWA no conversation reached as an AI action. */
const optionalShare = z.string().transform((raw) => raw.trim()).pipe(z.union([z.literal("").transform(() => null), numberIn(1)]));
const fraction = numberIn(100);
const iwaId = z.string().trim().regex(/^4\.A\.\d\.[a-z]\.\d\.I\d{2}$/, "expected an IWA id like 4.A.1.a.1.I01");

const collaborationSchema = z
  .object({ task_name: nonEmpty, directive: share, feedback_loop: share, task_iteration: share, validation: share, learning: share })
  .transform((row) => ({
    task: row.task_name,
    collaboration: { directive: row.directive, feedbackLoop: row.feedback_loop, taskIteration: row.task_iteration, validation: row.validation, learning: row.learning },
  }));
const COLLABORATION_COLUMNS = ["task_name", "directive", "feedback_loop", "task_iteration", "validation", "learning"] as const;

const claude2026Schema = collaborationSchema.and(z.object({ pct: fraction }).transform((row) => ({ pct: 100 * row.pct })));
const pctSchema = z.object({ task_name: nonEmpty, pct: fraction }).transform((row) => ({ task: row.task_name, pct: row.pct }));

/** Groups rows by normalised task text and merges duplicates (mergeClaudeRows). */
function byTask(rows: readonly { task: string; row: ClaudeTaskRow }[]): Map<string, ClaudeTaskRow> {
  const grouped = new Map<string, ClaudeTaskRow[]>();
  for (const { task, row } of rows) pushTo(grouped, normaliseTaskText(task), row);
  return new Map([...grouped].map(([key, list]) => [key, list.length === 1 ? list[0]! : mergeClaudeRows(list)]));
}

export interface ClaudeData {
  /** Newest first. */
  releases: (ClaudeRelease & { label: string; rows: number })[];
}

export const claudeSource = sourceReader<ClaudeData>({
  label: "Anthropic Economic Index: Claude conversations per task (anthropic-aei/)",
  files: [MEASURED_USE_FILES.claude2026, MEASURED_USE_FILES.claude2025Pct, MEASURED_USE_FILES.claude2025Mix],
  read({ sourcesRoot, report }) {
    const file = (key: keyof typeof MEASURED_USE_FILES) => path.join(sourcesRoot, MEASURED_USE_FILES[key]);
    const current = readDelimited(file("claude2026"), { delimiter: ",", requiredColumns: [...COLLABORATION_COLUMNS, "pct"], schema: claude2026Schema, report, root: sourcesRoot });
    const pct2025 = readDelimited(file("claude2025Pct"), { delimiter: ",", requiredColumns: ["task_name", "pct"], schema: pctSchema, report, root: sourcesRoot });
    const mix2025 = readDelimited(file("claude2025Mix"), { delimiter: ",", requiredColumns: COLLABORATION_COLUMNS, schema: collaborationSchema, report, root: sourcesRoot });
    const mixByTask = new Map(mix2025.map(({ value }) => [normaliseTaskText(value.task), value.collaboration]));
    return {
      releases: [
        {
          id: "2026-01-15",
          label: "Anthropic Economic Index, 2026-01-15 release (Claude.ai and API conversations of November 2025; per-task table compiled by the Yale Budget Lab)",
          rows: current.length,
          tasks: byTask(current.map(({ value }) => ({ task: value.task, row: { pct: value.pct, collaboration: value.collaboration } }))),
        },
        {
          id: "2025-03-27",
          label: "Anthropic Economic Index, 2025-03-27 release (Claude.ai conversations)",
          rows: pct2025.length,
          tasks: byTask(pct2025.map(({ value }) => ({ task: value.task, row: { pct: value.pct, collaboration: mixByTask.get(normaliseTaskText(value.task)) ?? null } }))),
        },
      ],
    };
  },
  describe: ({ releases }) => releases.map((release) => `${release.id}: ${release.rows} task rows (${release.tasks.size} distinct statements)`).join("; "),
});

const taskDwaSchema = z
  .object({ "Task ID": z.string().trim().regex(/^\d+$/).transform(Number), "DWA ID": nonEmpty })
  .transform((row) => ({ taskId: row["Task ID"], dwaId: row["DWA ID"] }));
const dwaSchema = z
  .object({ "DWA ID": nonEmpty, "IWA ID": iwaId, "IWA Title": nonEmpty })
  .transform((row) => ({ dwaId: row["DWA ID"], iwaId: row["IWA ID"], iwaTitle: row["IWA Title"] }));

export interface WorkActivityData {
  /** Task ID → its IWA ids (distinct, in file order), through the task's DWAs. */
  iwasByTask: Map<number, string[]>;
  iwaTitles: Map<string, string>;
  counts: { links: number; dwas: number };
}

export const workActivitySource = sourceReader<WorkActivityData>({
  label: "O*NET 30.1: tasks to detailed and intermediate work activities (onet-30.1/)",
  files: [MEASURED_USE_FILES.tasksToDwas, MEASURED_USE_FILES.dwaReference],
  async read({ sourcesRoot, report }) {
    const sheet = async (key: "tasksToDwas" | "dwaReference") => {
      const file = path.join(sourcesRoot, MEASURED_USE_FILES[key]);
      const workbook = await openWorkbook(file, sourcesRoot);
      const name = workbook.worksheets[0]?.name;
      if (name === undefined) throw new SourceError(MEASURED_USE_FILES[key], "workbook has no worksheet");
      return { workbook, file, name };
    };
    const links = await sheet("tasksToDwas");
    const taskRows = readSheet(links.workbook, { file: links.file, sheet: links.name, requiredColumns: ["Task ID", "DWA ID"], schema: taskDwaSchema, report, root: sourcesRoot });
    const reference = await sheet("dwaReference");
    const dwaRows = readSheet(reference.workbook, { file: reference.file, sheet: reference.name, requiredColumns: ["DWA ID", "IWA ID", "IWA Title"], schema: dwaSchema, report, root: sourcesRoot });
    const iwaOfDwa = new Map(dwaRows.map(({ value }) => [value.dwaId, value.iwaId]));
    const iwaTitles = new Map(dwaRows.map(({ value }) => [value.iwaId, value.iwaTitle]));
    const iwasByTask = new Map<number, string[]>();
    for (const { value, line } of taskRows) {
      const iwa = iwaOfDwa.get(value.dwaId);
      if (iwa === undefined) {
        report.warn(MEASURED_USE_FILES.tasksToDwas, line, `DWA ${value.dwaId} not in DWA Reference`);
        continue;
      }
      const list = iwasByTask.get(value.taskId);
      if (list === undefined) iwasByTask.set(value.taskId, [iwa]);
      else if (!list.includes(iwa)) list.push(iwa);
    }
    return { iwasByTask, iwaTitles, counts: { links: taskRows.length, dwas: dwaRows.length } };
  },
  describe: ({ iwasByTask, iwaTitles, counts }) => `${counts.links} task → DWA links, ${counts.dwas} DWAs in ${iwaTitles.size} IWAs; ${iwasByTask.size} tasks linked`,
});

const iwaMetricSchema = z
  .object({ IWA: iwaId, title: nonEmpty, completion_ai: optionalShare, impact_scope_ai: optionalShare, share_ai: share })
  .transform((row) => ({ iwa: row.IWA, title: row.title, completion: row.completion_ai, impactScope: row.impact_scope_ai, share: row.share_ai }));
const applicabilitySchema = z
  .object({ "SOC Code": soc6, ai_applicability_score: share })
  .transform((row) => ({ soc: row["SOC Code"], score: row.ai_applicability_score }));
const weightRowSchema = z.record(z.string(), z.string()).transform((record, ctx) => {
  const soc = soc6.safeParse(record["SOC Code"] ?? "");
  if (!soc.success) {
    ctx.addIssue({ code: "custom", message: "SOC Code: expected a SOC code like 11-3051" });
    return z.NEVER;
  }
  const weights = new Map<string, number>();
  for (const [column, raw] of Object.entries(record)) {
    if (column === "SOC Code") continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) {
      ctx.addIssue({ code: "custom", message: `${column}: not a weight: "${raw.slice(0, 20)}"` });
      return z.NEVER;
    }
    if (value > 0) weights.set(column, value);
  }
  return { soc: soc.data, weights };
});

export interface CopilotData {
  iwaMetrics: Map<string, IwaMetric & { title: string }>;
  /** SOC code → IWA id → weight (zero weights left out). */
  weightsBySoc: Map<string, Map<string, number>>;
  applicability: Map<string, number>;
}

export const copilotSource = sourceReader<CopilotData>({
  label: "Microsoft Working with AI: Copilot metrics per work activity, applicability per SOC code (microsoft-wwai/)",
  files: [MEASURED_USE_FILES.iwaMetrics, MEASURED_USE_FILES.socIwaWeights, MEASURED_USE_FILES.applicability],
  read({ sourcesRoot, report }) {
    const file = (key: keyof typeof MEASURED_USE_FILES) => path.join(sourcesRoot, MEASURED_USE_FILES[key]);
    const metrics = readDelimited(file("iwaMetrics"), { delimiter: ",", requiredColumns: ["IWA", "title", "completion_ai", "impact_scope_ai", "share_ai"], schema: iwaMetricSchema, report, root: sourcesRoot });
    const weights = readDelimited(file("socIwaWeights"), { delimiter: ",", requiredColumns: ["SOC Code"], schema: weightRowSchema, report, root: sourcesRoot });
    const scores = readDelimited(file("applicability"), { delimiter: ",", requiredColumns: ["SOC Code", "ai_applicability_score"], schema: applicabilitySchema, report, root: sourcesRoot });
    return {
      iwaMetrics: new Map(
        metrics.flatMap(({ value }) =>
          value.completion === null || value.impactScope === null ? [] : [[value.iwa, { completion: value.completion, impactScope: value.impactScope, title: value.title }] as const],
        ),
      ),
      weightsBySoc: new Map(weights.map(({ value }) => [value.soc, value.weights])),
      applicability: new Map(scores.map(({ value }) => [value.soc, value.score])),
    };
  },
  describe: ({ iwaMetrics, weightsBySoc, applicability }) => `${iwaMetrics.size} work activities, ${weightsBySoc.size} SOC work-activity profiles, ${applicability.size} applicability scores`,
});

const monthlySchema = z
  .object({
    month: z.string().trim().regex(/^\d{4}-\d{2}-01$/, "month must be YYYY-MM-01"),
    // "Other IWA" is OpenAI's remainder of messages matching no IWA: no occupation has it.
    iwa_cleaned: z.union([iwaId, z.literal("Other IWA").transform(() => null)]),
    share_of_messages: share,
  })
  .transform((row) => ({ month: row.month.slice(0, 7), iwa: row.iwa_cleaned, share: row.share_of_messages }));

export interface ChatgptData {
  /** "2024-07" → IWA id → share of US work-related messages (fraction). */
  monthly: Map<string, Map<string, number>>;
  rows: number;
}

/** How the figures are cited on the page (periods of the Copilot data are in Microsoft's README, not its files). */
export const COPILOT_LABEL = "Microsoft Research, Working with AI (Tomlinson et al. 2025): US Bing Copilot conversations";
export const COPILOT_PERIOD = "January–September 2024";
export const CHATGPT_LABEL = "OpenAI Signals v1.0: share of US consumer ChatGPT work-related messages by O*NET work activity";

export const chatgptSource = sourceReader<ChatgptData>({
  label: "OpenAI Signals: monthly share of US work-related ChatGPT messages per work activity (openai-signals/)",
  files: [MEASURED_USE_FILES.chatgptMonthly],
  read({ sourcesRoot, report }) {
    const rows = readDelimited(path.join(sourcesRoot, MEASURED_USE_FILES.chatgptMonthly), {
      delimiter: ",",
      requiredColumns: ["month", "iwa_cleaned", "share_of_messages"],
      schema: monthlySchema,
      report,
      root: sourcesRoot,
    });
    const monthly = new Map<string, Map<string, number>>();
    for (const { value } of rows) {
      if (value.iwa === null) continue;
      let month = monthly.get(value.month);
      if (month === undefined) monthly.set(value.month, (month = new Map()));
      month.set(value.iwa, (month.get(value.iwa) ?? 0) + value.share);
    }
    return { monthly, rows: rows.length };
  },
  describe: ({ monthly, rows }) => {
    const months = [...monthly.keys()].sort();
    return `${rows} rows, ${months.length} months (${months[0] ?? "none"} to ${months.at(-1) ?? "none"})`;
  },
});
