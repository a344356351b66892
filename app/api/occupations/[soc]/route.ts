import { NextResponse, type NextRequest } from "next/server";

import { getDataVersion } from "@/db/queries/meta";
import { getOccupationBreakdown } from "@/db/queries/occupations";
import { API_CACHE_CONTROL, apiError, dataEtag, isNotModified, sourcesLinkHeader } from "@/lib/server/api/http";
import { env } from "@/env";
import { normalizeSoc } from "@/lib/soc";

/**
 * `GET /api/occupations/11-3051` (or `113051`) — one occupation's free breakdown, exactly
 * the JSON of `npm run score -- 11-3051 --json`. 400 for a malformed code, 404 for one we do
 * not score. Attribution: the `Link` header points to /sources.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ soc: string }> }) {
  const { soc: segment } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    decoded = segment;
  }
  const soc = decoded.length <= 20 ? normalizeSoc(decoded) : null;
  if (soc === null) return apiError(400, "Expected a six-digit SOC code such as 11-3051 or 113051.");

  const breakdown = getOccupationBreakdown(soc);
  if (breakdown === null) return apiError(404, `No occupation with SOC code ${soc}.`);

  const etag = dataEtag(getDataVersion(), soc);
  const headers: Record<string, string> = { "Cache-Control": API_CACHE_CONTROL, Link: sourcesLinkHeader(env.APP_URL) };
  if (etag !== null) headers.ETag = etag;
  if (isNotModified(request, etag)) return new NextResponse(null, { status: 304, headers });
  return NextResponse.json(breakdown, { headers });
}
