import type { Metadata } from "next";
import Link from "next/link";

import { CategoryList } from "@/components/home/CategoryList";
import { ExposureList } from "@/components/home/ExposureList";
import styles from "@/components/home/home.module.css";
import { economyFigures, leastExposed, LIST_LENGTH, MIN_LIST_EMPLOYMENT, mostExposed } from "@/components/home/selection";
import { SearchForm } from "@/components/search/SearchForm";
import { listCategories, listOccupationSummaries } from "@/db/queries/occupations";
import { formatCompact, formatInteger } from "@/lib/format";
import { scoringConfig } from "@/lib/scoring";

// Rendered at build time from the content database; refreshed at most hourly after a rebuild.
export const dynamic = "force-static";
export const revalidate = 3600;

export const metadata: Metadata = {
  title: { absolute: "AI Pressure — how current AI affects every US occupation" },
  description:
    "Look up any of about 800 US occupations by title or SOC code and see its 0–100 AI pressure score, built task by task from O*NET and BLS data, with the evidence behind every number.",
  alternates: { canonical: "/" },
};

export default function HomePage() {
  const occupations = listOccupationSummaries();
  const categories = listCategories();
  const figures = economyFigures(occupations);
  // Categories count each BLS (NEM) occupation once; summing occupations would count an aggregate once per SOC code.
  const jobsCovered = categories.reduce((sum, category) => sum + (category.employment ?? 0), 0);
  const most = mostExposed(occupations);
  const least = leastExposed(occupations);
  const taskWeight = Math.round(scoringConfig.signalWeights.T * 100);

  return (
    <>
      <section className={styles.hero} aria-labelledby="home-heading">
        <h1 id="home-heading">How much pressure does current AI put on your job?</h1>
        <p className={styles.lede}>
          Every US occupation scored 0–100, task by task, from public O*NET and Bureau of Labor Statistics data — with the evidence behind
          every number.
        </p>
        <SearchForm id="home-search-q" label="Find an occupation by job title or SOC code" />
        <ul className={styles.figures} aria-label="The economy at a glance">
          <li>
            <strong>{formatInteger(figures.scored)}</strong>
            <span className="small muted">occupations scored</span>
          </li>
          <li>
            <strong>{formatCompact(jobsCovered)}</strong>
            <span className="small muted">jobs covered (2024)</span>
          </li>
          {figures.weightedMeanScore !== null ? (
            <li>
              <strong>{Math.round(figures.weightedMeanScore)}</strong>
              <span className="small muted">mean score, weighted by jobs</span>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="score-heading">
        <h2 id="score-heading">What the score measures</h2>
        <p>
          The AI pressure score says how much of an occupation’s work current AI — GPT-4-class language models and the software built on
          them — could already do or speed up a lot. Half of it ({taskWeight}%) comes from the occupation’s own O*NET tasks, each rated by
          people and by GPT-4 for exposure and automation; the rest blends the occupation’s digital AI exposure, BLS’s projected job
          growth, recent job postings in its sector and how its education requirements are drifting. A high score means the job’s content
          is likely to change, not that it will disappear. <Link href="/methodology">How the score is built</Link> ·{" "}
          <Link href="/sources">Sources</Link>
        </p>
      </section>

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Most and least exposed</h2>
        <p className="muted">
          Among the occupations with at least {formatInteger(MIN_LIST_EMPLOYMENT)} jobs in 2024. “Most exposed” means the highest AI
          pressure scores: the largest share of core tasks that current AI can do or substantially speed up.
        </p>
        <div className={styles.lists}>
          <ExposureList id="most-exposed" heading={`${LIST_LENGTH} most exposed`} items={most}>
            Highest scores first.
          </ExposureList>
          <ExposureList id="least-exposed" heading={`${LIST_LENGTH} least exposed`} items={least}>
            Lowest scores first: mostly hands-on, in-person work.
          </ExposureList>
        </div>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        <p className="muted">
          The {categories.length} SOC major groups, largest first, with the mean score of their occupations.{" "}
          <Link href="/categories">All categories</Link>
        </p>
        <CategoryList categories={categories} />
      </section>

      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">The whole economy</h2>
        <div className={`card ${styles.explore}`}>
          <p>
            See all {formatInteger(figures.occupations)} occupations at once: a map sized by employment and coloured by score, outlook, pay,
            education or digital exposure, and score against projected growth.
          </p>
          <div className={styles.actions}>
            <Link href="/explore" className="button">
              Open the explorer
            </Link>
            <Link href="/compare" className="button secondary">
              Compare occupations
            </Link>
            <a href="/api/occupations?format=csv" className="button secondary" download>
              Download the data (CSV)
            </a>
          </div>
        </div>
      </section>
    </>
  );
}
