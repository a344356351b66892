import type { Metadata } from "next";
import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import { MeasuredUseMethodology } from "@/components/docs/MeasuredUseMethodology";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { getBuildMeta, getContentCounts, getImputationCounts, getPivotFloor, getWorkedExampleTask } from "@/db/queries/meta";
import { getOccupationBreakdown, getOccupationBySoc, listCategories } from "@/db/queries/occupations";
import { formatDecimal, formatInteger } from "@/lib/format";
import { FIELD_SOURCES } from "@/lib/explanations/sources";
import { AUTOMATION_MEANING, EXPOSURE_MEANING } from "@/lib/labels";
import {
  allBands,
  AUTOMATION_LABELS,
  EXPOSURE_LABELS,
  isAutomationLabel,
  isExposureLabel,
  outlookSignal,
  raterBlend,
  scoringConfig,
  seniorityScore,
  SIGNAL_IDS,
  SIGNAL_NAMES,
  taskScore,
  taskWeight,
  type SignalId,
} from "@/lib/scoring";
import { proConfig } from "@/lib/pro/config";
import { AI_TOOL_DEFAULTS, parseAiToolCatalog } from "@/lib/pro/tools";
import aiToolsJson from "@/data/ai-tools.json";
import { occupationPath } from "@/lib/soc";

// Rendered at build time from the scoring config and the content database.
export const dynamic = "force-static";
export const revalidate = 3600;

export const metadata: Metadata = {
  title: "How the AI pressure score is built",
  description:
    "The AI pressure score step by step: task feasibility from O*NET task labels, five signals with their sources and fallbacks, the weighted composite, seniority curves, verdict bands and the limits of the data.",
  alternates: { canonical: "/methodology" },
};

const config = scoringConfig;
const EXAMPLE_SOC = "11-3051";

/** 0.5 → "0.50"; weights and multipliers print with two or three decimals. */
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const percent = (weight: number) => `${Math.round(weight * 100)}%`;

const aiToolCatalog = parseAiToolCatalog(aiToolsJson);

