import { z } from "zod";

import { canDownloadReport, type Entitlements } from "@/lib/server/entitlements";
import { normalizeSoc } from "@/lib/soc";

/**
 * Who may download a report, as pure functions the route handler and the tests share.
 * The route reads the session (getViewer) and entitlements (getEntitlements) on the server
 * and passes them in; nothing from the request body or query can grant access.
 */

/** The `[soc]` route segment: "11-3051", "113051", optionally with ".pdf" ("11-3051.pdf"). */
export const reportSocParamSchema = z
  .string()
  .max(32)
  .transform((value, context) => {
    const soc = normalizeSoc(value.replace(/\.pdf$/i, ""));
    if (soc === null) {
      context.addIssue({ code: "custom", message: "Expected a SOC code such as 11-3051 (or 113051, optionally ending in .pdf)." });
      return z.NEVER;
    }
    return soc;
  });

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
