import * as schema from "@/db/content/schema";
import type { SignalId } from "@/lib/scoring";

import { SECTOR_RULES_FILE } from "../sources/indeed";
import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

const SIGNAL_SOURCES: Record<SignalId, { source: string; url: string }> = {
  T: {
    source: "O*NET 27 tasks with GPT-4 and human exposure labels (Eloundou et al., “GPTs are GPTs”)",
    url: "https://github.com/openai/GPTs-are-GPTs",
  },
  D: { source: "Karpathy/BLS Digital AI Exposure of the OOH profile", url: "https://github.com/karpathy/jobs" },
  O: { source: "BLS Employment Projections, Table 1.7", url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm" },
  M: { source: "Indeed Hiring Lab Job Postings Index by sector", url: "https://github.com/hiring-lab/job_postings_tracker" },
  E: {
    source: "BLS Employment Projections, Tables 1.7 (typical entry education) and 5.3 (attainment)",
    url: "https://www.bls.gov/emp/tables/educational-attainment.htm",
  },
};

/** Every signal of every occupation with its raw value, source, vintage and imputed flag. */
export const writeSignals: Writer = (tx, { sources, scored }) => {
  const { window } = sources.indeed;
  const vintages: Record<SignalId, string> = {
    T: "O*NET 27.x tasks, labels published 2023",
    D: "Digital AI Exposure of the BLS OOH 2024–34 edition",
    O: "BLS Employment Projections 2022–32",
    M: `Indeed postings, mean of ${window.days} days ${window.start} to ${window.end}`,
    E: "BLS EP 2022–32; attainment from ACS 2019 and 2021",
  };
  const rows = scored.economy.occupations.flatMap((occupation) => {
    const assembled = scored.assembled.get(occupation.soc);
    return occupation.signals.map((signal) => ({
      soc: occupation.soc,
      signal: signal.signal,
      value: round(signal.value, 4),
      raw: signal.raw === null ? null : round(signal.raw, 4),
      rawLabel: signal.rawLabel,
      weight: signal.weight,
      contribution: round(signal.contribution, 4),
      imputed: signal.imputed,
      source: SIGNAL_SOURCES[signal.signal].source,
      sourceUrl: signal.signal === "D" || signal.signal === "O" ? (assembled?.profile?.url ?? SIGNAL_SOURCES[signal.signal].url) : SIGNAL_SOURCES[signal.signal].url,
      vintage: vintages[signal.signal],
      note: signal.signal === "M" ? sectorNote(assembled?.sector ?? null) : null,
    }));
  });
  insertInChunks(rows, 500, (chunk) => tx.insert(schema.signals).values(chunk).run());
};

function sectorNote(sector: string | null): string {
  return sector === null
    ? `No Indeed sector covers this occupation (see ${SECTOR_RULES_FILE}).`
    : `Indeed sector: ${sector} (project crosswalk ${SECTOR_RULES_FILE}).`;
}
