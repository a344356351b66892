/**
 * Source, vintage, source link, note and source key of every stored signal, written once
 * and shared by the signals table and the current release's rows. Vintages come from the
 * files themselves (header years, "As of" dates, OEWS estimate dates), never from constants.
 */
import type { ScoredSignal, SignalId } from "@/lib/scoring";
import type { ReleaseSignalRow } from "@/lib/releases";

import type { Sources } from "../sources";
import { SECTOR_RULES_FILE } from "../sources/indeed";
import { round } from "../util";
import type { Assembled } from "./assemble";

export interface SignalRecord extends ReleaseSignalRow {
  sourceUrl: string | null;
  note: string | null;
}

/** The fields a release row keeps of a signal record (no link, no note). */
export const releaseSignalOf = ({ sourceUrl, note, ...signal }: SignalRecord): ReleaseSignalRow => (void sourceUrl, void note, signal);

const URLS: Record<SignalId, string> = {
  T: "https://github.com/openai/GPTs-are-GPTs",
  D: "https://github.com/karpathy/jobs",
  O: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
  M: "https://github.com/hiring-lab/job_postings_tracker",
  E: "https://www.bls.gov/emp/tables/educational-attainment.htm",
};

/** Indeed publishes no sector for these SOC major groups (METHODOLOGY §2: say so). */
const NO_INDEED_SECTOR: Record<string, string> = { "45": "farming, fishing and forestry" };

export function signalTexts(sources: Sources) {
  const ep = sources.projections.years.span;
  const attainment = sources.attainment;
  const { window } = sources.indeed;
  return {
    source: {
      T: "O*NET 27 tasks with GPT-4 and human exposure labels (Eloundou et al., “GPTs are GPTs”)",
      D: "Karpathy/BLS Digital AI Exposure of the OOH profile",
      O: `BLS Employment Projections ${ep}, Table 1.2`,
      M: "Indeed Hiring Lab Job Postings Index by sector",
      E: `BLS Employment Projections ${ep}, Table 1.2 (typical entry education) and ${attainment.years.span}, Table 5.3 (attainment)`,
    } satisfies Record<SignalId, string>,
    vintage: {
      T: "O*NET 27.x tasks, labels published 2023",
      D: `Digital AI Exposure of the BLS OOH 2024–34 edition; profile through the BLS crosswalk of ${sources.crosswalk.asOf}`,
      O: `BLS Employment Projections ${ep}`,
      M: `Indeed postings, mean of ${window.days} days ${window.start} to ${window.end}`,
      E: `BLS EP ${ep}; attainment ${attainment.surveyYears ?? ""} from EP ${attainment.years.span} Table 5.3`.replace("  ", " "),
    } satisfies Record<SignalId, string>,
  };
}

const list = (titles: string[]) => (titles.length <= 1 ? (titles[0] ?? "") : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`);

/** "BLS reports this occupation together with personal care aides as “Home health and personal care aides”." */
export function reportedTogetherNote(a: Assembled, titleOf: (soc: string) => string): string | null {
  if (a.crosswalk === null || a.crosswalk.nemCode === a.soc) return null;
  const others = a.reportedWith.map((soc) => titleOf(soc).toLowerCase());
  const together = others.length === 0 ? "together with other occupations" : `together with ${list(others)}`;
  return `BLS reports this occupation ${together} as “${a.crosswalk.nemTitle}” (NEM ${a.crosswalk.nemCode}); the figures are theirs combined.`;
}

function note(signal: ScoredSignal, a: Assembled, sources: Sources, titleOf: (soc: string) => string): string | null {
  switch (signal.signal) {
    case "D":
      return a.profile === null ? `BLS’s crosswalk of ${sources.crosswalk.asOf} names no Occupational Outlook Handbook profile for this occupation, so D is the category prior.` : null;
    case "O":
    case "E":
      return signal.imputed ? `BLS Employment Projections ${sources.projections.years.span} publish no value for this occupation, so ${signal.signal} is the category prior.` : reportedTogetherNote(a, titleOf);
    case "M": {
      if (a.sector !== null && !a.sectorHasSeries) {
        return `Indeed has no ${a.sector} series in the postings file (which ends ${sources.indeed.window.end}), so M is the category prior (sector from ${SECTOR_RULES_FILE}).`;
      }
      if (a.sector === null) {
        const group = NO_INDEED_SECTOR[a.categoryCode];
        return group === undefined
          ? `No Indeed sector covers this occupation (see ${SECTOR_RULES_FILE}), so M is the category prior.`
          : `Indeed’s postings index has no sector for ${group} occupations, so M is the category prior.`;
      }
      return `Indeed sector: ${a.sector} (project crosswalk ${SECTOR_RULES_FILE}).`;
    }
    default:
      return null;
  }
}

function sourceKey(signal: SignalId, a: Assembled, imputed: boolean): string {
  if (imputed) return "";
  switch (signal) {
    case "T":
      return "onet-gpts";
    case "D":
      return a.profile?.slug ?? "";
    case "O":
    case "E":
      return a.crosswalk?.nemCode ?? "";
    case "M":
      return a.sector ?? "";
  }
}

export function describeSignals(signals: readonly ScoredSignal[], a: Assembled, sources: Sources, titleOf: (soc: string) => string): SignalRecord[] {
  const texts = signalTexts(sources);
  return signals.map((signal) => ({
    signal: signal.signal,
    value: round(signal.value, 4),
    raw: signal.raw === null ? null : round(signal.raw, 4),
    rawLabel: signal.rawLabel,
    weight: signal.weight,
    contribution: round(signal.contribution, 4),
    imputed: signal.imputed,
    source: texts.source[signal.signal],
    vintage: texts.vintage[signal.signal],
    sourceKey: sourceKey(signal.signal, a, signal.imputed),
    sourceUrl: signal.signal === "D" || signal.signal === "O" ? (a.profile?.url ?? URLS[signal.signal]) : URLS[signal.signal],
    note: note(signal, a, sources, titleOf),
  }));
}
