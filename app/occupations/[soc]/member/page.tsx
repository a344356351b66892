import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { ProfileAccess } from "@/components/occupation/access";
import { OccupationProfileView } from "@/components/occupation/OccupationProfileView";
import type { ProProfileData } from "@/components/pro/types";
import { getProAnalyses, getTaskMixBase } from "@/db/queries/pro";
import { getViewer } from "@/lib/server/auth/viewer";
import { memberAccess, stampedMemberAccess } from "@/lib/server/member-access";
import { parseWatchNotice } from "@/lib/watchlist";
import { encodeMix } from "@/lib/pro/task-mix";
import { decodeMix, mixFromFormFields } from "@/lib/pro/task-mix-url";
import { occupationPath } from "@/lib/soc";
import type { SearchParams } from "@/lib/http/params";

import { profileMetadata } from "../metadata";
import { resolveProfileSegment } from "../resolve";

/**
 * The profile for a visitor with a session cookie (proxy.ts rewrites to here): rendered per
 * request so Pro analyses and purchases are decided on the server and never reach anyone else.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ soc: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...profileMetadata((await params).soc), robots: { index: false } };
}

/**
 * Pro data for this request, loaded only after the entitlement check. A no-JavaScript task
 * mix submission (`?t<taskId>=…`) is redirected to its compact `?mix=` link.
 */
function loadProData(soc: string, path: string, searchParams: SearchParams): ProProfileData | null {
  const analyses = getProAnalyses(soc);
  if (analyses === null) return null;
  const base = getTaskMixBase(soc);
  if (base === null) return { analyses, taskMix: null };
  const submitted = mixFromFormFields(base.tasks, searchParams);
  if (submitted !== null) {
    const query = submitted.status === "invalid" ? "invalid" : encodeMix(base.tasks, submitted.mix);
    redirect(`${path}${query === "" ? "" : `?mix=${query}`}#task-mix`);
  }
  const { mix, status } = decodeMix(base.tasks, searchParams.mix);
  return { analyses, taskMix: { base, mix, status, path } };
}

export default async function MemberOccupationPage({ params, searchParams }: Props) {
  const profile = resolveProfileSegment((await params).soc);
  const soc = profile.occupation.soc;
  const query = await searchParams;
  // The tuple the request hook decided (and keys its render cache on), else decided here.
  // A stale or expired cookie reaches this variant too: no user, so the sign-in link.
  const access: ProfileAccess =
    stampedMemberAccess(await headers(), soc) ?? (await memberAccess((await getViewer()).user?.id ?? null, soc, parseWatchNotice(query.watch)));
  const pro = access.pro ? loadProData(soc, occupationPath(profile.occupation.slug), query) : null;
  return <OccupationProfileView profile={profile} access={access} pro={pro} />;
}
