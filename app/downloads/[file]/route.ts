import { NextResponse, type NextRequest } from "next/server";

import { listAllTasks } from "@/db/queries/occupations";
import { getCurrentRelease, getRelease, getReleaseRows } from "@/db/queries/releases";
import { downloadFilename, occupationsCsv, occupationsJson, tasksCsv, tasksJson } from "@/lib/downloads";
import { env } from "@/env";
import { API_CACHE_CONTROL, dataEtag, isNotModified, sourcesLinkHeader } from "@/lib/server/api/http";
import { errorResponse, firstIssueMessage, parseInput, zodIssues } from "@/lib/http/errors";
import { downloadFileSchema, releaseIdParamSchema } from "@/lib/validations/downloads";


/**
 * `GET /downloads/occupations.csv|occupations.json|tasks.csv|tasks.json[?release=<id>]` — the
 * current release (or an earlier one) in bulk, with licence and attribution first. Earlier
 * releases keep per-occupation scores and signals only, so their tasks are a 404 that says so.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const file = downloadFileSchema.safeParse((await params).file);
  // An unknown file name is a missing resource, not bad input.
  if (!file.success) return errorResponse(404, "not_found", firstIssueMessage(zodIssues(file.error), { withPath: false }));
  const requested = parseInput(releaseIdParamSchema, request.nextUrl.searchParams.get("release") ?? undefined, { at: ["release"] });
  if (!requested.ok) return requested.response;

  const release = requested.data === undefined ? null : getRelease(requested.data);
  if (requested.data !== undefined && release === null) return errorResponse(404, "not_found", `No release ${requested.data}. Releases are listed on /releases.`);
  const releaseRow = release ?? getCurrentRelease();
  if (releaseRow === null) return errorResponse(503, "unavailable", "The content database has no release.");
  if (file.data.startsWith("tasks") && !releaseRow.current) {
    return errorResponse(404, "not_found", `Release ${releaseRow.id} is kept as per-occupation scores and signals only; tasks are available for the current release.`);
  }

  const etag = dataEtag(releaseRow.id, file.data);
  const headers: Record<string, string> = {
    "Cache-Control": API_CACHE_CONTROL,
    Link: sourcesLinkHeader(env.APP_URL),
    "Content-Disposition": `attachment; filename="${downloadFilename(releaseRow.id, file.data)}"`,
  };
  if (etag !== null) headers.ETag = etag;
  if (isNotModified(request, etag)) return new NextResponse(null, { status: 304, headers });

  const header = { releaseId: releaseRow.id, sourcesUrl: new URL("/sources", env.APP_URL).toString() };
  const csv = (text: string) => new NextResponse(text, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  switch (file.data) {
    case "occupations.csv":
      return csv(occupationsCsv(getReleaseRows(releaseRow.id), header));
    case "occupations.json":
      return NextResponse.json(occupationsJson(getReleaseRows(releaseRow.id), header), { headers });
    case "tasks.csv":
      return csv(tasksCsv(listAllTasks(), header));
    case "tasks.json":
      return NextResponse.json(tasksJson(listAllTasks(), header), { headers });
  }
}
