/**
 * `npm run --silent measures:report`: measured AI use across the economy from the content
 * database: coverage per source, the most contested occupations, the largest adoption gaps and
 * the Spearman correlations between the measures (METHODOLOGY §8).
 */
import { sql } from "drizzle-orm";

import { contentDb } from "@/db/content/client";
import { occupations, taskMeasuredUse } from "@/db/content/schema";
import { listMeasuredUse } from "@/db/queries/measured-use";
import { spearman } from "@/lib/measured-use";

const db = contentDb();
const use = new Map(listMeasuredUse().map((row) => [row.soc, row]));
const occ = db.select().from(occupations).all();
const scored = occ.filter((o) => o.score !== null);

const tasks = db
  .select({ release: taskMeasuredUse.claudeRelease, n: sql<number>`count(*)`, linked: sql<number>`sum(json_array_length(${taskMeasuredUse.iwaIds}) > 0)`, copilot: sql<number>`sum(${taskMeasuredUse.copilotCompletion} IS NOT NULL)` })
  .from(taskMeasuredUse)
  .groupBy(taskMeasuredUse.claudeRelease)
  .all();
const totalTasks = tasks.reduce((sum, row) => sum + row.n, 0);
console.log("Coverage per source");
console.log(`  rated tasks                 ${totalTasks}`);
for (const row of tasks) console.log(`  Claude ${row.release ?? "not seen"}`.padEnd(30) + String(row.n));
console.log(`  linked to an O*NET IWA      ${tasks.reduce((sum, row) => sum + row.linked, 0)}`);
console.log(`  with Copilot task metrics   ${tasks.reduce((sum, row) => sum + row.copilot, 0)}`);
const rows = [...use.values()];
const count = (pick: (row: (typeof rows)[number]) => boolean) => rows.filter(pick).length;
console.log(`  occupations                 ${rows.length} (${scored.length} scored)`);
console.log(`    with a task seen in Claude use   ${count((r) => r.seenTasks > 0)}; none seen ${count((r) => r.scoredTasks > 0 && r.seenTasks === 0)}`);
console.log(`    Copilot applicability            ${count((r) => r.applicability !== null)} (${count((r) => r.copilotSoc !== null && r.copilotSoc !== r.soc)} through their BLS aggregate)`);
console.log(`    ChatGPT monthly trend            ${count((r) => r.chatgptFirst !== null)}`);
console.log(`    agree / contested                ${count((r) => r.agreement === "agree")} / ${count((r) => r.agreement === "contested")}`);

const title = new Map(occ.map((o) => [o.soc, o.title]));
const fmt = (value: number | null) => (value === null ? "  —" : String(Math.round(value)).padStart(3));
console.log("\nThe 10 most contested occupations (spread of percentiles: score, β human, β GPT-4, Copilot applicability, U, D)");
console.log("  SOC      spread  score βh  βg4 app  U   D   title");
for (const r of rows.filter((r) => r.spread !== null).sort((a, b) => b.spread! - a.spread! || a.soc.localeCompare(b.soc)).slice(0, 10)) {
  console.log(`  ${r.soc}  ${r.spread!.toFixed(1).padStart(5)}   ${fmt(r.pScore)}  ${fmt(r.pBetaHuman)} ${fmt(r.pBetaGpt4)} ${fmt(r.pApplicability)} ${fmt(r.pCoverage)} ${fmt(r.pDigital)}  ${title.get(r.soc)}`);
}

console.log("\nThe 10 largest adoption gaps (percentile of T − percentile of U)");
console.log("  SOC      gap    pT   pU   U      title");
for (const r of rows.filter((r) => r.adoptionGap !== null).sort((a, b) => b.adoptionGap! - a.adoptionGap! || a.soc.localeCompare(b.soc)).slice(0, 10)) {
  console.log(`  ${r.soc}  ${r.adoptionGap!.toFixed(1).padStart(5)}  ${fmt(r.pTaskSignal)}  ${fmt(r.pCoverage)}  ${(r.coverage ?? 0).toFixed(1).padStart(5)}  ${title.get(r.soc)}`);
}

// Raw values (Spearman only looks at ranks), over scored occupations having both measures.
const measures: [string, (o: (typeof occ)[number]) => number | null][] = [
  ["score", (o) => o.score],
  ["T", (o) => o.taskSignal],
  ["βhuman", (o) => o.betaHuman],
  ["βgpt4", (o) => o.betaGpt4],
  ["Copilot", (o) => use.get(o.soc)?.applicability ?? null],
  ["U", (o) => use.get(o.soc)?.coverage ?? null],
  ["D", (o) => o.digitalExposure],
  ["usage", (o) => use.get(o.soc)?.usageShare ?? null],
  ["autom.", (o) => use.get(o.soc)?.automationShare ?? null],
  ["ChatGPT", (o) => use.get(o.soc)?.chatgptLast ?? null],
];
console.log("\nSpearman rank correlation between the measures (raw values of the scored occupations having both)");
console.log("          " + measures.map(([name]) => name.padStart(8)).join(""));
for (const [name, a] of measures) {
  const cells = measures.map(([, b]) => {
    const pairs = scored.flatMap((o) => {
      const x = a(o);
      const y = b(o);
      return x === null || y === null ? [] : [[x, y] as [number, number]];
    });
    const rho = spearman(pairs);
    return (rho === null ? "—" : (Math.abs(rho) < 0.005 ? 0 : rho).toFixed(2)).padStart(8);
  });
  console.log(name.padEnd(10) + cells.join(""));
}
console.log("\nU: observed coverage; usage: Σ share of Claude conversations; autom.: automation share; ChatGPT: share of work-related messages, 2025-12.");
