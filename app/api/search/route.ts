import type { NextRequest } from "next/server";

import { publicSearchResult, searchOccupations, type SearchOutcome } from "@/db/queries/search";
import { SEARCH_CACHE_CONTROL } from "@/lib/server/api/http";
import { parseInput } from "@/lib/http/errors";
import { searchParamsRecord } from "@/lib/http/params";
import { searchParamsSchema } from "@/lib/validations/search";

/**
 * The response body of each outcome, serialised once: searchOccupations hands back the same
 * frozen outcome for a repeated query (its memo), and a few queries make most of the traffic.
 * Keyed by the outcome itself, so a body lives exactly as long as the memo keeps its outcome.
 */
const bodies = new WeakMap<SearchOutcome, string>();

function bodyOf(outcome: SearchOutcome): string {
  let body = bodies.get(outcome);
  if (body === undefined) {
    body = JSON.stringify({
      query: outcome.query,
      results: outcome.results.map(publicSearchResult),
      corrections: outcome.corrections,
      match: outcome.match,
      suggestion: outcome.suggestion,
    });
    bodies.set(outcome, body);
  }
  return body;
}

/**
 * `GET /api/search?q=plant+manager[&limit=10]` →
 * `{ query, results: [{ soc, title, slug, score, matchedAlternate? }], corrections: [{ from, to }], match, suggestion }`.
 * A SOC code gives that one occupation (`match: "code"`). 422 when `q` is over 100 characters
 * or `limit` is not 1–50.
 */
export function GET(request: NextRequest) {
  const parsed = parseInput(searchParamsSchema, searchParamsRecord(request.nextUrl.searchParams));
  if (!parsed.ok) return parsed.response;
  const outcome = searchOccupations(parsed.data.q, { limit: parsed.data.limit });
  return new Response(bodyOf(outcome), { headers: { "Content-Type": "application/json", "Cache-Control": SEARCH_CACHE_CONTROL } });
}
