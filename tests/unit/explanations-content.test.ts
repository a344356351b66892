import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as schema from "@/db/content/schema";
import { formatShare } from "@/lib/format";
import { explanationText, leadPhrase, sentenceText, sentencesSchema, type Sentence, type TaskFacts } from "@/lib/explanations";
import { AUTOMATION_MEANING, EXPOSURE_MEANING } from "@/lib/labels";
import { AGREE_MAX_SPREAD } from "@/lib/measured-use";
import { formatConversationShare } from "@/lib/measured-use/text";
import { scoringConfig, verdictBand, type AutomationLabel, type ExposureLabel } from "@/lib/scoring";
import { isJoined, readExplanationFacts, taskScopes, type ExplanationFacts } from "@/scripts/import/explanations";

import { sharedContentBuild } from "./support/content-build";

/**
 * METHODOLOGY §10 over the whole economy: every stored sentence is read back against the
 * stored fields it claims to come from, for every task of every occupation.
 */
let sqlite: Database.Database;
let facts: ExplanationFacts;
let taskSentences: Map<number, Sentence[]>;

beforeAll(async () => {
  const { dbFile } = await sharedContentBuild();
  sqlite = new Database(dbFile, { readonly: true });
  const db = drizzle(sqlite, { schema });
  facts = readExplanationFacts(db);
  taskSentences = new Map(db.select().from(schema.taskExplanations).all().map((row) => [row.taskId, sentencesSchema.parse(row.sentences)]));
});
afterAll(() => {
  sqlite?.close();
});

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const shortOf = (label: ExposureLabel) => EXPOSURE_MEANING[label].short.toLowerCase();

