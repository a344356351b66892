/**
 * One-off probe of BLS evidence coverage beyond the matcher (issue 14): how many more tasks
 * looser rules would quote, and a seeded draw of those quotes to label by hand. The draws in
 * tests/fixtures/evidence-labels.json ("probe-below-threshold", "probe-beyond-rule") came from
 * this script at seed 20261204.
 *
 *   npx tsx scripts/evidence-probe.ts [--seed N] [--size N] [--out draw.json]
 *
 * Two bands of tasks of occupations with an OOH profile that the matcher does not quote:
 * - below threshold: a passage names the same activity on the same object (EvidenceMatcher.rank),
 *   but none reaches its section's threshold; the closest such passage;
 * - beyond the rule: no such passage, but one passage has a form of a task verb (or its synonym)
 *   and one of its object heads (or synonym) anywhere in it; the one sharing most of the
 *   statement's words.
 */
import fs from "node:fs";
import path from "node:path";

import { leadVerbLexicon } from "@/lib/explanations/verbs";
import { tokens } from "@/lib/text/tokens";

import { closestOverThreshold, EvidenceMatcher, taskActivities } from "./import/evidence";
import { percent, ImportReport } from "./import/report";
import { READ_STEPS, readSources } from "./import/sources";
import { oohProfileSlug } from "./import/steps/match";
import { scoreStep } from "./import/steps/score";
import { runStep } from "./import/steps/step";

interface ProbePair {
  taskId: number;
  soc: string;
  slug: string;
  statement: string;
  kind: string;
  passage: string;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

/** A linear congruential generator in [0, 1): the same sequence for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Fisher–Yates over a copy, `size` items. */
function draw<T>(items: readonly T[], size: number, random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, size);
}

async function main() {
  const seed = Number(option("seed", "20261204"));
  const size = Number(option("size", "40"));
  const out = option("out", "");
  const projectRoot = path.resolve(import.meta.dirname, "..");
  // Progress on stderr: the sources, then the score step.
  const report = new ImportReport(READ_STEPS + 1, (line) => process.stderr.write(`${line}\n`));
  const sources = await readSources({ sourcesRoot: path.join(projectRoot, "data/sources"), projectRoot, report });
  const scored = runStep(report, scoreStep, sources);
  const leadVerbs = leadVerbLexicon(sources.onet.taskRows.map(({ value }) => value.statement));
  const matcher = new EvidenceMatcher(sources.ooh.passages, leadVerbs);
  const passagesBySlug = new Map<string, { text: string; kind: string; stems: Set<string> }[]>();
  for (const passage of sources.ooh.passages) {
    const list = passagesBySlug.get(passage.slug) ?? [];
    list.push({ text: passage.text, kind: passage.kind, stems: new Set(tokens(passage.text)) });
    passagesBySlug.set(passage.slug, list);
  }

  let eligible = 0;
  let quoted = 0;
  const belowThreshold: ProbePair[] = [];
  const beyondRule: ProbePair[] = [];
  for (const { value: row } of sources.onet.taskRows) {
    const soc = row.onetSoc.slice(0, 7);
    if (scored.scoredTasks.get(row.taskId)?.score == null) continue;
    const slug = oohProfileSlug(sources, scored, row.onetSoc);
    if (slug === null) continue;
    eligible += 1;
    const base = { taskId: row.taskId, soc, slug, statement: row.statement };
    const ranked = matcher.rank(row.statement, slug);
    if (closestOverThreshold(ranked) !== null) {
      quoted += 1;
      continue;
    }
    if (ranked.length > 0) {
      belowThreshold.push({ ...base, kind: ranked[0]!.passage.kind, passage: ranked[0]!.passage.text });
      continue;
    }
    const activities = taskActivities(row.statement, leadVerbs);
    const verbs = activities.flatMap(({ activity }) => [...activity]);
    const objects = activities.flatMap(({ object }) => [...object]);
    const hits = (passagesBySlug.get(slug) ?? []).filter(({ stems }) => verbs.some((verb) => stems.has(verb)) && objects.some((object) => stems.has(object)));
    if (hits.length === 0) continue;
    const own = new Set(tokens(row.statement));
    const shared = ({ stems }: { stems: Set<string> }) => [...stems].filter((stem) => own.has(stem)).length;
    const best = [...hits].sort((a, b) => shared(b) - shared(a))[0]!;
    beyondRule.push({ ...base, kind: best.kind, passage: best.text });
  }

  const ceiling = quoted + belowThreshold.length;
  const loosest = ceiling + beyondRule.length;
  process.stdout.write(
    [
      `tasks of occupations with an OOH profile: ${eligible}`,
      `quoted by the matcher:                    ${quoted} (${percent(quoted, eligible)})`,
      `+ below threshold (same activity, object): ${belowThreshold.length} → ${ceiling} (${percent(ceiling, eligible)})`,
      `+ beyond the rule (verb and object words): ${beyondRule.length} → ${loosest} (${percent(loosest, eligible)})`,
    ].join("\n") + "\n",
  );
  if (out !== "") {
    // One generator for both draws, the band beyond the rule first (the order the fixture's draws were made in).
    const random = seededRandom(seed);
    const beyondRuleDraw = draw(beyondRule, size, random);
    const belowThresholdDraw = draw(belowThreshold, size, random);
    fs.writeFileSync(out, `${JSON.stringify({ seed, belowThreshold: belowThresholdDraw, beyondRule: beyondRuleDraw }, null, 1)}\n`);
    process.stdout.write(`wrote draws of ${size} from each band to ${out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`evidence probe failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
