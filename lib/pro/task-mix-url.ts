/**
 * Reading a task mix back from the URL (`?mix=<taskId>:<value>,…`) or from the no-JavaScript
 * GET form (`?t<taskId>=<value>`), validated with zod. Server-side only in practice (the
 * member page); kept apart from ./task-mix.ts so zod stays out of the browser bundle.
 * Anything malformed falls back to the O*NET weights.
 */
import * as z from "zod/mini";

import { proConfig } from "./config";
import { defaultMix, encodeMix, MIX_MAX_VALUE, mixFieldName, type MixStatus, type TaskMixTask } from "./task-mix";

import type { SearchParams } from "@/lib/http/params";

const ENTRY = /^\d{1,9}:\d{1,2}$/;

const mixQuerySchema = z.string().check(
  z.maxLength(proConfig.taskMix.maxQueryLength),
  z.regex(/^\d{1,9}:\d{1,2}(,\d{1,9}:\d{1,2})*$/),
);

/** Validates a time value from the URL or the form: a whole number 0…99. */
const timeValueSchema = z.string().check(z.regex(/^\d{1,2}$/));

/**
 * `?mix=` → a full mix (every task), starting from the O*NET weights. Anything malformed —
 * not a single string, too long, a bad entry, an unknown or repeated task id, all values 0 —
 * gives the defaults with status "invalid"; a missing or empty value gives status "default".
 */
export function decodeMix(tasks: readonly Pick<TaskMixTask, "taskId" | "weight">[], raw: unknown): { mix: Record<number, number>; status: MixStatus } {
  const defaults = defaultMix(tasks);
  if (raw === undefined || raw === null || raw === "") return { mix: defaults, status: "default" };
  const parsed = mixQuerySchema.safeParse(raw);
  if (!parsed.success) return { mix: defaults, status: "invalid" };
  const mix = { ...defaults };
  const seen = new Set<number>();
  for (const entry of parsed.data.split(",")) {
    if (!ENTRY.test(entry)) return { mix: defaults, status: "invalid" };
    const [idText = "", valueText = ""] = entry.split(":");
    const taskId = Number(idText);
    const value = Number(valueText);
    if (!(taskId in defaults) || seen.has(taskId) || value > MIX_MAX_VALUE) return { mix: defaults, status: "invalid" };
    seen.add(taskId);
    mix[taskId] = value;
  }
  if (!Object.values(mix).some((value) => value > 0)) return { mix: defaults, status: "invalid" };
  return { mix, status: encodeMix(tasks, mix) === "" ? "default" : "custom" };
}

/**
 * The no-JavaScript form submits one `t<taskId>=<value>` field per task. Returns the mix
 * when at least one such field is present (null otherwise); invalid values make the whole
 * submission invalid (defaults).
 */
export function mixFromFormFields(
  tasks: readonly Pick<TaskMixTask, "taskId" | "weight">[],
  params: Readonly<SearchParams>,
): { mix: Record<number, number>; status: MixStatus } | null {
  if (!tasks.some((task) => params[mixFieldName(task.taskId)] !== undefined)) return null;
  const defaults = defaultMix(tasks);
  const mix = { ...defaults };
  for (const task of tasks) {
    const raw = params[mixFieldName(task.taskId)];
    if (raw === undefined) continue;
    const parsed = timeValueSchema.safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (!parsed.success || Number(parsed.data) > MIX_MAX_VALUE) return { mix: defaults, status: "invalid" };
    mix[task.taskId] = Number(parsed.data);
  }
  if (!Object.values(mix).some((value) => value > 0)) return { mix: defaults, status: "invalid" };
  return { mix, status: encodeMix(tasks, mix) === "" ? "default" : "custom" };
}
