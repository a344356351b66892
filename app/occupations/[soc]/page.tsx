import type { Metadata } from "next";

import { ANONYMOUS_ACCESS } from "@/components/occupation/access";
import { OccupationProfileView } from "@/components/occupation/OccupationProfileView";
import { listOccupationSlugs } from "@/db/queries/profile";

import { profileMetadata } from "./metadata";
import { resolveProfileSegment } from "./resolve";

/**
 * The public profile, prerendered for every occupation at build time: it reads only the
 * content database, so it is the same for every visitor and cacheable. Signed-in visitors
 * are rewritten by proxy.ts to ./member, which adds what their account unlocks.
 */
export const dynamic = "force-static";
// Unknown segments are plain 404s rendered from memory: a generated-on-demand page would be
// written to .next for good, one per unique URL (proxy.ts redirects other spellings first).
export const dynamicParams = false;

export function generateStaticParams() {
  return listOccupationSlugs().map(({ slug }) => ({ soc: slug }));
}

type Props = { params: Promise<{ soc: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata((await params).soc);
}

export default async function OccupationPage({ params }: Props) {
  const profile = resolveProfileSegment((await params).soc);
  return <OccupationProfileView profile={profile} access={ANONYMOUS_ACCESS} />;
}
