/** /compare: query parsing, the side-by-side shape of one occupation, example pairs. Pure. */
import { z } from "zod";

import { highScoreShare, SIGNAL_IDS, SIGNAL_NAMES, verdictBand, type SignalId } from "@/lib/scoring";
import { MAX_QUERY_LENGTH as MAX_FIELD_LENGTH, normalizeSearchInput, sameMatchQuality, type MatchQuality } from "@/lib/search";
import { compareListFrom, MAX_COMPARED, compareHref, type CompareQuery } from "@/lib/compare-list";
import type { SearchParams } from "@/lib/http/params";

export { MAX_COMPARED, compareHref, withCompared, fieldValueFor, codeInField, type CompareQuery } from "@/lib/compare-list";

/**
 * `?soc=11-3051,132011,13-2011-accountants-and-auditors` or repeated `?soc=a&soc=b` (the form
 * sends one field per input). Never throws: bad items are reported, not fatal; a value of
 * another type counts as missing. The parsing itself is lib/compare-list.ts (shared with the browser).
 */
export const compareQuerySchema = z
  .object({ soc: z.union([z.string(), z.array(z.string())]).optional().catch(undefined) })
  .transform(({ soc }): CompareQuery => compareListFrom(soc));

export function parseCompareQuery(params: SearchParams): CompareQuery {
  return compareQuerySchema.parse(params);
}

// --- compare by title ---------------------------------------------------------------------------

/**
 * The form's `?q=` fields (title, alternate title or code), in order, blanks dropped, at
 * most three of at most 100 characters, normalised like a search.
 */
export const compareFieldsSchema = z
  .object({ q: z.union([z.string(), z.array(z.string())]).optional().catch(undefined) })
  .transform(({ q }) =>
    (q === undefined ? [] : Array.isArray(q) ? q : [q])
      .map((text) => normalizeSearchInput(text.slice(0, MAX_FIELD_LENGTH)))
      .filter((text) => text.length > 0)
      .slice(0, MAX_COMPARED),
  );

export function parseCompareFields(params: SearchParams): string[] {
  return compareFieldsSchema.parse(params);
}

/** The part of a site search outcome (db/queries/search) a field resolution reads. */
export interface FieldSearch {
  match: "empty" | "code" | "all" | "corrected" | "any" | "none";
  results: readonly { soc: string; title: string; matchedAlternate?: string; quality?: MatchQuality }[];
  unknownCode: string | null;
}

export interface FieldCandidate {
  soc: string;
  title: string;
  matchedAlternate?: string;
}

export type FieldResolution =
  | { kind: "found"; text: string; soc: string; title: string }
  | { kind: "choose"; text: string; candidates: FieldCandidate[] }
  | { kind: "none"; text: string; unknownCode: string | null };

/** How many "did you mean" choices an ambiguous field lists. */
export const DID_YOU_MEAN_LIMIT = 5;

/**
 * One field's occupation from the site search: a code is exact; otherwise the top result
 * when every query word matched and the top is ranked above the second for a reason (more
 * words, the whole title, more of it, a stronger kind of title — see rankTitleHits), not
 * just bm25 or code order. Partial matches and ties become a short "did you mean" list.
 */
export function resolveField(text: string, search: FieldSearch): FieldResolution {
  const [top, second] = search.results;
  if (top === undefined || search.match === "empty" || search.match === "none") {
    return { kind: "none", text, unknownCode: search.unknownCode };
  }
  const found = { kind: "found", text, soc: top.soc, title: top.title } as const;
  if (search.match === "code") return found;
  if (search.match === "all" || search.match === "corrected") {
    if (second === undefined) return found;
    if (top.quality !== undefined && second.quality !== undefined && !sameMatchQuality(top.quality, second.quality)) return found;
  }
  return {
    kind: "choose",
    text,
    candidates: search.results.slice(0, DID_YOU_MEAN_LIMIT).map(({ soc, title, matchedAlternate }) => (matchedAlternate === undefined ? { soc, title } : { soc, title, matchedAlternate })),
  };
}

/** The /compare URL of the fields with field `index` replaced by `soc` (a "did you mean" choice). */
export function fieldsHref(fields: readonly string[], index: number, soc: string): string {
  const params = new URLSearchParams();
  fields.forEach((text, position) => params.append("q", position === index ? soc : text));
  return `/compare?${params.toString()}`;
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
