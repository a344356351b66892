import { StyleSheet } from "@react-pdf/renderer";

import { INK } from "./colors";
import { REPORT_FONT_FAMILY } from "./fonts";

/** US Letter in points; margins leave room for the running header and the fixed footer. */
export const PAGE = { width: 612, height: 792, marginX: 46, marginTop: 50, marginBottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

const FOOTER = { bottom: 22, fontSize: 7, lineHeight: 1.3 } as const;
const FOOTER_LINE_HEIGHT = FOOTER.fontSize * FOOTER.lineHeight;
const RUNNING_HEADER = { top: 22, fontSize: 7.5 } as const;

const RUNNING_HEADER_LINE = { lineBottom: PAGE.height - RUNNING_HEADER.top - RUNNING_HEADER.fontSize * 1.35, lineHeight: RUNNING_HEADER.fontSize * 1.35, fontSize: RUNNING_HEADER.fontSize } as const;
const FOOTER_LAST_LINE = { lineBottom: FOOTER.bottom, lineHeight: FOOTER_LINE_HEIGHT, fontSize: FOOTER.fontSize } as const;
/** Width kept free at the right end of the footer's last line for the page number. */
export const PAGE_NUMBER_WIDTH = 70;

/**
 * Lines written into a rendered PDF rather than laid out by react-pdf (PDF points, origin bottom
 * left), each a line box (`lineBottom`, `lineHeight`) in which text is set as the layout sets a
 * rendered line:
 * - by page-chrome.ts, once per rendering: the running header on every page after the cover and
 *   "Page n of N" at the right end of the footer's last line. Text that depends on the page
 *   number would make react-pdf lay every page out again (its dynamic `render` nodes): about a
 *   third of a report's rendering time;
 * - by stamp.ts, per buyer: "Prepared for <buyer>" at the left of the footer's last line on every
 *   page, and on the cover's running-header line, which the cover leaves empty.
 */
export const PAGE_CHROME = {
  x: PAGE.marginX,
  right: PAGE.width - PAGE.marginX,
  runningHeader: RUNNING_HEADER_LINE,
  pageNumber: FOOTER_LAST_LINE,
} as const;

export const BUYER_STAMP = {
  x: PAGE.marginX,
  /** Room for the buyer's line before the page number. */
  maxWidth: CONTENT_WIDTH - PAGE_NUMBER_WIDTH,
  footer: FOOTER_LAST_LINE,
  cover: RUNNING_HEADER_LINE,
} as const;

export const styles = StyleSheet.create({
  page: {
    fontFamily: REPORT_FONT_FAMILY,
    fontSize: 9,
    lineHeight: 1.35,
    color: INK.text,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  footer: {
    position: "absolute",
    bottom: FOOTER.bottom,
    left: PAGE.marginX,
    right: PAGE.marginX,
    borderTopWidth: 0.5,
    borderTopColor: INK.border,
    paddingTop: 5,
    fontSize: FOOTER.fontSize,
    lineHeight: FOOTER.lineHeight,
    color: INK.muted,
  },
  footerLine: { width: CONTENT_WIDTH - PAGE_NUMBER_WIDTH },
  // The footer's last line is left empty at render time: the page number (page-chrome.ts) and,
  // per copy, the buyer's line (stamp.ts) are written into it, so one rendering serves every buyer.
  footerBuyerSlot: { height: FOOTER_LINE_HEIGHT },
  bold: { fontWeight: 700 },
  muted: { color: INK.muted },
  small: { fontSize: 7.5 },
  link: { color: INK.accent, textDecoration: "none" },
  paragraph: { marginBottom: 6 },
  section: { marginBottom: 16 },
  sectionTitle: { fontSize: 14, fontWeight: 700, marginBottom: 3 },
  sectionIntro: { color: INK.muted, marginBottom: 8 },
  subheading: { fontSize: 10.5, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  caption: { fontSize: 7.5, color: INK.muted, marginTop: 2, marginBottom: 8 },
  tag: {
    fontSize: 7,
    color: INK.muted,
    borderWidth: 0.5,
    borderColor: INK.border,
    borderRadius: 2,
    paddingHorizontal: 2,
  },
  notice: { backgroundColor: "#fff6e0", padding: 6, marginBottom: 8 },
  // Tables: rows of flex cells with hairline rules.
  table: { width: "100%", marginBottom: 8 },
  headerRow: { flexDirection: "row", borderBottomWidth: 0.8, borderBottomColor: INK.text, paddingBottom: 2 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: INK.border, paddingVertical: 3 },
  totalRow: { flexDirection: "row", borderTopWidth: 0.8, borderTopColor: INK.text, paddingVertical: 3 },
  th: { fontWeight: 700, fontSize: 8, paddingRight: 4 },
  td: { paddingRight: 4 },
  num: { textAlign: "right" },
  quote: { borderLeftWidth: 2, borderLeftColor: INK.border, paddingLeft: 5, marginTop: 2, marginBottom: 2 },
});
