import { AiTools } from "./AiTools";
import { CareerPivots } from "./CareerPivots";
import { TaskMixLoader } from "./TaskMixLoader";
import type { ProProfileData } from "./types";
import { WageImpact } from "./WageImpact";

import styles from "./pro.module.css";

/** The "Pro analyses" section for a Pro member: pivots, wage impact, AI tools and the task mix. */
export function ProAnalysesView({ data }: { data: ProProfileData }) {
  const { analyses, taskMix } = data;
  return (
    <>
      <section aria-labelledby="pivots-heading" className={styles.block} id="pivots">
        <h3 id="pivots-heading">Career pivot paths</h3>
        <CareerPivots pivots={analyses.pivots} />
      </section>
      <section aria-labelledby="wage-heading" className={styles.block} id="wage-impact">
        <h3 id="wage-heading">Wage impact</h3>
        <WageImpact impact={analyses.wageImpact} />
      </section>
      <section aria-labelledby="tools-heading" className={styles.block} id="ai-tools">
        <h3 id="tools-heading">AI tool recommendations</h3>
        <AiTools tools={analyses.tools} />
      </section>
      <section aria-labelledby="task-mix-heading" className={styles.block} id="task-mix">
        <h3 id="task-mix-heading">Your task mix</h3>
        {taskMix === null ? (
          <p className="notice">This occupation has no score, so there is nothing to recompute.</p>
        ) : (
          <TaskMixLoader base={taskMix.base} initialMix={taskMix.mix} status={taskMix.status} path={taskMix.path} />
        )}
      </section>
    </>
  );
}
