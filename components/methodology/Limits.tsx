import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import type { ContentCounts } from "@/db/queries/meta";
import { formatInteger } from "@/lib/format";
import { scoringConfig, type SignalId } from "@/lib/scoring";

/** §9: what the score cannot tell you, with the build's own counts. */
export function Limits({ counts, imputed }: { counts: ContentCounts; imputed: Record<SignalId, number> }) {
  return (
    <section aria-labelledby="limits">
      <h2 id="limits">9. What the score cannot tell you</h2>
      <ul className={styles.limits}>
        <li>
          <strong>The task labels date from 2023 and the GPT-4 era.</strong> They judge what GPT-4-class models and the software around
          them could do then. Newer models do more, so the score is more likely to understate than overstate today’s capability — and it
          says nothing about how fast employers actually adopt the tools.
        </li>
        <li>
          <strong>Feasibility is not job loss.</strong> A task AI can do faster may mean more output, a different mix of work or fewer
          hours; demand, regulation, liability and cost decide which. The score measures pressure on the work, not a forecast of
          employment.
        </li>
        <li>
          <strong>Digital exposure covers only occupations with an Occupational Outlook Handbook profile.</strong>{" "}
          {formatInteger(counts.occupationsWithOohProfile)} of {formatInteger(counts.occupations)} occupations map to one of the{" "}
          {formatInteger(counts.oohProfiles)} profiles; signal D of the other {formatInteger(imputed.D)} is imputed from their category.
          One profile often covers several SOC codes, which then share the same value.
        </li>
        <li>
          <strong>Indeed’s postings sectors are coarse.</strong> {formatInteger(counts.indeedSectors)} sectors stand for hundreds of
          occupations, through a crosswalk the project wrote (see <Link href="/sources#crosswalk">Sources</Link>). Farming, fishing and
          forestry have no matching sector, and Indeed publishes no series for its Insurance sector, so those occupations take the
          category prior (flagged on each page); signal M is imputed for {formatInteger(imputed.M)} occupations in all. The sector file
          also ends earlier than the national index.
        </li>
        <li>
          <strong>Outside data have different vintages.</strong> Employment, projections and median wages are BLS Employment Projections
          2024–34 (2024 base year), wage percentiles are OEWS May 2025, educational attainment is from 2019 and 2021 (Table 5.3 of the
          2022–32 projections, the newest published), the SOC → NEM → OOH crosswalk is BLS’s of 2025-08-28, and the OOH text is the
          2024–34 edition. Where BLS reports several SOC codes together as one NEM aggregate, each of them shows the aggregate’s
          figures with “reported together with …”, and category and economy totals count the aggregate once. Signal O is imputed for{" "}
          {formatInteger(imputed.O)} and E for {formatInteger(imputed.E)} occupations. Each build has a release id; earlier releases are
          kept (see <Link href="/releases">Releases</Link>).
        </li>
        <li>
          <strong>Routineness is matched by title</strong> between O*NET work-context data and task data, and seniority curves are per
          category, not per occupation: a senior nurse and a senior paralegal get their own category’s curve, not their own.
        </li>
        <li>
          <strong>{formatInteger(counts.unlabelledTasks)} tasks have no Core/Supplemental type</strong> (added to O*NET after the labels
          were set) and count with weight {scoringConfig.taskWeights.unlabelled}.
        </li>
      </ul>
      <p>
        Every input is public and listed on <Link href="/sources">Sources</Link>; the free breakdown of every occupation is also available
        as JSON from <code>/api/occupations/&lt;SOC&gt;</code>.
      </p>
    </section>
  );
}
