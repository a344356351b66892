import { z } from "zod";

import { decodeSegment } from "@/lib/http/params";
import { normalizeSoc, SOC_CODE } from "@/lib/soc";

/** A canonical SOC code from a form, metadata or a query ("15-1252"); the pattern is lib/soc.ts's. */
export const socCodeSchema = z.string().trim().regex(SOC_CODE, "SOC code must look like 15-1252");

const MALFORMED_SOC = "Expected a six-digit SOC code such as 11-3051 or 113051.";

/** A route segment naming an occupation by code, escaped or not: "11-3051" or "113051" → "11-3051". */
export const socSegmentSchema = z.string().transform((segment, context) => {
  const decoded = decodeSegment(segment) ?? segment;
  const soc = decoded.length <= 20 ? normalizeSoc(decoded) : null;
  if (soc !== null) return soc;
  context.addIssue({ code: "custom", message: MALFORMED_SOC });
  return z.NEVER;
});

/** The report route's segment: "11-3051", "113051", optionally with ".pdf" ("11-3051.pdf"). */
export const reportSocParamSchema = z
  .string()
  .max(32)
  .transform((value, context) => {
    const soc = normalizeSoc(value.replace(/\.pdf$/i, ""));
    if (soc !== null) return soc;
    context.addIssue({ code: "custom", message: "Expected a SOC code such as 11-3051 (or 113051, optionally ending in .pdf)." });
    return z.NEVER;
  });
