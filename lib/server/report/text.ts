import type { ReportData } from "./model";

/** Report-specific wording shared by the cover, footer and file name. Pure. */

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** "November 25, 2026". */
export const formatReportDate = (date: Date) => dateFormat.format(date);
/** "November 25, 2026, 22:34 UTC". */
export const formatReportTimestamp = (date: Date) => `${dateFormat.format(date)}, ${timeFormat.format(date)} UTC`;

/** The vintages of the data behind the numbers, for the footer and the cover. */
export function dataVintage(data: Pick<ReportData, "postingsWindow">): string {
  const postings = data.postingsWindow ? `Indeed postings ${data.postingsWindow.start} to ${data.postingsWindow.end}` : "Indeed postings";
  return `O*NET 27 tasks · GPTs-are-GPTs labels (2023) · BLS Employment Projections 2024–34 · OEWS May 2025 · OOH 2024–34 · ${postings}`;
}

/** Short form of the data version for footers: the first 12 hex digits are plenty to tell builds apart. */
export const shortVersion = (version: string) => version.slice(0, 12);
