import type { Metadata } from "next";

import type { ProfileAccess } from "@/components/occupation/access";
import { OccupationProfileView } from "@/components/occupation/OccupationProfileView";
import { getViewer } from "@/lib/auth/viewer";
import { getEntitlements } from "@/lib/entitlements";

import { profileMetadata } from "../metadata";
import { resolveProfileSegment } from "../resolve";

/**
 * The profile for a visitor with a session cookie (proxy.ts rewrites to here): rendered per
 * request so Pro analyses and purchases are decided on the server and never reach anyone else.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ soc: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...profileMetadata((await params).soc), robots: { index: false } };
}

export default async function MemberOccupationPage({ params }: Props) {
  const profile = resolveProfileSegment((await params).soc);
  const { user } = await getViewer();
  const entitlements = getEntitlements(user?.id ?? null);
  const access: ProfileAccess = {
    signedIn: user !== null,
    pro: entitlements.pro,
    purchasedReport: entitlements.purchasedSocs.includes(profile.occupation.soc),
  };
  return <OccupationProfileView profile={profile} access={access} />;
}
