import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

import { contentDb, type ContentDb } from "@/db/content/client";
import { searchOccupations, type SearchResult } from "@/db/queries/search";

import { sharedContentBuild } from "./support/content-build";
import {
  buildMatchExpression,
  buildVocabulary,
  closestTerms,
  correctTokens,
  detectSocCode,
  levenshtein,
  maxTypoDistance,
  normalizeSearchInput,
  pickMatchedAlternate,
  preferCorrectionsIn,
  quoteFts,
  splitAlternateTitles,
  suggestionFor,
  tokenGroup,
  tokenize,
  vocabularyHasPrefix,
} from "@/lib/search";
import { searchParamsSchema } from "@/lib/validations/search";

/** Hostile inputs: FTS5 syntax, quotes, huge strings, control characters, unicode. */
const HOSTILE = [
  '"',
  '""',
  '"""',
  "*",
  "**",
  "plant*",
  "NEAR(",
  "NEAR(a b, 3)",
  "a OR b",
  "a AND b",
  "NOT manager",
  "-manager",
  "^plant",
  "title:plant",
  "{title alt_titles}: plant",
  "(plant",
  "plant)",
  '"unbalanced',
  'plant "manager',
  "'; DROP TABLE occupations; --",
  "\u0000",
  "plant\u0000manager",
  "\u0007\u001b[31m",
  "a".repeat(1000),
  "plant ".repeat(200),
  "électricien",
  "Straße",
  "电工 工程师",
  "🙂 nurse",
  "\ud800",
  "ｐｌａｎｔ　ｍａｎａｇｅｒ",
  "  ",
  "",
];

/** A strict grammar of what buildMatchExpression may emit: quoted terms, `*`, OR inside groups, AND/OR between. */
const TERM = String.raw`"(?:[^"]|"")*"\*?`;
const GROUP = String.raw`(?:${TERM}|\(${TERM}(?: OR ${TERM})+\))`;
const EXPRESSION = new RegExp(String.raw`^${GROUP}(?: (?:AND|OR) ${GROUP})*$`, "u");

describe("normalising and recognising input", () => {
  it("strips control characters and collapses whitespace", () => {
    expect(normalizeSearchInput("  plant\u0000\tmanager \n")).toBe("plant manager");
    expect(normalizeSearchInput("ｐｌａｎｔ")).toBe("plant");
  });

  it("detects SOC codes with or without the dash, with a specialisation suffix, and nothing else", () => {
    expect(detectSocCode("11-3051")).toEqual({ soc: "11-3051", onetSoc: null });
    expect(detectSocCode("113051")).toEqual({ soc: "11-3051", onetSoc: null });
    expect(detectSocCode(" 11 3051 ")).toEqual({ soc: "11-3051", onetSoc: null });
    expect(detectSocCode("SOC 11-3051")).toEqual({ soc: "11-3051", onetSoc: null });
    expect(detectSocCode("11-3051.01")).toEqual({ soc: "11-3051", onetSoc: "11-3051.01" });
    expect(detectSocCode("11305101")).toBeNull();
    for (const input of ["11-305", "1130511", "11-3051x", "plant 11-3051", "11-3051.1", "abc"]) expect(detectSocCode(input)).toBeNull();
  });

  it("tokenizes like the unicode61 tokenizer, dropping stop words and stray letters", () => {
    expect(tokenize("Industrial Prod")).toEqual(["industrial", "prod"]);
    expect(tokenize("Licensed Practical and Licensed Vocational Nurses")).toEqual(["licensed", "practical", "vocational", "nurses"]);
    expect(tokenize("driver's")).toEqual(["driver"]);
    expect(tokenize("électricien")).toEqual(["electricien"]);
    expect(tokenize("the")).toEqual(["the"]);
    expect(tokenize('"NEAR(plant*, manager)"')).toEqual(["near", "plant", "manager"]);
    expect(tokenize("one two three four five six seven eight nine ten")).toHaveLength(8);
    expect(tokenize("a".repeat(1000))[0]).toHaveLength(40);
    expect(tokenize('"*()^-:')).toEqual([]);
  });
});

