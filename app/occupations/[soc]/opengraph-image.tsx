import { ImageResponse } from "next/og";

import { getCategoryByCode, getOccupationBySoc } from "@/db/queries/occupations";
import { verdictBand, type BandId } from "@/lib/scoring";
import { socFromRouteSegment } from "@/lib/soc";

/**
 * Open Graph image of an occupation profile: title, SOC code, category and the score in its
 * band colour. Offline by construction: next/og's bundled default font only, and text is
 * folded to printable ASCII so the renderer never fetches a fallback font or emoji.
 */
export const alt = "AI pressure score of the occupation";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** Light-theme values of --p0…--p4 in app/globals.css (images cannot read CSS variables). */
const BAND_HEX: Record<BandId, string> = {
  low: "#2f7d4f",
  moderate: "#7a9a3a",
  clear: "#c79a1e",
  high: "#d0661f",
  veryHigh: "#b3261e",
};

const INK = "#15181d";
const MUTED = "#545b66";

/** Printable ASCII only: accents dropped, dashes and quotes simplified, anything else removed. */
function ogText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\x20-\x7e]/g, "");
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#ffffff", color: INK, padding: "64px 72px", fontSize: 32 }}>
      {children}
      <div style={{ display: "flex", justifyContent: "space-between", color: MUTED, fontSize: 26, borderTop: "2px solid #d9dde3", paddingTop: 24 }}>
        <span>AI Pressure</span>
        <span>Task-level scores from O*NET and BLS data</span>
      </div>
    </div>
  );
}

export default async function OpenGraphImage({ params }: { params: Promise<{ soc: string }> }) {
  const { soc: segment } = await params;
  const soc = socFromRouteSegment(segment);
  const occupation = soc === null ? null : getOccupationBySoc(soc);

  if (occupation === null) {
    return new ImageResponse(
      (
        <Frame>
          <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
            <span style={{ fontSize: 64 }}>Occupation not found</span>
            <span style={{ color: MUTED }}>Search about 800 US occupations by title or SOC code.</span>
          </div>
        </Frame>
      ),
      { ...size, status: 404 },
    );
  }

  const category = getCategoryByCode(occupation.categoryCode);
  const title = ogText(occupation.title);
  const score = occupation.score;
  const band = score === null ? null : verdictBand(score);
  const color = band === null ? MUTED : BAND_HEX[band.id];

  return new ImageResponse(
    (
      <Frame>
        <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
          <span style={{ color: MUTED, fontSize: 30 }}>{ogText(`SOC ${occupation.soc} | ${category?.title ?? occupation.categoryCode}`)}</span>
          <span style={{ fontSize: title.length > 60 ? 52 : 64, lineHeight: 1.15 }}>{title}</span>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 36 }}>
          <div
            style={{
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              width: 200,
              height: 200,
              borderRadius: 24,
              background: color,
              color: "#ffffff",
              fontSize: score === null ? 40 : 110,
            }}
          >
            {score === null ? "n/a" : String(score)}
          </div>
          <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
            <span style={{ fontSize: 40 }}>AI pressure score{score === null ? "" : " (0-100)"}</span>
            <span style={{ fontSize: 36 }}>{band === null ? "Not enough rated tasks to score" : ogText(band.headline)}</span>
          </div>
        </div>
      </Frame>
    ),
    { ...size },
  );
}
