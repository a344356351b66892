import { formatDecimal } from "@/lib/format";

export interface IndexRow {
  name: string;
  value: string;
  note: string;
}

/**
 * Where published exposure measures agree or disagree with this site's score: the same rows
 * and sentence on the profile page and in the PDF.
 */
export function otherIndices(occupation: { score: number | null; betaHuman: number | null; betaGpt4: number | null; digitalExposure: number | null }): {
  rows: IndexRow[];
  summary: string;
} {
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
  const numbers = rows.map((row) => Number(row.value)).filter((value) => Number.isFinite(value));
  const spread = numbers.length > 1 ? Math.max(...numbers) - Math.min(...numbers) : 0;
  const summary =
    spread >= 25
      ? `The published measures disagree by up to ${Math.round(spread)} points for this occupation, so read the score with its task detail.`
      : `The published measures agree within ${Math.round(spread)} points for this occupation.`;
  return { rows, summary };
}
