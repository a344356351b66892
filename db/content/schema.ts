import { index, integer, primaryKey, real, type SQLiteColumnBuilderBase, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Relative import: drizzle-kit loads this file without the "@/" path alias.
import { SIGNAL_IDS, type SignalId } from "../../lib/scoring/signals";
import type { PivotEmptyReason, PivotTarget } from "../../lib/pro/pivots";
import type { AiToolRecommendation } from "../../lib/pro/tools";
import type { Sentence } from "../../lib/explanations/sources";

/** OOH sections quoted as task evidence (scripts/import/evidence.ts keeps its thresholds per section). */
export const PASSAGE_KINDS = ["duty", "sentence", "environment", "how-to-become"] as const;

/**
 * Content database: everything the public site shows, rebuilt from data/sources by
 * `npm run db:build` and swapped in atomically. The app opens it read-only.
 * Scores are computed once at import by lib/scoring and stored; pages only read them.
 */

export { SIGNAL_IDS, type SignalId };

export type WagePercentile = { value: number | null; topCoded: boolean };
export type WagePercentiles = Record<"p10" | "p25" | "p50" | "p75" | "p90", WagePercentile>;

/** The stored score of an occupation, current (occupations) or of a release (release_scores). */
const scoreColumns = () => ({
  score: integer("score"),
  band: text("band"),
  entryScore: integer("entry_score"),
  midScore: integer("mid_score"),
  seniorScore: integer("senior_score"),
});

/** One scored signal of an occupation, current (signals) or of a release (release_signals). */
const signalColumns = () => ({
  signal: text("signal", { enum: SIGNAL_IDS }).notNull(),
  value: real("value").notNull(),
  raw: real("raw"),
  rawLabel: text("raw_label").notNull(),
  weight: real("weight").notNull(),
  contribution: real("contribution").notNull(),
  imputed: integer("imputed", { mode: "boolean" }).notNull(),
  source: text("source").notNull(),
});

export const categories = sqliteTable("categories", {
  code: text("code").primaryKey(), // SOC major group, e.g. "11"
  title: text("title").notNull(), // "Management"
  slug: text("slug").notNull().unique(),
  occupationCount: integer("occupation_count").notNull(),
  scoredCount: integer("scored_count").notNull(),
  /** Base-year employment of the group's occupations, each BLS (NEM) occupation counted once. */
  employment: integer("employment"),
  /** BLS's own base-year figure for the whole major group (our occupations may cover less). */
  blsEmployment: integer("bls_employment"),
  meanScore: real("mean_score"),
  /** Mean routineness R_g of the group (METHODOLOGY §4); null when no occupation has work contexts. */
  routineness: real("routineness"),
  entryMultiplier: real("entry_multiplier").notNull(),
  seniorMultiplier: real("senior_multiplier").notNull(),
});

export const categoryPriors = sqliteTable(
  "category_priors",
  {
    categoryCode: text("category_code").notNull(),
    signal: text("signal", { enum: SIGNAL_IDS }).notNull(),
    value: real("value").notNull(),
    /** Occupations whose own value fed the prior; 0 means the economy-wide mean was used. */
    basis: integer("basis").notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryCode, t.signal] })],
);

export const occupations = sqliteTable(
  "occupations",
  {
    soc: text("soc").primaryKey(), // "11-3051"
    title: text("title").notNull(),
    slug: text("slug").notNull().unique(), // "11-3051-industrial-production-managers"
    categoryCode: text("category_code").notNull(),
    summary: text("summary"),
    summarySource: text("summary_source"),
    oohSlug: text("ooh_slug"),
    nemCode: text("nem_code"),
    nemTitle: text("nem_title"),
    /**
     * BLS Employment Projections figures of the NEM code (years in meta `vintages`). When
     * several SOC codes share one NEM aggregate, these are the aggregate's (see nemCode).
     */
    employment: integer("employment"),
    employmentProjected: integer("employment_projected"),
    changePct: real("change_pct"),
    openingsAnnual: integer("openings_annual"),
    epMedianWage: integer("ep_median_wage"),
    /** BLS publishes wages at or above the top-coded value as ">=$239,200". */
    epMedianWageTopCoded: integer("ep_median_wage_top_coded", { mode: "boolean" }).notNull().default(false),
    entryEducation: text("entry_education"),
    workExperience: text("work_experience"),
    training: text("training"),
    oewsCode: text("oews_code"),
    oewsTitle: text("oews_title"),
    oewsEmployment: integer("oews_employment"),
    wages: text("wages", { mode: "json" }).$type<WagePercentiles>(),
    jobZone: integer("job_zone"),
    betaHuman: real("beta_human"),
    betaGpt4: real("beta_gpt4"),
    sector: text("sector"),
    digitalExposure: real("digital_exposure"),
    taskCount: integer("task_count").notNull(),
    taskSignal: real("task_signal"),
    ...scoreColumns(),
  },
  (t) => [index("occupations_category_idx").on(t.categoryCode, t.score), index("occupations_score_idx").on(t.score)],
);

