import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import * as schema from "@/db/content/schema";
import {
  relatedByScore,
  routineness,
  scoreEconomy,
  scoringConfig,
  taskScore,
  taskSignal,
  taskWeight,
  type OccupationInputs,
  type SignalId,
} from "@/lib/scoring";
import { occupationSlug, categorySlug } from "@/lib/soc";

import { EvidenceMatcher, profilePassages, type Passage } from "./evidence";
import { AI_TOOLS_FILE, loadAiToolCatalog, writeProAnalyses } from "./pro";
import { SourceError, type ImportReport } from "./report";
import { readCrosswalk, readOews, readProjections, type CrosswalkRow, type OewsRow, type ProjectionRow } from "./sources/bls";
import { monthlyMeans, postingsWindow, readIndeed, sectorForSoc } from "./sources/indeed";
import { readBasicSkills, readOccupationBetas, readTasks, readWorkContexts, type OnetTaskRow } from "./sources/onet";
import { alsoCalledTitles, readDigitalExposure, readOohOccupations, readOohProfiles, type OohProfileSource } from "./sources/ooh";

export const IMPORT_STEPS = 9;

/** Code whose changes change the database for the same sources; hashed into the data version. */
const VERSIONED_CODE_DIRS = ["scripts/import", "lib/scoring", "lib/pro", "lib/text", "db/content", "db/migrations/content"] as const;

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../../db/migrations/content");

/** Files read from data/sources, hashed into the data version. */
export const SOURCE_FILES = [
  "onet-gpts/full_labelset.tsv",
  "onet-gpts/occ_level.csv",
  "onet-gpts/occupations_onet_basic_skills.csv",
  "onet-gpts/occupations_onet_work_contexts.csv",
  "bls/onet_soc_to_nem_ooh_crosswalk.xlsx",
  "bls/ep_occupation_2022_32.xlsx",
  "bls/oews_national_may2021.csv",
  "ooh/ooh_occupations.csv",
  "ooh/ooh_profiles.json",
  "ooh/digital_ai_exposure.json",
  "indeed/job_postings_by_sector_US.csv",
  "indeed/aggregate_job_postings_US.csv",
  "indeed/sector_job_title_examples.csv",
] as const;

/** Everything the importer learned about one SOC code from the sources. */
interface Assembled {
  soc: string;
  title: string;
  categoryCode: string;
  crosswalk: CrosswalkRow | null;
  projection: ProjectionRow | null;
  oewsRow: OewsRow | null;
  profile: OohProfileSource | null;
  sector: string | null;
  skills: { skill: string; importance: number; level: number | null }[];
  jobZone: number | null;
  context: { degreeOfAutomation: number | null; exactness: number | null; repeating: number; structured: number; titles: string[] } | null;
}

export interface BuildOptions {
  /** Folder holding the source files (data/sources). */
  sourcesRoot: string;
  /** Project root (for data/soc-indeed-sectors.csv). */
  projectRoot: string;
  /** Database file to create; must not exist. */
  outFile: string;
  report: ImportReport;
}

export interface BuildSummary {
  occupations: number;
  scored: number;
  tasks: number;
  categories: number;
  imputed: Record<Exclude<SignalId, "T">, number>;
  occupationsWithImputedSignals: number;
  evidenceMatched: number;
  dataVersion: string;
}

