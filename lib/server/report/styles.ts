import { StyleSheet } from "@react-pdf/renderer";

import { INK } from "./colors";
import { REPORT_FONT_FAMILY } from "./fonts";

/** US Letter in points; margins leave room for the fixed running header and footer. */
export const PAGE = { width: 612, height: 792, marginX: 46, marginTop: 50, marginBottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

const FOOTER = { bottom: 22, fontSize: 7, lineHeight: 1.3 } as const;
const FOOTER_LINE_HEIGHT = FOOTER.fontSize * FOOTER.lineHeight;
const RUNNING_HEADER = { top: 22, fontSize: 7.5 } as const;

/**
 * Where stamp.ts writes "Prepared for <buyer>" (PDF points, origin bottom left): the footer's
 * reserved last line on every page, and the running-header line of the cover, which the
 * running header leaves empty on page 1. Each is a line box (`lineBottom`, `lineHeight`) in which
 * the stamp sets text as the layout sets a rendered line.
 */
export const BUYER_STAMP = {
  x: PAGE.marginX,
  footer: { lineBottom: FOOTER.bottom, lineHeight: FOOTER_LINE_HEIGHT, fontSize: FOOTER.fontSize },
  cover: { lineBottom: PAGE.height - RUNNING_HEADER.top - RUNNING_HEADER.fontSize * 1.35, lineHeight: RUNNING_HEADER.fontSize * 1.35, fontSize: RUNNING_HEADER.fontSize },
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
  runningHeader: {
    position: "absolute",
    top: RUNNING_HEADER.top,
    left: PAGE.marginX,
    right: PAGE.marginX,
    fontSize: RUNNING_HEADER.fontSize,
    color: INK.muted,
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
  footerLine: { width: CONTENT_WIDTH - 70 },
  // The footer's last line is left empty at render time: the buyer's line is stamped into it per
  // copy (stamp.ts), so one rendering of a report serves every buyer.
  footerBuyerSlot: { height: FOOTER_LINE_HEIGHT },
  footerPage: { position: "absolute", top: 5, right: 0, width: 70, textAlign: "right" },
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
