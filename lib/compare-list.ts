/**
 * The comparison being built, as the browser needs it (AddToCompare, the title fields): the
 * `?soc=`/`?compare=` list read and written, nothing else. Pure and dependency-light on
 * purpose: client components import it, so it must not pull zod, scoring or search into the
 * page's JavaScript. lib/compare.ts wraps it in the zod schema the server boundaries use.
 */
import { normalizeSoc, socFromRouteSegment } from "@/lib/soc";

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

/**
 * `11-3051,132011,13-2011-accountants-and-auditors` (commas, semicolons or spaces; repeated
 * values joined with commas first). Never throws: bad items are reported, not fatal.
 */
export function compareListFrom(value: string | readonly string[] | undefined): CompareQuery {
  const raw = (value === undefined ? "" : typeof value === "string" ? value : value.join(",")).slice(0, MAX_QUERY_LENGTH);
  const tokens = raw
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
}

export function compareHref(codes: readonly string[]): string {
  return codes.length === 0 ? "/compare" : `/compare?soc=${codes.join(",")}`;
}

/** The list with `soc` added (de-duplicated); when the list is full, `soc` takes the last place. */
export function withCompared(codes: readonly string[], soc: string): string[] {
  if (codes.includes(soc)) return [...codes];
  return codes.length < MAX_COMPARED ? [...codes, soc] : [...codes.slice(0, MAX_COMPARED - 1), soc];
}

/** What a field shows for a chosen occupation; the bracketed code makes it exact on the next submit. */
export function fieldValueFor(occupation: { title: string; soc: string }): string {
  return `${occupation.title} (${occupation.soc})`;
}

/** The code of a field written by fieldValueFor ("Accountants and Auditors (13-2011)"); null otherwise. */
export function codeInField(text: string): string | null {
  const match = /\(([^()]{1,12})\)\s*$/.exec(text);
  return match?.[1] === undefined ? null : normalizeSoc(match[1]);
}
