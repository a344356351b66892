import { z } from "zod";

import { ONET_SOC_CODE, SOC_CODE } from "@/lib/soc";

/** zod field helpers for the shapes BLS and O*NET files use. */
export const soc6 = z.string().trim().regex(SOC_CODE, "expected a SOC code like 11-3051");
export const onetSoc = z.string().trim().regex(ONET_SOC_CODE, "expected an O*NET-SOC code like 11-3051.00");
export const nonEmpty = z.string().trim().min(1, "empty");

const MISSING = new Set(["", "—", "-", "*", "#", "**", "n/a", "N/A", "NA"]);

/** A number that may be written with thousands separators; BLS "not available" markers become null. */
export const optionalNumber = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (MISSING.has(text)) return null;
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: "custom", message: `not a number: "${text.slice(0, 40)}"` });
    return z.NEVER;
  }
  return value;
});

export const requiredNumber = optionalNumber.refine((value) => value !== null, "missing number");

/** Optional text: BLS "—" markers become null. */
export const optionalText = z.string().transform((raw) => {
  const text = raw.trim();
  return MISSING.has(text) ? null : text;
});

/** OEWS wage cell: "#" marks the top-coded value, "*" not available. */
export const oewsWage = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (text === "#") return { value: null, topCoded: true };
  if (text === "*" || text === "" || text === "**") return { value: null, topCoded: false };
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: "custom", message: `not a wage: "${text.slice(0, 40)}"` });
    return z.NEVER;
  }
  return { value: Math.round(value), topCoded: false };
});

/** EP median wage: a number, or ">=$239,200" for wages at or above the top-coded value. */
export const epWage = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (MISSING.has(text)) return null;
  const atLeast = /^>=\s*\$?/.test(text);
  const value = Number(text.replace(/^>=\s*/, "").replace(/[$,]/g, ""));
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: "custom", message: `not a wage: "${text.slice(0, 40)}"` });
    return z.NEVER;
  }
  return { value: Math.round(value), topCoded: atLeast };
});
