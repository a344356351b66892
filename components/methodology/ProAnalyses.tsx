import { proConfig } from "@/lib/pro/config";
import { AI_TOOL_DEFAULTS } from "@/lib/pro/tools";
import { scoringConfig } from "@/lib/scoring";

/** §6 and §7: related occupations, and how the four Pro analyses are computed. */
export function RelatedAndProAnalyses({ pivotFloor, toolCategories }: { pivotFloor: number | null; toolCategories: number }) {
  return (
    <>
      <section aria-labelledby="related">
        <h2 id="related">6. Related occupations</h2>
        <p>
          “Related in &lt;category&gt;” on a profile lists the {scoringConfig.relatedCount} occupations of the same SOC major group whose scores are
          closest to its own (ties broken by SOC code), next to BLS’s own list of similar occupations from the Occupational Outlook Handbook
          where the profile has one, and O*NET 30.1’s curated Related Occupations (its primary tiers), each with its score.
        </p>
      </section>

      <section aria-labelledby="pro-analyses">
        <h2 id="pro-analyses">7. Pro analyses</h2>
        <p>Pro members (and buyers of a PDF report) see four more analyses, computed from the same rows:</p>
        <ul>
          <li>
            <strong>Task heatmap.</strong> Tasks sorted by their weighted contribution to the task signal (w·score/Σw), against the human
            label, GPT-4 label, automation level, task score and the entry, mid and senior adjusted task scores (the task score times the
            category’s multipliers), all on the same 0–100 colour scale with the number printed in each cell.
          </li>
          <li>
            <strong>Career pivots.</strong> Up to {proConfig.pivots.maxTargets} occupations scoring at least {proConfig.pivots.minScoreDrop}{" "}
            points lower whose work is alike. Similarity is the mean of three cosines, each taken after subtracting the economy-wide mean of
            every element (raw ratings share one shape, so their cosine is near 1 for any two jobs): the 35 O*NET 30.1 skills and the 33
            knowledge areas (importance × level each), and the O*NET work activities (IWAs) Microsoft weights per occupation. A
            target gains {proConfig.pivots.relatedBoost} when O*NET’s Related Occupations (its two primary tiers) or BLS’s similar-occupations
            list names it, and loses {proConfig.pivots.jobZoneStepPenalty} per Job Zone step up; targets are ranked by that adjusted similarity
            × (score drop / 100)^{proConfig.pivots.dropExponent}. Only targets at or above the similarity floor are listed
            {pivotFloor === null ? "" : ` (${pivotFloor.toFixed(2)} in this build)`}: the {Math.round(proConfig.pivots.floorQuantile * 100)}th
            percentile of the similarities of all pairs of occupations. Each target names the skills, knowledge areas and work activities
            both stand out on, whether O*NET or BLS list it, the wage difference (OEWS median), the entry-education gap, the outlook, the
            skills and knowledge with the largest level gap, and the target’s Hot or In Demand technologies this job’s O*NET list lacks.
            Occupations without an O*NET 30.1 skills profile get no pivots, and say so.
          </li>
          <li>
            <strong>Wage impact.</strong> OEWS {proConfig.wage.vintage} wage percentiles (10th to 90th) and the share of weighted task time
            in tasks scoring {scoringConfig.highTaskScore} or more. Wage exposed = wage × that share, at entry (≈ 25th percentile), mid (≈
            median) and senior (≈ 75th percentile) level, with the seniority multiplier applied to the share (capped at 100%). Top-coded wages
            give lower bounds; a missing percentile says the level cannot be computed.
          </li>
          <li>
            <strong>AI tool recommendations.</strong> A curated catalogue of {toolCategories} AI tool categories (data/ai-tools.json: what
            each does, 2–4 real products, keywords and task verbs) matched to the occupation’s tasks scoring{" "}
            {AI_TOOL_DEFAULTS.minTaskScore} or more by their words and leading verb; each recommendation names the tasks it helps with. Where an
            example works inside a product (Microsoft 365 Copilot inside Microsoft Excel, say), the recommendation says “you likely use” that
            product only when the occupation’s O*NET 30.1 Technology Skills list it by name.
          </li>
          <li>
            <strong>Your task mix.</strong> A member can say how much of the week goes to each task; the personal score and the entry, mid
            and senior scores are recomputed with the same functions, replacing only the task weights in the task signal.
          </li>
        </ul>
      </section>
    </>
  );
}
