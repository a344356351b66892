/**
 * The one text normalisation for matching task statements against other text (BLS duties for
 * evidence, the AI tool catalogue). Small and deterministic: lowercase, ASCII folding, a
 * stop-word list and a conservative suffix stripper, so that "reports", "reporting" and
 * "reported" meet at "report".
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

/** Whether a lowercased word is on the stop-word list. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lowercase, ASCII-folded text. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "")
    .toLowerCase();
}

/** Words of a text, lowercased and ASCII-folded, without stop words or numbers. */
export function words(text: string): string[] {
  return normalizeText(text).filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
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


/** Words the suffix rules would mangle, or merge with an unrelated word. */
const IRREGULAR_STEMS: Readonly<Record<string, string>> = {
  // "analysis" and "analytics" belong with "analyze"
  analysis: "analyz",
  analyses: "analyz",
  analyse: "analyz",
  analysed: "analyz",
  analysing: "analyz",
  analytic: "analyz",
  analytics: "analyz",
  analytical: "analyz",
  // otherwise "meet" (deadlines), "into account", "bill" (legislation), "markets",
  // "programs" (of study), "new", "security" (guards), "draw"
  meeting: "meeting",
  meetings: "meeting",
  accounting: "accounting",
  billing: "billing",
  marketing: "marketing",
  programming: "programming",
  news: "news",
  securities: "securities",
  drawing: "drawing",
  drawings: "drawing",
};

const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last === word.at(-2) && last !== undefined && !"aeiouylsfz".includes(last)) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * A small, conservative suffix stripper for American English (as O*NET writes it): plural
 * and verb inflections, "-ation"/"-ate", "-ization"/"-ize" and a silent final "e".
 * "reports", "reporting" and "reported" all become "report"; "analyzes", "analyzing" and
 * "analysis" become "analyz"; "translation" and "translated" become "translat". It leaves
 * "-ment", "-er" and "-al" alone so that, say, "statement" does not collide with "state".
 */
export function stem(token: string): string {
  const irregular = IRREGULAR_STEMS[token];
  if (irregular !== undefined) return irregular;
  if (token.length <= 3 || /\d/.test(token)) return token;

  let word = token;
  if (word.endsWith("ies") && word.length > 4) {
    word = `${word.slice(0, -3)}y`;
  } else if (word.endsWith("sses")) {
    word = word.slice(0, -2);
  } else if (/(x|z|ch|sh|ss)es$/.test(word)) {
    word = word.slice(0, -2);
  } else if (word.endsWith("s") && !/(ss|us|is|ys)$/.test(word)) {
    word = word.slice(0, -1);
  }
  // then verb endings: "findings" → "finding" → "find"
  if (word.endsWith("ied") && word.length > 4) {
    word = `${word.slice(0, -3)}y`;
  } else if (word.endsWith("ed") && !word.endsWith("eed")) {
    const base = word.slice(0, -2);
    if (base.length >= 3 && VOWEL.test(base)) word = undouble(base);
  } else if (word.endsWith("ing")) {
    const base = word.slice(0, -3);
    if (base.length >= 3 && VOWEL.test(base)) word = undouble(base);
  }

  if (word.endsWith("ization")) {
    word = `${word.slice(0, -7)}iz`;
  } else if (word.endsWith("ation") && word.length - 5 >= 3) {
    word = `${word.slice(0, -5)}at`;
  }
  if (word.endsWith("e") && word.length > 3) word = word.slice(0, -1);
  return word;
}

/** Every word of a text, lowercased and ASCII-folded, punctuation removed ("e-mail" → "email", "customers'" → "customers"). */
export function normalizeText(text: string): string[] {
  return foldText(text)
    .replace(/\be-mail/g, "email")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Normalised, stemmed tokens of a statement or catalogue phrase. */
export function stemTokens(text: string): string[] {
  return normalizeText(text).map(stem);
}
