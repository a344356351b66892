import type { WatchState } from "@/lib/server/watchlist";

/** What the viewer may see on a profile, decided on the server (lib/server/entitlements.ts). */
export interface ProfileAccess {
  signedIn: boolean;
  pro: boolean;
  /** The viewer bought this occupation's PDF report. */
  purchasedReport: boolean;
  /** The signed-in viewer's watch of this occupation; null on the public page (a sign-in link there). */
  watch: WatchState | null;
}

export const ANONYMOUS_ACCESS: ProfileAccess = { signedIn: false, pro: false, purchasedReport: false, watch: null };
