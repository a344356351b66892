/** Progress output and the record of rejected rows and warnings for one import run. */
export interface ImportIssue {
  source: string;
  line: number | null;
  severity: "rejected" | "warning";
  message: string;
}

export class ImportReport {
  readonly issues: ImportIssue[] = [];
  private readonly startedAt = performance.now();
  private stepStartedAt = performance.now();
  private step = 0;

  constructor(
    private readonly totalSteps: number,
    private readonly log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  begin(label: string): void {
    this.step += 1;
    this.stepStartedAt = performance.now();
    this.log(`[${this.step}/${this.totalSteps}] ${label} …`);
  }

  done(summary: string): void {
    const seconds = ((performance.now() - this.stepStartedAt) / 1000).toFixed(2);
    this.log(`      ${summary} (${seconds} s)`);
  }

  reject(source: string, line: number | null, message: string): void {
    this.issues.push({ source, line, severity: "rejected", message });
  }

  warn(source: string, line: number | null, message: string): void {
    this.issues.push({ source, line, severity: "warning", message });
  }

  info(line: string): void {
    this.log(line);
  }

  rejectedCount(): number {
    return this.issues.filter((issue) => issue.severity === "rejected").length;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Rejected rows first, each with file and line, grouped so a long list stays readable. */
  printIssues(limit = 40): void {
    const rejected = this.issues.filter((issue) => issue.severity === "rejected");
    const warnings = this.issues.filter((issue) => issue.severity === "warning");
    if (rejected.length > 0) {
      this.log(`Rows rejected (${rejected.length}):`);
      for (const issue of rejected.slice(0, limit)) this.log(`  ${formatLocation(issue)}: ${issue.message}`);
      if (rejected.length > limit) this.log(`  … and ${rejected.length - limit} more (stored in the import_issues table)`);
    } else {
      this.log("Rows rejected: none");
    }
    if (warnings.length > 0) this.log(`Warnings: ${warnings.length} (stored in the import_issues table)`);
  }
}

function formatLocation(issue: ImportIssue): string {
  return issue.line === null ? issue.source : `${issue.source}:${issue.line}`;
}

/** A structural problem (missing file, missing column, unreadable sheet): the import stops. */
/** `part` of `whole` as a percent with one decimal, for the import's summary lines ("18.4%"). */
export const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);

export class SourceError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = "SourceError";
  }
}