/** O*NET-SOC occupations: the `.00` code and its specialisations (e.g. 11-3051.01). */
export const onetOccupations = sqliteTable(
  "onet_occupations",
  {
    onetSoc: text("onet_soc").primaryKey(),
    soc: text("soc").notNull(),
    title: text("title").notNull(),
    taskCount: integer("task_count").notNull(),
    taskSignal: real("task_signal"),
    /** Whether this code's tasks make up the SOC code's task list (METHODOLOGY §1). */
    inSocTaskList: integer("in_soc_task_list", { mode: "boolean" }).notNull(),
    betaHuman: real("beta_human"),
    betaGpt4: real("beta_gpt4"),
  },
  (t) => [index("onet_occupations_soc_idx").on(t.soc)],
);

export const tasks = sqliteTable(
  "tasks",
  {
    taskId: integer("task_id").primaryKey(),
    onetSoc: text("onet_soc").notNull(),
    soc: text("soc").notNull(),
    statement: text("statement").notNull(),
    taskType: text("task_type", { enum: ["Core", "Supplemental"] }),
    humanLabel: text("human_label"),
    gpt4Label: text("gpt4_label"),
    automationLabel: text("automation_label"),
    score: integer("score").notNull(),
    weight: integer("weight").notNull(),
    inSocTaskList: integer("in_soc_task_list", { mode: "boolean" }).notNull(),
    evidenceText: text("evidence_text"),
    /** The OOH section quoted: duty bullets, "What they do" sentences, "Work environment", "How to become one". */
    evidenceKind: text("evidence_kind", { enum: PASSAGE_KINDS }),
    evidenceSimilarity: real("evidence_similarity"),
    sourceLine: integer("source_line").notNull(),
    /** Whether the current O*NET release still lists the task (by Task ID). */
    inCurrentOnet: integer("in_current_onet", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("tasks_soc_idx").on(t.soc), index("tasks_onet_soc_idx").on(t.onetSoc)],
);

export const signals = sqliteTable(
  "signals",
  {
    soc: text("soc").notNull(),
    ...signalColumns(),
    sourceUrl: text("source_url"),
    vintage: text("vintage").notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.soc, t.signal] })],
);

export const oohProfiles = sqliteTable("ooh_profiles", {
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  url: text("url").notNull(),
  groupName: text("group_name"),
  summary: text("summary"),
  digitalExposure: integer("digital_exposure"),
  medianPayAnnual: integer("median_pay_annual"),
  entryEducation: text("entry_education"),
  outlookPct: real("outlook_pct"),
  outlookDesc: text("outlook_desc"),
  jobs2024: integer("jobs_2024"),
  projected2034: integer("projected_2034"),
});

/** BLS Occupational Outlook Handbook text used as quoted evidence for tasks. */
export const oohPassages = sqliteTable(
  "ooh_passages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: PASSAGE_KINDS }).notNull(),
    ordinal: integer("ordinal").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("ooh_passages_slug_idx").on(t.slug)],
);

export const alternateTitles = sqliteTable(
  "alternate_titles",
  {
    soc: text("soc").notNull(),
    title: text("title").notNull(),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.soc, t.title] })],
);

/** O*NET's Alternate Titles and Sample of Reported Titles of the occupation's O*NET-SOC codes (search, "also called"). */
export const onetTitles = sqliteTable(
  "onet_titles",
  {
    soc: text("soc").notNull(),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["alternate", "reported"] }).notNull(),
    /** The O*NET-SOC codes listing the title ("11-3051.00 11-3051.02"). */
    onetCodes: text("onet_codes").notNull(),
    /** O*NET's short form ("CEO"), alternate titles only. */
    shortTitle: text("short_title"),
  },
  (t) => [primaryKey({ columns: [t.soc, t.kind, t.title] })],
);

