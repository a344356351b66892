import type { Metadata } from "next";

import styles from "@/components/docs/docs.module.css";
import { CompositeScore } from "@/components/methodology/CompositeScore";
import { Explanations } from "@/components/methodology/Explanations";
import { MethodologyIntro } from "@/components/methodology/Intro";
import { Limits } from "@/components/methodology/Limits";
import { MeasuredUseMethodology } from "@/components/methodology/MeasuredUse";
import { RelatedAndProAnalyses } from "@/components/methodology/ProAnalyses";
import { Seniority } from "@/components/methodology/Seniority";
import { Signals } from "@/components/methodology/Signals";
import { TaskScoring } from "@/components/methodology/TaskScoring";
import { VerdictBands } from "@/components/methodology/VerdictBands";
import aiToolsJson from "@/data/ai-tools.json";
import { getMeasuredUseSources, listMeasuredUse } from "@/db/queries/measured-use";
import { getBuildMeta, getContentCounts, getImputationCounts, getPivotFloor, getWorkedExampleTask } from "@/db/queries/meta";
import { getOccupationBreakdown, getOccupationBySoc, listCategories } from "@/db/queries/occupations";
import { parseAiToolCatalog } from "@/lib/pro/tools";

// Rendered at build time from the scoring config and the content database.
export const dynamic = "force-static";
export const revalidate = 3600;

export const metadata: Metadata = {
  title: "How the AI pressure score is built",
  description:
    "The AI pressure score step by step: task feasibility from O*NET task labels, five signals with their sources and fallbacks, the weighted composite, seniority curves, verdict bands and the limits of the data.",
  alternates: { canonical: "/methodology" },
};

/** The occupation whose signals illustrate the composite (METHODOLOGY's worked example). */
const EXAMPLE_SOC = "11-3051";

/** Loads what the sections print and composes them; the prose lives in components/methodology. */
export default function MethodologyPage() {
  const counts = getContentCounts();
  const imputed = getImputationCounts();
  const build = getBuildMeta();
  const exampleSlug = getOccupationBySoc(EXAMPLE_SOC)?.slug ?? EXAMPLE_SOC;

  return (
    <article className={styles.prose}>
      <MethodologyIntro />
      <TaskScoring example={getWorkedExampleTask()} counts={counts} />
      <Signals imputed={imputed} total={counts.occupations} build={build} />
      <CompositeScore breakdown={getOccupationBreakdown(EXAMPLE_SOC)} exampleSlug={exampleSlug} />
      <Seniority categories={listCategories()} meanR={build.meanRoutineness} />
      <VerdictBands />
      <RelatedAndProAnalyses pivotFloor={getPivotFloor()} toolCategories={parseAiToolCatalog(aiToolsJson).categories.length} />
      <MeasuredUseMethodology number={8} rows={listMeasuredUse()} sources={getMeasuredUseSources()} />
      <Explanations counts={counts} />
      <Limits counts={counts} imputed={imputed} />
    </article>
  );
}
