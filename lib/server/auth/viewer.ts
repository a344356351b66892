import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getAuth } from "./server";

export type ViewerUser = { id: string; email: string };
export type Viewer = { user: ViewerUser | null };

/**
 * The signed-in user for this request, or `{ user: null }`. Cached per request, so
 * layouts, pages and actions can all call it. Never send more than this to the client.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  return { user: session ? { id: session.user.id, email: session.user.email } : null };
});
