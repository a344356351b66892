import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";

import { ReportDocument } from "./document";
import { registerReportFonts } from "./fonts";
import type { ReportData } from "./model";
import { writePageChrome } from "./page-chrome";
import { nameFontObjectsInPdfkit } from "./pdfkit-fonts";
import { runningHeaderText } from "./text";

/** Renders the report to PDF bytes (vector charts, selectable text, embedded font subsets). */
export async function renderReportPdf(data: ReportData): Promise<Buffer> {
  registerReportFonts();
  nameFontObjectsInPdfkit();
  // ReportDocument returns a <Document>, which is what renderToBuffer expects.
  const element = createElement(ReportDocument, { data }) as unknown as Parameters<typeof renderToBuffer>[0];
  return Buffer.from(await writePageChrome(await renderToBuffer(element), runningHeaderText(data)));
}
