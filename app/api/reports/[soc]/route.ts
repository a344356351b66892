import { NextResponse } from "next/server";

import { getOccupationBySoc } from "@/db/queries/occupations";
import { getViewer } from "@/lib/server/auth/viewer";
import { withBusyRetry } from "@/lib/server/db-busy";
import { getEntitlements } from "@/lib/server/entitlements";
import { getReportPdf, ReportBusyError, reportAccess, reportBuyPath, reportFileName, reportSocParamSchema } from "@/lib/server/report";

/**
 * GET /api/reports/<soc> (also <soc>.pdf and the undashed code): the occupation's PDF report
 * for its buyer or a Pro member. Access is decided here on the server from the session and
 * the stored purchases/subscriptions; the file comes from the disk cache or is generated once.
 */
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

function problem(status: number, body: Record<string, unknown>) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

// A busy accounts database (session refresh, entitlements) answers 503 + Retry-After.
export const GET = withBusyRetry(async (_request: Request, { params }: { params: Promise<{ soc: string }> }) => {
  const parsed = reportSocParamSchema.safeParse((await params).soc);
  if (!parsed.success) {
    return problem(400, { error: "invalid_soc", message: parsed.error.issues[0]?.message ?? "Invalid SOC code." });
  }
  const soc = parsed.data;
  const occupation = getOccupationBySoc(soc);
  if (occupation === null) return problem(404, { error: "not_found", message: `No occupation has SOC code ${soc}.` });

  const buy = reportBuyPath(occupation.slug);
  const { user } = await getViewer();
  const status = reportAccess({ user, entitlements: getEntitlements(user?.id ?? null), soc, now: new Date() });
  if (status === 401 || user === null) {
    return problem(401, {
      error: "sign_in_required",
      message: `Sign in with the email you bought the report with, or buy the ${occupation.title} report.`,
      buyUrl: buy,
      signInUrl: `/sign-in?next=${encodeURIComponent(buy.replace(/#.*$/, ""))}`,
    });
  }
  if (status === 403) {
    return problem(403, {
      error: "not_purchased",
      message: `This account has not bought the ${occupation.title} report and is not Pro.`,
      buyUrl: buy,
    });
  }

  let report: Awaited<ReturnType<typeof getReportPdf>>;
  try {
    report = await getReportPdf(soc, user.email);
  } catch (error) {
    if (!(error instanceof ReportBusyError)) throw error;
    return NextResponse.json(
      { error: error.scope === "buyer" ? "report_in_progress" : "reports_busy", message: `${error.message} Try again in ${error.retryAfterSeconds} seconds.` },
      { status: error.scope === "buyer" ? 429 : 503, headers: { ...NO_STORE, "Retry-After": String(error.retryAfterSeconds) } },
    );
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
