/**
 * OpenAPI 3.1 description of every public endpoint (served at /api/openapi.json). The
 * response schemas are strict (no undeclared properties) and a test checks real responses
 * against them. Pure data.
 */
import { OCCUPATION_LIST_COLUMNS } from "@/lib/server/api/occupations";
import { DOWNLOAD_FILES, TASK_COLUMNS } from "@/lib/downloads";
import { RELEASE_COLUMNS } from "@/lib/releases";
import { FIELD_SOURCES } from "@/lib/explanations/sources";
import { SIGNAL_IDS } from "@/lib/scoring";
import { SOC_CODE } from "@/lib/soc";

type Schema = Record<string, unknown>;

const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, "null"], ...extra });
const strict = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({
  type: "object",
  additionalProperties: false,
  required,
  properties,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ref("Error"), description);
const errorObject = strict(
  {
    code: { type: "string" },
    message: { type: "string" },
    issues: { type: "array", items: strict({ path: { type: "array", items: { type: ["string", "integer"] } }, message: { type: "string" } }) },
  },
  ["code", "message"],
);

const releaseId = { type: "string", pattern: "^\\d{4}\\.\\d{2}-[0-9a-f]{8}$", examples: ["2026.12-1a2b3c4d"] };
const wage = strict({ value: nullable("integer"), topCoded: { type: "boolean" } });

/** The verdict band and the entry, mid and senior scores beside an occupation's score. */
const bandAndLevelScores = { band: nullable("string"), entryScore: nullable("integer"), midScore: nullable("integer"), seniorScore: nullable("integer") };

const listItemTypes: Record<(typeof OCCUPATION_LIST_COLUMNS)[number], Schema> = {
  soc: { type: "string", pattern: SOC_CODE.source },
  title: { type: "string" },
  url: { type: "string", format: "uri" },
  categoryCode: { type: "string" },
  category: { type: "string" },
  score: nullable("integer", { minimum: 0, maximum: 100 }),
  ...bandAndLevelScores,
  employment: nullable("integer", { description: "BLS Employment Projections base-year employment (of the NEM aggregate when reported together)" }),
  projectedChangePct: nullable("number"),
  medianWage: nullable("integer"),
  medianWageTopCoded: { type: "boolean" },
  entryEducation: nullable("string"),
  digitalExposure: nullable("number"),
  taskCount: { type: "integer" },
  releaseId,
};

const signalFields = {
  value: { type: "number" },
  raw: nullable("number"),
  rawLabel: { type: "string" },
  weight: { type: "number" },
  contribution: { type: "number" },
  imputed: { type: "boolean" },
  source: { type: "string" },
  vintage: { type: "string" },
};
const signal = strict({ ...signalFields, sourceUrl: nullable("string") });
const releaseSignal = strict({ signal: { enum: [...SIGNAL_IDS] }, ...signalFields, sourceKey: { type: "string" } });

/** Generated text (METHODOLOGY §10): each clause names the stored fields it was written from. */
const explanation = (description: string): Schema => ({
  oneOf: [
    { type: "null" },
    strict({
      text: { type: "string" },
      sentences: {
        type: "array",
        items: strict({
          text: { type: "string" },
          clauses: { type: "array", minItems: 1, items: strict({ text: { type: "string" }, sources: { type: "array", minItems: 1, items: { enum: Object.keys(FIELD_SOURCES) } } }) },
        }),
      },
    }),
  ],
  description,
});

const share01 = nullable("number", { minimum: 0, maximum: 1 });
const percentile = nullable("number", { minimum: 0, maximum: 100 });
const taskMeasuredUse = {
  oneOf: [
    { type: "null" },
    strict({
      claude: strict({
        seen: { type: "boolean" },
        release: nullable("string", { description: "Anthropic Economic Index release the figures are from; null: not seen in Claude use" }),
        pctOfConversations: nullable("number", { minimum: 0, description: "percent of the release's Claude conversations" }),
        automation: share01,
        augmentation: share01,
        directive: share01,
      }),
      copilot: { oneOf: [{ type: "null" }, strict({ completion: { type: "number" }, impactScope: { type: "number" } })] },
      workActivities: {
        type: "array",
        items: strict({ iwaId: { type: "string" }, title: { type: "string" }, copilotCompletion: share01, copilotImpactScope: share01 }),
      },
    }),
  ],
};
const measuredUse = {
  oneOf: [
    { type: "null" },
    strict({
      sources: {
        oneOf: [
          { type: "null" },
          strict({
            claude: { type: "array", items: strict({ id: { type: "string" }, label: { type: "string" } }) },
            copilot: strict({ label: { type: "string" }, period: { type: "string" } }),
            chatgpt: strict({ label: { type: "string" }, firstMonth: nullable("string"), lastMonth: nullable("string") }),
            onet: { type: "string" },
          }),
        ],
      },
      scoredTasks: { type: "integer" },
      seenTasks: { type: "integer" },
      observedCoverage: { ...percentile, description: "U = 100 × Σ w·[task seen in Claude use] / Σ w" },
      usageSharePct: nullable("number", { minimum: 0 }),
      automationShare: share01,
      copilotApplicability: share01,
      copilotSoc: nullable("string"),
      chatgptTrend: strict({
        first: nullable("number"),
        last: nullable("number"),
        change: nullable("number"),
        months: { type: "array", items: strict({ month: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, value: { type: "number" } }) },
      }),
      percentiles: strict({
        score: percentile,
        betaHuman: percentile,
        betaGpt4: percentile,
        applicability: percentile,
        coverage: percentile,
        digital: percentile,
        taskSignal: percentile,
      }),
      spread: percentile,
      agreement: { enum: ["agree", "contested", null] },
      adoptionGap: nullable("number", { minimum: -100, maximum: 100 }),
    }),
  ],
};

const schemas: Record<string, Schema> = {
  // lib/http/errors.ts: one shape for every error; `issues` on a 422 says which input failed and why.
  Error: strict({ error: errorObject }),
  ReportError: strict({ error: errorObject, buyUrl: { type: "string" }, signInUrl: { type: "string" } }, ["error"]),
  OccupationListItem: strict(listItemTypes),
  OccupationList: strict({
    count: { type: "integer" },
    releaseId,
    dataVersion: nullable("string"),
    sources: { type: "string", format: "uri" },
    attribution: { type: "string" },
    occupations: { type: "array", items: ref("OccupationListItem") },
  }),
  Signal: signal,
  OccupationBreakdown: strict({
    releaseId: { ...releaseId, type: ["string", "null"] },
    soc: { type: "string" },
    title: { type: "string" },
    category: { type: "string" },
    employment: strict({
      source: { type: "string" },
      year: nullable("integer"),
      value: nullable("integer"),
      projectedChangePct: nullable("number"),
      nemCode: nullable("string"),
      reportedTogetherAs: nullable("string"),
    }),
    wages: strict({
      source: { type: "string" },
      oewsCode: nullable("string"),
      oewsTitle: nullable("string"),
      percentiles: { oneOf: [{ type: "null" }, strict({ p10: wage, p25: wage, p50: wage, p75: wage, p90: wage })] },
    }),
    score: nullable("integer"),
    band: nullable("string"),
    signals: { type: "object", additionalProperties: false, properties: Object.fromEntries(SIGNAL_IDS.map((id) => [id, ref("Signal")])) },
    seniority: strict({
      entry: nullable("integer"),
      mid: nullable("integer"),
      senior: nullable("integer"),
      multipliers: strict({ entry: { type: "number" }, mid: { type: "number" }, senior: { type: "number" } }),
    }),
    tasks: {
      type: "array",
      items: strict({
        taskId: { type: "integer" },
        onetSoc: { type: "string" },
        statement: { type: "string" },
        type: { enum: ["Core", "Supplemental", null] },
        human: nullable("string"),
        gpt4: nullable("string"),
        automation: nullable("string"),
        score: { type: "integer" },
        weight: { type: "integer" },
        measuredUse: taskMeasuredUse,
        explanation: explanation("Two to four sentences on the task from its stored fields, each clause citing its fields; null in a build without explanations"),
      }),
    },
    measuredUse,
    explanations: {
      oneOf: [
        { type: "null" },
        strict({
          headline: explanation("The band's headline, why, and what shifts"),
          outlook: explanation("The projected outlook line"),
          summary: explanation("Most and least exposed tasks, and how many are seen in Claude use"),
          agreement: explanation("Whether the six measures agree or are contested (percentile spread)"),
        }),
      ],
    },
  }),
  SearchResponse: strict({
    query: { type: "string" },
    results: {
      type: "array",
      items: strict(
        { soc: { type: "string" }, title: { type: "string" }, slug: { type: "string" }, score: nullable("integer"), matchedAlternate: { type: "string" } },
        ["soc", "title", "slug", "score"],
      ),
    },
    corrections: { type: "array", items: strict({ from: { type: "string" }, to: { type: "array", items: { type: "string" } } }) },
    match: { enum: ["empty", "code", "all", "corrected", "any", "none"] },
    suggestion: nullable("string"),
  }),
  ReleaseOccupation: strict({
    releaseId,
    soc: { type: "string" },
    title: { type: "string" },
    categoryCode: { type: "string" },
    score: nullable("integer"),
    ...bandAndLevelScores,
    signals: { type: "array", items: releaseSignal },
  }),
  Task: strict({
    taskId: { type: "integer" },
    soc: { type: "string" },
    onetSoc: { type: "string" },
    statement: { type: "string" },
    taskType: nullable("string"),
    humanLabel: nullable("string"),
    gpt4Label: nullable("string"),
    automationLabel: nullable("string"),
    score: { type: "integer" },
    weight: { type: "integer" },
    inSocTaskList: { type: "boolean" },
    inCurrentOnet: { type: "boolean" },
  }),
};

const envelope = { releaseId, licence: { type: "string" }, attribution: { type: "string" }, sources: { type: "string", format: "uri" }, count: { type: "integer" } };
schemas.OccupationsDownload = strict({ ...envelope, occupations: { type: "array", items: ref("ReleaseOccupation") } });
schemas.TasksDownload = strict({ ...envelope, tasks: { type: "array", items: ref("Task") } });

const socParam = { name: "soc", in: "path", required: true, description: "Six-digit SOC code, with or without the dash", schema: { type: "string", examples: ["11-3051"] } };
const releaseParam = { name: "release", in: "query", required: false, description: "An earlier release id (see /releases); default the current release", schema: releaseId };

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "AI Pressure public API",
      version: "2",
      description: `Free fields of every occupation's AI pressure score, search, and the bulk downloads. Every data response names its sources (Link header to /sources). Columns of the occupation CSV: ${OCCUPATION_LIST_COLUMNS.join(", ")}; of the release CSV: ${RELEASE_COLUMNS.length} columns (${RELEASE_COLUMNS.slice(0, 9).join(", ")}, then per signal value, raw, label, weight, points, imputed, source, vintage, source key); of the tasks CSV: ${TASK_COLUMNS.join(", ")}.`,
      license: { name: "Scores free to reuse with attribution; source data under their own licences (see /sources)", url: new URL("/sources", baseUrl).toString() },
    },
    servers: [{ url: baseUrl }],
    paths: {
      "/api/occupations": {
        get: {
          summary: "Every occupation's free fields",
          parameters: [
            { name: "format", in: "query", required: false, schema: { enum: ["json", "csv"], default: "json" } },
            { name: "category", in: "query", required: false, description: "SOC major group code (11) or category slug", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "The list", content: { "application/json": { schema: ref("OccupationList") }, "text/csv": { schema: { type: "string" } } } },
            "304": { description: "Not modified (ETag)" },
            "422": error("Bad format or unknown category"),
          },
        },
      },
      "/api/occupations/{soc}": {
        get: {
          summary: "One occupation's breakdown (the JSON of `npm run score -- <soc> --json`)",
          parameters: [socParam],
          responses: { "200": json(ref("OccupationBreakdown"), "The breakdown"), "304": { description: "Not modified (ETag)" }, "404": error("No such occupation"), "422": error("Malformed SOC code") },
        },
      },
      "/api/search": {
        get: {
          summary: "Search occupations by title, alternate or reported title, or code",
          parameters: [
            { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 100 } },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50 } },
          ],
          responses: { "200": json(ref("SearchResponse"), "Results, best first"), "422": error("Query too long or bad limit") },
        },
      },
      "/api/reports/{soc}": {
        get: {
          summary: "The PDF report of one occupation, for its buyer or a Pro member",
          parameters: [socParam],
          responses: {
            "200": { description: "The PDF", content: { "application/pdf": { schema: { type: "string", contentEncoding: "binary" } } } },
            "401": json(ref("ReportError"), "Not signed in (links to buy the report or sign in)"),
            "403": json(ref("ReportError"), "Not bought and not Pro (link to buy the report)"),
            "404": error("No such occupation"),
            "422": error("Malformed SOC code"),
            "429": error("This buyer's copy is being made; Retry-After says when to come back"),
            "503": error("Reports are busy or the accounts database is; Retry-After says when to come back"),
          },
        },
      },
      "/downloads/{file}": {
        get: {
          summary: "Bulk download of a release: occupations with every signal, or the current release's tasks",
          parameters: [{ name: "file", in: "path", required: true, schema: { enum: [...DOWNLOAD_FILES] } }, releaseParam],
          responses: {
            "200": {
              description: "The file; CSV files open with # lines naming the release, licence and attribution",
              content: {
                "application/json": { schema: { oneOf: [ref("OccupationsDownload"), ref("TasksDownload")] } },
                "text/csv": { schema: { type: "string" } },
              },
            },
            "304": { description: "Not modified (ETag)" },
            "404": error("Unknown file or release, or tasks of an earlier release"),
            "422": error("Malformed release id"),
            "503": error("The content database has no release"),
          },
        },
      },
      "/api/openapi.json": {
        get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: { schemas },
  };
}