/** Every claim a task explanation makes, checked against the task's fields; returns the problems. */
function contradictions(task: TaskFacts, sentences: Sentence[], scopeScores: readonly number[], soc: string): string[] {
  const problems: string[] = [];
  const text = explanationText(sentences);
  const fail = (what: string) => problems.push(`task ${task.taskId}: ${what}`);

  // labels and what they mean
  const both = /Both the human raters and GPT-4 label it (E\d) \(([^)]+)\)/.exec(text);
  const split = /The human raters label it (E\d) \(([^)]+)\) but GPT-4 (E\d) \(([^)]+)\)/.exec(text);
  if (both) {
    if (task.humanLabel !== both[1] || task.gpt4Label !== both[1]) fail(`says both raters ${both[1]}`);
    if (both[2] !== shortOf(both[1] as ExposureLabel)) fail(`wrong meaning ${both[2]}`);
  } else if (split) {
    if (task.humanLabel !== split[1] || task.gpt4Label !== split[3] || split[1] === split[3]) fail("misstates a disagreement");
    if (split[2] !== shortOf(split[1] as ExposureLabel) || split[4] !== shortOf(split[3] as ExposureLabel)) fail("wrong label meaning");
  } else if (/Only the human raters labelled it: (E\d)/.exec(text)?.[1] !== undefined) {
    if (task.gpt4Label !== null || task.humanLabel !== /Only the human raters labelled it: (E\d)/.exec(text)?.[1]) fail("misstates a single rater");
  } else if (/Only GPT-4 labelled it: (E\d)/.test(text)) {
    if (task.humanLabel !== null || task.gpt4Label !== /Only GPT-4 labelled it: (E\d)/.exec(text)?.[1]) fail("misstates a single rater");
  } else if (!text.includes("Neither rater gave it an exposure label") || task.humanLabel !== null || task.gpt4Label !== null) fail("no label statement");

  // automation level, and what stays with people follows from it
  const automation = /GPT-4 rates its automation (T\d), meaning (.+?)\. Its task score/.exec(text);
  if (automation) {
    if (task.automationLabel !== automation[1]) fail(`says automation ${automation[1]}`);
    if (automation[2] !== AUTOMATION_MEANING[automation[1] as AutomationLabel].long) fail("wrong automation meaning");
    const kept = /What stays with people: (all of it|most of it|a share of it|checking the output|little)/.exec(text)?.[1];
    const expected = { T0: "all of it", T1: "most of it", T2: "a share of it", T3: "checking the output", T4: "little" }[automation[1] as AutomationLabel];
    if (kept !== expected) fail(`what stays with people (${kept}) does not follow ${automation[1]}`);
  } else if (task.automationLabel !== null) fail("automation level left out");

  // task score and the comparison words
  const score = /Its task score is (\d+), (.+?)\./.exec(text);
  if (!score || Number(score[1]) !== task.score) fail("task score wrong or missing");
  else {
    const higher = scopeScores.filter((s) => s > task.score).length;
    const lower = scopeScores.filter((s) => s < task.score).length;
    const tied = scopeScores.length - higher - lower - 1;
    const rank = score[2]!;
    const between = /below (\d+) and above (\d+)/.exec(rank);
    if (between) {
      if (Number(between[1]) !== higher || Number(between[2]) !== lower) fail(`rank "${rank}"`);
    } else if (/highest/.test(rank)) {
      if (higher !== 0 || lower === 0 || /tied/.test(rank) !== tied > 0) fail(`"${rank}" but ${higher} higher, ${tied} tied`);
    } else if (/lowest/.test(rank)) {
      if (lower !== 0 || higher === 0 || /tied/.test(rank) !== tied > 0) fail(`"${rank}" but ${lower} lower, ${tied} tied`);
    } else if (/^the same as/.test(rank)) {
      if (higher + lower !== 0) fail(`"${rank}"`);
    } else if (!/only rated task/.test(rank) || scopeScores.length !== 1) fail(`rank "${rank}"`);
  }

  // measured use: Claude share and mode
  const claude = task.claude;
  const seen = /In Claude use it makes up (\S+) of conversations \((\S+) release\)/.exec(text);
  if (seen) {
    if (claude === null || !claude.seen) fail("says seen in Claude use");
    else {
      if (seen[1] !== formatConversationShare(claude.pct) || seen[2] !== claude.release) fail("Claude share or release wrong");
      const mode = /, (mostly automation|mostly augmentation|automation and augmentation evenly) \((\d+)% automation/.exec(text);
      if (claude.automation === null) {
        if (mode) fail("states a mix that is not classified");
      } else if (!mode) fail("Claude mix left out");
      else {
        const direction = claude.automation > 0.5 ? "mostly automation" : claude.automation < 0.5 ? "mostly augmentation" : "automation and augmentation evenly";
        if (mode[1] !== direction || `${mode[2]}%` !== formatShare(claude.automation)) fail(`Claude mode "${mode[1]}" vs ${claude.automation}`);
        const augmentation = /(\d+)% of its Claude conversations are people iterating/.exec(text);
        if (augmentation && (1 - claude.automation < 0.5 || `${augmentation[1]}%` !== formatShare(1 - claude.automation))) fail("augmentation share");
      }
    }
  } else if (text.includes("not seen in Claude use")) {
    if (claude === null || claude.seen) fail("says not seen");
  } else if (claude !== null) fail("Claude use left out");

  // Copilot completion against the mean over work activities
  const copilot = /Copilot completes (\d+)% of conversations on (?:its work activity|its (\d+) work activities \(mean\)), (above|below|level with) the (\d+)% mean/.exec(text);
  const rated = task.activities.flatMap((activity) => (activity.completion === null ? [] : [activity.completion]));
  const economyMean = facts.economy.meanCompletion!;
  if (rated.length > 0) {
    if (!copilot) fail("Copilot completion left out");
    else {
      const value = mean(rated);
      const direction = value > economyMean ? "above" : value < economyMean ? "below" : "level with";
      if (`${copilot[1]}%` !== formatShare(value) || copilot[3] !== direction || `${copilot[4]}%` !== formatShare(economyMean)) fail(`Copilot "${copilot[0]}" vs ${value}`);
      if ((copilot[2] === undefined ? 1 : Number(copilot[2])) !== rated.length) fail("number of work activities");
    }
  } else if (copilot) fail("Copilot figure without a metric");
  const least = /Copilot completes least of “([^”]+)” \((\d+)%\)/.exec(text);
  if (least) {
    const lowest = Math.min(...rated);
    const named = task.activities.find((activity) => activity.title.replace(/\.$/, "") === least[1]);
    if (named?.completion !== lowest || lowest >= economyMean) fail(`"least" names ${least[1]}`);
  }

  // work contexts: "more"/"less" against the economy means
  const own = facts.workContextOf(soc);
  const economy = facts.economy.workContext;
  for (const [pattern, pick, more] of [
    [/needs more exactness \(([\d.]+) vs ([\d.]+)\)/, (c: NonNullable<typeof own>) => c.exactness, true],
    [/leaves more freedom to set tasks and priorities \(([\d.]+) vs ([\d.]+)\)/, (c: NonNullable<typeof own>) => c.structured, true],
    [/repeats the same tasks less \(([\d.]+) vs ([\d.]+)\)/, (c: NonNullable<typeof own>) => c.repeating, false],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = own === null ? null : pick(own);
    const base = economy === null ? null : pick(economy);
    if (value === null || base === null || value.toFixed(2) !== match[1] || base.toFixed(2) !== match[2] || (more ? value <= base : value >= base)) fail(`work context "${match[0]}"`);
  }
  return problems;
}

describe("task explanations over every task of every occupation", () => {
  it("has an explanation of two to four sentences for every task, every clause citing at least one field", () => {
    expect(taskSentences.size).toBe(facts.taskRows.length);
    for (const row of facts.taskRows) {
      const sentences = taskSentences.get(row.taskId)!;
      expect(sentences.length, `task ${row.taskId}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `task ${row.taskId}`).toBeLessThanOrEqual(4);
      for (const sentence of sentences) {
        expect(sentence.every((part) => part.sources.length >= 1)).toBe(true);
        expect(sentenceText(sentence)).toMatch(/[.]$/);
      }
    }
  });

  it("never states a label, meaning, share, direction or comparison the fields contradict", () => {
    const problems: string[] = [];
    for (const { soc, tasks } of taskScopes(facts)) {
      const scores = tasks.map((task) => task.score);
      for (const row of tasks) problems.push(...contradictions(facts.taskFacts(row, isJoined(tasks)), taskSentences.get(row.taskId)!, scores, soc));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("gives two tasks of one occupation the same explanation only when their fields are the same, and ≥ 95% distinct within every occupation", () => {
    const shares: { soc: string; share: number; tasks: number }[] = [];
    for (const { scope, soc, tasks } of taskScopes(facts)) {
      if (scope !== "the occupation's") continue;
      const byText = new Map<string, TaskFacts[]>();
      for (const row of tasks) {
        const text = explanationText(taskSentences.get(row.taskId)!);
        byText.set(text, [...(byText.get(text) ?? []), facts.taskFacts(row, isJoined(tasks))]);
      }
      for (const group of byText.values()) {
        // every field the explanation is written from, the task id aside
        const key = (task: TaskFacts) => JSON.stringify({ ...task, taskId: undefined, statement: undefined, lead: leadPhrase(task.statement, facts.leadVerbs) });
        expect(new Set(group.map(key)).size, `${soc}: tasks ${group.map((task) => task.taskId).join(", ")}`).toBe(1);
      }
      shares.push({ soc, share: byText.size / tasks.length, tasks: tasks.length });
    }
    const lowest = shares.reduce((low, s) => (s.share < low.share ? s : low));
    const below = shares.filter((s) => s.share < 0.95);
    const economy = shares.reduce((sum, s) => sum + s.share * s.tasks, 0) / shares.reduce((sum, s) => sum + s.tasks, 0);
    console.log(
      `distinct task explanations: lowest ${(lowest.share * 100).toFixed(1)}% (${lowest.soc}, ${lowest.tasks} tasks); ${below.length} of ${shares.length} occupations below 95%; ${(economy * 100).toFixed(1)}% over all tasks`,
    );
    expect(below.map((s) => `${s.soc} ${(s.share * 100).toFixed(1)}%`)).toEqual([]);
  });

  it("keeps 11-3051's explanations as reviewed", async () => {
    const rows = facts.taskRows.filter((row) => row.soc === "11-3051" && row.inSocTaskList);
    const text = rows.map((row) => `${row.taskId} ${row.statement}\n  ${explanationText(taskSentences.get(row.taskId)!)}`).join("\n\n");
    await expect(`${text}\n`).toMatchFileSnapshot("__snapshots__/11-3051-explanations.txt");
  });
});

describe("occupation sentences over every occupation", () => {
  const load = () =>
    (sqlite.prepare("SELECT * FROM occupation_explanations").all() as { soc: string; headline: string; outlook: string; summary: string; agreement: string }[]).map((row) => ({
      soc: row.soc,
      headline: sentencesSchema.parse(JSON.parse(row.headline)),
      outlook: sentencesSchema.parse([JSON.parse(row.outlook)]),
      summary: sentencesSchema.parse(JSON.parse(row.summary)),
      agreement: sentencesSchema.parse([JSON.parse(row.agreement)]),
    }));

  it("states the band, the count of high-scoring tasks, the outlook direction, the most and least exposed tasks and the agreement as the fields have them", () => {
    const problems: string[] = [];
    const occupations = new Map(facts.occupationRows.map((row) => [row.soc, row]));
    const listOf = new Map<string, { score: number }[]>();
    for (const row of facts.taskRows) if (row.inSocTaskList) listOf.set(row.soc, [...(listOf.get(row.soc) ?? []), row]);
    const rows = load();
    expect(rows.length).toBe(facts.occupationRows.length);
    for (const row of rows) {
      const occupation = occupations.get(row.soc)!;
      const tasks = listOf.get(row.soc) ?? [];
      const fail = (what: string) => problems.push(`${row.soc}: ${what}`);
      const headline = explanationText(row.headline);
      if (occupation.score === null) {
        if (!headline.startsWith("Not enough data")) fail("headline without a score");
      } else {
        const band = verdictBand(occupation.score);
        if (!headline.startsWith(band.headline)) fail(`headline "${headline.slice(0, 40)}" vs band ${band.id}`);
        const high = /(\d+) of its (\d+) rated tasks score (\d+) or more/.exec(headline);
        if (!high || Number(high[1]) !== tasks.filter((task) => task.score >= scoringConfig.highTaskScore).length || Number(high[2]) !== tasks.length) fail("high-task count");
      }
      const outlook = explanationText(row.outlook);
      const direction = /employment to (grow|shrink|hold steady)/.exec(outlook)?.[1];
      const expected = occupation.changePct === null ? undefined : occupation.changePct > 0 ? "grow" : occupation.changePct < 0 ? "shrink" : "hold steady";
      if (direction !== expected) fail(`outlook says ${direction}, change ${occupation.changePct}`);

      const summary = explanationText(row.summary);
      const named = /Most exposed: (.+); least: (.+?)\.(?: |$)/.exec(summary);
      if (named) {
        const scoresIn = (part: string) => [...part.matchAll(/\((\d+)\)(?: and|$)/g)].map((m) => Number(m[1]));
        const most = scoresIn(named[1]!);
        const least = scoresIn(named[2]!);
        const all = tasks.map((task) => task.score).sort((a, b) => b - a);
        // the named most-exposed are the highest scores, the named least the lowest
        if (JSON.stringify(most) !== JSON.stringify(all.slice(0, most.length)) || JSON.stringify(least) !== JSON.stringify([...all].reverse().slice(0, least.length))) {
          fail(`summary names ${most} / ${least} of ${all}`);
        }
        if (Math.min(...most) <= Math.max(...least)) fail("most and least overlap");
      }
      const agreement = explanationText(row.agreement);
      const measured = facts.measuredOf(row.soc);
      const spread = /a spread of (\d+) points \((at most|more than) (\d+)\)/.exec(agreement);
      if (measured?.spread == null) {
        if (agreement !== "Too few measures to compare.") fail("agreement without a spread");
      } else if (!spread || Number(spread[1]) !== Math.round(measured.spread) || agreement.startsWith("Measures agree") !== measured.spread <= AGREE_MAX_SPREAD) fail(`agreement "${agreement}"`);
      else if (agreement.startsWith("Measures agree") !== (measured.agreement === "agree")) fail("agreement label");
      else {
        const present = [measured.pScore, measured.pBetaHuman, measured.pBetaGpt4, measured.pApplicability, measured.pCoverage, measured.pDigital].filter((v): v is number => v !== null);
        const ends = /between the (\d+)\D+ percentile .* and the (\d+)\D+ \(/.exec(agreement);
        if (!ends || Number(ends[1]) !== Math.round(Math.min(...present)) || Number(ends[2]) !== Math.round(Math.max(...present))) fail("percentile ends");
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
