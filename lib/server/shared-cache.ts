import type http from "node:http";

import { PROFILE_PAGE_PATH } from "@/lib/soc";

import { addRequestHookOnce, beforeWriteHead } from "./request-hook";

/**
 * Profiles answer one URL two ways: the prerendered public page, or (with a session cookie,
 * proxy.ts) the member variant. The public page goes out with `s-maxage=31536000`, so a shared
 * cache must key it on the Cookie header or it would hand the free page to members. Next 16
 * sets its own `Vary` on prerendered pages after proxy.ts and next.config headers have run
 * (app-page-runtime: `res.setHeader('Vary', …)`), so the only place left to add `Cookie` is the
 * moment the headers are written.
 */

/** `Vary` with Cookie added once: "rsc, Accept-Encoding" → "rsc, Accept-Encoding, Cookie". */
export function varyWithCookie(current: string | number | string[] | undefined): string {
  const values = (Array.isArray(current) ? current.join(",") : current === undefined ? "" : String(current))
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.some((value) => value === "*" || value.toLowerCase() === "cookie")) return values.join(", ");
  return [...values, "Cookie"].join(", ");
}

function addVaryCookieOnWrite(response: http.ServerResponse): void {
  beforeWriteHead(response, (res, statusCode) => {
    res.setHeader("Vary", varyWithCookie(res.getHeader("vary")));
    return statusCode;
  });
}

/** Adds the hook once per process; instrumentation.ts calls it. */
export function installVaryCookieForProfiles(): void {
  addRequestHookOnce("vary-cookie", (request, response) => {
    if ((request.method === "GET" || request.method === "HEAD") && PROFILE_PAGE_PATH.test(request.url ?? "")) addVaryCookieOnWrite(response);
  });
}
