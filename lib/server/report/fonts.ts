import path from "node:path";

import { Font } from "@react-pdf/renderer";

/**
 * The report's one typeface, shipped in the repository (lib/server/report/fonts/, with its
 * licence) and registered by absolute path: no network fonts, nothing fetched at runtime.
 * react-pdf embeds only the glyphs a report uses (a subset), so a report stays small.
 */
export const REPORT_FONT_FAMILY = "ReportSans";

/**
 * Absolute paths under the project root (the working directory of Next, tests and
 * scripts). Literal paths, so Next's output tracing ships exactly these two files.
 */
export function reportFontFiles(): { regular: string; bold: string } {
  return {
    regular: path.join(process.cwd(), "lib", "server", "report", "fonts", "DejaVuSansCondensed.ttf"),
    bold: path.join(process.cwd(), "lib", "server", "report", "fonts", "DejaVuSansCondensed-Bold.ttf"),
  };
}

let registered = false;

export function registerReportFonts(): void {
  if (registered) return;
  // A missing file fails the render with ENOENT and its path.
  const { regular, bold } = reportFontFiles();
  Font.register({
    family: REPORT_FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: bold, fontWeight: 700 },
    ],
  });
  // Never split words with hyphens: statements are quoted verbatim and must stay searchable.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
