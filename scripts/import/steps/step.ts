import type { ImportReport } from "../report";

/** One named step of the import: prints its label, runs, prints a one-line summary of its result. */
export interface Step<Args extends unknown[], Result> {
  label: string | ((...args: Args) => string);
  run(...args: Args): Result;
  describe(result: Result): string;
}

export function runStep<Args extends unknown[], Result>(report: ImportReport, step: Step<Args, Result>, ...args: Args): Result {
  report.begin(typeof step.label === "string" ? step.label : step.label(...args));
  const result = step.run(...args);
  report.done(step.describe(result));
  return result;
}