/** O*NET Emerging Tasks of an occupation's O*NET-SOC codes: new tasks not yet rated or labelled. */
export const emergingTasks = sqliteTable(
  "emerging_tasks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    onetSoc: text("onet_soc").notNull(),
    soc: text("soc").notNull(),
    statement: text("statement").notNull(),
    /** "New" or "Revision" (a rewording of `originalTaskId`). */
    category: text("category").notNull(),
    originalTaskId: integer("original_task_id"),
    originalStatement: text("original_statement"),
    /** "2025-08" */
    month: text("month").notNull(),
  },
  (t) => [index("emerging_tasks_soc_idx").on(t.soc)],
);

/**
 * Releases (METHODOLOGY §9): the current build and every committed earlier one
 * (data/releases/<id>.csv), with their per-occupation scores and signals.
 */
export const releases = sqliteTable("releases", {
  id: text("id").primaryKey(), // "2026.12-1a2b3c4d"
  month: text("month").notNull(), // "2026.12"
  dataVersion: text("data_version").notNull(), // the 8 hex of the id
  current: integer("current", { mode: "boolean" }).notNull(),
  occupations: integer("occupations").notNull(),
  scored: integer("scored").notNull(),
  meanScore: real("mean_score"),
});

export const releaseScores = sqliteTable(
  "release_scores",
  {
    releaseId: text("release_id").notNull(),
    soc: text("soc").notNull(),
    title: text("title").notNull(),
    categoryCode: text("category_code").notNull(),
    ...scoreColumns(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.soc] }), index("release_scores_soc_idx").on(t.soc)],
);

export const releaseSignals = sqliteTable(
  "release_signals",
  {
    releaseId: text("release_id").notNull(),
    soc: text("soc").notNull(),
    ...signalColumns(),
    vintage: text("vintage").notNull(),
    /** What the value was drawn from: the OOH profile (D), NEM code (O, E), Indeed sector (M); "" for the category prior. */
    sourceKey: text("source_key").notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.soc, t.signal] }), index("release_signals_soc_idx").on(t.soc)],
);

/** A list per occupation in its source's order: `soc`, `ordinal`, then the list's own columns, keyed by (soc, ordinal). */
function occupationList<TName extends string, TColumns extends Record<string, SQLiteColumnBuilderBase>>(name: TName, columns: TColumns) {
  return sqliteTable(name, { soc: text("soc").notNull(), ordinal: integer("ordinal").notNull(), ...columns }, (t) => [primaryKey({ columns: [t.soc, t.ordinal] })]);
}

export const similarOccupations = occupationList("similar_occupations", {
  title: text("title").notNull(),
  oohSlug: text("ooh_slug").notNull(),
  url: text("url").notNull(),
  duties: text("duties"),
  /** First SOC code the similar OOH profile covers, when we have a page for it. */
  targetSoc: text("target_soc"),
});

export const relatedOccupations = occupationList("related_occupations", {
  relatedSoc: text("related_soc").notNull(),
});

export const blsFactors = occupationList("bls_factors", {
  industry: text("industry").notNull(),
  text: text("text").notNull(),
});

export const occupationSkills = sqliteTable(
  "occupation_skills",
  {
    soc: text("soc").notNull(),
    skill: text("skill").notNull(),
    importance: real("importance").notNull(),
    level: real("level"),
  },
  (t) => [primaryKey({ columns: [t.soc, t.skill] })],
);

/** O*NET 30.1 Skills and Knowledge per SOC code (the `.00` code, else the mean of its specialisations): career pivots. */
export const onetElements = sqliteTable(
  "onet_elements",
  {
    soc: text("soc").notNull(),
    domain: text("domain", { enum: ["skill", "knowledge"] }).notNull(),
    elementId: text("element_id").notNull(), // "2.A.1.a"
    name: text("name").notNull(), // "Reading Comprehension"
    /** O*NET importance, 1–5. */
    importance: real("importance").notNull(),
    /** O*NET level, 0–7 (0 where O*NET marks the level not relevant). */
    level: real("level").notNull(),
  },
  (t) => [primaryKey({ columns: [t.soc, t.elementId] })],
);

/** O*NET 30.1 Related Occupations per SOC code, one row per related SOC code (best tier, then O*NET's index). */
export const onetRelatedOccupations = occupationList("onet_related_occupations", {
  relatedSoc: text("related_soc").notNull(),
  /** O*NET's title of the related O*NET-SOC occupation. */
  title: text("title").notNull(),
  tier: text("tier", { enum: ["Primary-Short", "Primary-Long", "Supplemental"] }).notNull(),
  /** O*NET's Index within its list (1 = most related). */
  onetIndex: integer("onet_index").notNull(),
});

