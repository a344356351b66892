import { formatDecimal } from "@/lib/format";

export interface IndexRow {
  name: string;
  value: string;
  note: string;
}

/**
 * The published exposure measures beside this site's score: the same rows on the profile page
 * and in the PDF. Whether they agree is said by lib/explanations (agreementSentence), from
 * the percentiles of METHODOLOGY §8, not from these raw values on different scales.
 */
export function otherIndices(occupation: { score: number | null; betaHuman: number | null; betaGpt4: number | null; digitalExposure: number | null }): IndexRow[] {
  const rows: IndexRow[] = [
    { name: "This site’s AI pressure score", value: occupation.score === null ? "—" : String(occupation.score), note: "0–100, all five signals" },
    {
      name: "GPTs are GPTs β, human raters",
      value: occupation.betaHuman === null ? "—" : formatDecimal(occupation.betaHuman * 100),
      note: "share of tasks exposed (E1 + ½·E2), ×100; Eloundou et al. 2023",
    },
    {
      name: "GPTs are GPTs β, GPT-4 as rater",
      value: occupation.betaGpt4 === null ? "—" : formatDecimal(occupation.betaGpt4 * 100),
      note: "same measure rated by GPT-4",
    },
    {
      name: "Digital AI Exposure (Karpathy/BLS)",
      value: occupation.digitalExposure === null ? "not published" : formatDecimal(occupation.digitalExposure * 10),
      note: "0–10 rating of the OOH profile, ×10",
    },
  ];
  return rows;
}
