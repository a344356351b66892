import { readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "exceljs";
import { describe, expect, it } from "vitest";

import {
  type AiToolCatalog,
  type AiToolTaskInput,
  explainNoRecommendations,
  leadingVerbs,
  likelyUsedProducts,
  likelyUseSentences,
  matchStatement,
  parseAiToolCatalog,
  recommendAiTools,
} from "@/lib/pro/tools";
import { stem, stemTokens } from "@/lib/text/tokens";
import { cellText, openWorkbook } from "@/scripts/import/readers";

const root = path.resolve(import.meta.dirname, "../..");
const shippedJson: unknown = JSON.parse(readFileSync(path.join(root, "data/ai-tools.json"), "utf8"));
const shipped = parseAiToolCatalog(shippedJson);

const example = (name: string) => ({ name, vendor: "Vendor", url: `https://example.com/${name.toLowerCase()}` });

/** A small catalogue with known answers, independent of the shipped data. */
const fixture: AiToolCatalog = parseAiToolCatalog({
  version: 1,
  updated: "2026-11-25",
  note: "test fixture",
  categories: [
    {
      id: "writing",
      name: "Writing",
      description: "Drafts text.",
      examples: [example("A"), example("B")],
      keywords: ["reports", "letters"],
      verbs: ["draft", "write"],
    },
    {
      id: "transcription",
      name: "Transcription",
      description: "Speech to text.",
      examples: [example("C"), example("D")],
      keywords: ["dictated", "medical reports"],
      verbs: ["transcribe"],
    },
    {
      id: "scheduling",
      name: "Scheduling",
      description: "Books appointments.",
      examples: [example("E"), example("F")],
      keywords: ["appointments"],
      verbs: ["schedule"],
    },
  ],
});

const task = (taskId: number, statement: string, score: number, weight = 2): AiToolTaskInput => ({
  taskId,
  onetSoc: "29-2072.00",
  statement,
  score,
  weight,
});

describe("shipped catalogue (data/ai-tools.json)", () => {
  it("parses and has at least 30 categories with unique kebab-case ids", () => {
    expect(shipped.categories.length).toBeGreaterThanOrEqual(30);
    const ids = shipped.categories.map((category) => category.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every category 2–4 examples with https URLs, keywords and a description", () => {
    for (const category of shipped.categories) {
      expect(category.examples.length, category.id).toBeGreaterThanOrEqual(2);
      expect(category.examples.length, category.id).toBeLessThanOrEqual(4);
      for (const product of category.examples) {
        expect(new URL(product.url).protocol, `${category.id}: ${product.name}`).toBe("https:");
        expect(product.vendor.length).toBeGreaterThan(0);
      }
      expect(category.keywords.length, category.id).toBeGreaterThan(0);
      expect(category.description.length, category.id).toBeGreaterThan(20);
    }
  });

  it("has no redundant terms: no two keywords (or verbs) of a category stem alike", () => {
    const redundant: string[] = [];
    for (const category of shipped.categories) {
      for (const terms of [category.keywords, category.verbs]) {
        const seen = new Map<string, string>();
        for (const term of terms) {
          const key = stemTokens(term).join(" ");
          const first = seen.get(key);
          if (first === undefined) seen.set(key, term);
          else redundant.push(`${category.id}: "${term}" duplicates "${first}"`);
        }
      }
    }
    expect(redundant).toEqual([]);
  });
});

describe("parseAiToolCatalog", () => {
  const good = {
    id: "ok",
    name: "OK",
    description: "Fine.",
    examples: [example("A"), example("B")],
    keywords: ["reports"],
    verbs: ["draft"],
  };

  it("lists every bad entry in one readable error", () => {
    const bad = {
      version: 1,
      updated: "2026-11-25",
      note: "",
      categories: [
        good,
        { ...good, name: "Duplicate" },
        { ...good, id: "one-example", examples: [example("A")] },
        { ...good, id: "plain-http", examples: [example("A"), { name: "B", vendor: "V", url: "http://example.com" }] },
        { ...good, id: "no-keywords", keywords: [] },
      ],
    };
    let message = "";
    try {
      parseAiToolCatalog(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid AI tool catalogue \(4 problems\):/);
    expect(message).toContain('categories[1] ("ok").id: duplicate id "ok" (first used by categories[0])');
    expect(message).toContain('categories[2] ("one-example").examples: needs at least 2 example products');
    expect(message).toContain('categories[3] ("plain-http").examples[1].url: url must be an https:// address');
    expect(message).toContain('categories[4] ("no-keywords").keywords: keywords must not be empty');
  });

  it("rejects non-kebab ids, uppercase keywords and multi-word verbs", () => {
    const bad = {
      version: 1,
      updated: "2026-11-25",
      note: "",
      categories: [{ ...good, id: "Not Kebab", keywords: ["Reports"], verbs: ["look up"] }],
    };
    expect(() => parseAiToolCatalog(bad)).toThrow(
      /id must be kebab-case[\s\S]*keywords\[0\][\s\S]*verbs\[0\]: each verb/,
    );
  });

  it("rejects a file that is not a catalogue at all", () => {
    expect(() => parseAiToolCatalog(null)).toThrow(/Invalid AI tool catalogue/);
    expect(() => parseAiToolCatalog({ version: 2, updated: "soon", note: "", categories: [] })).toThrow(
      /version[\s\S]*updated must be an ISO date[\s\S]*catalogue has no categories/,
    );
  });
});

describe("text normalisation", () => {
  it("stems inflections and common derivations to one form", () => {
    const same = (words: string[]) => expect(new Set(words.map(stem)).size, words.join(", ")).toBe(1);
    same(["report", "reports", "reporting", "reported"]);
    same(["analyze", "analyzes", "analyzing", "analyzed", "analysis", "analyses"]);
    same(["schedule", "schedules", "scheduled", "scheduling"]);
    same(["translate", "translated", "translation"]);
    same(["plan", "plans", "planned", "planning"]);
    same(["supply", "supplies", "supplied"]);
    same(["meeting", "meetings"]);
  });

  it("keeps apart words that only look alike", () => {
    const apart = (a: string, b: string) => expect(stem(a), `${a} vs ${b}`).not.toBe(stem(b));
    apart("meeting", "meet");
    apart("accounting", "account");
    apart("statement", "state");
    apart("news", "new");
    apart("programming", "programs");
    apart("drawings", "draw");
    apart("billing", "bills");
  });

  it("normalises punctuation and reads the leading verbs of a statement", () => {
    expect(stemTokens("Answer customers' e-mail.")).toEqual(["answer", "customer", "email"]);
    expect(leadingVerbs("Prepare and file payroll tax returns.")).toEqual(["prepar", "fil"]);
    expect(leadingVerbs("Plan, evaluate, and revise curricula.")).toEqual(["plan", "evaluat", "revis"]);
    expect(leadingVerbs("Conduct research, write papers.")).toEqual(["conduct"]);
  });
});

describe("you likely use: only products the occupation's O*NET Technology Skills list", () => {
  const examples = [
    { name: "Suite Copilot", vendor: "Vendor", url: "https://example.com/suite", worksIn: ["Microsoft Excel", "Microsoft Word"] },
    { name: "Sheets helper", vendor: "Vendor", url: "https://example.com/sheets", worksIn: ["Google Sheets"] },
    example("Standalone"),
  ];

  it("names a catalogue example's host product only when the occupation lists it by that exact name", () => {
    expect(likelyUsedProducts(examples, new Set(["Microsoft Excel", "Spreadsheet software"]))).toEqual([{ product: "Microsoft Excel", example: "Suite Copilot" }]);
    expect(likelyUsedProducts(examples, new Set(["Excel", "Google Docs"]))).toEqual([]);
    expect(likelyUsedProducts(examples, new Set())).toEqual([]);
  });

  it("writes one sentence per example", () => {
    const used = likelyUsedProducts(examples, new Set(["Microsoft Excel", "Microsoft Word", "Google Sheets"]));
    expect(likelyUseSentences(used)).toEqual([
      "You likely use Microsoft Excel and Microsoft Word (O*NET lists them for this occupation): Suite Copilot works inside them.",
      "You likely use Google Sheets (O*NET lists it for this occupation): Sheets helper works inside it.",
    ]);
  });

  it("carries the matches into each recommendation", () => {
    const catalog = parseAiToolCatalog({
      ...(shippedJson as object),
      categories: [{ id: "writing", name: "Writing", description: "Drafts text.", examples, keywords: ["reports"], verbs: ["draft"] }],
    });
    const [withExcel] = recommendAiTools([task(1, "Draft reports.", 80)], catalog, { technologies: new Set(["Microsoft Excel"]) });
    expect(withExcel!.likelyUsed).toEqual([{ product: "Microsoft Excel", example: "Suite Copilot" }]);
    const [without] = recommendAiTools([task(1, "Draft reports.", 80)], catalog);
    expect(without!.likelyUsed).toEqual([]);
  });

  it("spells every worksIn product of the shipped catalogue as some occupation's O*NET 30.1 technology list does", async () => {
    const workbook = await openWorkbook(path.join(root, "data/sources/onet-30.1/Technology Skills.xlsx"), root);
    const names = new Set<string>();
    workbook.worksheets[0]!.eachRow((row) => void names.add(cellText((row.values as CellValue[])[3] ?? null)));
    const products = shipped.categories.flatMap((category) => category.examples.flatMap((e) => e.worksIn ?? []));
    expect(products.length).toBeGreaterThan(20);
    expect(products.filter((product) => !names.has(product))).toEqual([]);
  });
});

describe("recommendAiTools", () => {
  it("names the task a category helps with, with the matched terms", () => {
    const [first, ...rest] = recommendAiTools([task(1, "Transcribe dictated medical reports.", 80)], fixture);
    expect(first?.categoryId).toBe("transcription");
    expect(first?.tasks).toEqual([
      {
        taskId: 1,
        onetSoc: "29-2072.00",
        statement: "Transcribe dictated medical reports.",
        score: 80,
        matchedTerms: ["transcribe", "dictated", "medical reports"],
      },
    ]);
    // weight 2 × 0.8 × (keywords 1 + 0.25 + leading verb 1) = 3.6
    expect(first?.relevance).toBe(3.6);
    // "reports" also matches the writing category, more weakly: 2 × 0.8 × 1 = 1.6
    expect(rest.map((r) => [r.categoryId, r.relevance])).toEqual([["writing", 1.6]]);
  });

  it("matches the shipped catalogue's clinical documentation and transcription categories", () => {
    const recommendations = recommendAiTools([task(1, "Transcribe dictated medical reports.", 80)], shipped, {
      maxRecommendations: 20,
    });
    const ids = recommendations.map((r) => r.categoryId);
    expect(ids).toContain("transcription-dictation");
    expect(ids).toContain("clinical-documentation");
    for (const id of ["transcription-dictation", "clinical-documentation"]) {
      const recommendation = recommendations.find((r) => r.categoryId === id);
      expect(recommendation?.tasks.map((t) => t.taskId)).toEqual([1]);
      expect(recommendation?.examples.length).toBeGreaterThanOrEqual(2);
    }
    expect(ids[0]).toBe("transcription-dictation");
  });

  it("ignores tasks scoring below the threshold", () => {
    const tasks = [task(1, "Draft letters to clients.", 40), task(2, "Schedule patient appointments.", 60)];
    const recommendations = recommendAiTools(tasks, fixture);
    expect(recommendations.map((r) => r.categoryId)).toEqual(["scheduling"]);
    // 2 × 0.6 × 2 = 2.4 for scheduling, 2 × 0.4 × 2 = 1.6 for writing
    expect(recommendAiTools(tasks, fixture, { minTaskScore: 30 }).map((r) => [r.categoryId, r.relevance])).toEqual([
      ["scheduling", 2.4],
      ["writing", 1.6],
    ]);
  });

  it("orders by relevance, then name, and is independent of task order", () => {
    const tasks = [
      task(1, "Schedule appointments.", 50, 1), // scheduling: 1 × 0.5 × 2 = 1
      task(2, "Draft reports.", 100, 2), // writing: 2 × 1 × 2 = 4
      task(3, "Write letters.", 60, 1), // writing: 1 × 0.6 × 2 = 1.2
      task(4, "Transcribe interviews.", 50, 1), // transcription: 1 × 0.5 × 1 = 0.5
    ];
    const recommendations = recommendAiTools(tasks, fixture);
    expect(recommendations.map((r) => [r.categoryId, r.relevance])).toEqual([
      ["writing", 5.2],
      ["scheduling", 1],
      ["transcription", 0.5],
    ]);
    expect(recommendations[0]?.tasks.map((t) => t.taskId)).toEqual([2, 3]);
    expect(recommendAiTools([...tasks].reverse(), fixture)).toEqual(recommendations);

    // equal relevance: alphabetical by name
    const tied = recommendAiTools([task(5, "Schedule reports.", 50, 1)], fixture);
    expect(tied.map((r) => [r.name, r.relevance])).toEqual([
      ["Scheduling", 0.5],
      ["Writing", 0.5],
    ]);
  });

  it("counts a verb only as the leading verb, or alongside a keyword", () => {
    expect(matchStatement("Review and write policies.", fixture).map((m) => m.categoryId)).toEqual(["writing"]);
    expect(matchStatement("Review policies others write.", fixture)).toEqual([]);
    expect(matchStatement("Review reports others write.", fixture)).toEqual([
      { categoryId: "writing", matchedTerms: ["reports", "write"], strength: 1.5 },
    ]);
  });

  it("lets a closing \", using …\" clause support a match but not make one", () => {
    expect(matchStatement("Check totals, using monthly reports.", fixture)).toEqual([]);
    expect(matchStatement("Draft memos, using monthly reports.", fixture)).toEqual([
      { categoryId: "writing", matchedTerms: ["draft", "reports"], strength: 1.5 },
    ]);
  });

  it("caps the number of recommendations", () => {
    const tasks = [
      task(1, "Draft reports.", 90),
      task(2, "Schedule appointments.", 90),
      task(3, "Transcribe notes.", 90),
    ];
    expect(recommendAiTools(tasks, fixture)).toHaveLength(3);
    expect(recommendAiTools(tasks, fixture, { maxRecommendations: 2 })).toHaveLength(2);
    expect(recommendAiTools(tasks, fixture, { maxRecommendations: 0 })).toEqual([]);
  });

  it("returns nothing, and says why, when no task qualifies or nothing matches", () => {
    expect(recommendAiTools([], fixture)).toEqual([]);
    expect(explainNoRecommendations([], fixture)?.reason).toBe("no-tasks");

    const low = [task(1, "Draft reports.", 49), task(2, "Schedule appointments.", 10)];
    expect(recommendAiTools(low, fixture)).toEqual([]);
    expect(explainNoRecommendations(low, fixture)).toEqual({
      reason: "no-tasks-above-threshold",
      message: "No task in this occupation scores 50 or more, so we do not recommend AI tools for it.",
    });

    const unmatched = [task(1, "Operate forklifts.", 70), task(2, "Lift heavy boxes.", 55)];
    expect(recommendAiTools(unmatched, fixture)).toEqual([]);
    expect(explainNoRecommendations(unmatched, fixture)).toEqual({
      reason: "no-category-match",
      message: "2 tasks score 50 or more, but none of them matches a category in our AI tool catalogue.",
    });

    expect(explainNoRecommendations([task(1, "Draft reports.", 80)], fixture)).toBeNull();
  });
});

describe("shipped catalogue on real O*NET tasks", () => {
  it("avoids known false friends", () => {
    const categories = (statement: string) => matchStatement(statement, shipped).map((m) => m.categoryId);
    expect(categories("Meet production deadlines.")).not.toContain("meeting-notes");
    expect(categories("Plan repairs, taking into account weather conditions.")).not.toContain(
      "bookkeeping-accounting",
    );
    expect(categories("Inspect buildings for compliance with building codes.")).not.toContain("coding-assistants");
    expect(categories("Develop training programs for new staff.")).not.toContain("coding-assistants");
    expect(categories("Analyze proposed legislative bills.")).not.toContain("invoice-processing");
    expect(categories("Order diagnostic tests.")).not.toContain("grading-feedback");
    expect(categories("Write letters of recommendation for students.")).not.toContain("general-ai-assistants");
    expect(categories("Compile bibliographies of specialized materials.")).not.toContain("data-analysis-bi");
    expect(categories("Provide customers with product samples and catalogs.")).not.toContain("lab-research-data");
    expect(categories("Fit hearing aids.")).not.toContain("legal-research");
    expect(categories("Total accounts, using specialized accounting software.")).not.toContain("coding-assistants");
    expect(categories("Prepare technical drawings, using computer-aided design software.")).toContain(
      "engineering-design",
    );
  });

  it("matches at least 60% of tasks scoring 50 or more", () => {
    // Task score per METHODOLOGY §1, computed here only as a filter.
    const exposure: Record<string, number> = { E0: 0, E1: 1, E2: 0.5 };
    const automation: Record<string, number> = { T0: 0, T1: 0.25, T2: 0.5, T3: 0.75, T4: 1 };
    const [header = "", ...rows] = readFileSync(path.join(root, "data/sources/onet-gpts/full_labelset.tsv"), "utf8")
      .split("\n")
      .filter((line) => line.length > 0);
    const columns = header.split("\t");
    const column = (name: string) => {
      const index = columns.indexOf(name);
      if (index < 0) throw new Error(`missing column ${name}`);
      return index;
    };
    const [socCol, statementCol, typeCol, humanCol, gptCol, autoCol] = [
      "O*NET-SOC Code",
      "Task",
      "Task Type",
      "human_labels",
      "gpt4_exposure",
      "gpt4_automation",
    ].map(column) as [number, number, number, number, number, number];

    const tasks: AiToolTaskInput[] = rows.map((line, index) => {
      const cells = line.split("\t");
      const raters = [cells[humanCol], cells[gptCol]]
        .map((label) => exposure[label ?? ""])
        .filter((value): value is number => value !== undefined);
      const x = raters.length > 0 ? raters.reduce((sum, value) => sum + value, 0) / raters.length : 0;
      const a = automation[cells[autoCol] ?? ""] ?? 0;
      return {
        taskId: index,
        onetSoc: cells[socCol] ?? "",
        statement: cells[statementCol] ?? "",
        score: Math.round(100 * (0.75 * x + 0.25 * a)),
        weight: cells[typeCol] === "Core" ? 2 : 1,
      };
    });
    const eligible = tasks.filter((t) => t.score >= 50);
    expect(eligible.length).toBeGreaterThan(5000);

    const recommendations = recommendAiTools(tasks, shipped, { maxRecommendations: Number.POSITIVE_INFINITY });
    const covered = new Set(recommendations.flatMap((r) => r.tasks.map((t) => t.taskId)));
    const coverage = covered.size / eligible.length;
    console.log(
      `AI tool catalogue coverage: ${covered.size} of ${eligible.length} tasks scoring ≥ 50 ` +
        `match a category (${(100 * coverage).toFixed(1)}%); ${shipped.categories.length} categories`,
    );
    expect(coverage).toBeGreaterThanOrEqual(0.6);
    // every category earns its place on the real data
    expect(recommendations.length).toBe(shipped.categories.length);
  });
});
