/**
 * AI tool recommendations (METHODOLOGY §7): a curated catalogue of tool categories
 * (data/ai-tools.json) matched to an occupation's high-scoring tasks by transparent
 * keyword and verb matching.
 *
 * Why this design: a hand-curated list keeps the product names real and the descriptions
 * sober, and plain keyword matching keeps every recommendation auditable. Each one names
 * the tasks it helps with and the catalogue terms that matched, so a reader (or we) can
 * see why a tool was suggested and fix a bad match by editing the data file, not the code.
 * The matcher is pure and deterministic: no I/O, no clock, no randomness.
 */
import { z } from "zod";

import { normalizeText, stem, stemTokens } from "@/lib/text/tokens";

// ---------------------------------------------------------------------------
// Catalogue schema
// ---------------------------------------------------------------------------

const lowercaseTerm = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .regex(/^[a-z0-9][a-z0-9 '-]*$/, { error: "must be lowercase letters, digits, spaces, hyphens or apostrophes" });

const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/;

export const aiToolExampleSchema = z.object({
  name: z.string().trim().min(1, { error: "example name must not be empty" }),
  vendor: z.string().trim().min(1, { error: "example vendor must not be empty" }),
  url: z
    .string()
    .trim()
    .refine((value) => HTTPS_URL.test(value), { error: "url must be an https:// address" }),
  /**
   * Products this one works inside, spelled as O*NET Technology Skills names them
   * ("Microsoft Excel"): the only way a recommendation may say "you likely use" one.
   */
  worksIn: z.array(z.string().trim().min(1, { error: "worksIn names must not be empty" })).max(8, { error: "worksIn lists more than 8 products" }).optional(),
});

export const aiToolCategorySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "id must be kebab-case" }),
  name: z.string().trim().min(1, { error: "name must not be empty" }),
  description: z.string().trim().min(1, { error: "description must not be empty" }),
  examples: z
    .array(aiToolExampleSchema)
    .min(2, { error: "needs at least 2 example products" })
    .max(4, { error: "has more than 4 example products" }),
  keywords: z.array(lowercaseTerm).min(1, { error: "keywords must not be empty" }),
  verbs: z.array(
    z.string().regex(/^[a-z]+$/, { error: "each verb must be a single lowercase word" }),
  ),
});

export const aiToolCatalogSchema = z.object({
  version: z.literal(1),
  updated: z.iso.date({ error: "updated must be an ISO date (YYYY-MM-DD)" }),
  note: z.string(),
  categories: z
    .array(aiToolCategorySchema)
    .min(1, { error: "catalogue has no categories" })
    .superRefine((categories, ctx) => {
      const firstIndex = new Map<string, number>();
      categories.forEach((category, index) => {
        const first = firstIndex.get(category.id);
        if (first === undefined) {
          firstIndex.set(category.id, index);
        } else {
          ctx.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `duplicate id "${category.id}" (first used by categories[${first}])`,
          });
        }
      });
    }),
});

export type AiToolExample = z.infer<typeof aiToolExampleSchema>;
export type AiToolCategory = z.infer<typeof aiToolCategorySchema>;
export type AiToolCatalog = z.infer<typeof aiToolCatalogSchema>;

/** Where an issue sits, named by category id when the raw entry has one. */
function describePath(json: unknown, path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === "categories" && typeof path[1] === "number") {
    const categories = (json as { categories?: unknown } | null)?.categories;
    const entry = Array.isArray(categories) ? (categories[path[1]] as { id?: unknown } | undefined) : undefined;
    const label = typeof entry?.id === "string" ? ` ("${entry.id}")` : "";
    const rest = path.slice(2).map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`));
    return `categories[${path[1]}]${label}${rest.join("")}`;
  }
  return path.length === 0 ? "catalogue" : path.map(String).join(".");
}

/**
 * Parses the catalogue file. Throws one Error whose message lists every problem, one per
 * line, each naming the category it belongs to.
 */
export function parseAiToolCatalog(json: unknown): AiToolCatalog {
  const result = aiToolCatalogSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${describePath(json, issue.path)}: ${issue.message}`);
  const count = lines.length === 1 ? "1 problem" : `${lines.length} problems`;
  throw new Error(`Invalid AI tool catalogue (${count}):\n${lines.join("\n")}`);
}

const CONNECTIVES = new Set(["and", "or", "and/or"]);

/**
 * The verbs a task statement opens with: "Prepare and file payroll tax returns" → prepare,
 * file; "Plan, evaluate, and revise curricula" → plan, evaluate, revise. O*NET statements
 * are written in the imperative, so the first word is the verb.
 */
