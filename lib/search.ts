/**
 * Occupation search, the pure half: input normalisation, SOC code detection, tokenising,
 * typo correction against the index vocabulary and building a safe FTS5 MATCH expression.
 * db/queries/search.ts runs what this builds.
 *
 * Safety: user text never reaches FTS5 syntax. Tokens are runs of letters and digits only
 * (the same split the `unicode61` tokenizer makes), each one is wrapped in double quotes,
 * and the operators (`AND`, `OR`, `*`, parentheses) are written by this module alone — so
 * `"`, `*`, `NEAR(`, `a OR b`, `-x`, `^x` or unbalanced quotes are just words or nothing.
 */

import { socFromTypedCode } from "@/lib/soc";

/** Longest query accepted from a form or the API (characters, before normalisation). */
export const MAX_QUERY_LENGTH = 100;
/** Words after the first eight are ignored; the longest occupation title has fewer. */
export const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;

/** bm25 column weights of `occupation_search(soc UNINDEXED, title, alt_titles, codes)`. */
export const SEARCH_COLUMN_WEIGHTS = { soc: 0, title: 10, altTitles: 4, codes: 1 } as const;

/**
 * Rank classes of `title_search` rows: an occupation's own title beats our alternate titles
 * (O*NET specialisations, BLS titles, OOH "also called"), which beat O*NET 30.1 Alternate
 * Titles, which beat the Sample of Reported Titles. Lower is better.
 */
export const TITLE_RANK_CLASSES = { own: 0, alternate: 1, onetAlternate: 2, onetReported: 3 } as const;

/**
 * Words too common in titles to narrow a search ("Licensed Practical and Licensed
 * Vocational Nurses"): dropped unless the query has nothing else.
 */
const STOP_WORDS = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** Unicode-normalised, control characters removed, whitespace collapsed. */
export function normalizeSearchInput(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface CodeQuery {
  /** Six-digit SOC code, "11-3051". */
  soc: string;
  /** O*NET-SOC code when one was typed, "11-3051.01". */
  onetSoc: string | null;
}

/** "11-3051", "113051", "11 3051", "SOC 11-3051", "11-3051.01" → the SOC code; anything else → null. */
export function detectSocCode(input: string): CodeQuery | null {
  return socFromTypedCode(normalizeSearchInput(input));
}

/** Lower-case letter/digit runs without diacritics: the words the FTS5 `unicode61 remove_diacritics 2` tokenizer indexes. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The query's search words: stop words and stray single letters ("driver's" → "driver", "s")
 * dropped while anything else remains, duplicates removed, at most MAX_TOKENS words of at
 * most 40 characters.
 */
export function tokenize(input: string): string[] {
  const all = [...new Set(words(normalizeSearchInput(input)).map((word) => [...word].slice(0, MAX_TOKEN_LENGTH).join("")))];
  const meaningful = all.filter((word) => !STOP_WORDS.has(word) && !(word.length === 1 && /\p{L}/u.test(word)));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TOKENS);
}

/**
 * One query word as FTS5 alternatives: the exact terms (which rank higher, as bm25 adds
 * every matching phrase) or any term starting with one of the prefixes.
 */
export interface TokenGroup {
  /** The word as typed (normalised). */
  token: string;
  exact: string[];
  prefixes: string[];
}

/** Crude plural folding for the prefix: "managers" → "manager"*, so "nurses" also finds "Nurse Practitioners". */
export function prefixStem(token: string): string {
  return token.length >= 4 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}

export function tokenGroup(token: string): TokenGroup {
  return { token, exact: [token], prefixes: [prefixStem(token)] };
}

/** A group whose alternatives are typo corrections of `token`. */
export function correctedGroup(token: string, corrections: readonly string[]): TokenGroup {
  return { token, exact: [...corrections], prefixes: corrections.map(prefixStem) };
}

/** FTS5 string literal: double quotes around, inner double quotes doubled. */
export function quoteFts(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function groupExpression(group: TokenGroup): string | null {
  const exact = [...new Set(group.exact.filter((term) => term.length > 0))].map(quoteFts);
  const prefixes = [...new Set(group.prefixes.filter((term) => term.length > 0))].map((term) => `${quoteFts(term)}*`);
  const parts = [...new Set([...exact, ...prefixes])];
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
}

/**
 * `("industrial" OR "industrial"*) AND ("prod" OR "prod"*)` — every word must match
 * (`all`) or any of them (`any`). Null when there is nothing to search for.
 */
export function buildMatchExpression(groups: readonly TokenGroup[], mode: "all" | "any" = "all"): string | null {
  const parts = groups.map(groupExpression).filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return parts.join(mode === "all" ? " AND " : " OR ");
}

// Typo tolerance -----------------------------------------------------------------------------

/**
 * Edit distance between `a` and `b` over code points (insertions, deletions, substitutions;
 * with `transpositions`, swapping two adjacent letters also costs 1 — the optimal string
 * alignment variant). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function levenshtein(a: string, b: string, max: number = Number.POSITIVE_INFINITY, options: { transpositions?: boolean } = {}): number {
  if (a === b) return 0;
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (options.transpositions && i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  const distance = previous[t.length]!;
  return distance > max ? max + 1 : distance;
}

/** At most one edit for words of up to five letters, two above; no correction under three letters or for numbers. */
export function maxTypoDistance(token: string): number {
  const length = [...token].length;
  if (length < 3 || /^\p{N}+$/u.test(token)) return 0;
  return length <= 5 ? 1 : 2;
}

/** A term of the index vocabulary (`occupation_search_vocab`) and how many occupations use it. */
export interface VocabularyTerm {
  term: string;
  documents: number;
}

/** The vocabulary sorted by term, for prefix look-ups. */
export interface Vocabulary {
  terms: readonly VocabularyTerm[];
}

export function buildVocabulary(terms: readonly VocabularyTerm[]): Vocabulary {
  return { terms: [...terms].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)) };
}

