/**
 * Step "validate": checks that the sources agree with each other once every row has passed
 * its own schema. A reference the data cannot satisfy stops the import (SourceError); a gap
 * the methodology has a fallback for becomes a warning stored with the build.
 */
import { SourceError, type ImportReport } from "../report";
import type { Sources } from "../sources";
import { SECTOR_RULES_FILE } from "../sources/indeed";
import { crosswalkForSoc, occupationCodes } from "./links";
import type { Step } from "./step";

export const validateStep: Step<[Sources, ImportReport], { rules: number; warnings: number }> = {
  label: "Checking the sources against each other",
  run: validateSources,
  describe: ({ rules, warnings }) => `${rules} sector rules name known sectors; ${warnings} cross-source warning(s)`,
};

function validateSources(sources: Sources, report: ImportReport) {
  const known = new Set(sources.indeed.examples.map((example) => example.sector));
  let warnings = 0;
  // Checked against the postings data, not only the examples file: a sector Indeed lists but
  // publishes no series for (Insurance) leaves its occupations on the category prior.
  sources.indeed.rules.forEach((rule, index) => {
    const line = sources.indeed.ruleLines[index];
    if (!known.has(rule.sector)) throw new SourceError(SECTOR_RULES_FILE, `line ${line}: unknown Indeed sector "${rule.sector}"`);
    if (!sources.indeed.window.bySector.has(rule.sector)) {
      report.warn(SECTOR_RULES_FILE, line ?? null, `sector "${rule.sector}" has no series in indeed/job_postings_by_sector_US.csv: occupations it maps (${rule.prefix}…) take the category prior for M`);
      warnings += 1;
    }
  });
  for (const slug of sources.ooh.exposure.keys()) {
    if (!sources.ooh.profiles.has(slug)) {
      report.warn("ooh/digital_ai_exposure.json", null, `exposure for unknown OOH profile "${slug}"`);
      warnings += 1;
    }
  }
  for (const soc of occupationCodes(sources)) {
    const slug = crosswalkForSoc(soc, sources)?.oohSlug;
    if (slug && !sources.ooh.profiles.has(slug)) {
      report.warn("bls/onet_soc_to_nem_ooh_crosswalk.xlsx", null, `${soc}: OOH profile "${slug}" not in ooh_profiles.json`);
      warnings += 1;
    }
  }
  return { rules: sources.indeed.rules.length, warnings };
}
