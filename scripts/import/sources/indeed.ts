import path from "node:path";

import { z } from "zod";

import { nonEmpty, requiredNumber } from "../fields";
import { readDelimited } from "../readers";
import { scoringConfig } from "@/lib/scoring";

import { SourceError, type ImportReport } from "../report";
import { sourceReader } from "./reader";

/** The project's own SOC → Indeed sector crosswalk (METHODOLOGY §2), relative to the project root. */
export const SECTOR_RULES_FILE = "data/soc-indeed-sectors.csv";

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2024-09-27");

const sectorSchema = z
  .object({ date: isoDate, indeed_job_postings_index: requiredNumber, variable: nonEmpty, display_name: nonEmpty })
  .transform((row) => ({ date: row.date, index: row.indeed_job_postings_index as number, variable: row.variable, sector: row.display_name }));

const nationalSchema = z
  .object({ date: isoDate, indeed_job_postings_index_SA: requiredNumber, variable: nonEmpty })
  .transform((row) => ({ date: row.date, index: row.indeed_job_postings_index_SA as number, variable: row.variable }));

const examplesSchema = z.object({ sector: nonEmpty, job_titles: nonEmpty }).transform((row) => ({ sector: row.sector, examples: row.job_titles }));

const ruleSchema = z
  .object({
    prefix: z.string().trim().regex(/^\d{2}-\d{0,4}$/, "prefix must be the start of a SOC code, e.g. 11-3 or 11-3051"),
    sector: nonEmpty,
    note: z.string().trim(),
  })
  .transform((row) => ({ prefix: row.prefix, sector: row.sector, note: row.note === "" ? null : row.note }));

export type SectorRule = z.output<typeof ruleSchema>;

export function readIndeed(root: string, projectRoot: string, report: ImportReport) {
  const readCsv = <S extends z.ZodType>(file: string, fileRoot: string, requiredColumns: string[], schema: S) =>
    readDelimited(path.join(fileRoot, file), { delimiter: ",", requiredColumns, schema, report, root: fileRoot });
  const totalPostings = (row: { value: { variable: string } }) => row.value.variable === "total postings";
  const sectorRows = readCsv("indeed/job_postings_by_sector_US.csv", root, ["date", "indeed_job_postings_index", "variable", "display_name"], sectorSchema).filter(totalPostings);
  const nationalRows = readCsv("indeed/aggregate_job_postings_US.csv", root, ["date", "indeed_job_postings_index_SA", "variable"], nationalSchema).filter(totalPostings);
  const examples = readCsv("indeed/sector_job_title_examples.csv", root, ["sector", "job_titles"], examplesSchema);
  const rules = readCsv(SECTOR_RULES_FILE, projectRoot, ["prefix", "sector", "note"], ruleSchema);
  return {
    sectorDaily: sectorRows.map((row) => row.value),
    nationalDaily: nationalRows.map((row) => row.value),
    examples: examples.map((row) => row.value),
    rules: rules.map((row) => row.value),
    ruleLines: rules.map((row) => row.line),
  };
}

/** Sector for a SOC code: the rule with the longest matching prefix. */
export function sectorForSoc(soc: string, rules: readonly SectorRule[]): SectorRule | null {
  let best: SectorRule | null = null;
  for (const rule of rules) {
    if (soc.startsWith(rule.prefix) && (best === null || rule.prefix.length > best.prefix.length)) best = rule;
  }
  return best;
}

export interface PostingsWindow {
  start: string;
  end: string;
  days: number;
  national: number;
  bySector: Map<string, number>;
}

/**
 * Mean of each sector's index over the last `windowDays` days of the sector file, and of the
 * national total-postings index over exactly the same dates (the national file may run later).
 */
export function postingsWindow(
  sectorDaily: readonly { date: string; index: number; sector: string }[],
  nationalDaily: readonly { date: string; index: number }[],
  windowDays: number,
): PostingsWindow {
  const dates = [...new Set(sectorDaily.map((row) => row.date))].sort();
  const windowDates = new Set(dates.slice(-windowDays));
  if (windowDates.size === 0) throw new SourceError("indeed/job_postings_by_sector_US.csv", "no dated rows");
  const nationalInWindow = nationalDaily.filter((row) => windowDates.has(row.date));
  if (nationalInWindow.length !== windowDates.size) {
    throw new SourceError(
      "indeed/aggregate_job_postings_US.csv",
      `national series covers ${nationalInWindow.length} of the ${windowDates.size} days of the sector window`,
    );
  }
  const sums = new Map<string, { total: number; count: number }>();
  for (const row of sectorDaily) {
    if (!windowDates.has(row.date)) continue;
    const entry = sums.get(row.sector) ?? { total: 0, count: 0 };
    entry.total += row.index;
    entry.count += 1;
    sums.set(row.sector, entry);
  }
  const sorted = [...windowDates].sort();
  return {
    start: sorted[0]!,
    end: sorted[sorted.length - 1]!,
    days: windowDates.size,
    national: nationalInWindow.reduce((sum, row) => sum + row.index, 0) / nationalInWindow.length,
    bySector: new Map([...sums].map(([sector, { total, count }]) => [sector, total / count])),
  };
}

/** Monthly means of a daily series. */
export function monthlyMeans(daily: readonly { date: string; index: number }[]): { month: string; mean: number; days: number }[] {
  const byMonth = new Map<string, { total: number; count: number }>();
  for (const row of daily) {
    const month = row.date.slice(0, 7);
    const entry = byMonth.get(month) ?? { total: 0, count: 0 };
    entry.total += row.index;
    entry.count += 1;
    byMonth.set(month, entry);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { total, count }]) => ({ month, mean: Math.round((total / count) * 100) / 100, days: count }));
}

export type IndeedData = ReturnType<typeof readIndeed> & { window: PostingsWindow };

export const indeedSource = sourceReader<IndeedData>({
  label: "Indeed Hiring Lab postings (indeed/) and SOC → sector crosswalk (data/soc-indeed-sectors.csv)",
  files: ["indeed/job_postings_by_sector_US.csv", "indeed/aggregate_job_postings_US.csv", "indeed/sector_job_title_examples.csv"],
  projectFiles: [SECTOR_RULES_FILE],
  read({ sourcesRoot, projectRoot, report }) {
    const indeed = readIndeed(sourcesRoot, projectRoot, report);
    return { ...indeed, window: postingsWindow(indeed.sectorDaily, indeed.nationalDaily, scoringConfig.postings.windowDays) };
  },
  describe: ({ sectorDaily, nationalDaily, window, rules }) =>
    `${sectorDaily.length} sector-days, ${nationalDaily.length} national days; window ${window.start} … ${window.end}; ${rules.length} crosswalk rules`,
});
