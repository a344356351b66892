import { canDownloadReport, type Entitlements } from "@/lib/server/entitlements";

/**
 * Who may download a report, as pure functions the route handler and the tests share.
 * The route reads the session (getViewer) and entitlements (getEntitlements) on the server
 * and passes them in; nothing from the request body or query can grant access.
 */

export type ReportAccessStatus = 200 | 401 | 403;

export function reportAccess(input: {
  user: { id: string } | null;
  entitlements: Pick<Entitlements, "pro" | "purchasedSocs">;
  soc: string;
  now: Date;
}): ReportAccessStatus {
  if (input.user === null) return 401;
  const { pro, purchasedSocs } = input.entitlements;
  return canDownloadReport({ pro, purchases: purchasedSocs }, input.soc, input.now) ? 200 : 403;
}

/** Where a visitor without access can buy the report: the offer on the occupation's page. */
export function reportBuyPath(slug: string): string {
  return `/occupations/${slug}#report`;
}

/** `ai-pressure-11-3051-industrial-production-managers.pdf` (the slug starts with the SOC code). */
export function reportFileName(slug: string): string {
  return `ai-pressure-${slug.replace(/[^a-z0-9-]/gi, "")}.pdf`;
}
