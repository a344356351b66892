import { NextResponse, type NextRequest } from "next/server";

import { getDataVersion } from "@/db/queries/meta";
import { getOccupationBreakdown } from "@/db/queries/occupations";
import { API_CACHE_CONTROL, dataEtag, isNotModified, sourcesLinkHeader } from "@/lib/server/api/http";
import { env } from "@/env";
import { errorResponse, parseInput } from "@/lib/http/errors";
import { socSegmentSchema } from "@/lib/validations/soc";

/**
 * `GET /api/occupations/11-3051` (or `113051`) — one occupation's free breakdown, exactly
 * the JSON of `npm run score -- 11-3051 --json`. 422 for a malformed code, 404 for one we do
 * not score. Attribution: the `Link` header points to /sources.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ soc: string }> }) {
  const parsed = parseInput(socSegmentSchema, (await params).soc, { at: ["soc"] });
  if (!parsed.ok) return parsed.response;
  const soc = parsed.data;

  const breakdown = getOccupationBreakdown(soc);
  if (breakdown === null) return errorResponse(404, "not_found", `No occupation with SOC code ${soc}.`);

  const etag = dataEtag(getDataVersion(), soc);
  const headers: Record<string, string> = { "Cache-Control": API_CACHE_CONTROL, Link: sourcesLinkHeader(env.APP_URL) };
  if (etag !== null) headers.ETag = etag;
  if (isNotModified(request, etag)) return new NextResponse(null, { status: 304, headers });
  return NextResponse.json(breakdown, { headers });
}
