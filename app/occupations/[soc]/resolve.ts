import { notFound, permanentRedirect } from "next/navigation";

import { getOccupationProfile } from "@/db/queries/profile";
import { occupationPath, socFromRouteSegment } from "@/lib/soc";

/**
 * Resolves the `[soc]` route segment ("11-3051", "113051" or the canonical slug) to the
 * occupation profile. Unknown or malformed codes give a real 404; other spellings of a
 * known code redirect permanently to the canonical URL (`suffix` keeps sub-pages).
 */
export function resolveProfileSegment(segment: string, suffix = "") {
  const soc = socFromRouteSegment(segment);
  if (soc === null) notFound();
  const profile = getOccupationProfile(soc);
  if (profile === null) notFound();
  if (segment !== profile.occupation.slug) permanentRedirect(`${occupationPath(profile.occupation.slug)}${suffix}`);
  return profile;
}