const SIGNAL_SOURCES: Record<SignalId, { source: string; url: string }> = {
  T: {
    source: "O*NET 27 tasks with GPT-4 and human exposure labels (Eloundou et al., “GPTs are GPTs”)",
    url: "https://github.com/openai/GPTs-are-GPTs",
  },
  D: { source: "Karpathy/BLS Digital AI Exposure of the OOH profile", url: "https://github.com/karpathy/jobs" },
  O: { source: "BLS Employment Projections, Table 1.7", url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm" },
  M: { source: "Indeed Hiring Lab Job Postings Index by sector", url: "https://github.com/hiring-lab/job_postings_tracker" },
  E: {
    source: "BLS Employment Projections, Tables 1.7 (typical entry education) and 5.3 (attainment)",
    url: "https://www.bls.gov/emp/tables/educational-attainment.htm",
  },
};

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Hash of the sources, the sector crosswalk and the code that turns them into the database. */
export function dataVersion(sourcesRoot: string, projectRoot: string): string {
  const hash = crypto.createHash("sha256");
  for (const file of SOURCE_FILES) hash.update(fs.readFileSync(path.join(sourcesRoot, file)));
  hash.update(fs.readFileSync(path.join(projectRoot, "data/soc-indeed-sectors.csv")));
  hash.update(fs.readFileSync(path.join(projectRoot, AI_TOOLS_FILE)));
  for (const dir of VERSIONED_CODE_DIRS) {
    for (const file of filesUnder(path.join(projectRoot, dir))) hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function assertSourcesPresent(sourcesRoot: string): void {
  for (const file of SOURCE_FILES) {
    if (!fs.existsSync(path.join(sourcesRoot, file))) throw new SourceError(file, `file not found in ${sourcesRoot}`);
  }
}

const sortByCode = <T>(items: Iterable<T>, key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
const average = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Reads every source, scores the economy and writes a complete content database to `outFile`. */
export async function buildContentDatabase({ sourcesRoot, projectRoot, outFile, report }: BuildOptions): Promise<BuildSummary> {
  assertSourcesPresent(sourcesRoot);
  const aiToolCatalog = loadAiToolCatalog(projectRoot);

  // 1. O*NET tasks and occupation-level data -------------------------------------------
  report.begin("O*NET tasks and labels (onet-gpts/)");
  const taskRows = readTasks(sourcesRoot, report);
  const betas = new Map(readOccupationBetas(sourcesRoot, report).map((row) => [row.value.onetSoc, row.value]));
  const skillsByTitle = new Map(readBasicSkills(sourcesRoot, report).map((row) => [row.value.title, row.value]));
  const contextsByTitle = new Map(readWorkContexts(sourcesRoot, report).map((row) => [row.value.title, row.value]));
  const tasksByOnet = new Map<string, { row: OnetTaskRow; line: number }[]>();
  for (const { value, line } of taskRows) {
    const list = tasksByOnet.get(value.onetSoc) ?? [];
    list.push({ row: value, line });
    tasksByOnet.set(value.onetSoc, list);
  }
  const onetCodesBySoc = new Map<string, string[]>();
  for (const onetSoc of sortByCode(tasksByOnet.keys(), (code) => code)) {
    const soc = onetSoc.slice(0, 7);
    onetCodesBySoc.set(soc, [...(onetCodesBySoc.get(soc) ?? []), onetSoc]);
  }
  /** METHODOLOGY §1: the `.00` code's tasks, or the union of the specialisations when there is no `.00`. */
  const primaryCodes = (soc: string) => {
    const codes = onetCodesBySoc.get(soc) ?? [];
    return codes.includes(`${soc}.00`) ? [`${soc}.00`] : codes;
  };
  const onetTitle = (onetSoc: string) => tasksByOnet.get(onetSoc)?.[0]?.row.title ?? onetSoc;
  report.done(`${taskRows.length} tasks, ${tasksByOnet.size} O*NET-SOC codes, ${onetCodesBySoc.size} SOC codes; ${skillsByTitle.size} skill profiles, ${contextsByTitle.size} work-context profiles`);

  // 2. Crosswalk ----------------------------------------------------------------------------
  report.begin("O*NET-SOC → NEM → OOH crosswalk (bls/onet_soc_to_nem_ooh_crosswalk.xlsx)");
  const crosswalk = new Map((await readCrosswalk(sourcesRoot, report)).map((row) => [row.value.onetSoc, row.value]));
  const crosswalkForSoc = (soc: string): CrosswalkRow | null => {
    for (const code of [`${soc}.00`, ...(onetCodesBySoc.get(soc) ?? [])]) {
      const row = crosswalk.get(code);
      if (row !== undefined) return row;
    }
    return null;
  };
  report.done(`${crosswalk.size} O*NET-SOC codes, ${[...crosswalk.values()].filter((row) => row.oohSlug !== null).length} with an OOH profile`);

  // 3. BLS Employment Projections -----------------------------------------------------------
  report.begin("BLS Employment Projections 2022–32 (bls/ep_occupation_2022_32.xlsx)");
  const ep = await readProjections(sourcesRoot, report);
  const projectionsByNem = new Map<string, ProjectionRow>(ep.projections.map((row) => [row.value.nemCode, row.value]));
  const majorGroupTitles = new Map(
    ep.projections.filter((row) => /^\d{2}-0000$/.test(row.value.nemCode)).map((row) => [row.value.nemCode.slice(0, 2), row.value.title]),
  );
  const attainmentByNem = new Map(ep.attainment.map((row) => [row.value.nemCode, row.value.shares]));
  const factorsByNem = new Map<string, { industry: string; text: string }[]>();
  for (const { value } of ep.factors) factorsByNem.set(value.nemCode, [...(factorsByNem.get(value.nemCode) ?? []), value]);
  report.done(`${ep.projections.length} projection rows, ${ep.attainment.length} attainment rows, ${ep.factors.length} utilization factors`);

  // 4. OEWS wages ----------------------------------------------------------------------------
  report.begin("OEWS national wages, May 2021 (bls/oews_national_may2021.csv)");
  const oews = new Map<string, OewsRow>(readOews(sourcesRoot, report).map((row) => [row.value.code, row.value]));
  /** The detailed code, else the OEWS aggregate that contains it (OEWS 2021 merged some codes). */
  const oewsForSoc = (soc: string): OewsRow | null => {
    const exact = oews.get(soc);
    if (exact !== undefined && exact.group === "detailed") return exact;
    return oews.get(`${soc.slice(0, 6)}0`) ?? null;
  };
  report.done(`${oews.size} OEWS rows`);

  // 5. OOH ----------------------------------------------------------------------------------
  report.begin("Occupational Outlook Handbook and Digital AI Exposure (ooh/)");
  const oohRows = new Map(readOohOccupations(sourcesRoot, report).map((row) => [row.value.slug, row.value]));
  const profiles = new Map<string, OohProfileSource>(readOohProfiles(sourcesRoot).map((profile) => [profile.slug, profile]));
  const exposure = new Map(readDigitalExposure(sourcesRoot).map((row) => [row.slug, row.exposure]));
  for (const slug of exposure.keys()) {
    if (!profiles.has(slug)) report.warn("ooh/digital_ai_exposure.json", null, `exposure for unknown OOH profile "${slug}"`);
  }
  const passages: Passage[] = [...profiles.values()].flatMap(profilePassages);
  const evidence = new EvidenceMatcher(passages);
  report.done(`${profiles.size} profiles, ${passages.length} duty and sentence passages, ${exposure.size} exposure scores`);

  // 6. Indeed ---------------------------------------------------------------------------------
  report.begin("Indeed Hiring Lab postings (indeed/) and SOC → sector crosswalk (data/soc-indeed-sectors.csv)");
  const indeed = readIndeed(sourcesRoot, projectRoot, report);
  const window = postingsWindow(indeed.sectorDaily, indeed.nationalDaily, scoringConfig.postings.windowDays);
  report.done(
    `${indeed.sectorDaily.length} sector-days, ${indeed.nationalDaily.length} national days; window ${window.start} … ${window.end}; ${indeed.rules.length} crosswalk rules`,
  );

  // 7. Assemble and score -------------------------------------------------------------------
  report.begin("Scoring every occupation (lib/scoring)");
  const socs = sortByCode(onetCodesBySoc.keys(), (code) => code);
  const assembled = new Map<string, Assembled>();
  const inputs: OccupationInputs[] = [];
  const scoredTasks = new Map<number, { score: number | null; weight: number }>();
  for (const { value } of taskRows) {
    scoredTasks.set(value.taskId, { score: taskScore(value), weight: taskWeight(value.taskType) });
  }
  const ratedTasksOf = (onetSoc: string) =>
    (tasksByOnet.get(onetSoc) ?? []).flatMap(({ row }) => {
      const scored = scoredTasks.get(row.taskId);
      return scored === undefined || scored.score === null ? [] : [{ score: scored.score, weight: scored.weight }];
    });

  for (const soc of socs) {
    const primary = primaryCodes(soc);
    const cross = crosswalkForSoc(soc);
    const projection = cross === null ? null : (projectionsByNem.get(cross.nemCode) ?? null);
    const oewsRow = oewsForSoc(soc);
    const profile = cross?.oohSlug ? (profiles.get(cross.oohSlug) ?? null) : null;
    if (cross?.oohSlug && profile === null) report.warn("bls/onet_soc_to_nem_ooh_crosswalk.xlsx", null, `${soc}: OOH profile "${cross.oohSlug}" not in ooh_profiles.json`);
    const primaryTitles = primary.map(onetTitle);
    const skillRows = primaryTitles.flatMap((title) => {
      const found = skillsByTitle.get(title);
      return found === undefined ? [] : [found];
    });
    const skills =
      skillRows.length === 0
        ? []
        : (skillRows[0]?.skills ?? []).map((first, index) => ({
            skill: first.skill,
            importance: round(average(skillRows.map((row) => row.skills[index]?.importance ?? first.importance)) ?? 0, 2),
            level: first.level === null ? null : round(average(skillRows.map((row) => row.skills[index]?.level ?? 0)) ?? 0, 2),
          }));
    const contextRows = primaryTitles.flatMap((title) => {
      const found = contextsByTitle.get(title);
      return found === undefined ? [] : [found];
    });
    const context =
      contextRows.length === 0
        ? null
        : {
            degreeOfAutomation: average(contextRows.flatMap((row) => (row.degreeOfAutomation === null ? [] : [row.degreeOfAutomation]))),
            exactness: average(contextRows.flatMap((row) => (row.exactness === null ? [] : [row.exactness]))),
            repeating: average(contextRows.map((row) => row.repeating)) ?? 0,
            structured: average(contextRows.map((row) => row.structured)) ?? 0,
            titles: contextRows.map((row) => row.title),
          };
    const sectorRule = sectorForSoc(soc, indeed.rules);
    const sector = sectorRule?.sector ?? null;
    const sectorIndex = sector === null ? undefined : window.bySector.get(sector);
    const dotZeroTitle = onetCodesBySoc.get(soc)?.includes(`${soc}.00`) ? onetTitle(`${soc}.00`) : null;
    const title = dotZeroTitle ?? (oewsRow?.code === soc ? oewsRow.title : null) ?? cross?.nemTitle ?? onetTitle(primary[0] ?? soc);
    const categoryCode = soc.slice(0, 2);
    const attainment = cross === null ? undefined : attainmentByNem.get(cross.nemCode);
    const digital = profile === null ? undefined : exposure.get(profile.slug);
    assembled.set(soc, {
      soc,
      title,
      categoryCode,
      crosswalk: cross,
      projection,
      oewsRow,
      profile,
      sector,
      skills,
      jobZone: skillRows[0]?.jobZone ?? null,
      context,
    });
    inputs.push({
      soc,
      categoryCode,
      tasks: primary.flatMap(ratedTasksOf),
      digitalExposure: digital ?? null,
      projectedPctChange: projection?.changePct ?? null,
      postings: sectorIndex === undefined ? null : { sector: sectorIndex, national: window.national },
      entryEducation: projection?.entryEducation ?? null,
      attainment: attainment ?? null,
      routineness: context === null ? null : routineness(context.repeating, context.structured),
    });
  }
  const economy = scoreEconomy(inputs);
  const scoreBySoc = new Map(economy.occupations.map((occupation) => [occupation.soc, occupation]));
  const imputed = { D: 0, O: 0, M: 0, E: 0 };
  let occupationsWithImputedSignals = 0;
  for (const occupation of economy.occupations) {
    let any = false;
    for (const signal of occupation.signals) {
      if (signal.imputed && signal.signal !== "T") {
        imputed[signal.signal] += 1;
        any = true;
      }
    }
    if (any) occupationsWithImputedSignals += 1;
  }
  const scored = economy.occupations.filter((occupation) => occupation.score !== null).length;
  report.done(
    `${scored} of ${socs.length} occupations scored; imputed from category priors: D ${imputed.D}, O ${imputed.O}, M ${imputed.M}, E ${imputed.E} (${occupationsWithImputedSignals} occupations with at least one)`,
  );

  // 8. Evidence, related occupations, search entries -----------------------------------------
  report.begin("Matching tasks to BLS duties; related and similar occupations; search index entries");
  const socsByProfile = new Map<string, string[]>();
  for (const soc of socs) {
    const slug = assembled.get(soc)?.profile?.slug;
    if (slug !== undefined) socsByProfile.set(slug, [...(socsByProfile.get(slug) ?? []), soc]);
  }
  let evidenceMatched = 0;
  const taskRecords: (typeof schema.tasks.$inferInsert)[] = [];
  for (const { value: row, line } of taskRows) {
    const soc = row.onetSoc.slice(0, 7);
    const scoredTask = scoredTasks.get(row.taskId);
    if (scoredTask === undefined || scoredTask.score === null) {
      report.warn("onet-gpts/full_labelset.tsv", line, `task ${row.taskId} has no exposure or automation label; left out of the scores`);
      continue;
    }
    const slug = crosswalk.get(row.onetSoc)?.oohSlug ?? assembled.get(soc)?.profile?.slug ?? null;
    const match = slug === null ? null : evidence.match(row.statement, slug);
    if (match !== null) evidenceMatched += 1;
    taskRecords.push({
      taskId: row.taskId,
      onetSoc: row.onetSoc,
      soc,
      statement: row.statement,
      taskType: row.taskType,
      humanLabel: row.human,
      gpt4Label: row.gpt4,
      automationLabel: row.automation,
      score: scoredTask.score,
      weight: scoredTask.weight,
      inSocTaskList: primaryCodes(soc).includes(row.onetSoc),
      evidenceText: match?.passage.text ?? null,
      evidenceKind: match?.passage.kind ?? null,
      evidenceSimilarity: match === null ? null : round(match.similarity, 3),
      sourceLine: line,
    });
  }
  const peers = economy.occupations.map((occupation) => ({
    soc: occupation.soc,
    categoryCode: assembled.get(occupation.soc)?.categoryCode ?? "",
    score: occupation.score,
  }));
  report.done(`${evidenceMatched} of ${taskRecords.length} tasks quoted with a matching BLS duty or sentence`);

  // 9. Write ----------------------------------------------------------------------------------
  report.begin(`Writing ${path.basename(outFile)}`);
  const version = dataVersion(sourcesRoot, projectRoot);
  const sqlite = new Database(outFile);
  try {
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    db.transaction((tx) => {
      writeAll(tx, {
        socs,
        assembled,
        scoreBySoc,
        economy,
        majorGroupTitles,
        taskRecords,
        peers,
        onetCodesBySoc,
        primaryCodes,
        onetTitle,
        ratedTasksOf,
        betas,
        factorsByNem,
        attainmentByNem,
        oohRows,
        profiles,
        exposure,
        passages,
        socsByProfile,
        window,
        indeed,
        report,
        version,
      });
      writeProAnalyses(tx, aiToolCatalog);
    });
    sqlite.exec("VACUUM");
  } finally {
    sqlite.close();
  }
  report.done(`${taskRecords.length} tasks, ${socs.length} occupations, data version ${version}`);

  return {
    occupations: socs.length,
    scored,
    tasks: taskRecords.length,
    categories: economy.categories.length,
    imputed,
    occupationsWithImputedSignals,
    evidenceMatched,
    dataVersion: version,
  };
}

type Tx = Parameters<Parameters<BetterSQLite3Database<typeof schema>["transaction"]>[0]>[0];

function insertInChunks<T>(items: readonly T[], size: number, insert: (chunk: T[]) => void): void {
  for (let start = 0; start < items.length; start += size) insert(items.slice(start, start + size));
}

interface WriteContext {
  socs: string[];
  assembled: Map<string, Assembled>;
  scoreBySoc: Map<string, ReturnType<typeof scoreEconomy>["occupations"][number]>;
  economy: ReturnType<typeof scoreEconomy>;
  majorGroupTitles: Map<string, string>;
  taskRecords: (typeof schema.tasks.$inferInsert)[];
  peers: { soc: string; categoryCode: string; score: number | null }[];
  onetCodesBySoc: Map<string, string[]>;
  primaryCodes: (soc: string) => string[];
  onetTitle: (onetSoc: string) => string;
  ratedTasksOf: (onetSoc: string) => { score: number; weight: number }[];
  betas: Map<string, { onetSoc: string; betaGpt4: number; betaHuman: number }>;
  factorsByNem: Map<string, { industry: string; text: string }[]>;
  attainmentByNem: Map<string, { lessThanHighSchool: number; highSchool: number; someCollege: number; associate: number; bachelor: number; master: number; doctoral: number }>;
  oohRows: Map<string, ReturnType<typeof readOohOccupations>[number]["value"]>;
  profiles: Map<string, OohProfileSource>;
  exposure: Map<string, number>;
  passages: Passage[];
  socsByProfile: Map<string, string[]>;
  window: ReturnType<typeof postingsWindow>;
  indeed: ReturnType<typeof readIndeed>;
  report: ImportReport;
  version: string;
}

function writeAll(tx: Tx, c: WriteContext): void {
  // Categories and their seniority curves.
  const categoryRows = c.economy.categories.map((curve) => {
    const members = c.socs.filter((soc) => c.assembled.get(soc)?.categoryCode === curve.categoryCode);
    const scores = members.flatMap((soc) => {
      const score = c.scoreBySoc.get(soc)?.score;
      return score === null || score === undefined ? [] : [score];
    });
    const employment = members.reduce((sum, soc) => sum + (c.assembled.get(soc)?.projection?.employment2022 ?? 0), 0);
    const rawTitle = c.majorGroupTitles.get(curve.categoryCode) ?? `SOC ${curve.categoryCode}`;
    const title = rawTitle.replace(/ occupations$/i, "");
    return {
      code: curve.categoryCode,
      title,
      slug: categorySlug(curve.categoryCode, title),
      occupationCount: members.length,
      scoredCount: scores.length,
      employment,
      meanScore: scores.length === 0 ? null : round(scores.reduce((a, b) => a + b, 0) / scores.length, 1),
      routineness: curve.routineness === null ? null : round(curve.routineness, 4),
      entryMultiplier: round(curve.multipliers.entry, 4),
      seniorMultiplier: round(curve.multipliers.senior, 4),
    };
  });
  tx.insert(schema.categories).values(categoryRows).run();
  const priorRows = c.economy.categories.flatMap((curve) =>
    Object.entries(curve.priors).map(([signal, prior]) => ({
      categoryCode: curve.categoryCode,
      signal: signal as SignalId,
      value: round(prior.value, 4),
      basis: prior.basis,
    })),
  );
  tx.insert(schema.categoryPriors).values(priorRows).run();

  // Occupations and signals.
  const occupationRows = c.socs.map((soc) => {
    const a = c.assembled.get(soc)!;
    const s = c.scoreBySoc.get(soc)!;
    const primary = c.primaryCodes(soc);
    const primaryBetas = primary.flatMap((code) => {
      const found = c.betas.get(code);
      return found === undefined ? [] : [found];
    });
    const summary = a.profile?.what_they_do.paragraphs[0] ?? null;
    return {
      soc,
      title: a.title,
      slug: occupationSlug(soc, a.title),
      categoryCode: a.categoryCode,
      summary,
      summarySource: summary === null || a.profile === null ? null : `BLS Occupational Outlook Handbook: ${a.profile.title}`,
      oohSlug: a.profile?.slug ?? null,
      nemCode: a.crosswalk?.nemCode ?? null,
      nemTitle: a.crosswalk?.nemTitle ?? null,
      employment2022: a.projection?.employment2022 ?? null,
      employment2032: a.projection?.employment2032 ?? null,
      changePct: a.projection?.changePct ?? null,
      openingsAnnual: a.projection?.openingsAnnual ?? null,
      medianWage2022: a.projection?.medianWage2022?.value ?? null,
      medianWage2022TopCoded: a.projection?.medianWage2022?.topCoded ?? false,
      entryEducation: a.projection?.entryEducation ?? null,
      workExperience: a.projection?.workExperience ?? null,
      training: a.projection?.training ?? null,
      oewsCode: a.oewsRow?.code ?? null,
      oewsTitle: a.oewsRow?.title ?? null,
      oewsEmployment: a.oewsRow?.employment ?? null,
      wages: a.oewsRow?.wages ?? null,
      jobZone: a.jobZone,
      betaHuman: primaryBetas.length === 0 ? null : round(primaryBetas.reduce((sum, b) => sum + b.betaHuman, 0) / primaryBetas.length, 4),
      betaGpt4: primaryBetas.length === 0 ? null : round(primaryBetas.reduce((sum, b) => sum + b.betaGpt4, 0) / primaryBetas.length, 4),
      sector: a.sector,
      digitalExposure: a.profile === null ? null : (c.exposure.get(a.profile.slug) ?? null),
      taskCount: primary.reduce((sum, code) => sum + c.ratedTasksOf(code).length, 0),
      taskSignal: s.taskSignal === null ? null : round(s.taskSignal, 4),
      score: s.score,
      band: s.band,
      entryScore: s.seniority?.entry ?? null,
      midScore: s.seniority?.mid ?? null,
      seniorScore: s.seniority?.senior ?? null,
    };
  });
  insertInChunks(occupationRows, 200, (chunk) => tx.insert(schema.occupations).values(chunk).run());

  const vintages: Record<SignalId, string> = {
    T: "O*NET 27.x tasks, labels published 2023",
    D: "Digital AI Exposure of the BLS OOH 2024–34 edition",
    O: "BLS Employment Projections 2022–32",
    M: `Indeed postings, mean of ${c.window.days} days ${c.window.start} to ${c.window.end}`,
    E: "BLS EP 2022–32; attainment from ACS 2019 and 2021",
  };
  const signalRows = c.economy.occupations.flatMap((occupation) =>
    occupation.signals.map((signal) => ({
      soc: occupation.soc,
      signal: signal.signal,
      value: round(signal.value, 4),
      raw: signal.raw === null ? null : round(signal.raw, 4),
      rawLabel: signal.rawLabel,
      weight: signal.weight,
      contribution: round(signal.contribution, 4),
      imputed: signal.imputed,
      source: SIGNAL_SOURCES[signal.signal].source,
      sourceUrl: signal.signal === "D" || signal.signal === "O" ? (c.assembled.get(occupation.soc)?.profile?.url ?? SIGNAL_SOURCES[signal.signal].url) : SIGNAL_SOURCES[signal.signal].url,
      vintage: vintages[signal.signal],
      note: signal.signal === "M" ? sectorNote(c.assembled.get(occupation.soc)?.sector ?? null) : null,
    })),
  );
  insertInChunks(signalRows, 500, (chunk) => tx.insert(schema.signals).values(chunk).run());

  // O*NET occupations (the .00 code and its specialisations).
  const onetRows = [...c.onetCodesBySoc].flatMap(([soc, codes]) =>
    codes.map((onetSoc) => {
      const rated = c.ratedTasksOf(onetSoc);
      const t = taskSignal(rated);
      const beta = c.betas.get(onetSoc);
      return {
        onetSoc,
        soc,
        title: c.onetTitle(onetSoc),
        taskCount: rated.length,
        taskSignal: t === null ? null : round(t, 4),
        inSocTaskList: c.primaryCodes(soc).includes(onetSoc),
        betaHuman: beta?.betaHuman ?? null,
        betaGpt4: beta?.betaGpt4 ?? null,
      };
    }),
  );
  insertInChunks(onetRows, 300, (chunk) => tx.insert(schema.onetOccupations).values(chunk).run());
  insertInChunks(c.taskRecords, 400, (chunk) => tx.insert(schema.tasks).values(chunk).run());

  // OOH profiles and passages.
  const profileRows = [...c.profiles.values()].map((profile) => {
    const row = c.oohRows.get(profile.slug);
    return {
      slug: profile.slug,
      title: profile.title,
      url: profile.url,
      groupName: row?.category ?? null,
      summary: profile.what_they_do.paragraphs[0] ?? null,
      digitalExposure: c.exposure.get(profile.slug) ?? null,
      medianPayAnnual: row?.medianPayAnnual ?? null,
      entryEducation: row?.entryEducation ?? null,
      outlookPct: row?.outlookPct ?? null,
      outlookDesc: row?.outlookDesc ?? null,
      jobs2024: row?.jobs2024 === null || row?.jobs2024 === undefined ? null : Math.round(row.jobs2024),
      projected2034: row?.projected2034 === null || row?.projected2034 === undefined ? null : Math.round(row.projected2034),
    };
  });
  insertInChunks(profileRows, 200, (chunk) => tx.insert(schema.oohProfiles).values(chunk).run());
  insertInChunks(c.passages, 500, (chunk) => tx.insert(schema.oohPassages).values(chunk).run());

  // Alternate titles: O*NET specialisations, BLS titles that differ, and OOH "also called".
  const alternates = new Map<string, { soc: string; title: string; source: string }>();
  const addAlternate = (soc: string, title: string, source: string) => {
    const key = `${soc}|${title.toLowerCase()}`;
    const own = c.assembled.get(soc)?.title.toLowerCase();
    if (!alternates.has(key) && title.toLowerCase() !== own) alternates.set(key, { soc, title, source });
  };
  for (const soc of c.socs) {
    const a = c.assembled.get(soc)!;
    for (const code of c.onetCodesBySoc.get(soc) ?? []) addAlternate(soc, c.onetTitle(code), `O*NET ${code}`);
    if (a.crosswalk !== null) addAlternate(soc, a.crosswalk.nemTitle, "BLS Employment Projections title");
    if (a.oewsRow !== null) addAlternate(soc, a.oewsRow.title, "BLS OEWS title");
    if (a.profile !== null) {
      const text = [...a.profile.what_they_do.paragraphs].join(" ");
      for (const title of alsoCalledTitles(text)) addAlternate(soc, title, `BLS OOH “also called”: ${a.profile.title}`);
    }
  }
  insertInChunks([...alternates.values()], 500, (chunk) => tx.insert(schema.alternateTitles).values(chunk).run());

  // BLS similar occupations and related-by-score.
  const similarRows = c.socs.flatMap((soc) => {
    const profile = c.assembled.get(soc)?.profile;
    if (profile === null || profile === undefined) return [];
    return profile.similar_occupations.map((similar, ordinal) => ({
      soc,
      ordinal,
      title: similar.title,
      oohSlug: similar.slug,
      url: similar.url,
      duties: similar.duties ?? null,
      targetSoc: c.socsByProfile.get(similar.slug)?.[0] ?? null,
    }));
  });
  insertInChunks(similarRows, 500, (chunk) => tx.insert(schema.similarOccupations).values(chunk).run());
  const relatedRows = c.peers.flatMap((peer) => relatedByScore(peer, c.peers).map((relatedSoc, ordinal) => ({ soc: peer.soc, ordinal, relatedSoc })));
  insertInChunks(relatedRows, 500, (chunk) => tx.insert(schema.relatedOccupations).values(chunk).run());

  // BLS factors, skills, work contexts, attainment.
  const factorRows = c.socs.flatMap((soc) => {
    const nem = c.assembled.get(soc)?.crosswalk?.nemCode;
    return (nem === undefined ? [] : (c.factorsByNem.get(nem) ?? [])).map((factor, ordinal) => ({ soc, ordinal, ...factor }));
  });
  insertInChunks(factorRows, 500, (chunk) => tx.insert(schema.blsFactors).values(chunk).run());
  const skillRows = c.socs.flatMap((soc) => (c.assembled.get(soc)?.skills ?? []).map((skill) => ({ soc, ...skill })));
  insertInChunks(skillRows, 500, (chunk) => tx.insert(schema.occupationSkills).values(chunk).run());
  const contextRows = c.socs.flatMap((soc) => {
    const context = c.assembled.get(soc)?.context;
    if (context === null || context === undefined) return [];
    return [
      {
        soc,
        degreeOfAutomation: context.degreeOfAutomation === null ? null : round(context.degreeOfAutomation, 4),
        exactness: context.exactness === null ? null : round(context.exactness, 4),
        repeating: round(context.repeating, 4),
        structured: round(context.structured, 4),
        matchedTitles: context.titles.join("; "),
      },
    ];
  });
  insertInChunks(contextRows, 500, (chunk) => tx.insert(schema.workContexts).values(chunk).run());
  const attainmentRows = c.socs.flatMap((soc) => {
    const nem = c.assembled.get(soc)?.crosswalk?.nemCode;
    const shares = nem === undefined ? undefined : c.attainmentByNem.get(nem);
    return nem === undefined || shares === undefined ? [] : [{ soc, nemCode: nem, ...shares }];
  });
  insertInChunks(attainmentRows, 500, (chunk) => tx.insert(schema.educationAttainment).values(chunk).run());

  // Indeed.
  tx.insert(schema.indeedSectors)
    .values(
      c.indeed.examples.map((example) => ({
        name: example.sector,
        exampleTitles: example.examples,
        recentMean: c.window.bySector.has(example.sector) ? round(c.window.bySector.get(example.sector)!, 3) : null,
        nationalRecentMean: round(c.window.national, 3),
        windowStart: c.window.start,
        windowEnd: c.window.end,
      })),
    )
    .run();
  const monthly = [
    ...monthlyMeans(c.indeed.nationalDaily).map((row) => ({ sector: "(national)", ...row })),
    ...[...new Set(c.indeed.sectorDaily.map((row) => row.sector))].flatMap((sector) =>
      monthlyMeans(c.indeed.sectorDaily.filter((row) => row.sector === sector)).map((row) => ({ sector, ...row })),
    ),
  ];
  insertInChunks(monthly, 500, (chunk) => tx.insert(schema.indeedMonthly).values(chunk).run());
  tx.insert(schema.socSectorRules).values(c.indeed.rules).run();

  // Search index.
  const alternatesBySoc = new Map<string, string[]>();
  for (const alternate of alternates.values()) alternatesBySoc.set(alternate.soc, [...(alternatesBySoc.get(alternate.soc) ?? []), alternate.title]);
  for (const soc of c.socs) {
    const codes = [soc, soc.replace("-", ""), ...(c.onetCodesBySoc.get(soc) ?? []), ...(c.onetCodesBySoc.get(soc) ?? []).map((code) => code.replace(/[-.]/g, ""))];
    tx.run(
      sql`INSERT INTO occupation_search (soc, title, alt_titles, codes) VALUES (${soc}, ${c.assembled.get(soc)!.title}, ${(alternatesBySoc.get(soc) ?? []).join(" | ")}, ${codes.join(" ")})`,
    );
  }

  // Import issues and build facts.
  insertInChunks(c.report.issues, 500, (chunk) => tx.insert(schema.importIssues).values(chunk).run());
  const metaRows = {
    data_version: c.version,
    postings_window: `${c.window.start}/${c.window.end}`,
    mean_routineness: String(round(c.economy.meanRoutineness, 4)),
    task_signal_by_education: JSON.stringify(Object.fromEntries(Object.entries(c.economy.taskSignalByEducation).map(([k, v]) => [k, round(v, 2)]))),
    rows_rejected: String(c.report.rejectedCount()),
  };
  tx.insert(schema.meta)
    .values(Object.entries(metaRows).map(([key, value]) => ({ key, value })))
    .run();
}

function sectorNote(sector: string | null): string {
  return sector === null
    ? "No Indeed sector covers this occupation (see data/soc-indeed-sectors.csv)."
    : `Indeed sector: ${sector} (project crosswalk data/soc-indeed-sectors.csv).`;
}
