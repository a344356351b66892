/**
 * `npm run --silent score -- <SOC> [--json]`: one occupation's score breakdown, read from the
 * content database (the numbers the site shows).
 */
import { ContentDatabaseMissingError } from "@/db/content/client";
import { getOccupationBreakdown } from "@/db/queries/occupations";
import { SIGNAL_NAMES, verdictBand } from "@/lib/scoring";
import { normalizeSoc } from "@/lib/soc";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const positional = args.filter((arg) => !arg.startsWith("--"));
const unknownFlags = args.filter((arg) => arg.startsWith("--") && arg !== "--json");
if (unknownFlags.length > 0) fail(`Unknown option ${unknownFlags[0]}. Usage: npm run score -- <SOC> [--json]`);
if (positional.length !== 1) fail("Usage: npm run score -- <SOC> [--json]   e.g. npm run score -- 11-3051");
const soc = normalizeSoc(positional[0]!);
if (soc === null) fail(`"${positional[0]}" is not a SOC code (expected six digits like 11-3051).`);

let breakdown;
try {
  breakdown = getOccupationBreakdown(soc);
} catch (error) {
  if (error instanceof ContentDatabaseMissingError) fail(error.message);
  throw error;
}
if (breakdown === null) fail(`No occupation with SOC code ${soc}.`);

if (json) {
  process.stdout.write(`${JSON.stringify(breakdown, null, 2)}\n`);
} else {
  const lines = [`${breakdown.title} (SOC ${breakdown.soc}) · ${breakdown.category}`];
  if (breakdown.score === null) {
    lines.push("No score: no rated tasks for this occupation.");
  } else {
    const band = verdictBand(breakdown.score);
    lines.push(`AI pressure score ${breakdown.score}/100 · ${band.label} (${band.range}): ${band.headline}`, "", "Signal                      value  weight  points  source");
    for (const [id, signal] of Object.entries(breakdown.signals)) {
      const name = SIGNAL_NAMES[id as keyof typeof SIGNAL_NAMES].padEnd(26);
      lines.push(
        `${id} ${name} ${signal.value.toFixed(1).padStart(5)}  ${signal.weight.toFixed(2).padStart(6)}  ${signal.contribution.toFixed(1).padStart(6)}  ${signal.imputed ? "[category prior] " : ""}${signal.rawLabel}; ${signal.vintage}`,
      );
    }
    const { entry, mid, senior, multipliers } = breakdown.seniority;
    lines.push("", `By seniority: entry ${entry} (×${multipliers.entry.toFixed(3)}), mid ${mid}, senior ${senior} (×${multipliers.senior.toFixed(3)})`);
  }
  lines.push("", `Tasks (${breakdown.tasks.length}): score · weight · human/GPT-4 · automation`);
  for (const task of [...breakdown.tasks].sort((a, b) => b.score * b.weight - a.score * a.weight)) {
    lines.push(`  ${String(task.score).padStart(3)} · ${task.weight} · ${task.human ?? "–"}/${task.gpt4 ?? "–"} · ${task.automation ?? "–"}  ${task.statement}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
