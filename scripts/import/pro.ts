/**
 * Import step for the Pro analyses that are global or need the catalogue: career pivots
 * (every occupation against the whole economy) and AI tool recommendations (the curated
 * catalogue data/ai-tools.json against each occupation's tasks). Runs inside the importer's
 * write transaction and reads back the rows written there, so it works from exactly what
 * the site serves. The analyses themselves are the pure functions of lib/pro.
 */
import fs from "node:fs";
import path from "node:path";

import { asc, eq } from "drizzle-orm";

import * as schema from "@/db/content/schema";
import { proConfig } from "@/lib/pro/config";
import { BOOSTED_TIERS, checkPivot, PIVOT_FLOOR_META_KEY, rankAllPivots, type PivotEconomy, type PivotOccupation } from "@/lib/pro/pivots";
import { quantile } from "@/lib/pro/similarity";
import { explainNoRecommendations, parseAiToolCatalog, recommendAiTools, type AiToolCatalog, type AiToolTaskInput } from "@/lib/pro/tools";
import { scoringConfig } from "@/lib/scoring";

import { percent, SourceError } from "./report";
import type { Profiles, SocElement } from "./steps/profiles";
import { sourceReader } from "./sources/reader";
import { insertInChunks, type Tx } from "./util";

/** The curated catalogue, relative to the project root; hashed into the data version. */
export const AI_TOOLS_FILE = "data/ai-tools.json";

