/**
 * Shared text normalisation for matching task statements against other text (BLS duties,
 * the AI tool catalogue, search). Deliberately small and deterministic: lowercase, ASCII
 * folding, a stop-word list and a light suffix stripper, so that "reports", "reporting"
 * and "reported" meet at "report".
 */
const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by can " +
    "could did do does doing down during each etc few for from further had has have having he her here hers him his how i if in into " +
    "is it its itself just may might more most must no nor not of off on once only or other our ours out over own same she should so " +
    "some such than that the their theirs them then there these they this those through to too under until up upon very via was we " +
    "were what when where which while who whom why will with within without would you your such including include includes e g ie " +
    "using use used uses typically often usually various related relevant necessary appropriate"
  ).split(" "),
);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["ational", "ate"],
  ["ization", "ize"],
  ["isation", "ize"],
  ["fulness", "ful"],
  ["iveness", "ive"],
  ["ements", "e"],
  ["ement", "e"],
  ["ments", ""],
  ["ment", ""],
  ["ings", ""],
  ["ing", ""],
  ["ations", "ate"],
  ["ation", "ate"],
  ["ies", "y"],
  ["ied", "y"],
  ["ers", ""],
  ["er", ""],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
];

/** Light stemmer: strips one common English suffix, keeping at least a 3-letter stem. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      if (suffix === "s" && (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"))) return word;
      const base = word.slice(0, word.length - suffix.length) + replacement;
      // "analyzed" → "analyz", "analysis" → "analysis": fold z/s variants of the same root.
      return base.endsWith("e") && base.length > 4 ? base.slice(0, -1) : base;
    }
  }
  return word.endsWith("e") && word.length > 4 ? word.slice(0, -1) : word;
}

export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "")
    .toLowerCase();
}

/** Words of a text, lowercased and ASCII-folded, without stop words or numbers. */
export function words(text: string): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
}

/** Stemmed content tokens of a text. */
export function tokens(text: string): string[] {
  return words(text).map(stem);
}

/** Splits a paragraph into sentences at ., ! or ? followed by a space and a capital letter or digit. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
