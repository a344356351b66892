import { NextResponse, type NextRequest } from "next/server";

import { publicSearchResult, searchOccupations } from "@/db/queries/search";
import { SEARCH_CACHE_CONTROL } from "@/lib/server/api/http";
import { parseInput } from "@/lib/http/errors";
import { searchParamsRecord } from "@/lib/http/params";
import { searchParamsSchema } from "@/lib/validations/search";

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
  return NextResponse.json(
    {
      query: outcome.query,
      results: outcome.results.map(publicSearchResult),
      corrections: outcome.corrections,
      match: outcome.match,
      suggestion: outcome.suggestion,
    },
    { headers: { "Cache-Control": SEARCH_CACHE_CONTROL } },
  );
}
