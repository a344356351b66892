import "server-only";

import { eq, sql } from "drizzle-orm";

import { contentDb, type ContentDb } from "@/db/content/client";
import { occupations, onetOccupations } from "@/db/content/schema";
import { selectOccupation } from "@/db/queries/columns";
import {
  buildMatchExpression,
  buildVocabulary,
  correctTokens,
  detectSocCode,
  normalizeSearchInput,
  pickMatchedAlternate,
  preferCorrectionsIn,
  rankTitleHits,
  SEARCH_COLUMN_WEIGHTS,
  splitAlternateTitles,
  suggestionFor,
  tokenGroup,
  tokenize,
  type Correction,
  type MatchQuality,
  type TitleHit,
  type TokenGroup,
  type Vocabulary,
} from "@/lib/search";
import { LruCache } from "@/lib/lru";

export interface SearchResult {
  soc: string;
  title: string;
  slug: string;
  /** The AI pressure score (null when the occupation has no rated task). */
  score: number | null;
  /** The alternate title the query matched when the official title did not ("plant managers"). */
  matchedAlternate?: string;
  /** How well its best title matched (title-index hits only). Internal: not part of the API response. */
  quality?: MatchQuality;
}

/** A result as /api/search sends it (without the internal ranking detail). */
export function publicSearchResult({ soc, title, slug, score, matchedAlternate }: SearchResult): Omit<SearchResult, "quality"> {
  return matchedAlternate === undefined ? { soc, title, slug, score } : { soc, title, slug, score, matchedAlternate };
}

/**
 * How the results were found: `code` a SOC or O*NET-SOC code (results hold that one
 * occupation), `all` every word matched, `corrected` every word matched after typo
 * correction, `any` no occupation matched every word so these match some, `none` nothing.
 */
export type SearchMatch = "empty" | "code" | "all" | "corrected" | "any" | "none";

export interface SearchOutcome {
  /** The normalised query. */
  query: string;
  match: SearchMatch;
  results: SearchResult[];
  corrections: Correction[];
  /** The corrected query ("industrial production") when corrections were applied. */
  suggestion: string | null;
  /** A well-formed SOC code that is not one of our occupations. */
  unknownCode: string | null;
}

export const DEFAULT_SEARCH_LIMIT = 20;

const vocabularies = new WeakMap<ContentDb, Vocabulary>();

/** The index's term list, read once per database handle (the handle changes when the database is rebuilt). */
function vocabularyOf(db: ContentDb): Vocabulary {
  let vocabulary = vocabularies.get(db);
  if (vocabulary === undefined) {
    const rows = db.all<{ term: string; documents: number }>(sql`SELECT term, doc AS documents FROM title_search_vocab`);
    vocabulary = buildVocabulary(rows);
    vocabularies.set(db, vocabulary);
  }
  return vocabulary;
}

interface FtsRow {
  soc: string;
  title: string;
  slug: string;
  score: number | null;
  altTitles: string | null;
}

const W = SEARCH_COLUMN_WEIGHTS;

/** Title rows considered per query: plenty for ranking, bounded for one-word queries like "manager". */
const TITLE_HIT_LIMIT = 3000;

/**
 * Search over every title an occupation is known by (its own, ours, O*NET 30.1 Alternate and
 * Reported Titles), ranked by rankTitleHits so a title's own occupation comes first.
 */
function titleText(db: ContentDb, groups: readonly TokenGroup[], mode: "all" | "any", limit: number): SearchResult[] {
  const expression = buildMatchExpression(groups, mode);
  if (expression === null) return [];
  const hits = db.all<TitleHit>(sql`
    SELECT soc, rank_class AS rankClass, title, bm25(title_search) AS rank
    FROM title_search WHERE title_search MATCH ${expression}
    ORDER BY rank LIMIT ${TITLE_HIT_LIMIT}`);
  const ranked = rankTitleHits(hits, groups).slice(0, limit);
  if (ranked.length === 0) return [];
  const rows = new Map(
    db
      .all<FtsRow>(
        sql`SELECT o.soc AS soc, o.title AS title, o.slug AS slug, o.score AS score, s.alt_titles AS altTitles
            FROM occupations o JOIN occupation_search s ON s.soc = o.soc
            WHERE o.soc IN (${sql.join(
              ranked.map((hit) => sql`${hit.soc}`),
              sql`, `,
            )})`,
      )
      .map((row) => [row.soc, row]),
  );
  return ranked.flatMap((hit) => {
    const row = rows.get(hit.soc);
    if (row === undefined) return [];
    const result: SearchResult = { soc: row.soc, title: row.title, slug: row.slug, score: row.score, quality: hit.quality };
    const matchedAlternate = pickMatchedAlternate(row.title, [...splitAlternateTitles(row.altTitles), ...(hit.rankClass > 0 ? [hit.title] : [])], groups);
    if (matchedAlternate !== undefined) result.matchedAlternate = matchedAlternate;
    return [result];
  });
}

