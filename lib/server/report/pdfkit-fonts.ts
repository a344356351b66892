import PDFDocument, { type PDFKitFonts } from "pdfkit";

/**
 * react-pdf sets the font of every text run with `doc.font(fontkitFont, size)`. pdfkit caches
 * fonts by name only, so for a font object it builds a new embedded font each time and compares
 * it with the one already embedded through `JSON.stringify` of its name table: about a tenth of
 * a report's rendering time, and much of its garbage. This gives each font object a name in
 * each document (`registerFont`, pdfkit's own API), so every run after the first is a cache hit.
 * The PDF is the same apart from the internal font resource numbers.
 */
const PATCHED = Symbol.for("ai-pressure.pdfkit-font-names");

type Patchable = PDFKitFonts & { [PATCHED]?: true };

export function nameFontObjectsInPdfkit(): void {
  const prototype = PDFDocument.prototype as Patchable;
  if (prototype[PATCHED]) return;
  const original = prototype.font;
  const names = new WeakMap<object, WeakMap<object, string>>();
  let counter = 0;
  prototype.font = function (this: PDFKitFonts, src: unknown, family?: unknown, size?: unknown) {
    if (typeof src !== "object" || src === null || typeof (src as { layout?: unknown }).layout !== "function") return original.call(this, src, family, size);
    let inDocument = names.get(this);
    if (inDocument === undefined) names.set(this, (inDocument = new WeakMap()));
    let name = inDocument.get(src);
    if (name === undefined) {
      name = `report-font-${(counter += 1)}`;
      inDocument.set(src, name);
      this.registerFont(name, src);
    }
    return original.call(this, name, family, size);
  };
  prototype[PATCHED] = true;
}