/** Whether any indexed term starts with `prefix` (binary search over the sorted vocabulary). */
export function vocabularyHasPrefix(vocabulary: Vocabulary, prefix: string): boolean {
  const { terms } = vocabulary;
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]!.term < prefix) low = mid + 1;
    else high = mid;
  }
  return terms[low]?.term.startsWith(prefix) ?? false;
}

/** Whether a query word can match anything on its own (exactly or as a prefix). */
export function tokenIsKnown(vocabulary: Vocabulary, token: string): boolean {
  return vocabularyHasPrefix(vocabulary, prefixStem(token));
}

/**
 * The vocabulary terms closest to `token` within maxTypoDistance (compared with the term
 * and with its singular, so "wiater" reaches "waiters"), most widely used first (at most
 * `limit`); empty when none is close enough. Numeric terms (codes) are skipped.
 */
export function closestTerms(token: string, vocabulary: Vocabulary, limit = 3): string[] {
  const max = maxTypoDistance(token);
  if (max === 0) return [];
  let best = max;
  let found: VocabularyTerm[] = [];
  for (const candidate of vocabulary.terms) {
    if (/^\p{N}+$/u.test(candidate.term)) continue;
    const stem = prefixStem(candidate.term);
    const distance = Math.min(
      levenshtein(token, candidate.term, best, { transpositions: true }),
      stem === candidate.term ? best + 1 : levenshtein(token, stem, best, { transpositions: true }),
    );
    if (distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push(candidate);
  }
  return found
    .sort((a, b) => b.documents - a.documents || (a.term < b.term ? -1 : 1))
    .slice(0, limit)
    .map((candidate) => candidate.term);
}

export interface Correction {
  /** The query word with no match. */
  from: string;
  /** Closest index terms, best first; empty when nothing was close (the word was then ignored). */
  to: string[];
}

export interface CorrectedQuery {
  groups: TokenGroup[];
  corrections: Correction[];
  /** The query with each unknown word replaced by its best correction (or left out), for "showing results for …". */
  suggestion: string;
}

/**
 * Replaces every query word the index does not know with its closest terms. Words with no
 * close term are left out, unless that would leave nothing. Null when every word is known.
 */
export function correctTokens(tokens: readonly string[], vocabulary: Vocabulary): CorrectedQuery | null {
  const corrections: Correction[] = [];
  const groups: TokenGroup[] = [];
  for (const token of tokens) {
    if (tokenIsKnown(vocabulary, token)) {
      groups.push(tokenGroup(token));
      continue;
    }
    const to = closestTerms(token, vocabulary);
    corrections.push({ from: token, to });
    if (to.length > 0) groups.push(correctedGroup(token, to));
  }
  if (corrections.length === 0 || groups.length === 0) return null;
  return { groups, corrections, suggestion: suggestionFor(tokens, corrections) };
}

/** The query with each corrected word replaced by its first correction; words without one are left out. */
export function suggestionFor(tokens: readonly string[], corrections: readonly Correction[]): string {
  const byWord = new Map(corrections.map((correction) => [correction.from, correction.to[0]]));
  return tokens
    .flatMap((token) => {
      if (!byWord.has(token)) return [token];
      const to = byWord.get(token);
      return to === undefined ? [] : [to];
    })
    .join(" ");
}

/**
 * Puts first, in each correction, the term the best hit actually contains ("wiater" →
 * "waiters" rather than "water" when the top result is Waiters and Waitresses).
 */
export function preferCorrectionsIn(corrections: readonly Correction[], hitText: string): Correction[] {
  const hitWords = words(hitText);
  return corrections.map((correction) => {
    const inHit = correction.to.filter((term) => hitWords.some((word) => word === term || word.startsWith(prefixStem(term))));
    return { from: correction.from, to: [...inHit, ...correction.to.filter((term) => !inHit.includes(term))] };
  });
}

// Presenting a hit ----------------------------------------------------------------------------

/** Whether some word of `text` matches the group (exactly or by prefix). */
function textMatchesGroup(textWords: readonly string[], group: TokenGroup): boolean {
  return textWords.some((word) => group.exact.includes(word) || group.prefixes.some((prefix) => word.startsWith(prefix)));
}

export function countMatchedGroups(text: string, groups: readonly TokenGroup[]): number {
  const textWords = words(text);
  return groups.filter((group) => textMatchesGroup(textWords, group)).length;
}

/**
 * The alternate title to show beside a hit ("also called plant managers") when it matches
 * the query better than the official title: the shortest alternate matching the most query
 * words, if that is more than the title matches. Undefined when the title matches best.
 */
export function pickMatchedAlternate(title: string, alternates: readonly string[], groups: readonly TokenGroup[]): string | undefined {
  if (groups.length === 0) return undefined;
  const titleMatches = countMatchedGroups(title, groups);
  if (titleMatches === groups.length) return undefined;
  let best: { title: string; matches: number } | undefined;
  for (const alternate of alternates) {
    const matches = countMatchedGroups(alternate, groups);
    if (matches <= titleMatches) continue;
    if (best === undefined || matches > best.matches || (matches === best.matches && alternate.length < best.title.length)) {
      best = { title: alternate, matches };
    }
  }
  return best?.title;
}

/** Alternate titles as stored in `occupation_search.alt_titles` ("A | B | C"). */
export function splitAlternateTitles(stored: string | null): string[] {
  return (stored ?? "")
    .split(" | ")
    .map((title) => title.trim())
    .filter((title) => title.length > 0);
}

// Ranking title hits ---------------------------------------------------------------------------

/** One `title_search` row the MATCH returned. */
export interface TitleHit {
  soc: string;
  rankClass: number;
  title: string;
  /** bm25 of the row (lower is better). */
  rank: number;
}

/** How well an occupation's best title matched: criteria 1–4 of rankTitleHits. */
export interface MatchQuality {
  matched: number;
  exact: boolean;
  coverage: number;
  rankClass: number;
}

export interface RankedOccupation {
  soc: string;
  /** The title of the occupation that matched best. */
  title: string;
  rankClass: number;
  quality: MatchQuality;
}

/** Whether two hits tie on what the ranking means (only bm25, title count or code order tell them apart). */
export function sameMatchQuality(a: MatchQuality, b: MatchQuality): boolean {
  return a.matched === b.matched && a.exact === b.exact && a.coverage === b.coverage && a.rankClass === b.rankClass;
}

/**
 * Orders occupations by their best-matching title, so a title's own occupation comes first:
 * 1. more query words matched; 2. the title is exactly the query (every one of its words
 * matched); 3. more of the title covered by the query; 4. the kind of title
 * (TITLE_RANK_CLASSES: own title, then ours, O*NET alternate, O*NET reported); 5. more of
 * the occupation's titles matched; 6. bm25; 7. SOC code.
 */
export function rankTitleHits(hits: readonly TitleHit[], groups: readonly TokenGroup[]): RankedOccupation[] {
  interface Scored extends TitleHit {
    matched: number;
    exact: boolean;
    coverage: number;
  }
  const best = new Map<string, { hit: Scored; count: number }>();
  const better = (a: Scored, b: Scored) =>
    a.matched !== b.matched ? a.matched > b.matched : a.exact !== b.exact ? a.exact : a.coverage !== b.coverage ? a.coverage > b.coverage : a.rankClass !== b.rankClass ? a.rankClass < b.rankClass : a.rank < b.rank;
  for (const hit of hits) {
    const titleWords = words(hit.title).filter((word) => !STOP_WORDS.has(word));
    const covered = titleWords.filter((word) => groups.some((group) => textMatchesGroup([word], group))).length;
    const matched = countMatchedGroups(hit.title, groups);
    const scored: Scored = { ...hit, matched, exact: covered === titleWords.length && matched === groups.length, coverage: titleWords.length === 0 ? 0 : covered / titleWords.length };
    const current = best.get(hit.soc);
    if (current === undefined) best.set(hit.soc, { hit: scored, count: 1 });
    else {
      current.count += 1;
      if (better(scored, current.hit)) current.hit = scored;
    }
  }
  return [...best.values()]
    .sort((a, b) => {
      if (a.hit.matched !== b.hit.matched || a.hit.exact !== b.hit.exact || a.hit.coverage !== b.hit.coverage || a.hit.rankClass !== b.hit.rankClass) {
        return better(a.hit, b.hit) ? -1 : 1;
      }
      return b.count - a.count || a.hit.rank - b.hit.rank || a.hit.soc.localeCompare(b.hit.soc);
    })
    .map(({ hit }) => ({
      soc: hit.soc,
      title: hit.title,
      rankClass: hit.rankClass,
      quality: { matched: hit.matched, exact: hit.exact, coverage: hit.coverage, rankClass: hit.rankClass },
    }));
}