/** O*NET 30.1 Technology Skills per SOC code (union over its O*NET-SOC codes). */
export const onetTechnologies = sqliteTable(
  "onet_technologies",
  {
    soc: text("soc").notNull(),
    name: text("name").notNull(), // "Microsoft Excel"
    commodity: text("commodity").notNull(), // "Spreadsheet software"
    hot: integer("hot", { mode: "boolean" }).notNull(),
    inDemand: integer("in_demand", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.soc, t.name] })],
);

export const workContexts = sqliteTable("work_contexts", {
  soc: text("soc").primaryKey(),
  degreeOfAutomation: real("degree_of_automation"),
  exactness: real("exactness"),
  repeating: real("repeating").notNull(),
  structured: real("structured").notNull(),
  matchedTitles: text("matched_titles").notNull(),
});

export const educationAttainment = sqliteTable("education_attainment", {
  soc: text("soc").primaryKey(),
  nemCode: text("nem_code").notNull(),
  lessThanHighSchool: real("less_than_high_school").notNull(),
  highSchool: real("high_school").notNull(),
  someCollege: real("some_college").notNull(),
  associate: real("associate").notNull(),
  bachelor: real("bachelor").notNull(),
  master: real("master").notNull(),
  doctoral: real("doctoral").notNull(),
});

export const indeedSectors = sqliteTable("indeed_sectors", {
  name: text("name").primaryKey(),
  exampleTitles: text("example_titles").notNull(),
  recentMean: real("recent_mean"),
  nationalRecentMean: real("national_recent_mean"),
  windowStart: text("window_start"),
  windowEnd: text("window_end"),
});

/** Monthly means of the daily Indeed index; sector "(national)" is the total-postings series. */
export const indeedMonthly = sqliteTable(
  "indeed_monthly",
  {
    sector: text("sector").notNull(),
    month: text("month").notNull(), // "2024-09"
    mean: real("mean").notNull(),
    days: integer("days").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sector, t.month] })],
);

export const socSectorRules = sqliteTable("soc_sector_rules", {
  prefix: text("prefix").primaryKey(), // a SOC minor group ("11-30") or a full code ("11-3051")
  sector: text("sector").notNull(),
  note: text("note"),
});

export const importIssues = sqliteTable("import_issues", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  source: text("source").notNull(),
  line: integer("line"),
  severity: text("severity", { enum: ["rejected", "warning"] }).notNull(),
  message: text("message").notNull(),
});

/**
 * Pro analyses computed at import (METHODOLOGY §7) because they need the whole economy
 * (pivots) or the AI tool catalogue (data/ai-tools.json): scripts/import/pro.ts. The
 * request-time analyses (heatmap, wage impact, task mix) are derived from the rows above.
 */
export const proAnalyses = sqliteTable("pro_analyses", {
  soc: text("soc").primaryKey(),
  /** Up to 8 career pivot targets, best first (lib/pro/pivots.ts `rankPivots`). */
  pivots: text("pivots", { mode: "json" }).$type<PivotTarget[]>().notNull(),
  /** Why `pivots` is empty; null when it is not. */
  pivotsEmptyReason: text("pivots_empty_reason").$type<PivotEmptyReason>(),
  /** AI tool categories matched to tasks scoring ≥ 50 (lib/pro/tools.ts `recommendAiTools`). */
  toolRecommendations: text("tool_recommendations", { mode: "json" }).$type<AiToolRecommendation[]>().notNull(),
  /** The sentence explaining an empty list (`explainNoRecommendations`); null when not empty. */
  toolsEmptyMessage: text("tools_empty_message"),
});

/**
 * Measured AI use (METHODOLOGY §8): what people already do with AI on the same work, shown
 * beside the score and never part of it. Computed at import by lib/measured-use.
 */
export const taskMeasuredUse = sqliteTable("task_measured_use", {
  taskId: integer("task_id").primaryKey(),
  /** Anthropic release the figures are from ("2026-01-15"); null: not seen in Claude use. */
  claudeRelease: text("claude_release"),
  /** Percent of the release's Claude conversations. */
  claudePct: real("claude_pct"),
  /** Shares (0–1) of directive + feedback loop, and of iteration + validation + learning, among classified conversations. */
  automation: real("automation"),
  augmentation: real("augmentation"),
  /** Directive share (0–1) of classified conversations. */
  directive: real("directive"),
  /** The task's O*NET work activities (IWA ids), through its DWAs. */
  iwaIds: text("iwa_ids", { mode: "json" }).$type<string[]>().notNull(),
  /** Copilot completion rate and impact scope (0–1), mean over the task's IWAs. */
  copilotCompletion: real("copilot_completion"),
  copilotImpactScope: real("copilot_impact_scope"),
});