describe("FTS5 MATCH expression", () => {
  it("quotes every word, prefixes every word and folds a plural", () => {
    expect(buildMatchExpression(tokenize("industrial prod").map(tokenGroup))).toBe('("industrial" OR "industrial"*) AND ("prod" OR "prod"*)');
    expect(buildMatchExpression(tokenize("plant managers").map(tokenGroup))).toBe('("plant" OR "plant"*) AND ("managers" OR "manager"*)');
    expect(buildMatchExpression(tokenize("a b").map(tokenGroup), "any")).toBe('("a" OR "a"*) OR ("b" OR "b"*)');
    expect(buildMatchExpression([])).toBeNull();
  });

  it("doubles quotes inside a term", () => {
    expect(quoteFts('say "hi"')).toBe('"say ""hi"""');
  });

  it.each(HOSTILE)("turns %j into a well-formed expression or nothing", (input) => {
    const expression = buildMatchExpression(tokenize(input).map(tokenGroup));
    if (expression !== null) expect(expression).toMatch(EXPRESSION);
  });

  it("rejects over-long queries at validation and takes the first of repeated parameters", () => {
    expect(searchParamsSchema.safeParse({ q: "a".repeat(1000) }).success).toBe(false);
    expect(searchParamsSchema.safeParse({ q: "a".repeat(100) }).success).toBe(true);
    expect(searchParamsSchema.parse({ q: ["plant", "nurse"] }).q).toBe("plant");
    expect(searchParamsSchema.parse({}).q).toBe("");
    expect(searchParamsSchema.parse({ q: "x", limit: "5" }).limit).toBe(5);
    expect(searchParamsSchema.parse({ q: "x", limit: "" }).limit).toBeUndefined();
    expect(searchParamsSchema.safeParse({ q: "x", limit: "500" }).success).toBe(false);
  });
});