export function leadingVerbs(statement: string): string[] {
  const words = statement.trim().split(/\s+/);
  const verbs: string[] = [];
  const add = (raw: string | undefined) => {
    const token = raw === undefined ? undefined : normalizeText(raw)[0];
    if (token !== undefined) verbs.push(stem(token));
  };
  add(words[0]);
  let index = 0;
  while (verbs.length < 4 && index < words.length - 1) {
    const current = words[index] ?? "";
    const next = words[index + 1]?.toLowerCase() ?? "";
    if (current.endsWith(",")) {
      // "Plan, evaluate, and revise": a list of verbs
      if (CONNECTIVES.has(next)) {
        add(words[index + 2]);
        break;
      }
      add(words[index + 1]);
      index += 1;
    } else if (CONNECTIVES.has(next)) {
      // "Prepare and maintain"
      add(words[index + 2]);
      break;
    } else {
      break;
    }
  }
  return verbs;
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

export type AiToolTaskInput = {
  taskId: number;
  onetSoc: string;
  statement: string;
  /** Task score, 0–100 (METHODOLOGY §1). */
  score: number;
  /** Task weight: Core 2, Supplemental 1. */
  weight: number;
};

export type AiToolRecommendedTask = {
  taskId: number;
  onetSoc: string;
  statement: string;
  score: number;
  /** Catalogue terms found in the statement: leading verbs, keywords, other verbs, tool-clause keywords. */
  matchedTerms: string[];
};

export type AiToolRecommendation = {
  categoryId: string;
  name: string;
  description: string;
  examples: AiToolExample[];
  /** Matched tasks, strongest contribution first. */
  tasks: AiToolRecommendedTask[];
  /** Σ over matched tasks of weight × score/100 × match strength, rounded to 3 decimals. */
  relevance: number;
  /**
   * Products the occupation's O*NET Technology Skills list that an example works inside
   * (the catalogue's `worksIn`): "you likely use Microsoft Excel: Microsoft 365 Copilot works in it".
   */
  likelyUsed: AiToolLikelyUse[];
};

export type AiToolLikelyUse = { product: string; example: string };

/** Each catalogue example's `worksIn` product that the occupation's technology list names (exact names), in catalogue order. */
export function likelyUsedProducts(examples: ReadonlyArray<AiToolExample>, technologies: ReadonlySet<string>): AiToolLikelyUse[] {
  return examples.flatMap((example) => (example.worksIn ?? []).filter((product) => technologies.has(product)).map((product) => ({ product, example: example.name })));
}

export type RecommendAiToolsOptions = {
  /** Tasks scoring below this are ignored. Default 50. */
  minTaskScore?: number;
  /** At most this many categories are returned. Default 6. */
  maxRecommendations?: number;
  /** The occupation's O*NET Technology Skills product names (for `likelyUsed`). */
  technologies?: ReadonlySet<string>;
};

export const AI_TOOL_DEFAULTS = { minTaskScore: 50, maxRecommendations: 6 } as const;

/** Match strength weights; exported so the methodology page can quote them. */
export const AI_TOOL_MATCH_WEIGHTS = {
  /** First matched keyword. */
  keyword: 1,
  /** Each further distinct matched keyword. */
  extraKeyword: 0.25,
  /** Cap on the keyword part. */
  keywordCap: 1.5,
  /** A catalogue verb that the statement opens with. Enough on its own to match. */
  leadingVerb: 1,
  /** A catalogue verb elsewhere in the statement. Adds strength but never matches alone. */
  otherVerb: 0.5,
  /**
   * Keywords found only in a closing ", using …" clause, which names the worker's tool
   * rather than the work ("…, using accounting software"). Add strength, never match alone.
   */
  toolClauseKeyword: 0.5,
} as const;

type CompiledTerm = { term: string; tokens: string[]; key: string };
type CompiledCategory = { category: AiToolCategory; keywords: CompiledTerm[]; verbs: CompiledTerm[] };

/** Stemmed terms, cached per catalogue object (a parsed catalogue is never mutated). */
const compiledCatalogs = new WeakMap<AiToolCatalog, CompiledCategory[]>();

/** Stems each term once; terms that stem alike ("report", "reports") collapse to the first. */
function compileTerms(terms: readonly string[]): CompiledTerm[] {
  const byKey = new Map<string, CompiledTerm>();
  for (const term of terms) {
    const tokens = stemTokens(term);
    const key = tokens.join(" ");
    if (tokens.length > 0 && !byKey.has(key)) byKey.set(key, { term, tokens, key });
  }
  return [...byKey.values()];
}

function compile(catalog: AiToolCatalog): CompiledCategory[] {
  const cached = compiledCatalogs.get(catalog);
  if (cached) return cached;
  const compiled = catalog.categories.map((category) => ({
    category,
    keywords: compileTerms(category.keywords),
    verbs: compileTerms(category.verbs).filter((verb) => verb.tokens.length === 1),
  }));
  compiledCatalogs.set(catalog, compiled);
  return compiled;
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  const last = tokens.length - phrase.length;
  outer: for (let start = 0; start <= last; start += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (tokens[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}

export type StatementMatch = { categoryId: string; matchedTerms: string[]; strength: number };

type PreparedStatement = {
  /** Tokens before a closing ", using …" clause (the whole statement when there is none). */
  tokens: string[];
  tokenSet: Set<string>;
  /** Tokens of the ", using …" clause. */
  toolTokens: string[];
  toolTokenSet: Set<string>;
  leading: Set<string>;
};

const TOOL_CLAUSE = /,\s+using\s/i;

function prepare(statement: string): PreparedStatement {
  const clause = TOOL_CLAUSE.exec(statement);
  const main = clause ? statement.slice(0, clause.index) : statement;
  const tool = clause ? statement.slice(clause.index) : "";
  const tokens = stemTokens(main);
  const toolTokens = stemTokens(tool);
  return {
    tokens,
    tokenSet: new Set(tokens),
    toolTokens,
    toolTokenSet: new Set(toolTokens),
    leading: new Set(leadingVerbs(statement)),
  };
}

function hasTerm(tokens: readonly string[], tokenSet: ReadonlySet<string>, term: CompiledTerm): boolean {
  return term.tokens.length === 1 ? tokenSet.has(term.key) : containsPhrase(tokens, term.tokens);
}

function matchPrepared(prepared: PreparedStatement, compiled: CompiledCategory): StatementMatch | null {
  const w = AI_TOOL_MATCH_WEIGHTS;
  const keywords = compiled.keywords.filter((keyword) => hasTerm(prepared.tokens, prepared.tokenSet, keyword));
  const leading = compiled.verbs.filter((verb) => prepared.leading.has(verb.key));
  if (keywords.length === 0 && leading.length === 0) return null;

  const toolKeywords = compiled.keywords.filter(
    (keyword) => !keywords.includes(keyword) && hasTerm(prepared.toolTokens, prepared.toolTokenSet, keyword),
  );
  const elsewhere = compiled.verbs.filter(
    (verb) =>
      !prepared.leading.has(verb.key) && (prepared.tokenSet.has(verb.key) || prepared.toolTokenSet.has(verb.key)),
  );
  const keywordStrength =
    keywords.length === 0 ? 0 : Math.min(w.keywordCap, w.keyword + w.extraKeyword * (keywords.length - 1));
  const verbStrength = leading.length > 0 ? w.leadingVerb : elsewhere.length > 0 ? w.otherVerb : 0;
  const toolStrength = toolKeywords.length > 0 ? w.toolClauseKeyword : 0;
  // Leading verbs first, then keywords, then other verbs, then tool-clause keywords; one term per stem.
  const seen = new Set<string>();
  const matchedTerms: string[] = [];
  for (const { term, key } of [...leading, ...keywords, ...elsewhere, ...toolKeywords]) {
    if (seen.has(key)) continue;
    seen.add(key);
    matchedTerms.push(term);
  }
  return { categoryId: compiled.category.id, matchedTerms, strength: keywordStrength + verbStrength + toolStrength };
}

/** Every catalogue category one statement matches, in catalogue order (no score filter). */
export function matchStatement(statement: string, catalog: AiToolCatalog): StatementMatch[] {
  const prepared = prepare(statement);
  return compile(catalog).flatMap((compiled) => matchPrepared(prepared, compiled) ?? []);
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Recommends AI tool categories for an occupation's tasks. Only tasks scoring at least
 * `minTaskScore` are considered; a category is recommended when at least one of them
 * matches it. Relevance = Σ weight × score/100 × match strength over matched tasks.
 * Sorted by relevance (desc), then name, then id. Returns [] when nothing matches;
 * `explainNoRecommendations` says why.
 */
export function recommendAiTools(
  tasks: ReadonlyArray<AiToolTaskInput>,
  catalog: AiToolCatalog,
  options: RecommendAiToolsOptions = {},
): AiToolRecommendation[] {
  const minTaskScore = options.minTaskScore ?? AI_TOOL_DEFAULTS.minTaskScore;
  const maxRecommendations = options.maxRecommendations ?? AI_TOOL_DEFAULTS.maxRecommendations;
  if (maxRecommendations <= 0) return [];

  const eligible = tasks
    .filter((task) => task.score >= minTaskScore)
    .map((task) => ({ task, prepared: prepare(task.statement) }));
  if (eligible.length === 0) return [];

  const recommendations: AiToolRecommendation[] = [];
  for (const compiled of compile(catalog)) {
    const matched: Array<{ task: AiToolRecommendedTask; contribution: number }> = [];
    for (const { task, prepared } of eligible) {
      const match = matchPrepared(prepared, compiled);
      if (!match) continue;
      matched.push({
        task: {
          taskId: task.taskId,
          onetSoc: task.onetSoc,
          statement: task.statement,
          score: task.score,
          matchedTerms: match.matchedTerms,
        },
        contribution: task.weight * (task.score / 100) * match.strength,
      });
    }
    if (matched.length === 0) continue;
    matched.sort(
      (a, b) =>
        b.contribution - a.contribution ||
        b.task.score - a.task.score ||
        a.task.taskId - b.task.taskId ||
        a.task.onetSoc.localeCompare(b.task.onetSoc),
    );
    // Summed in the sorted order so the total does not depend on the caller's task order.
    const relevance = round3(matched.reduce((sum, entry) => sum + entry.contribution, 0));
    const { category } = compiled;
    recommendations.push({
      categoryId: category.id,
      name: category.name,
      description: category.description,
      examples: category.examples.map((example) => ({ ...example })),
      tasks: matched.map((entry) => entry.task),
      relevance,
      likelyUsed: likelyUsedProducts(category.examples, options.technologies ?? new Set()),
    });
  }

  recommendations.sort(
    (a, b) =>
      b.relevance - a.relevance || a.name.localeCompare(b.name, "en") || a.categoryId.localeCompare(b.categoryId, "en"),
  );
  return recommendations.slice(0, maxRecommendations);
}

export type NoRecommendationsReason = "no-tasks" | "no-tasks-above-threshold" | "no-category-match";

/**
 * Why `recommendAiTools` returned nothing, as a reason code and a sentence the page can
 * show; null when there are recommendations.
 */
export function explainNoRecommendations(
  tasks: ReadonlyArray<AiToolTaskInput>,
  catalog: AiToolCatalog,
  options: RecommendAiToolsOptions = {},
): { reason: NoRecommendationsReason; message: string } | null {
  const minTaskScore = options.minTaskScore ?? AI_TOOL_DEFAULTS.minTaskScore;
  if (tasks.length === 0) {
    return {
      reason: "no-tasks",
      message: "This occupation has no rated tasks, so there is nothing to match AI tools to.",
    };
  }
  const eligible = tasks.filter((task) => task.score >= minTaskScore);
  if (eligible.length === 0) {
    return {
      reason: "no-tasks-above-threshold",
      message: `No task in this occupation scores ${minTaskScore} or more, so we do not recommend AI tools for it.`,
    };
  }
  if (recommendAiTools(tasks, catalog, { minTaskScore, maxRecommendations: 1 }).length > 0) return null;
  const noun = eligible.length === 1 ? "task scores" : "tasks score";
  return {
    reason: "no-category-match",
    message:
      `${eligible.length} ${noun} ${minTaskScore} or more, ` +
      "but none of them matches a category in our AI tool catalogue.",
  };
}

/**
 * "You likely use Microsoft Excel and Microsoft Word (O*NET lists them for this occupation):
 * Microsoft 365 Copilot works inside them." One sentence per example; none without a listed product.
 */
export function likelyUseSentences(likelyUsed: ReadonlyArray<AiToolLikelyUse>): string[] {
  const byExample = new Map<string, string[]>();
  for (const { product, example } of likelyUsed) byExample.set(example, [...(byExample.get(example) ?? []), product]);
  return [...byExample].map(([example, products]) => {
    const list = products.length === 1 ? products[0]! : `${products.slice(0, -1).join(", ")} and ${products.at(-1)!}`;
    const one = products.length === 1;
    return `You likely use ${list} (O*NET lists ${one ? "it" : "them"} for this occupation): ${example} works inside ${one ? "it" : "them"}.`;
  });
}
