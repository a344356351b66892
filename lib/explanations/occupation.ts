/**
 * Occupation-level sentences (METHODOLOGY §10): the headline, the outlook line, the summary
 * paragraph and the "measures agree / contested" sentence, from stored fields only. Pure.
 */
import { formatCompact, formatPercent } from "../format";
import { AGREE_MAX_SPREAD, MEASURE_LABELS, MEASURES, type MeasureId } from "../measured-use";
import { ordinal } from "../measured-use/text";
import { scoringConfig, verdictBand } from "../scoring";
import { clause, endSentence, type Clause, type Sentence } from "./sources";
import { leadPhrase } from "./verbs";

/** Headline: the band's sentence, why (how many tasks score high, T), and what shifts. */
export function headlineSentences(input: { score: number | null; taskSignal: number | null; taskScores: readonly number[] }): Sentence[] {
  if (input.score === null) {
    return [[clause("Not enough data: this occupation has no rated tasks, so it has no AI pressure score.", "occupation.score")]];
  }
  const band = verdictBand(input.score);
  const n = input.taskScores.length;
  const high = input.taskScores.filter((score) => score >= scoringConfig.highTaskScore).length;
  const why = [clause(`${high} of its ${n} rated tasks score ${scoringConfig.highTaskScore} or more`, "task.score")];
  if (input.taskSignal !== null) why.push(clause(`, and its task signal T, half of the score, is ${Math.round(input.taskSignal)} of 100`, "occupation.taskSignal"));
  return [[clause(band.headline, "occupation.score")], endSentence(why), [clause(band.shift, "occupation.score")]];
}

export interface OutlookInput {
  changePct: number | null;
  employment: number | null;
  oohOutlookPct: number | null;
  oohOutlookDesc: string | null;
  oohTitle: string | null;
  /** Projection years of the BLS edition the numbers come from. */
  years: { base: number; target: number } | null;
  /** NEM aggregate title when BLS reports the occupation together with others. */
  reportedTogetherAs?: string | null;
}

/** One sentence on the projected outlook, in BLS's own terms where it has them. */
export function outlookSentence(input: OutlookInput): Sentence {
  const parts: Clause[] = [];
  if (input.changePct !== null) {
    const direction = input.changePct > 0 ? "grow" : input.changePct < 0 ? "shrink" : "hold steady";
    const size = input.changePct === 0 ? "" : ` by ${formatPercent(Math.abs(input.changePct))}`;
    const base = input.employment === null ? "" : ` from ${formatCompact(input.employment)} jobs`;
    const together = input.reportedTogetherAs ? ` (reported together as ${input.reportedTogetherAs.toLowerCase()})` : "";
    const years = input.years === null ? "over its projection decade" : `between ${input.years.base} and ${input.years.target}`;
    parts.push(clause(`BLS projects employment to ${direction}${size}${base}${together} ${years}`, "occupation.projection"));
  }
  if (input.oohOutlookDesc !== null && input.oohTitle !== null) {
    const pct = input.oohOutlookPct === null ? "" : ` (${formatPercent(input.oohOutlookPct, { signed: true, digits: 0 })})`;
    const text = `the 2024–34 Handbook calls the outlook for ${input.oohTitle.toLowerCase()} “${input.oohOutlookDesc.toLowerCase()}”${pct}`;
    parts.push(clause(parts.length > 0 ? `; ${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`, "occupation.oohOutlook"));
  }
  if (parts.length === 0) return [clause("BLS publishes no employment projection for this occupation.", "occupation.projection")];
  return endSentence(parts);
}

export interface SummaryTask {
  taskId: number;
  statement: string;
  score: number;
  weight: number;
}

/** The named tasks of the summary: the two highest- and two lowest-scoring (ties by weight, then id). */
export function summaryPicks(tasks: readonly SummaryTask[]): { most: SummaryTask[]; least: SummaryTask[] } | null {
  if (tasks.length < 4) return null;
  const byScore = [...tasks].sort((a, b) => b.score - a.score || b.weight - a.weight || a.taskId - b.taskId);
  const most = byScore.slice(0, 2);
  const least = byScore.slice(-2).reverse();
  if ((most.at(-1)?.score ?? 0) <= (least.at(-1)?.score ?? 0)) return null;
  return { most, least };
}

/** "Most exposed: …; least: …" and how much of the work is seen in Claude use. */
export function summarySentences(input: {
  tasks: readonly SummaryTask[];
  leadVerbs: ReadonlySet<string>;
  seenTasks: number | null;
  scoredTasks: number | null;
  coverage: number | null;
}): Sentence[] {
  const sentences: Sentence[] = [];
  const phrase = (task: SummaryTask) => {
    const { verbs, object } = leadPhrase(task.statement, input.leadVerbs);
    return `${verbs.toLowerCase()}${object ? ` ${object}` : ""} (${task.score})`;
  };
  const picks = summaryPicks(input.tasks);
  if (picks !== null) {
    sentences.push([
      clause(`Most exposed: ${picks.most.map(phrase).join(" and ")}`, "task.statement", "task.score"),
      clause(`; least: ${picks.least.map(phrase).join(" and ")}.`, "task.statement", "task.score"),
    ]);
  } else if (input.tasks.length > 0) {
    const scores = new Set(input.tasks.map((task) => task.score));
    sentences.push([
      clause(
        scores.size === 1 ? `All ${input.tasks.length} rated tasks score ${[...scores][0]}.` : `Too few tasks (${input.tasks.length}) to name the most and least exposed.`,
        "task.score",
      ),
    ]);
  }
  if (input.seenTasks !== null && input.scoredTasks !== null && input.scoredTasks > 0) {
    const u = input.coverage === null ? "" : `, observed coverage U ${Math.round(input.coverage)} of 100`;
    const verb = input.seenTasks === 1 ? "is" : "are";
    sentences.push([clause(`${input.seenTasks} of its ${input.scoredTasks} rated tasks ${verb} seen in Claude use${u}.`, "occupation.claudeCoverage")]);
  }
  return sentences;
}

export type MeasurePercentiles = Record<MeasureId, number | null>;

/** "Measures agree: …" / "Contested: …", from the stored percentiles, spread and label. */
export function agreementSentence(input: { percentiles: MeasurePercentiles; spread: number | null; agreement: "agree" | "contested" | null }): Sentence {
  const present = MEASURES.flatMap((id) => {
    const value = input.percentiles[id];
    return value === null ? [] : [{ id, value }];
  });
  if (input.spread === null || input.agreement === null || present.length < 2) {
    return [clause("Too few measures to compare.", "occupation.percentiles")];
  }
  const low = present.reduce((a, b) => (b.value < a.value ? b : a));
  const high = present.reduce((a, b) => (b.value > a.value ? b : a));
  const lead = input.agreement === "agree" ? "Measures agree" : "Contested";
  const limit = input.agreement === "agree" ? `at most ${AGREE_MAX_SPREAD}` : `more than ${AGREE_MAX_SPREAD}`;
  return [
    clause(
      `${lead}: the ${present.length} measures place it between the ${ordinal(low.value)} percentile (${MEASURE_LABELS[low.id]}) and the ${ordinal(high.value)} (${MEASURE_LABELS[high.id]}), a spread of ${Math.round(input.spread)} points (${limit}).`,
      "occupation.percentiles",
    ),
  ];
}
