import styles from "@/components/docs/docs.module.css";
import type { listMeasuredUse } from "@/db/queries/measured-use";
import { formatInteger } from "@/lib/format";
import { AGREE_MAX_SPREAD, MEASURE_LABELS, MEASURES } from "@/lib/measured-use";
import type { MeasuredUseSources } from "@/lib/measured-use/sources";

type MeasuredUseRow = ReturnType<typeof listMeasuredUse>[number];

/** Methodology §8 in the site's own words: each measured-use figure, how it is made, what it can and cannot say. */
export function MeasuredUseMethodology({ number, rows, sources }: { number: number; rows: readonly MeasuredUseRow[]; sources: MeasuredUseSources | null }) {
  const releases = sources?.claude.map((release) => release.id) ?? [];
  const withSeen = rows.filter((row) => row.seenTasks > 0).length;
  const contested = rows.filter((row) => row.agreement === "contested").length;
  const agree = rows.filter((row) => row.agreement === "agree").length;
  return (
    <section aria-labelledby="measured-use">
      <h2 id="measured-use">{number}. Measured AI use, beside the score</h2>
      <p>
        The score says what current AI <em>could</em> do to a job. Each profile also shows what people are <em>already doing</em> with AI
        on the same work, from three usage records published by AI companies and their researchers. None of these numbers feeds the
        score; each names its source and period on the page.
      </p>
      <h3>Seen in Claude use (per task)</h3>
      <p>
        Anthropic’s Economic Index publishes, for each O*NET task statement, the share of Claude conversations about it and how people
        worked with Claude: <strong>automation</strong> (directive, feedback loop: Claude does the task) or <strong>augmentation</strong>{" "}
        (task iteration, validation, learning: the person works through it with Claude). We join a task by its statement, in lower case
        with punctuation and spacing removed, to the newest release that has it ({releases.join(", then ")}). A task that no release
        lists is shown as <em>not seen in Claude use</em> — that is a finding, not a gap in our data.
      </p>
      <h3>Observed coverage U, usage share and the automation mix (per occupation)</h3>
      <p>
        <strong>Observed coverage U</strong> is the weighted share of the occupation’s scored tasks that are seen in Claude use, 0–100, with
        the same weights as the score (Core 2, Supplemental 1). <strong>Usage share</strong> adds up the tasks’ shares of conversations.
        The <strong>automation share</strong> is the conversation-weighted mean of the seen tasks’ automation mix.{" "}
        {formatInteger(withSeen)} of {formatInteger(rows.length)} occupations have at least one task seen in Claude use.
      </p>
      <h3>Copilot completion, impact scope and applicability</h3>
      <p>
        Microsoft Research classified US Bing Copilot conversations ({sources?.copilot.period ?? "2024"}) into O*NET work activities and
        measured, per activity, how often Copilot completed what the user wanted and how wide its impact was. A task inherits the mean of
        its work activities (through O*NET’s task → detailed → intermediate work activity links). Microsoft’s{" "}
        <strong>applicability</strong> score for an occupation combines these over its work activities. It follows what people ask a
        consumer chatbot, which is why it rates passenger attendants high and medical transcriptionists low; we show it, we do not score
        with it. Where Microsoft reports an occupation under a broader SOC 2018 code, the page says so.
      </p>
      <h3>ChatGPT monthly trend</h3>
      <p>
        OpenAI Signals publishes the monthly share of US consumer ChatGPT work-related messages by work activity (
        {sources?.chatgpt.firstMonth ?? ""} to {sources?.chatgpt.lastMonth ?? ""}, with differential-privacy noise, rounded to 0.001). The
        occupation’s line weights each activity’s share by how much the activity matters in the occupation (Microsoft’s O*NET-based
        work-activity weights, taken as shares of their total); an activity missing in a month counts as zero. The page shows the line,
        its table and the change from the first month to the last.
      </p>
      <h3>Measures side by side, agreement and the adoption gap</h3>
      <p>
        For each of these measures we give the occupation’s percentile among all scored occupations (0 lowest, 100 highest; ties share
        the mid rank): {MEASURES.map((id) => MEASURE_LABELS[id]).join(", ")}. The <strong>spread</strong> is the highest minus the lowest
        percentile: at most {AGREE_MAX_SPREAD} points and we say the <strong>measures agree</strong>, above that the occupation is{" "}
        <strong>contested</strong> ({formatInteger(agree)} agree, {formatInteger(contested)} contested). The <strong>adoption gap</strong> is
        the percentile of our task signal minus the percentile of observed coverage U: positive when AI could do more of the work than
        people are yet seen doing with it, negative when use runs ahead of the capability estimate.
      </p>
      <h3>What these measures can and cannot say</h3>
      <ul className={styles.limits}>
        <li>
          <strong>Claude and ChatGPT users are not a sample of workers.</strong> They are people who chose a chatbot, often for study or
          curiosity; conversations about a task are not hours of paid work on it, and a task unseen in use may simply be done in other
          tools.
        </li>
        <li>
          <strong>Copilot success is not employment impact.</strong> A high completion rate says the chatbot answered the request, not that
          the job changes or shrinks.
        </li>
        <li>
          <strong>Each record has its own period and product.</strong> Claude conversations of one week in November 2025 (the 2026-01-15
          release; the earlier release is from early 2025), Bing Copilot in January–September 2024, ChatGPT from July 2024 to December 2025.
          They are compared by rank, not by value.
        </li>
        <li>
          <strong>Joins lose tasks.</strong> Anthropic’s tables use newer task wording than our O*NET 27 labels, so a reworded task does not
          match and counts as not seen; tasks no longer in O*NET 30.1 have no work-activity link.
        </li>
      </ul>
    </section>
  );
}