/** One rubric's labels: what each means and what it counts as in the task score. */
function LabelTable<L extends string>({
  caption,
  labels,
  meanings,
  values,
}: {
  caption: string;
  labels: readonly L[];
  meanings: Record<L, { short: string; long: string }>;
  values: Readonly<Record<L, number>>;
}) {
  return (
    <div className={`table-scroll ${styles.tableWrap}`}>
      <table>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Meaning</th>
            <th scope="col" className="num">
              Counts as
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                {meanings[label].short}: {meanings[label].long}
              </td>
              <td className="num">{values[label]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function MethodologyPage() {
  const categories = listCategories();
  const counts = getContentCounts();
  const pivotFloor = getPivotFloor();
  const imputed = getImputationCounts();
  const build = getBuildMeta();
  const example = getWorkedExampleTask();
  const breakdown = getOccupationBreakdown(EXAMPLE_SOC);
  const exampleSlug = getOccupationBySoc(EXAMPLE_SOC)?.slug ?? EXAMPLE_SOC;
  const bands = allBands();
  const weights = config.signalWeights;
  const compositeFormula = `score = round(${SIGNAL_IDS.map((id) => `${fixed(weights[id])}·${id}`).join(" + ")}), clamped to 0–100`;
  const { entry, senior } = config.seniority;
  const meanR = build.meanRoutineness;

  return (
    <article className={styles.prose}>
      <h1>How the AI pressure score is built</h1>
      <p className={styles.lede}>
        Every occupation gets one number from 0 to 100: how much pressure current AI puts on the work as it is done today. The number is
        built from the bottom up — first every task of the job, then four outside signals — by one small scoring module. This page reads its
        constants and the stored data directly, so what you see here is what the site computes.
      </p>

      <nav className={styles.toc} aria-label="On this page">
        <strong>On this page</strong>
        <ol>
          <li><a href="#tasks">Scoring each task</a></li>
          <li><a href="#signals">Five signals</a></li>
          <li><a href="#composite">The composite score</a></li>
          <li><a href="#seniority">Entry, mid and senior level</a></li>
          <li><a href="#bands">Verdict bands</a></li>
          <li><a href="#related">Related occupations</a></li>
          <li><a href="#limits">What the score cannot tell you</a></li>
        </ol>
      </nav>

      <section aria-labelledby="tasks">
        <h2 id="tasks">1. Scoring each task</h2>
        <p>
          O*NET describes each occupation as a list of tasks (“Prepare and maintain production reports or personnel records”). For the
          “GPTs are GPTs” study, human annotators and GPT-4 each gave every task an exposure label, and GPT-4 also rated how far the task
          could be automated. We turn those labels into a 0–100 feasibility score per task.
        </p>
        <LabelTable caption="Exposure labels (human and GPT-4 raters)" labels={EXPOSURE_LABELS} meanings={EXPOSURE_MEANING} values={config.exposure} />
        <p>
          E2 counts half: the saving is real but depends on software that a workplace may not have yet. The two raters are averaged into a
          blend <em>x</em>; when one of them did not label a task, the other one alone is used.
        </p>
        <LabelTable caption="Automation levels (GPT-4)" labels={AUTOMATION_LABELS} meanings={AUTOMATION_MEANING} values={config.automation} />
        <code className={styles.formula}>
          {`task score = round(100 × (${config.taskBlend.exposure}·x + ${config.taskBlend.automation}·a))`}
        </code>
        <p>
          Exposure carries {percent(config.taskBlend.exposure)} of a task’s score and the automation level <em>a</em> the remaining{" "}
          {percent(config.taskBlend.automation)}: whether AI can speed a task up matters more than whether it can take it over entirely. Each
          task is then weighted by how central it is to the job: a Core task counts {config.taskWeights.Core}, a Supplemental task{" "}
          {config.taskWeights.Supplemental}, and a task added to O*NET after the labels were written (no type yet){" "}
          {config.taskWeights.unlabelled}.
        </p>
        {example !== null ? <WorkedExample task={example} /> : null}
        <p>
          An occupation’s task list is the list of its main O*NET code (the one ending in <code>.00</code>). Where a SOC code has no such
          code, the tasks of all its O*NET specialisations are pooled. Specialisations (for example 11-3051.01 Quality Control Systems
          Managers) keep their own task view on the profile page. In all, {formatInteger(counts.tasks)} rated tasks across{" "}
          {formatInteger(counts.onetOccupations)} O*NET occupations feed {formatInteger(counts.occupations)} SOC occupations.
        </p>
      </section>

      <section aria-labelledby="signals">
        <h2 id="signals">2. Five signals</h2>
        <p>
          Tasks tell us what AI could do; four outside signals say how much of that is already showing up in the job’s digital exposure,
          its projected growth, hiring and credentials. Each is put on the same 0–100 scale, where higher means more pressure.
        </p>
        <SignalTable imputed={imputed} total={counts.occupations} postingsWindow={build.postingsWindow} />
        <p>
          <strong>Category prior.</strong> When an occupation has no value of its own for D, O, M or E, it takes the mean of that signal
          over the occupations of its SOC major group that do have one (if none does, the economy-wide mean). Such a value is flagged
          “imputed” on the profile page, with the number of occupations behind it. The task signal T has no fallback: an occupation without
          rated tasks gets no score and says so.
        </p>
        <p>
          For O, a projected change of +5% gives {formatDecimal(outlookSignal(5))}, no change gives {formatDecimal(outlookSignal(0))} and a
          10% decline gives {formatDecimal(outlookSignal(-10))}. For E, input (a) is the mean task signal of all occupations sharing the
          same typical entry education:
        </p>
        <EducationTable taskSignalByEducation={build.taskSignalByEducation} />
      </section>

      <section aria-labelledby="composite">
        <h2 id="composite">3. The composite score</h2>
        <code className={styles.formula}>{compositeFormula}</code>
        <p>
          Half of the score is the tasks themselves. Every profile page shows this composition — each signal’s value, weight and the points
          it adds — so you can see exactly how its number is assembled.
        </p>
        {breakdown !== null && breakdown.score !== null ? (
          <div className={styles.example}>
            <h3>
              Example: <Link href={occupationPath(exampleSlug)}>{breakdown.title}</Link> (SOC{" "}
              {breakdown.soc})
            </h3>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Signal</th>
                    <th scope="col" className="num">Value</th>
                    <th scope="col" className="num">Weight</th>
                    <th scope="col" className="num">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {SIGNAL_IDS.map((id) => {
                    const signal = breakdown.signals[id];
                    if (signal === undefined) return null;
                    return (
                      <tr key={id}>
                        <th scope="row">
                          {id} · {SIGNAL_NAMES[id]}
                          {signal.imputed ? <span className="small muted"> (category prior)</span> : null}
                        </th>
                        <td className="num">{formatDecimal(signal.value)}</td>
                        <td className="num">{fixed(signal.weight)}</td>
                        <td className="num">{formatDecimal(signal.contribution)}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>Score (rounded)</th>
                    <td className="num"><ScoreBadge score={breakdown.score} size="sm" showLabel={false} /></td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="seniority">
        <h2 id="seniority">4. Entry, mid and senior level</h2>
        <p>
          The same job is not equally exposed at every level. Entry-level roles concentrate the routine, well-specified tasks that AI handles
          best; senior roles carry more judgement, negotiation and responsibility. We shift the score up for entry level and down for senior
          level, more so in categories whose work is more routine.
        </p>
        <p>
          A category’s routineness R<sub>g</sub> is the mean, over its occupations, of two O*NET work-context ratings (0–1): “importance of
          repeating the same tasks” and “structured versus unstructured work”. R̄ is the mean over all occupations
          {meanR !== null ? <> ({fixed(meanR, 3)})</> : null}.
        </p>
        <code className={styles.formula}>
          {`entry multiplier  = 1 + clamp(${entry.base} + ${entry.slope}·(R_g − R̄), ${entry.min}, ${entry.max})\nmid multiplier    = 1\nsenior multiplier = 1 − clamp(${senior.base} + ${senior.slope}·(R_g − R̄), ${senior.min}, ${senior.max})\nlevel score       = clamp(round(score × multiplier), 0, 100)`}
        </code>
        <div className={`table-scroll ${styles.tableWrap}`}>
          <table>
            <caption className={styles.caption}>Seniority multipliers of all {categories.length} categories</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" className="num">Routineness R<sub>g</sub></th>
                <th scope="col" className="num">Entry ×</th>
                <th scope="col" className="num">Senior ×</th>
                <th scope="col" className="num">Score 50 becomes (entry / senior)</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((category) => (
                <tr key={category.code}>
                  <th scope="row">
                    <Link href={`/categories/${category.slug}`}>{category.title}</Link> <span className="small muted">({category.code})</span>
                  </th>
                  <td className="num">{category.routineness === null ? "—" : fixed(category.routineness, 3)}</td>
                  <td className="num">{fixed(category.entryMultiplier, 3)}</td>
                  <td className="num">{fixed(category.seniorMultiplier, 3)}</td>
                  <td className="num">
                    {seniorityScore(50, category.entryMultiplier)} / {seniorityScore(50, category.seniorMultiplier)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="bands">
        <h2 id="bands">5. Verdict bands</h2>
        <p>Each score falls in one of five bands, each with a one-line headline and a sentence on what is likely to shift in the work.</p>
        <div className={`table-scroll ${styles.tableWrap}`}>
          <table>
            <thead>
              <tr><th scope="col">Score</th><th scope="col">Band</th><th scope="col">Headline and what shifts</th></tr>
            </thead>
            <tbody>
              {bands.map((band) => (
                <tr key={band.id}>
                  <td className="num">{band.range}</td>
                  <th scope="row">{band.label}</th>
                  <td>
                    <strong>{band.headline}</strong> {band.shift}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="related">
        <h2 id="related">6. Related occupations</h2>
        <p>
          “Related in &lt;category&gt;” on a profile lists the {config.relatedCount} occupations of the same SOC major group whose scores are
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
            <strong>AI tool recommendations.</strong> A curated catalogue of {aiToolCatalog.categories.length} AI tool categories (data/ai-tools.json: what
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

      <MeasuredUseMethodology number={8} />

      <section aria-labelledby="explanations">
        <h2 id="explanations">Written explanations and quoted evidence</h2>
        <p>
          Every sentence the site writes about a number — each task’s explanation, the headline, the outlook line, the summary and whether
          the measures agree — is written at import by one module from the stored fields, and each clause carries small marks naming the
          fields it came from: {Object.values(FIELD_SOURCES).map((source) => source.mark).filter((mark, index, all) => all.indexOf(mark) === index).join(", ")}{" "}
          (hover a mark for the field). Tests read every sentence of every occupation back against its fields: a label, its meaning, a
          share, a direction or a “highest”/“lowest” the fields contradict fails the build’s tests, and two tasks of one occupation get
          the same text only when their fields are the same.
        </p>
        <p>
          A task explanation names the activity (its O*NET work activities and the task’s own verbs and object), what current AI does on
          it (both raters’ labels, the automation level, the task score and where it ranks in the occupation), what measured use shows
          (Claude share and mode, Copilot completion on its work activities against the mean over all work activities) and what stays
          with people (the part the automation level leaves to a person, augmentation in Claude use, the lowest-completion work
          activity, and the occupation’s O*NET work contexts where they differ from the average job). AI tool categories are a Pro
          analysis and are not named in the free text.
        </p>
        <p>
          A quoted Occupational Outlook Handbook passage (duties, “What they do”, “Work environment”, “How to become one”) must say the
          workers do the task’s own activity on the task’s own object. The activity is one of the task’s verbs or a close synonym, standing
          as the passage’s verb (a duty’s leading verbs; elsewhere not after a word that makes it a noun, as in “the design”, and not in
          a clause such as “needed to perform”). The object is the head noun of what the task acts on (“reports” in “production reports”)
          or a near synonym, named after that verb in the same clause. A passage whose verb is followed directly by the object (“Prepare
          charts, presentations, and reports”) passes at a lower TF-IDF cosine than one that names the object further on; sharing nouns
          alone never passes. Thresholds are set on a committed set of hand-labelled task–passage pairs, and a sample drawn at random
          from the final matcher’s quotes and labelled afterwards measures it: 94% of those quotes support the task or part of it and 6%
          are spurious, short of the 95% / 3% we aim for. {formatInteger(counts.tasksWithEvidence)} of{" "}
          {formatInteger(counts.tasks)} tasks get a quote.
        </p>
      </section>

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
            were set) and count with weight {config.taskWeights.unlabelled}.
          </li>
        </ul>
        <p>
          Every input is public and listed on <Link href="/sources">Sources</Link>; the free breakdown of every occupation is also available
          as JSON from <code>/api/occupations/&lt;SOC&gt;</code>.
        </p>
      </section>
    </article>
  );
}

function WorkedExample({ task }: { task: NonNullable<ReturnType<typeof getWorkedExampleTask>> }) {
  const human = task.human !== null && isExposureLabel(task.human) ? task.human : null;
  const gpt4 = task.gpt4 !== null && isExposureLabel(task.gpt4) ? task.gpt4 : null;
  const automation = task.automation !== null && isAutomationLabel(task.automation) ? task.automation : null;
  const labels = { human, gpt4, automation };
  const x = raterBlend(labels);
  const a = automation === null ? null : config.automation[automation];
  const score = taskScore(labels);
  const weight = taskWeight(task.taskType);
  return (
    <div className={styles.example}>
      <h3>Worked example</h3>
      <p>
        Industrial production managers ({task.onetSoc}): “{task.statement}”
      </p>
      <ul>
        <li>
          Human raters: {human ?? "no label"}
          {human !== null ? ` (${config.exposure[human]})` : ""}; GPT-4: {gpt4 ?? "no label"}
          {gpt4 !== null ? ` (${config.exposure[gpt4]})` : ""} → x = {x === null ? "—" : fixed(x)}
        </li>
        <li>
          Automation: {automation ?? "no label"} → a = {a === null ? "—" : fixed(a)}
        </li>
        <li>
          Score = round(100 × ({config.taskBlend.exposure} × {x === null ? "—" : fixed(x)} + {config.taskBlend.automation} ×{" "}
          {a === null ? "—" : fixed(a)})) = <strong>{score ?? "not rated"}</strong>
        </li>
        <li>
          {task.taskType ?? "Untyped"} task → weight <strong>{weight}</strong>
        </li>
      </ul>
    </div>
  );
}

const SIGNAL_DEFINITIONS: Record<SignalId, { definition: (window: { start: string; end: string } | null) => string; fallback: string; source: string; href: string }> = {
  T: {
    definition: () => "Weighted mean of the occupation’s task scores: Σ weight·score / Σ weight.",
    fallback: "None: no rated task means no score.",
    source: "O*NET 27 tasks; GPTs-are-GPTs labels (2023)",
    href: "/sources#onet-gpts",
  },
  D: {
    definition: () =>
      `${config.digitalScale} × the 0–10 Digital AI Exposure of the Occupational Outlook Handbook profile covering the occupation (through BLS’s O*NET-SOC → NEM → OOH crosswalk of 2025-08-28).`,
    fallback: "Category prior",
    source: "Karpathy/BLS Digital AI Exposure",
    href: "/sources#digital-exposure",
  },
  O: {
    definition: () =>
      `clamp(${config.outlook.center} − ${config.outlook.perPercentPoint} × BLS projected % change in employment 2024–34 (Table 1.2; SOC codes BLS reports together use their NEM aggregate), 0, 100): shrinking occupations score higher.`,
    fallback: "Category prior",
    source: "BLS Employment Projections 2024–34",
    href: "/sources#bls-ep",
  },
  M: {
    definition: (window) =>
      `clamp(${config.postings.center} + (national index − sector index), 0, 100), each the mean of the last ${config.postings.windowDays} days of the sector file${window === null ? "" : ` (${window.start} to ${window.end})`}: a sector whose postings lag all postings scores higher.`,
    fallback: "Category prior (always for farming, fishing and forestry, which no sector covers)",
    source: "Indeed Hiring Lab Job Postings Index",
    href: "/sources#indeed",
  },
  E: {
    definition: () =>
      "Mean of (a) the mean task signal of all occupations with the same typical entry education and (b) 100 × the share of workers aged 25+ holding more education than that entry level (credential drift).",
    fallback: "Category prior",
    source: "BLS Employment Projections, Tables 1.7 and 5.3",
    href: "/sources#bls-ep",
  },
};

function SignalTable({ imputed, total, postingsWindow }: { imputed: Record<SignalId, number>; total: number; postingsWindow: { start: string; end: string } | null }) {
  return (
    <div className={`table-scroll ${styles.tableWrap}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Signal</th>
            <th scope="col">Definition (0–100, higher = more pressure)</th>
            <th scope="col">When missing</th>
            <th scope="col" className="num">Weight</th>
            <th scope="col" className="num">Imputed</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {SIGNAL_IDS.map((id) => {
            const info = SIGNAL_DEFINITIONS[id];
            return (
              <tr key={id}>
                <th scope="row">
                  {id} · {SIGNAL_NAMES[id]}
                </th>
                <td>{info.definition(postingsWindow)}</td>
                <td>{info.fallback}</td>
                <td className="num">{percent(scoringConfig.signalWeights[id])}</td>
                <td className="num">
                  {formatInteger(imputed[id])} <span className="visually-hidden">of</span>
                  <span className="small muted" aria-hidden="true"> /</span> {formatInteger(total)}
                </td>
                <td>
                  <Link href={info.href}>{info.source}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function EducationTable({ taskSignalByEducation }: { taskSignalByEducation: Record<string, number> }) {
  const rows = Object.entries(taskSignalByEducation).sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return null;
  return (
    <div className={`table-scroll ${styles.tableWrap}`}>
      <table>
        <thead>
          <tr><th scope="col">Typical entry education</th><th scope="col" className="num">Mean task signal</th></tr>
        </thead>
        <tbody>
          {rows.map(([education, value]) => (
            <tr key={education}>
              <th scope="row">{education}</th>
              <td className="num">{formatDecimal(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
