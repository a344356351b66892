import "server-only";

import { randomBytes } from "node:crypto";
import type http from "node:http";

import type { MemberAccess } from "@/lib/member-pages";
import { getEntitlements } from "@/lib/server/entitlements";
import { getWatchState } from "@/lib/server/watchlist";
import { memberAccessSchema } from "@/lib/validations/member-access";
import type { WatchNotice } from "@/lib/watchlist";

/**
 * What a viewer's account unlocks on one profile: the member page renders from this and
 * nothing else of the account, and the member render cache (member-pages.ts) keys on it.
 * `userId` null is a signed-out (or expired) viewer: no Pro, no purchase, the sign-in link.
 */
export async function memberAccess(userId: string | null, soc: string, notice: WatchNotice | null): Promise<MemberAccess> {
  const entitlements = await getEntitlements(userId);
  return {
    soc,
    signedIn: userId !== null,
    pro: entitlements.pro,
    purchasedReport: entitlements.purchasedSocs.includes(soc),
    watch: userId === null ? null : await getWatchState(userId, soc, notice, entitlements.pro),
  };
}

/**
 * The hook decides the access tuple before Next renders, and the page must render exactly that
 * tuple (a subscription activated in between must not put Pro data under a free key). It hands
 * it over in a request header whose name has a per-process random suffix, as the client-address
 * stamp does (client-ip.ts): a client cannot send a header whose name it does not know.
 */
const STAMP_KEY = Symbol.for("ai-pressure.member-access-header");
type WithStamp = typeof globalThis & { [STAMP_KEY]?: string };

function stampHeaderName(): string {
  const global = globalThis as WithStamp;
  return (global[STAMP_KEY] ??= `x-aip-member-access-${randomBytes(12).toString("hex")}`);
}

/** Writes the tuple into the request's headers for the page (or removes a stale one with `null`). */
export function stampMemberAccess(headers: http.IncomingHttpHeaders, access: MemberAccess | null): void {
  const name = stampHeaderName();
  if (access === null) delete headers[name];
  else headers[name] = JSON.stringify(access);
}

/** The tuple the hook decided for this request and occupation, or null (no hook, another occupation, a malformed value). */
export function stampedMemberAccess(headers: Headers, soc: string): MemberAccess | null {
  const name = (globalThis as WithStamp)[STAMP_KEY];
  const value = name === undefined ? null : headers.get(name);
  if (value === null) return null;
  try {
    const parsed = memberAccessSchema.safeParse(JSON.parse(value));
    return parsed.success && parsed.data.soc === soc ? parsed.data : null;
  } catch {
    return null;
  }
}
