import type { NextRequest } from "next/server";

import { getChartDocument } from "@/components/explore/explorer-data";
import { errorResponse, firstIssueMessage, parseInput, zodIssues } from "@/lib/http/errors";
import { searchParamsRecord } from "@/lib/http/params";
import { isNotModified } from "@/lib/server/api/http";
import { explorerChartQuerySchema, explorerChartSchema } from "@/lib/validations/explore";

/**
 * `GET /explore/charts/treemap|scatter|scatter-phone[?layer=<layer>][&v=<version>]`: one of
 * /explore's charts as an SVG document, framed by the page (only this site may frame it: see
 * lib/security-headers isFrameablePath). The page addresses it with its content hash (`v`), so
 * that address never changes meaning and is cached for a year; any other `v` (or none) is
 * revalidated with the ETag on every use.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ chart: string }> }) {
  const chart = explorerChartSchema.safeParse((await params).chart);
  // An unknown chart is a missing resource, not bad input.
  if (!chart.success) return errorResponse(404, "not_found", firstIssueMessage(zodIssues(chart.error), { withPath: false }));
  const query = parseInput(explorerChartQuerySchema, searchParamsRecord(request.nextUrl.searchParams));
  if (!query.ok) return query.response;

  const document = getChartDocument(chart.data, query.data.layer);
  const etag = `"${document.version}"`;
  const headers = {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Cache-Control": query.data.v === document.version ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    ETag: etag,
  };
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(document.body, { headers });
}