/** Reads and validates the catalogue; any problem stops the import with a SourceError naming the file. */
export function loadAiToolCatalog(projectRoot: string): AiToolCatalog {
  const file = path.join(projectRoot, AI_TOOLS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new SourceError(AI_TOOLS_FILE, `file not found in ${projectRoot}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(AI_TOOLS_FILE, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return parseAiToolCatalog(json);
  } catch (error) {
    throw new SourceError(AI_TOOLS_FILE, error instanceof Error ? error.message : String(error));
  }
}

export interface ProImportSummary {
  withPivots: number;
  withTools: number;
  /** Printed by db:build: the similarity floor and its distribution, coverage and the sense checks. */
  pivotLines: string[];
}

/** Read first, before any source, so a broken catalogue stops the import at once. */
export const aiToolsSource = sourceReader({
  label: `AI tool catalogue (${AI_TOOLS_FILE})`,
  files: [],
  projectFiles: [AI_TOOLS_FILE],
  read: ({ projectRoot }) => loadAiToolCatalog(projectRoot),
  describe: (catalog) => `${catalog.categories.length} tool categories`,
});


/** The pivot inputs of every occupation: the rows written so far plus the step "profiles" results. */
function pivotInputs(tx: Tx, profiles: Profiles): PivotOccupation[] {
  const rows = tx
    .select({
      soc: schema.occupations.soc,
      title: schema.occupations.title,
      slug: schema.occupations.slug,
      categoryCode: schema.occupations.categoryCode,
      score: schema.occupations.score,
      jobZone: schema.occupations.jobZone,
      wages: schema.occupations.wages,
      entryEducation: schema.occupations.entryEducation,
      changePct: schema.occupations.changePct,
    })
    .from(schema.occupations)
    .orderBy(asc(schema.occupations.soc))
    .all();
  const ratings = (elements: readonly SocElement[]) => Object.fromEntries(elements.map(({ name, importance, level }) => [name, { importance, level }]));
  return rows.map((row) => {
    const profile = profiles.bySoc.get(row.soc);
    return {
      soc: row.soc,
      title: row.title,
      slug: row.slug,
      categoryCode: row.categoryCode,
      score: row.score,
      jobZone: row.jobZone,
      skills: ratings(profile?.skills ?? []),
      knowledge: ratings(profile?.knowledge ?? []),
      activities: profile?.activities ?? {},
      onetRelated: Object.fromEntries((profile?.related ?? []).map((related) => [related.soc, related.tier])),
      blsSimilar: profile?.blsSimilar ?? [],
      technologies: (profile?.technologies ?? []).map(({ name, hot, inDemand }) => ({ name, hot, inDemand })),
      medianWage: row.wages?.p50 ?? null,
      entryEducation: row.entryEducation,
      changePct: row.changePct,
    };
  });
}

/** What db:build prints about the pivots: the floor and the distribution it comes from, coverage, the sense checks. */
export function describePivots(inputs: readonly PivotOccupation[], economy: PivotEconomy): string[] {
  const { pairs, floor, results } = economy;
  const q = (value: number) => (quantile(pairs, value) ?? Number.NaN).toFixed(3);
  const index = new Map(inputs.map((occupation, i) => [occupation.soc, i]));
  const n = inputs.length;
  // O*NET's own Primary lists, as a yardstick for the floor: how many of its pairs clear it.
  let listedPairs = 0;
  let listedAbove = 0;
  for (const [i, occupation] of inputs.entries()) {
    for (const [soc, tier] of Object.entries(occupation.onetRelated)) {
      const j = index.get(soc);
      if (j === undefined || !BOOSTED_TIERS.includes(tier)) continue;
      const similarity = economy.space.matrix[i * n + j]!;
      if (Number.isNaN(similarity)) continue;
      listedPairs += 1;
      if (floor !== null && similarity >= floor) listedAbove += 1;
    }
  }
  let pivots = 0;
  let atLeastThree = 0;
  let withAny = 0;
  const checks = { listed: 0, sameMajorGroup: 0, sharedKnowledge: 0, any: 0 };
  for (const source of inputs) {
    const targets = results.get(source.soc)?.targets ?? [];
    if (targets.length > 0) withAny += 1;
    if (targets.length >= 3) atLeastThree += 1;
    for (const target of targets) {
      const check = checkPivot(source, inputs[index.get(target.soc)!]!);
      pivots += 1;
      if (check.listed) checks.listed += 1;
      if (check.sameMajorGroup) checks.sameMajorGroup += 1;
      if (check.sharedKnowledge) checks.sharedKnowledge += 1;
      if (check.listed || check.sameMajorGroup || check.sharedKnowledge) checks.any += 1;
    }
  }
  const missingActivities = economy.space.domains.activities.vectors.filter((vector, i) => vector === null && Object.keys(inputs[i]!.skills).length > 0).length;
  return [
    `similarity of all ${pairs.length} pairs of occupations: p10 ${q(0.1)}, p25 ${q(0.25)}, median ${q(0.5)}, p75 ${q(0.75)}, p90 ${q(0.9)}, p95 ${q(0.95)}, p99 ${q(0.99)}`,
    `similarity floor  ${floor === null ? "none (no pairs)" : floor.toFixed(3)} = the ${Math.round(proConfig.pivots.floorQuantile * 100)}th percentile of all pairs; O*NET's Primary related pairs at or above it: ${listedAbove} of ${listedPairs} (${percent(listedAbove, listedPairs)})`,
    `occupations with pivots: ${withAny} with any, ${atLeastThree} with at least 3 (of ${inputs.length}); ${missingActivities} with skills but no work-activity profile (mean of two cosines)`,
    `pivots that make sense: ${checks.any} of ${pivots} (${percent(checks.any, pivots)}) are in O*NET's or BLS's related lists, in the same SOC major group, or share at least 3 of the source's 5 most important knowledge areas ` +
      `(listed ${percent(checks.listed, pivots)}, same major group ${percent(checks.sameMajorGroup, pivots)}, shared knowledge ${percent(checks.sharedKnowledge, pivots)})`,
  ];
}

/** Computes pivots and tool recommendations for every occupation and writes `pro_analyses`. */
export function writeProAnalyses(tx: Tx, catalog: AiToolCatalog, profiles: Profiles): ProImportSummary {
  const inputs = pivotInputs(tx, profiles);
  const economy = rankAllPivots(inputs);
  const pivots = economy.results;
  tx.insert(schema.meta).values({ key: PIVOT_FLOOR_META_KEY, value: economy.floor === null ? "" : economy.floor.toFixed(3) }).run();

  const tasksBySoc = new Map<string, AiToolTaskInput[]>();
  const taskRows = tx
    .select({ soc: schema.tasks.soc, taskId: schema.tasks.taskId, onetSoc: schema.tasks.onetSoc, statement: schema.tasks.statement, score: schema.tasks.score, weight: schema.tasks.weight })
    .from(schema.tasks)
    .where(eq(schema.tasks.inSocTaskList, true))
    .orderBy(asc(schema.tasks.taskId))
    .all();
  for (const { soc, ...task } of taskRows) tasksBySoc.set(soc, [...(tasksBySoc.get(soc) ?? []), task]);

  const options = { minTaskScore: scoringConfig.highTaskScore, maxRecommendations: proConfig.tools.maxRecommendations };
  let withPivots = 0;
  let withTools = 0;
  const rows = inputs.map((row) => {
    const pivot = pivots.get(row.soc) ?? { targets: [], emptyReason: "no-score" as const };
    const tasks = tasksBySoc.get(row.soc) ?? [];
    const technologies = new Set(row.technologies.map((technology) => technology.name));
    const toolRecommendations = recommendAiTools(tasks, catalog, { ...options, technologies });
    if (pivot.targets.length > 0) withPivots += 1;
    if (toolRecommendations.length > 0) withTools += 1;
    return {
      soc: row.soc,
      pivots: pivot.targets,
      pivotsEmptyReason: pivot.emptyReason,
      toolRecommendations,
      toolsEmptyMessage: toolRecommendations.length > 0 ? null : (explainNoRecommendations(tasks, catalog, options)?.message ?? null),
    };
  });
  insertInChunks(rows, 100, (chunk) => tx.insert(schema.proAnalyses).values(chunk).run());
  return { withPivots, withTools, pivotLines: describePivots(inputs, economy) };
}
