/** /compare: query parsing, the side-by-side shape of one occupation, example pairs. Pure. */
import { z } from "zod";

import { highScoreShare, SIGNAL_IDS, SIGNAL_NAMES, verdictBand, type SignalId } from "@/lib/scoring";
import { socFromRouteSegment } from "@/lib/soc";

export const MAX_COMPARED = 3;
/** Longest query value read; anything past it is ignored (a guard against absurd URLs). */
const MAX_QUERY_LENGTH = 600;
/** Most list items read from the query (valid or not). */
const MAX_TOKENS = 12;

export interface CompareQuery {
  /** Normalised SOC codes ("11-3051") in the order given, de-duplicated, at most three. */
  codes: string[];
  /** Items that are not SOC codes or occupation slugs, as typed (shortened). */
  invalid: string[];
  /** Valid codes beyond the third, not compared. */
  dropped: string[];
}

const rawValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? "" : Array.isArray(value) ? value.join(",") : value).slice(0, MAX_QUERY_LENGTH));

/**
 * `?soc=11-3051,132011,13-2011-accountants-and-auditors` or repeated `?soc=a&soc=b` (the form
 * sends one field per input). Never throws: bad items are reported, not fatal.
 */
export const compareQuerySchema = z.object({ soc: rawValue }).transform(({ soc }): CompareQuery => {
  const tokens = soc
    .split(/[\s,;]+/)
    .map((token) => token.trim())
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS);
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) {
    const code = socFromRouteSegment(token);
    if (code === null) invalid.push(token.length > 40 ? `${token.slice(0, 39)}…` : token);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes: codes.slice(0, MAX_COMPARED), invalid, dropped: codes.slice(MAX_COMPARED) };
});

export function parseCompareQuery(params: Record<string, string | string[] | undefined>): CompareQuery {
  return compareQuerySchema.parse(params);
}

export function compareHref(codes: readonly string[]): string {
  return codes.length === 0 ? "/compare" : `/compare?soc=${codes.join(",")}`;
}

// --- one compared occupation -------------------------------------------------------------------

export interface CompareFacts {
  soc: string;
  title: string;
  slug: string;
  categoryTitle: string;
  categorySlug: string;
  employment: number | null;
  changePct: number | null;
  epMedianWage: number | null;
  epMedianWageTopCoded: boolean;
  entryEducation: string | null;
  digitalExposure: number | null;
  taskCount: number;
}

export interface CompareBreakdown {
  score: number | null;
  signals: Partial<Record<SignalId, { value: number; weight: number; contribution: number; imputed: boolean }>>;
  seniority: { entry: number | null; mid: number | null; senior: number | null; multipliers: { entry: number; senior: number } };
  tasks: readonly { score: number; weight: number }[];
}

export interface ComparedSignal {
  id: SignalId;
  name: string;
  value: number;
  weight: number;
  contribution: number;
  imputed: boolean;
}

export interface ComparedOccupation extends CompareFacts {
  score: number | null;
  bandLabel: string | null;
  signals: ComparedSignal[];
  seniority: CompareBreakdown["seniority"];
  /** Share (0–1) of weighted task time in tasks scoring ≥ 50; null without rated tasks. */
  highTaskShare: number | null;
  ratedTaskCount: number;
}

export function toComparedOccupation(facts: CompareFacts, breakdown: CompareBreakdown): ComparedOccupation {
  const signals = SIGNAL_IDS.flatMap((id): ComparedSignal[] => {
    const signal = breakdown.signals[id];
    if (signal === undefined) return [];
    const { value, weight, contribution, imputed } = signal;
    return [{ id, name: SIGNAL_NAMES[id], value, weight, contribution, imputed }];
  });
  return {
    ...facts,
    score: breakdown.score,
    bandLabel: breakdown.score === null ? null : verdictBand(breakdown.score).label,
    signals,
    seniority: {
      entry: breakdown.seniority.entry,
      mid: breakdown.seniority.mid,
      senior: breakdown.seniority.senior,
      multipliers: { entry: breakdown.seniority.multipliers.entry, senior: breakdown.seniority.multipliers.senior },
    },
    highTaskShare: highScoreShare(breakdown.tasks),
    ratedTaskCount: breakdown.tasks.length,
  };
}

// --- examples for the empty page ---------------------------------------------------------------

export interface ExampleCandidate {
  soc: string;
  title: string;
  categoryCode: string;
  categoryTitle: string;
  score: number | null;
  employment: number | null;
}

export interface ComparisonExample {
  categoryTitle: string;
  most: ExampleCandidate;
  least: ExampleCandidate;
  href: string;
}

/**
 * For the `count` largest categories by employment: its most and least exposed occupation
 * (highest and lowest score; ties go to the larger occupation, then SOC code).
 */
export function comparisonExamples(rows: readonly ExampleCandidate[], count = 4): ComparisonExample[] {
  const byCategory = new Map<string, ExampleCandidate[]>();
  for (const row of rows) {
    if (row.score === null) continue;
    const list = byCategory.get(row.categoryCode) ?? [];
    list.push(row);
    byCategory.set(row.categoryCode, list);
  }
  const jobs = (list: readonly ExampleCandidate[]) => list.reduce((sum, row) => sum + (row.employment ?? 0), 0);
  const tieBreak = (a: ExampleCandidate, b: ExampleCandidate) => (b.employment ?? 0) - (a.employment ?? 0) || a.soc.localeCompare(b.soc);
  return [...byCategory.entries()]
    .filter(([, list]) => list.length >= 2)
    .sort(([codeA, a], [codeB, b]) => jobs(b) - jobs(a) || codeA.localeCompare(codeB))
    .slice(0, count)
    .flatMap(([, list]): ComparisonExample[] => {
      const most = [...list].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || tieBreak(a, b))[0];
      const least = [...list].sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || tieBreak(a, b))[0];
      if (most === undefined || least === undefined || most.soc === least.soc) return [];
      return [{ categoryTitle: most.categoryTitle, most, least, href: compareHref([most.soc, least.soc]) }];
    });
}
