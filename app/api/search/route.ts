import { NextResponse, type NextRequest } from "next/server";

import { publicSearchResult, searchOccupations } from "@/db/queries/search";
import { apiError, SEARCH_CACHE_CONTROL } from "@/lib/server/api/http";
import { firstIssue, searchParamsSchema } from "@/lib/validations/search";

/**
 * `GET /api/search?q=plant+manager[&limit=10]` →
 * `{ query, results: [{ soc, title, slug, score, matchedAlternate? }], corrections: [{ from, to }], match, suggestion }`.
 * A SOC code gives that one occupation (`match: "code"`). 400 when `q` is over 100 characters
 * or `limit` is not 1–50.
 */
export function GET(request: NextRequest) {
  const searchParams = request.nextUrl.searchParams;
  const parsed = searchParamsSchema.safeParse({ q: searchParams.get("q") ?? undefined, limit: searchParams.get("limit") ?? undefined });
  if (!parsed.success) return apiError(400, firstIssue(parsed.error));
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
