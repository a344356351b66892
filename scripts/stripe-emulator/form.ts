import type { IncomingMessage } from "node:http";
import qs from "qs";
import { z } from "zod";
import { invalidRequest, missingParam, payloadTooLarge } from "./errors";

/** Largest request body accepted, API or hosted form. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type FormData = Record<string, unknown>;

/** Reads the whole body, rejecting with a 413 ApiError as soon as it passes the limit. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(payloadTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!failed) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", (error) => {
      if (!failed) reject(error);
    });
  });
}

/**
 * Parses Stripe's form encoding (`line_items[0][price]=…`, `expand[]=…`, `metadata[soc]=…`).
 * Depth and array limits are generous for Stripe params but bounded; going past them is a 400.
 */
export function parseForm(text: string): FormData {
  try {
    return qs.parse(text, { depth: 8, arrayLimit: 100, parameterLimit: 2000, strictDepth: true, allowPrototypes: false }) as FormData;
  } catch {
    throw invalidRequest("The request parameters are nested too deeply or contain too many keys.");
  }
}

/** Stripe style name for a param path: `line_items[0][price]`. */
export function paramName(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ""}${rest.map((part) => `[${part}]`).join("")}`;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates params with zod and converts the first problem into Stripe's 400 error. */
export function parseParams<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw invalidRequest("Invalid request parameters.");
  if (issue.code === "unrecognized_keys") {
    const param = paramName([...issue.path, issue.keys[0] ?? ""]);
    throw invalidRequest(`Received unknown parameter: ${param}`, param, "parameter_unknown");
  }
  const param = paramName(issue.path);
  if (valueAt(data, issue.path) === undefined) throw missingParam(param);
  throw invalidRequest(`Invalid ${param}: ${issue.message}`, param);
}

// Form values arrive as strings; these schemas coerce them the way Stripe does.
export const formString = z.string().max(5000);
export const formBoolean = z.enum(["true", "false"], { message: "must be a boolean (true or false)" }).transform((value) => value === "true");
export const formInteger = z
  .string()
  .regex(/^-?\d{1,15}$/, { message: "must be an integer" })
  .transform((value) => Number(value));
export const formLimit = formInteger.pipe(z.number().int().min(1, { message: "must be between 1 and 100" }).max(100, { message: "must be between 1 and 100" }));

/** `metadata[key]=value`; an empty value unsets a key and `metadata=` clears them all. */
export const metadataParam = z.union([
  z.literal(""),
  z
    .record(z.string().min(1).max(40, { message: "keys must be at most 40 characters" }), z.string().max(500, { message: "values must be at most 500 characters" }))
    .refine((record) => Object.keys(record).length <= 50, { message: "can have at most 50 keys" }),
]);

export function applyMetadata(current: Record<string, string>, update: z.output<typeof metadataParam> | undefined): Record<string, string> {
  if (update === undefined) return current;
  if (update === "") return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}

/** `expand[]=a&expand[]=b` (qs gives an array) or a lone `expand=a`. */
export const expandParam = z.union([z.array(z.string().min(1).max(200)).max(20), z.string().min(1).max(200).transform((value) => [value])]);

export const listParams = {
  limit: formLimit.optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  expand: expandParam.optional(),
};
