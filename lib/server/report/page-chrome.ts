import fs from "node:fs";

import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

import { hexChannels, INK } from "./colors";
import { reportFontFiles } from "./fonts";
import { PAGE_CHROME } from "./styles";

/**
 * Lines written into a PDF after react-pdf has laid it out (the running header and page numbers
 * once per rendering, here; the buyer's line per copy, stamp.ts), in the report's own typeface,
 * embedded as a subset of the glyphs used so the text stays selectable.
 */

let fontBytes: Buffer | null = null;

function regularFontBytes(): Buffer {
  fontBytes ??= fs.readFileSync(reportFontFiles().regular);
  return fontBytes;
}

export interface LineBox {
  lineBottom: number;
  lineHeight: number;
  fontSize: number;
}

export interface WrittenPdf {
  doc: PDFDocument;
  font: PDFFont;
  /** Writes `text` in the line box, from `x` (left) or ending at `right`, in the footer's muted ink; shrunk to fit `maxWidth`. */
  write(page: PDFPage, text: string, line: LineBox, at: { x: number; maxWidth?: number } | { right: number }): void;
}

/** Baseline of a line whose box spans lineBottom..lineBottom + lineHeight: the layout hangs the ascender from the box's top. */
function baseline(font: PDFFont, line: LineBox, size: number): number {
  return line.lineBottom + line.lineHeight - font.heightAtSize(size, { descender: false });
}

export async function openForWriting(pdf: Uint8Array): Promise<WrittenPdf> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(regularFontBytes(), { subset: true });
  const [r, g, b] = hexChannels(INK.muted);
  const color = rgb(r / 255, g / 255, b / 255);
  return {
    doc,
    font,
    write(page, text, line, at) {
      const maxWidth = "maxWidth" in at ? at.maxWidth : undefined;
      const natural = font.widthOfTextAtSize(text, line.fontSize);
      const size = maxWidth !== undefined && natural > maxWidth ? (line.fontSize * maxWidth) / natural : line.fontSize;
      const x = "right" in at ? at.right - font.widthOfTextAtSize(text, size) : at.x;
      page.drawText(text, { x, y: baseline(font, line, size), size, font, color });
    },
  };
}

/** "Page n of N" on every page and the running header on every page after the cover. */
export async function writePageChrome(rendered: Uint8Array, runningHeader: string): Promise<Uint8Array> {
  const writing = await openForWriting(rendered);
  const pages = writing.doc.getPages();
  pages.forEach((page, index) => {
    writing.write(page, `Page ${index + 1} of ${pages.length}`, PAGE_CHROME.pageNumber, { right: PAGE_CHROME.right });
    if (index > 0) writing.write(page, runningHeader, PAGE_CHROME.runningHeader, { x: PAGE_CHROME.x, maxWidth: PAGE_CHROME.right - PAGE_CHROME.x });
  });
  return writing.doc.save();
}
