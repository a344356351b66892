import type { Metadata } from "next";

import { getOccupationProfile } from "@/db/queries/profile";
import { verdictBand } from "@/lib/scoring";
import { occupationPath, socFromRouteSegment } from "@/lib/soc";

export function profileMetadata(segment: string): Metadata {
  const soc = socFromRouteSegment(segment);
  const profile = soc === null ? null : getOccupationProfile(soc);
  if (profile === null) return { title: "Occupation not found", robots: { index: false } };
  const { occupation, category } = profile;
  const band = occupation.score === null ? null : verdictBand(occupation.score);
  const description =
    occupation.score === null || band === null
      ? `${occupation.title} (SOC ${occupation.soc}): not enough data for an AI pressure score; task list and BLS signals with sources.`
      : `${occupation.title} (SOC ${occupation.soc}, ${category?.title ?? ""}) scores ${occupation.score}/100 for AI pressure — ${band.headline} Task-by-task analysis with evidence and sources.`;
  const path = occupationPath(occupation.slug);
  return {
    title: `${occupation.title} — AI pressure ${occupation.score ?? "n/a"}/100`,
    description,
    alternates: { canonical: path },
    openGraph: { title: `${occupation.title}: AI pressure ${occupation.score ?? "n/a"}/100`, description, url: path, type: "article" },
    twitter: { card: "summary_large_image" },
  };
}
