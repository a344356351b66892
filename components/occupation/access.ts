/** What the viewer may see on a profile, decided on the server (lib/server/entitlements.ts). */
export interface ProfileAccess {
  signedIn: boolean;
  pro: boolean;
  /** The viewer bought this occupation's PDF report. */
  purchasedReport: boolean;
}

export const ANONYMOUS_ACCESS: ProfileAccess = { signedIn: false, pro: false, purchasedReport: false };
