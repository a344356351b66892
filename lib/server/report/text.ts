import type { ReportData } from "./model";

/** Report-specific wording shared by the cover, footer and file name. Pure. */

/** The vintages of the data behind the numbers, for the footer and the cover. */
export function dataVintage(data: Pick<ReportData, "postingsWindow">): string {
  const postings = data.postingsWindow ? `Indeed postings ${data.postingsWindow.start} to ${data.postingsWindow.end}` : "Indeed postings";
  return `O*NET 27 tasks · GPTs-are-GPTs labels (2023) · BLS Employment Projections 2024–34 · OEWS May 2025 · OOH 2024–34 · ${postings}`;
}

/** Short form of the data version for footers: the first 12 hex digits are plenty to tell builds apart. */
export const shortVersion = (version: string) => version.slice(0, 12);

/** The running header of every page after the cover: which occupation the page belongs to. */
export function runningHeaderText(data: Pick<ReportData, "profile">): string {
  const { occupation } = data.profile;
  const score = occupation.score === null ? "no score" : `AI pressure ${occupation.score}/100`;
  return `${occupation.title} · SOC ${occupation.soc} · ${score}`;
}
