// The part of pdfkit (a dependency of @react-pdf/renderer, which ships no types for it) that fonts.ts patches.
declare module "pdfkit" {
  export interface PDFKitFonts {
    font(src: unknown, family?: unknown, size?: unknown): this;
    registerFont(name: string, src: unknown, family?: string): this;
  }
  const PDFDocument: { prototype: PDFKitFonts };
  export default PDFDocument;
}
