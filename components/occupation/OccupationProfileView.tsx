import { ProAnalysesView } from "@/components/pro/ProAnalysesView";
import { TaskHeatmap } from "@/components/pro/TaskHeatmap";
import type { ProProfileData } from "@/components/pro/types";
import type { OccupationProfile } from "@/db/queries/profile";
import { env } from "@/env";
import { occupationPath } from "@/lib/soc";

import type { ProfileAccess } from "./access";
import { EmergingTasks } from "./EmergingTasks";
import { MeasuredUse } from "./MeasuredUse";
import { ExternalSignals } from "./ExternalSignals";
import { ProfileHeader } from "./ProfileHeader";
import { ProTeaser } from "./ProTeaser";
import { RelatedOccupations } from "./RelatedOccupations";
import { ReportOffer } from "./ReportOffer";
import { ScoreHistory } from "./ScoreHistory";
import { Section } from "./Section";
import { SeniorityChart } from "./SeniorityChart";
import { SignalComposition } from "./SignalComposition";
import { TaskTable } from "./TaskTable";

import styles from "./profile.module.css";

/** schema.org Occupation, built from the same rows the page shows. */
function occupationJsonLd(profile: OccupationProfile) {
  const { occupation, category } = profile;
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: occupation.title,
    occupationalCategory: { "@type": "CategoryCode", codeValue: occupation.soc, inCodeSet: "https://www.bls.gov/soc/", name: occupation.title },
    description: occupation.summary ?? `${occupation.title}: AI pressure score and task-level analysis.`,
    url: new URL(occupationPath(occupation.slug), env.APP_URL).toString(),
    ...(category ? { industry: category.title } : {}),
    ...(occupation.entryEducation ? { educationRequirements: occupation.entryEducation } : {}),
    ...(occupation.epMedianWage !== null
      ? {
          estimatedSalary: {
            "@type": "MonetaryAmountDistribution",
            name: "base",
            currency: "USD",
            duration: "P1Y",
            median: occupation.epMedianWage,
          },
        }
      : {}),
    ...(profile.alternateTitles.length > 0 ? { alternateName: profile.alternateTitles.slice(0, 10).map((alternate) => alternate.title) } : {}),
  };
}

/**
 * The occupation profile, sections in the order SPEC.md gives. `pro` is passed only by the
 * member page, after the entitlement check; without it (or without `access.pro`) the Pro
 * sections are teasers and no Pro data is rendered.
 */
export function OccupationProfileView({ profile, access, pro = null }: { profile: OccupationProfile; access: ProfileAccess; pro?: ProProfileData | null }) {
  const { occupation, category } = profile;
  const proData = access.pro ? pro : null;
  const hasScore = occupation.score !== null;
  return (
    <article className={styles.profile}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(occupationJsonLd(profile)).replace(/</g, "\\u003c") }} />
      <ProfileHeader profile={profile} watch={access.watch} />

      <nav aria-label="On this page" className={styles.toc}>
        <ol>
          <li><a href="#composition">Signal composition</a></li>
          <li><a href="#seniority">By seniority</a></li>
          <li><a href="#tasks">Tasks</a></li>
          <li><a href="#measured-use">Measured AI use</a></li>
          <li><a href="#heatmap">Task heatmap</a></li>
          <li><a href="#pro">Pro analyses</a></li>
          <li><a href="#report">PDF report</a></li>
          <li><a href="#signals">Signals and sources</a></li>
          <li><a href="#history">Score history</a></li>
          <li><a href="#related">Related</a></li>
        </ol>
      </nav>

      <Section id="composition" title="Signal composition" intro="How the 0–100 score is assembled from the task signal and four occupation-level signals.">
        {hasScore ? <SignalComposition signals={profile.signals} score={occupation.score!} /> : <p className="notice">No score without rated tasks.</p>}
      </Section>

      <Section id="seniority" title="By seniority" intro="Multiplicative adjustment from the category curve.">
        {hasScore && occupation.entryScore !== null && occupation.midScore !== null && occupation.seniorScore !== null ? (
          <>
            <SeniorityChart
              data={{
                entry: occupation.entryScore,
                mid: occupation.midScore,
                senior: occupation.seniorScore,
                entryMultiplier: category?.entryMultiplier ?? 1,
                seniorMultiplier: category?.seniorMultiplier ?? 1,
              }}
              categoryTitle={category?.title ?? "category"}
            />
            <p>Entry-level roles carry the brunt: they concentrate the routine, automatable tasks, while senior roles hold more of the judgement and accountability.</p>
          </>
        ) : (
          <p className="notice">No seniority scores without a score.</p>
        )}
      </Section>

      <Section
        id="tasks"
        title="Task-level analysis"
        intro={`${profile.tasks.length} tasks, each scored 0–100 for current-generation AI feasibility and weighted by importance (Core 2, Supplemental 1).`}
      >
        {profile.tasks.length === 0 ? (
          <p className="notice">O*NET lists no rated tasks for this occupation.</p>
        ) : (
          <TaskTable tasks={profile.tasks} oohUrl={profile.ooh?.url ?? null} onetVersion={profile.vintages?.onet ?? null} measuredUse={profile.measuredUse} />
        )}
        <EmergingTasks tasks={profile.emergingTasks} onetVersion={profile.vintages?.onet ?? null} />
      </Section>

      <Section
        id="measured-use"
        title="Measured AI use"
        intro="What people are already doing with AI on this work, from three independent usage records, beside what the score says AI could do. Evidence shown next to the score, not part of it."
      >
        {profile.measuredUse === null ? <p className="notice">This build of the data has no measured-use tables.</p> : <MeasuredUse data={profile.measuredUse} agreement={profile.explanations?.agreement ?? null} />}
      </Section>

      <Section id="heatmap" title="Task heatmap" intro="Every task against both raters, the automation level and the entry, mid and senior adjusted scores.">
        {proData ? (
          <TaskHeatmap heatmap={proData.analyses.heatmap} measuredUse={profile.measuredUse} />
        ) : (
          <ProTeaser
            title="The task heatmap"
            description="Rows are tasks sorted by their weight in the score; columns show each rating and the seniority-adjusted scores on one colour scale, with every number printed."
            signedIn={access.signedIn}
          />
        )}
      </Section>

      <Section id="pro" title="Pro analyses" intro="Career pivot paths, wage impact, AI tool recommendations and your own task mix for this occupation.">
        {proData ? (
          <ProAnalysesView data={proData} />
        ) : (
          <ProTeaser
            title="Career pivots, wage impact, AI tools and your task mix"
            description="Up to eight lower-pressure occupations that use similar skills, the share of pay tied to high-scoring tasks at each seniority, the AI tools that help with this job’s exposed tasks, and your score recomputed from how you spend your week."
            signedIn={access.signedIn}
          />
        )}
      </Section>

      <Section id="report" title="Buy this report as a PDF">
        <ReportOffer soc={occupation.soc} title={occupation.title} access={access} />
      </Section>

      <Section id="signals" title="External signals and sources" intro="Every signal with its raw value, vintage and source; imputed values are marked.">
        <ExternalSignals profile={profile} />
      </Section>

      <Section id="history" title="Score history" intro="The score in each data release and, where it changed, which signals moved and why.">
        <ScoreHistory history={profile.history} />
      </Section>

      <Section id="related" title={`Related in ${category?.title ?? "this category"}`}>
        <RelatedOccupations profile={profile} />
      </Section>
    </article>
  );
}
