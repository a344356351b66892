import { NextResponse } from "next/server";

import { getOccupationBySoc } from "@/db/queries/occupations";
import { getViewer } from "@/lib/server/auth/viewer";
import { withBusyRetry } from "@/lib/server/db-busy";
import { getEntitlements } from "@/lib/server/entitlements";
import { getReportPdf, ReportBusyError, reportAccess, reportBuyPath, reportFileName } from "@/lib/server/report";
import { errorResponse, parseInput } from "@/lib/http/errors";
import { reportSocParamSchema } from "@/lib/validations/soc";

/**
 * GET /api/reports/<soc> (also <soc>.pdf and the undashed code): the occupation's PDF report
 * for its buyer or a Pro member. Access is decided here on the server from the session and
 * the stored purchases/subscriptions; the file comes from the disk cache or is generated once.
 */
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

// A busy accounts database (session refresh, entitlements) answers 503 + Retry-After.
export const GET = withBusyRetry(async (_request: Request, { params }: { params: Promise<{ soc: string }> }) => {
  const parsed = parseInput(reportSocParamSchema, (await params).soc, { at: ["soc"], headers: NO_STORE });
  if (!parsed.ok) return parsed.response;
  const soc = parsed.data;
  const occupation = getOccupationBySoc(soc);
  if (occupation === null) return errorResponse(404, "not_found", `No occupation has SOC code ${soc}.`, { headers: NO_STORE });

  const buy = reportBuyPath(occupation.slug);
  const { user } = await getViewer();
  const status = reportAccess({ user, entitlements: await getEntitlements(user?.id ?? null), soc, now: new Date() });
  if (status === 401 || user === null) {
    return errorResponse(401, "sign_in_required", `Sign in with the email you bought the report with, or buy the ${occupation.title} report.`, {
      headers: NO_STORE,
      links: { buyUrl: buy, signInUrl: `/sign-in?next=${encodeURIComponent(buy.replace(/#.*$/, ""))}` },
    });
  }
  if (status === 403) {
    return errorResponse(403, "not_purchased", `This account has not bought the ${occupation.title} report and is not Pro.`, { headers: NO_STORE, links: { buyUrl: buy } });
  }

  let report: Awaited<ReturnType<typeof getReportPdf>>;
  try {
    report = await getReportPdf(soc, user.email);
  } catch (error) {
    if (!(error instanceof ReportBusyError)) throw error;
    const buyer = error.scope === "buyer";
    return errorResponse(buyer ? 429 : 503, buyer ? "report_in_progress" : "reports_busy", `${error.message} Try again in ${error.retryAfterSeconds} seconds.`, {
      headers: { ...NO_STORE, "Retry-After": String(error.retryAfterSeconds) },
    });
  }
  const { pdf, source } = report;
  return new NextResponse(new Uint8Array(pdf), {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${reportFileName(occupation.slug)}"`,
      "X-Content-Type-Options": "nosniff",
      "X-Report-Cache": source,
    },
  });
});
