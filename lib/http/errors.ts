import type { z } from "zod";

/**
 * The one JSON error body of every route: `{ error: { code, message, issues? } }`. `code` is
 * stable for programs, `message` is a sentence for people, and a failed validation (422) says
 * where with one issue per problem (`path` as zod gives it, under the parameter it came from).
 */
export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: ApiIssue[] };
}

export const VALIDATION_STATUS = 422;

export function errorBody(code: string, message: string, issues?: readonly ApiIssue[]): ApiErrorBody {
  return { error: issues === undefined ? { code, message } : { code, message, issues: [...issues] } };
}

/** zod's issues as paths and messages, each path under `at` (the parameter a bare value came from). */
export function zodIssues(error: z.ZodError, at: readonly (string | number)[] = []): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: [...at, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
    message: issue.message,
  }));
}

/** The first issue as one line ("limit: Too small"), for a message or a page notice (`withPath: false`). */
export function firstIssueMessage(issues: readonly ApiIssue[], { withPath = true }: { withPath?: boolean } = {}): string {
  const issue = issues[0];
  if (issue === undefined) return "Invalid request.";
  return withPath && issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

export interface ErrorOptions {
  issues?: readonly ApiIssue[];
  /** Replaces the default `Cache-Control: no-store` or adds headers (Retry-After). */
  headers?: Record<string, string>;
  /** Links a client can follow next (buyUrl, signInUrl), beside `error`. */
  links?: Record<string, string>;
}

/** An error response in the one shape; errors are not cached by shared caches unless told otherwise. */
export function errorResponse(status: number, code: string, message: string, { issues, headers, links }: ErrorOptions = {}): Response {
  return Response.json({ ...errorBody(code, message, issues), ...links }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** 422 for input that failed its schema: the first issue as the message, every issue with its path. */
export function validationErrorResponse(issues: readonly ApiIssue[], options: Omit<ErrorOptions, "issues"> = {}): Response {
  return errorResponse(VALIDATION_STATUS, "invalid_request", firstIssueMessage(issues), { ...options, issues });
}

export type ParsedInput<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Parses route input (a query record, a route param) with `schema`; a failure is the 422 response. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  { at = [], headers }: { at?: readonly (string | number)[]; headers?: Record<string, string> } = {},
): ParsedInput<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: validationErrorResponse(zodIssues(parsed.error, at), { headers }) };
}
