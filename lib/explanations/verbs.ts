/**
 * The lead activity of a task statement: O*NET writes every task as an imperative ("Prepare
 * and maintain production reports …"), so its lead verbs say what is done and the words after
 * them what it is done to. The verb lexicon is read from the statements themselves (their
 * first words), not typed in. Used by the explanations and by the BLS evidence matcher.
 */
import { foldText } from "../text/tokens";

const clean = (word: string) => foldText(word).replace(/[^a-z-]/g, "");

/** Lower-cased first words of the given statements: the verbs O*NET tasks start with. */
export function leadVerbLexicon(statements: Iterable<string>): Set<string> {
  const verbs = new Set<string>();
  for (const statement of statements) {
    const first = clean(statement.trim().split(/\s+/)[0] ?? "");
    if (first.length > 1) verbs.add(first);
  }
  return verbs;
}

/** Words that end the object phrase: purpose, means, manner and relative clauses. */
const OBJECT_END = new Set(["to", "by", "using", "according", "such", "so", "that", "which", "when", "where", "as", "through", "during", "including", "while", "before", "after", "until", "whose", "regarding", "concerning", "consistent"]);
const MAX_OBJECT_WORDS = 12;

export interface LeadPhrase {
  /** The lead verbs as written ("Prepare and maintain"). */
  verbs: string;
  /** Lower-case stems-free verbs for matching ("prepare", "maintain"). */
  verbList: string[];
  /** What the verbs act on, up to the first purpose or manner clause ("production reports or personnel records"). */
  object: string;
}

/** Splits a task statement into its lead verbs and their object. */
export function leadPhrase(statement: string, leadVerbs: ReadonlySet<string>): LeadPhrase {
  const words = statement.trim().replace(/\.$/, "").split(/\s+/);
  const verbList = [clean(words[0] ?? "")];
  let index = 1;
  // "Plan, direct, or coordinate …", "Prepare and maintain …"
  while (index < words.length) {
    const previous = words[index - 1] ?? "";
    const word = words[index] ?? "";
    const afterConjunction = /^(?:and|or|and\/or)$/i.test(word) ? words[index + 1] : previous.endsWith(",") ? word : undefined;
    if (afterConjunction === undefined || !leadVerbs.has(clean(afterConjunction)) || index + 2 > words.length) break;
    const step = afterConjunction === word ? 1 : 2;
    if (index + step >= words.length) break;
    verbList.push(clean(afterConjunction));
    index += step;
  }
  const verbs = words.slice(0, index).join(" ").replace(/,$/, "");
  const rest = words.slice(index);
  const objectWords: string[] = [];
  for (const [position, word] of rest.entries()) {
    const bare = clean(word);
    if (position > 0 && OBJECT_END.has(bare)) break;
    const previous = rest[position - 1] ?? "";
    // a second activity ("budgets or approve expenditures") or a participle clause (", examining samples")
    const hasContent = objectWords.some((w) => !/^(?:to|with|on|in|for|at|about|from|into|of)$/i.test(clean(w)));
    if (position > 0 && hasContent && /^(?:and|or)$/i.test(bare) && leadVerbs.has(clean(rest[position + 1] ?? ""))) break;
    if (position > 0 && previous.endsWith(",") && /ing$/.test(bare) && !word.endsWith(",")) break;
    if (/[;:(]/.test(word)) {
      objectWords.push(word.replace(/[;:(].*$/, ""));
      break;
    }
    objectWords.push(word);
    if (objectWords.length >= MAX_OBJECT_WORDS) break;
    if (/,$/.test(word) && /^(?:such|including|especially|e\.g\.)$/i.test(rest[position + 1] ?? "")) break;
  }
  // A phrase cut at the word limit ends at its last comma, or says it goes on.
  if (objectWords.length >= MAX_OBJECT_WORDS && rest.length > MAX_OBJECT_WORDS) {
    const lastComma = objectWords.findLastIndex((word, position) => position >= 2 && word.endsWith(","));
    if (lastComma >= 0) objectWords.splice(lastComma + 1);
    else objectWords.push("…");
  }
  const object = objectWords
    .join(" ")
    .replace(/ …$/, "…")
    .replace(/[,;:]+$/, "")
    .replace(/\s+(?:and|or)$/i, "")
    .trim();
  return { verbs, verbList: verbList.filter((verb) => verb.length > 0), object };
}
