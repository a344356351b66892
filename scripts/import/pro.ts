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
import { rankAllPivots, type PivotOccupation } from "@/lib/pro/pivots";
import { explainNoRecommendations, parseAiToolCatalog, recommendAiTools, type AiToolCatalog, type AiToolTaskInput } from "@/lib/pro/tools";
import { scoringConfig } from "@/lib/scoring";

import { SourceError } from "./report";
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
}

/** Read first, before any source, so a broken catalogue stops the import at once. */
export const aiToolsSource = sourceReader({
  label: `AI tool catalogue (${AI_TOOLS_FILE})`,
  files: [],
  projectFiles: [AI_TOOLS_FILE],
  read: ({ projectRoot }) => loadAiToolCatalog(projectRoot),
  describe: (catalog) => `${catalog.categories.length} tool categories`,
});

/** Computes pivots and tool recommendations for every occupation and writes `pro_analyses`. */
export function writeProAnalyses(tx: Tx, catalog: AiToolCatalog): ProImportSummary {
  const occupationRows = tx
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
  const skillsBySoc = new Map<string, Record<string, number>>();
  for (const row of tx.select().from(schema.occupationSkills).orderBy(asc(schema.occupationSkills.soc), asc(schema.occupationSkills.skill)).all()) {
    const skills = skillsBySoc.get(row.soc) ?? {};
    skills[row.skill] = row.importance;
    skillsBySoc.set(row.soc, skills);
  }
  const pivotInputs: PivotOccupation[] = occupationRows.map((row) => ({
    soc: row.soc,
    title: row.title,
    slug: row.slug,
    categoryCode: row.categoryCode,
    score: row.score,
    jobZone: row.jobZone,
    skills: skillsBySoc.get(row.soc) ?? {},
    medianWage: row.wages?.p50 ?? null,
    entryEducation: row.entryEducation,
    changePct: row.changePct,
  }));
  const pivots = rankAllPivots(pivotInputs);

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
  const rows = occupationRows.map((row) => {
    const pivot = pivots.get(row.soc) ?? { targets: [], emptyReason: "no-score" as const };
    const tasks = tasksBySoc.get(row.soc) ?? [];
    const toolRecommendations = recommendAiTools(tasks, catalog, options);
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
  return { withPivots, withTools };
}
