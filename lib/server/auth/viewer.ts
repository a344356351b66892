import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getAuth } from "./server";

export type ViewerUser = { id: string; email: string };
export type Viewer = { user: ViewerUser | null };

/**
 * The user whose session the request headers carry, or null (no cookie, an expired or revoked
 * session). The one session lookup: pages through getViewer, and the member render cache
 * (lib/server/member-pages.ts) at the request hook, with the same headers.
 */
export async function sessionUser(requestHeaders: Headers): Promise<ViewerUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return session ? { id: session.user.id, email: session.user.email } : null;
}

/**
 * The signed-in user for this request, or `{ user: null }`. Cached per request, so
 * layouts, pages and actions can all call it. Never send more than this to the client.
 */
export const getViewer = cache(async (): Promise<Viewer> => ({ user: await sessionUser(await headers()) }));