/** Full-text search, ranked by bm25 with title > alternate titles > codes. */
function fullText(db: ContentDb, groups: readonly TokenGroup[], mode: "all" | "any", limit: number): SearchResult[] {
  const expression = buildMatchExpression(groups, mode);
  if (expression === null) return [];
  const rows = db.all<FtsRow>(sql`
    SELECT o.soc AS soc, o.title AS title, o.slug AS slug, o.score AS score, occupation_search.alt_titles AS altTitles
    FROM occupation_search JOIN occupations o ON o.soc = occupation_search.soc
    WHERE occupation_search MATCH ${expression}
    ORDER BY bm25(occupation_search, ${W.soc}, ${W.title}, ${W.altTitles}, ${W.codes}), o.soc
    LIMIT ${limit}`);
  return rows.map((row) => {
    const matchedAlternate = pickMatchedAlternate(row.title, splitAlternateTitles(row.altTitles), groups);
    const result: SearchResult = { soc: row.soc, title: row.title, slug: row.slug, score: row.score };
    if (matchedAlternate !== undefined) result.matchedAlternate = matchedAlternate;
    return result;
  });
}

/** Titles first; the per-occupation index (which also holds codes) when no title matches. */
function search(db: ContentDb, groups: readonly TokenGroup[], mode: "all" | "any", limit: number): SearchResult[] {
  const byTitle = titleText(db, groups, mode, limit);
  return byTitle.length > 0 ? byTitle : fullText(db, groups, mode, limit);
}

/** A typed SOC or O*NET-SOC code; null when it is not one of our occupations. */
function codeLookup(db: ContentDb, soc: string, onetSoc: string | null): SearchResult | null {
  const row = selectOccupation(db, soc, { soc: occupations.soc, title: occupations.title, slug: occupations.slug, score: occupations.score });
  if (row === undefined) return null;
  if (onetSoc !== null) {
    const specialisation = db.select({ title: onetOccupations.title }).from(onetOccupations).where(eq(onetOccupations.onetSoc, onetSoc)).get();
    if (specialisation !== undefined && specialisation.title !== row.title) return { ...row, matchedAlternate: specialisation.title };
  }
  return row;
}

/**
 * Searches occupations by title, alternate ("also called") title, SOC code with or
 * without the dash, or O*NET-SOC code:
 * 1. a complete code is a direct hit;
 * 2. otherwise every word must match (exact or as a prefix, plurals folded);
 * 3. when nothing matches, unknown words are replaced by their closest index terms
 *    (edit distance ≤ 1 up to five letters, ≤ 2 above) and the search runs again;
 * 4. when still nothing matches every word, occupations matching any word are returned.
 */
export function searchOccupations(input: string, options: { limit?: number; db?: ContentDb } = {}): SearchOutcome {
  const db = options.db ?? contentDb();
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const query = normalizeSearchInput(input);
  let memo = outcomes.get(db);
  if (memo === undefined) {
    memo = new LruCache(SEARCH_MEMO_SIZE);
    outcomes.set(db, memo);
  }
  const key = `${limit}\u0000${query}`;
  const remembered = memo.get(key);
  if (remembered !== undefined) return remembered;
  const outcome = freezeOutcome(runSearch(db, query, limit));
  memo.set(key, outcome);
  return outcome;
}

/**
 * Outcomes of recent queries per database handle: the content database is read-only until a
 * rebuild swaps the handle, and a few queries ("nurse", "teacher") make most of the traffic,
 * while a one-word query with thousands of title hits costs 20 ms to rank.
 */
const SEARCH_MEMO_SIZE = 2000;
const outcomes = new WeakMap<ContentDb, LruCache<string, SearchOutcome>>();

/** Outcomes are shared between requests: frozen, so a caller that edits one fails loudly instead of changing the next answer. */
function freezeOutcome(outcome: SearchOutcome): SearchOutcome {
  for (const result of outcome.results) Object.freeze(result);
  for (const correction of outcome.corrections) Object.freeze(correction);
  Object.freeze(outcome.results);
  Object.freeze(outcome.corrections);
  return Object.freeze(outcome);
}

function runSearch(db: ContentDb, query: string, limit: number): SearchOutcome {
  const outcome: SearchOutcome = { query, match: "none", results: [], corrections: [], suggestion: null, unknownCode: null };

  const code = detectSocCode(query);
  if (code !== null) {
    const hit = codeLookup(db, code.soc, code.onetSoc);
    if (hit !== null) return { ...outcome, match: "code", results: [hit] };
    return { ...outcome, unknownCode: code.soc };
  }

  const tokens = tokenize(query);
  if (tokens.length === 0) return { ...outcome, match: "empty" };
  const groups = tokens.map(tokenGroup);

  const exact = search(db, groups, "all", limit);
  if (exact.length > 0) return { ...outcome, match: "all", results: exact };

  let searchGroups = groups;
  const corrected = correctTokens(tokens, vocabularyOf(db));
  if (corrected !== null) {
    outcome.corrections = corrected.corrections;
    outcome.suggestion = corrected.suggestion;
    searchGroups = corrected.groups;
    const results = search(db, searchGroups, "all", limit);
    const top = results[0];
    if (top !== undefined) {
      const corrections = preferCorrectionsIn(corrected.corrections, `${top.title} ${top.matchedAlternate ?? ""}`);
      return { ...outcome, match: "corrected", results, corrections, suggestion: suggestionFor(tokens, corrections) };
    }
  }

  if (searchGroups.length > 1) {
    const partial = search(db, searchGroups, "any", limit);
    if (partial.length > 0) return { ...outcome, match: "any", results: partial };
  }
  return outcome;
}