export const workActivities = sqliteTable("work_activities", {
  iwaId: text("iwa_id").primaryKey(),
  title: text("title").notNull(),
  copilotCompletion: real("copilot_completion"),
  copilotImpactScope: real("copilot_impact_scope"),
});

export const occupationMeasuredUse = sqliteTable("occupation_measured_use", {
  soc: text("soc").primaryKey(),
  scoredTasks: integer("scored_tasks").notNull(),
  seenTasks: integer("seen_tasks").notNull(),
  /** Observed coverage U, 0–100. */
  coverage: real("coverage"),
  /** Σ percent of Claude conversations over the occupation's tasks. */
  usageShare: real("usage_share"),
  /** pct-weighted automation share of the seen tasks, 0–1. */
  automationShare: real("automation_share"),
  /** Microsoft's AI applicability score, 0–1. */
  applicability: real("applicability"),
  /** The SOC code Microsoft reports the occupation under: its own, else its BLS (NEM) aggregate; null when neither. */
  copilotSoc: text("copilot_soc"),
  /** ChatGPT trend, first and last month (percent of US work-related messages) and the relative change. */
  chatgptFirst: real("chatgpt_first"),
  chatgptLast: real("chatgpt_last"),
  chatgptChange: real("chatgpt_change"),
  /** Percentiles 0–100 among scored occupations (null where the measure is missing). */
  pScore: real("p_score"),
  pBetaHuman: real("p_beta_human"),
  pBetaGpt4: real("p_beta_gpt4"),
  pApplicability: real("p_applicability"),
  pCoverage: real("p_coverage"),
  pDigital: real("p_digital"),
  pTaskSignal: real("p_task_signal"),
  spread: real("spread"),
  agreement: text("agreement", { enum: ["agree", "contested"] }),
  /** Percentile of T − percentile of U. */
  adoptionGap: real("adoption_gap"),
});

export const occupationChatgptMonthly = sqliteTable(
  "occupation_chatgpt_monthly",
  {
    soc: text("soc").notNull(),
    month: text("month").notNull(), // "2024-07"
    /** Percent of US work-related ChatGPT messages, weighted by the occupation's work-activity profile. */
    value: real("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.soc, t.month] })],
);

/**
 * Written explanations (METHODOLOGY §10), computed at import by lib/explanations from the rows
 * above and stored, so pages only read them. Each sentence is a list of clauses naming their fields.
 */
export const taskExplanations = sqliteTable("task_explanations", {
  taskId: integer("task_id").primaryKey(),
  sentences: text("sentences", { mode: "json" }).$type<Sentence[]>().notNull(),
});

export const occupationExplanations = sqliteTable("occupation_explanations", {
  soc: text("soc").primaryKey(),
  headline: text("headline", { mode: "json" }).$type<Sentence[]>().notNull(),
  outlook: text("outlook", { mode: "json" }).$type<Sentence>().notNull(),
  summary: text("summary", { mode: "json" }).$type<Sentence[]>().notNull(),
  agreement: text("agreement", { mode: "json" }).$type<Sentence>().notNull(),
});

/** Build facts: data version (hash of sources and scoring config), source vintages, counts. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type Category = typeof categories.$inferSelect;
export type Occupation = typeof occupations.$inferSelect;
export type OnetOccupation = typeof onetOccupations.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Signal = typeof signals.$inferSelect;
export type OohProfile = typeof oohProfiles.$inferSelect;
export type ProAnalysesRow = typeof proAnalyses.$inferSelect;
export type EmergingTask = typeof emergingTasks.$inferSelect;
export type OnetTitle = typeof onetTitles.$inferSelect;
export type Release = typeof releases.$inferSelect;
export type ReleaseScore = typeof releaseScores.$inferSelect;
export type ReleaseSignal = typeof releaseSignals.$inferSelect;
export type TaskMeasuredUse = typeof taskMeasuredUse.$inferSelect;
export type OccupationMeasuredUse = typeof occupationMeasuredUse.$inferSelect;
export type WorkActivity = typeof workActivities.$inferSelect;
export type OnetRelatedOccupation = typeof onetRelatedOccupations.$inferSelect;
export type OccupationExplanation = typeof occupationExplanations.$inferSelect;
