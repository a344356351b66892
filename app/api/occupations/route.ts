import { NextResponse, type NextRequest } from "next/server";

import { getDataVersion } from "@/db/queries/meta";
import { getReleaseId } from "@/db/queries/releases";
import { listCategories, listOccupationSummaries } from "@/db/queries/occupations";
import { occupationListCsv, occupationListFilename, toOccupationListItem } from "@/lib/server/api/occupations";
import { API_CACHE_CONTROL, dataEtag, isNotModified, sourcesLinkHeader } from "@/lib/server/api/http";
import { env } from "@/env";
import { parseInput, validationErrorResponse } from "@/lib/http/errors";
import { searchParamsRecord } from "@/lib/http/params";
import { DATA_ATTRIBUTION } from "@/lib/sources";
import { occupationListQuerySchema } from "@/lib/validations/occupations-api";

/**
 * `GET /api/occupations` — the free fields of every occupation as JSON
 * (`{ count, releaseId, dataVersion, sources, attribution, occupations }`), or `?format=csv` as a CSV
 * download with the same columns. `?category=11` (or `11-management`) keeps one SOC major group.
 * A bad or unknown value is a 422 naming the parameter.
 */
export function GET(request: NextRequest) {
  const parsed = parseInput(occupationListQuerySchema, searchParamsRecord(request.nextUrl.searchParams));
  if (!parsed.ok) return parsed.response;
  const { format, category } = parsed.data;

  const categories = listCategories();
  if (category !== undefined && !categories.some((row) => row.code === category)) {
    const message = `Unknown category "${category}". Valid codes: ${categories.map((row) => row.code).join(", ")}.`;
    return validationErrorResponse([{ path: ["category"], message }]);
  }

  const dataVersion = getDataVersion();
  const etag = dataEtag(dataVersion, `${format}-${category ?? "all"}`);
  const headers: Record<string, string> = { "Cache-Control": API_CACHE_CONTROL, Link: sourcesLinkHeader(env.APP_URL), Vary: "Accept-Encoding" };
  if (etag !== null) headers.ETag = etag;
  if (isNotModified(request, etag)) return new NextResponse(null, { status: 304, headers });

  const titles = new Map(categories.map((row) => [row.code, row.title]));
  const releaseId = getReleaseId() ?? "unreleased";
  const items = listOccupationSummaries()
    .filter((row) => category === undefined || row.categoryCode === category)
    .map((row) => toOccupationListItem(row, titles.get(row.categoryCode) ?? row.categoryCode, env.APP_URL, releaseId));

  if (format === "csv") {
    return new NextResponse(occupationListCsv(items), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${occupationListFilename(category ?? null)}"`,
      },
    });
  }
  return NextResponse.json(
    { count: items.length, releaseId, dataVersion, sources: new URL("/sources", env.APP_URL).toString(), attribution: DATA_ATTRIBUTION, occupations: items },
    { headers },
  );
}