describe("levenshtein", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("abc", "")).toBe(3);
    expect(levenshtein("same", "same")).toBe(0);
    expect(levenshtein("industral", "industrial")).toBe(1);
  });

  it("counts an adjacent swap as 2, or 1 with transpositions", () => {
    expect(levenshtein("prodcution", "production")).toBe(2);
    expect(levenshtein("prodcution", "production", Infinity, { transpositions: true })).toBe(1);
    expect(levenshtein("ca", "ac", Infinity, { transpositions: true })).toBe(1);
  });

  it("stops early past the cutoff and returns max + 1", () => {
    expect(levenshtein("kitten", "sitting", 1)).toBe(2);
    expect(levenshtein("a", "abcdefgh", 2)).toBe(3);
    expect(levenshtein("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });

  it("works on code points, not UTF-16 units", () => {
    expect(levenshtein("🙂a", "🙃a")).toBe(1);
    expect(levenshtein("straße", "strasse")).toBe(2);
  });
});

describe("typo correction", () => {
  const vocabulary = buildVocabulary([
    { term: "industrial", documents: 12 },
    { term: "production", documents: 20 },
    { term: "managers", documents: 60 },
    { term: "water", documents: 5 },
    { term: "waiters", documents: 1 },
    { term: "113051", documents: 1 },
  ]);

  it("allows one edit up to five letters and two above, none under three letters or for numbers", () => {
    expect(maxTypoDistance("ab")).toBe(0);
    expect(maxTypoDistance("plnt")).toBe(1);
    expect(maxTypoDistance("manag")).toBe(1);
    expect(maxTypoDistance("industral")).toBe(2);
    expect(maxTypoDistance("113052")).toBe(0);
  });

  it("finds prefixes in the sorted vocabulary", () => {
    expect(vocabularyHasPrefix(vocabulary, "indus")).toBe(true);
    expect(vocabularyHasPrefix(vocabulary, "zzz")).toBe(false);
    expect(vocabularyHasPrefix(vocabulary, "")).toBe(true);
  });

  it("picks the closest terms, most used first, and compares against singulars", () => {
    expect(closestTerms("industral", vocabulary)).toEqual(["industrial"]);
    expect(closestTerms("wiater", vocabulary)).toEqual(["water", "waiters"]);
    expect(closestTerms("xyzzy", vocabulary)).toEqual([]);
    expect(closestTerms("113052", vocabulary)).toEqual([]);
  });

  it("corrects only unknown words and builds the suggestion", () => {
    expect(correctTokens(["industrial", "prod"], vocabulary)).toBeNull();
    const corrected = correctTokens(["industral", "prod", "xyzzy"], vocabulary);
    expect(corrected?.corrections).toEqual([
      { from: "industral", to: ["industrial"] },
      { from: "xyzzy", to: [] },
    ]);
    expect(corrected?.suggestion).toBe("industrial prod");
    expect(corrected?.groups.map((group) => group.token)).toEqual(["industral", "prod"]);
    expect(buildMatchExpression(corrected?.groups ?? [])).toBe('("industrial" OR "industrial"*) AND ("prod" OR "prod"*)');
  });

  it("prefers the correction the best hit contains", () => {
    const corrections = preferCorrectionsIn([{ from: "wiater", to: ["water", "waiters"] }], "Waiters and Waitresses");
    expect(corrections).toEqual([{ from: "wiater", to: ["waiters", "water"] }]);
    expect(suggestionFor(["wiater", "job"], corrections)).toBe("waiters job");
  });
});

describe("matched alternate title", () => {
  const alternates = splitAlternateTitles("Quality Control Systems Managers | Biomass Power Plant Managers | plant managers");
  it("shows the shortest alternate that matches more of the query than the title", () => {
    expect(pickMatchedAlternate("Industrial Production Managers", alternates, tokenize("plant manager").map(tokenGroup))).toBe("plant managers");
    expect(pickMatchedAlternate("Industrial Production Managers", alternates, tokenize("industrial prod").map(tokenGroup))).toBeUndefined();
    expect(pickMatchedAlternate("Industrial Production Managers", alternates, tokenize("quality control").map(tokenGroup))).toBe(
      "Quality Control Systems Managers",
    );
  });
  it("splits stored alternates", () => {
    expect(splitAlternateTitles(null)).toEqual([]);
    expect(splitAlternateTitles("a | b")).toEqual(["a", "b"]);
  });
});

// Against the real content database ---------------------------------------------------------------

let dbFile: string;
let db: ContentDb;

describe("search against the content database", () => {
  beforeAll(async () => {
    dbFile = (await sharedContentBuild()).dbFile;
    db = contentDb(dbFile);
  });

  const topThree = (query: string) => searchOccupations(query, { db }).results.slice(0, 3).map((result) => result.soc);

  it("answers a repeated query from memory with the same frozen outcome, per query spelling and limit", () => {
    const first = searchOccupations("registered  nurses ", { db });
    expect(searchOccupations("registered nurses", { db })).toBe(first); // same normalised query
    expect(searchOccupations("registered nurses", { db, limit: 5 })).not.toBe(first);
    expect(searchOccupations("registered nurses", { db, limit: 5 }).results).toEqual(first.results.slice(0, 5));
    expect(Object.isFrozen(first) && Object.isFrozen(first.results) && first.results.every((result) => Object.isFrozen(result))).toBe(true);
    expect(() => {
      (first.results as SearchResult[]).push(first.results[0]!);
    }).toThrow(TypeError);
  });

  it.each(["industrial prod", "plant manager", "11-3051", "113051", "industral production"])("finds 11-3051 first for %j", (query) => {
    expect(topThree(query)).toContain("11-3051");
    expect(topThree(query)[0]).toBe("11-3051");
  });

  it("answers a code directly, a specialisation code with its title", () => {
    const byCode = searchOccupations("11-3051", { db });
    expect(byCode.match).toBe("code");
    expect(byCode.results).toEqual([{ soc: "11-3051", title: "Industrial Production Managers", slug: "11-3051-industrial-production-managers", score: expect.any(Number) }]);
    expect(searchOccupations("11-3051.01", { db }).results[0]).toMatchObject({ soc: "11-3051", matchedAlternate: "Quality Control Systems Managers" });
    expect(searchOccupations("99-9999", { db })).toMatchObject({ match: "none", results: [], unknownCode: "99-9999" });
  });

  it("names the alternate title a hit matched", () => {
    const hit = searchOccupations("plant manager", { db }).results[0];
    expect(hit).toMatchObject({ soc: "11-3051", matchedAlternate: "plant managers" });
  });

  it("reports the typo corrections it made", () => {
    const outcome = searchOccupations("industral production", { db });
    expect(outcome.match).toBe("corrected");
    expect(outcome.corrections).toEqual([{ from: "industral", to: ["industrial"] }]);
    expect(outcome.suggestion).toBe("industrial production");
  });

  it("falls back to occupations matching some words", () => {
    const outcome = searchOccupations("nurse plumber", { db });
    expect(outcome.match).toBe("any");
    expect(outcome.results.length).toBeGreaterThan(0);
  });

  it("respects the limit", () => {
    expect(searchOccupations("manager", { db, limit: 5 }).results).toHaveLength(5);
  });

  it.each(HOSTILE)("never throws for %j", (input) => {
    expect(() => searchOccupations(input, { db })).not.toThrow();
  });

  it("never makes SQLite throw on random hostile strings (raw MATCH)", () => {
    const sqlite = new Database(dbFile, { readonly: true });
    const statement = sqlite.prepare("SELECT count(*) AS n FROM occupation_search WHERE occupation_search MATCH ?");
    const alphabet = ['"', "*", "(", ")", ":", "^", "-", "+", " ", "NEAR", "AND", "OR", "NOT", "{", "}", "'", ",", "é", "电", "🙂", "\u0000", "a", "1", "plant", "\\", "\ud800"];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    try {
      for (let i = 0; i < 2000; i++) {
        const length = 1 + Math.floor(random() * 12);
        const input = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
        for (const mode of ["all", "any"] as const) {
          const expression = buildMatchExpression(tokenize(input).map(tokenGroup), mode);
          if (expression === null) continue;
          expect(expression).toMatch(EXPRESSION);
          expect(() => statement.get(expression)).not.toThrow();
        }
      }
    } finally {
      sqlite.close();
    }
  });
});
