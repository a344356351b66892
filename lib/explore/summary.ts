/** Economy-wide figures and the sentence that reads them. */
import { binIndex, EDUCATION_LEVELS, educationIndex, HIGH_PRESSURE_SCORE, PAY_BANDS } from "./bins";
import type { ExplorerOccupation } from "./types";

export interface GroupFigures {
  id: string;
  label: string;
  occupations: number;
  jobs: number;
  /** Employment-weighted mean score of the group's scored occupations; null when none. */
  meanScore: number | null;
}

export interface EconomySummary {
  occupations: number;
  /** Occupations with a score and a positive 2024 employment figure: the base of every weighted figure. */
  counted: number;
  /** Occupations left out of the weighted figures (no score or no employment). */
  excluded: number;
  totalJobs: number;
  weightedMeanScore: number | null;
  high: {
    threshold: number;
    occupations: number;
    jobs: number;
    jobShare: number | null;
    /** Σ employment × median wage over high-pressure occupations with a published wage. */
    wageBill: number;
    /** The same wage bill's share of the economy-wide wage bill (occupations with a published wage). */
    wageBillShare: number | null;
    /** Occupations whose wage is top-coded (≥ $239,200): the wage bill is a lower bound when > 0. */
    topCodedOccupations: number;
    /** High-pressure occupations without a published wage, left out of the wage bill. */
    missingWageOccupations: number;
    missingWageJobs: number;
  };
  totalWageBill: number;
  topCodedOccupations: number;
  missingWageOccupations: number;
  byPay: GroupFigures[];
  payUnknown: GroupFigures;
  byEducation: GroupFigures[];
  educationUnknown: GroupFigures;
  /** Measured AI use over the counted jobs (METHODOLOGY §8), employment-weighted. */
  observedUse: {
    /** Σ jobs × U / 100 over Σ jobs with a U: the share of the work already seen in Claude use. */
    seenShare: number | null;
    /** Jobs behind `seenShare` (counted occupations with a U). */
    jobs: number;
    /** Employment-weighted mean automation share over occupations with a task seen in use. */
    automationShare: number | null;
    /** Jobs behind `automationShare`. */
    automationJobs: number;
  };
}

interface Accumulator {
  occupations: number;
  jobs: number;
  weighted: number;
}

const emptyAccumulator = (): Accumulator => ({ occupations: 0, jobs: 0, weighted: 0 });

function finish(id: string, label: string, acc: Accumulator): GroupFigures {
  return { id, label, occupations: acc.occupations, jobs: acc.jobs, meanScore: acc.jobs > 0 ? acc.weighted / acc.jobs : null };
}

/**
 * Economy-wide figures over occupations with a score and a positive employment figure.
 * Means are weighted by 2024 employment (a job counts, not an occupation title; jobs BLS
 * reports for several occupations together count once, split between them). The wage
 * bill is employment × median annual wage 2024; BLS top-codes wages at $239,200, so with
 * top-coded occupations present it is a lower bound.
 */
export function economySummary(rows: readonly ExplorerOccupation[], threshold: number = HIGH_PRESSURE_SCORE): EconomySummary {
  let counted = 0;
  let totalJobs = 0;
  let weightedScore = 0;
  let totalWageBill = 0;
  let topCodedOccupations = 0;
  let missingWageOccupations = 0;
  const high = { occupations: 0, jobs: 0, wageBill: 0, topCodedOccupations: 0, missingWageOccupations: 0, missingWageJobs: 0 };
  const pay = PAY_BANDS.map(emptyAccumulator);
  const payUnknown = emptyAccumulator();
  const education = EDUCATION_LEVELS.map(emptyAccumulator);
  const educationUnknown = emptyAccumulator();
  const seen = { jobs: 0, weighted: 0 };
  const automation = { jobs: 0, weighted: 0 };

  for (const row of rows) {
    const jobs = row.jobWeight === undefined ? row.employment : row.jobWeight;
    if (row.score === null || jobs === null || !(jobs > 0)) continue;
    counted += 1;
    totalJobs += jobs;
    weightedScore += jobs * row.score;

    const wage = row.epMedianWage;
    if (wage === null) missingWageOccupations += 1;
    else {
      totalWageBill += jobs * wage;
      if (row.epMedianWageTopCoded) topCodedOccupations += 1;
    }

    if (row.score >= threshold) {
      high.occupations += 1;
      high.jobs += jobs;
      if (wage === null) {
        high.missingWageOccupations += 1;
        high.missingWageJobs += jobs;
      } else {
        high.wageBill += jobs * wage;
        if (row.epMedianWageTopCoded) high.topCodedOccupations += 1;
      }
    }

    const coverage = row.observedCoverage ?? null;
    if (coverage !== null) {
      seen.jobs += jobs;
      seen.weighted += jobs * (coverage / 100);
    }
    const automationShare = row.automationShare ?? null;
    if (automationShare !== null) {
      automation.jobs += jobs;
      automation.weighted += jobs * automationShare;
    }

    const payIndex = binIndex(PAY_BANDS, wage);
    const payAcc = payIndex === null ? payUnknown : pay[payIndex];
    const educationIdx = educationIndex(row.entryEducation);
    const educationAcc = educationIdx === null ? educationUnknown : education[educationIdx];
    for (const acc of [payAcc, educationAcc]) {
      if (acc === undefined) continue;
      acc.occupations += 1;
      acc.jobs += jobs;
      acc.weighted += jobs * row.score;
    }
  }

  return {
    occupations: rows.length,
    counted,
    excluded: rows.length - counted,
    totalJobs,
    weightedMeanScore: totalJobs > 0 ? weightedScore / totalJobs : null,
    high: {
      threshold,
      ...high,
      jobShare: totalJobs > 0 ? high.jobs / totalJobs : null,
      wageBillShare: totalWageBill > 0 ? high.wageBill / totalWageBill : null,
    },
    totalWageBill,
    topCodedOccupations,
    missingWageOccupations,
    byPay: PAY_BANDS.map((bin, index) => finish(bin.id, bin.label, pay[index] ?? emptyAccumulator())),
    payUnknown: finish("unknown", "wage not published", payUnknown),
    byEducation: EDUCATION_LEVELS.map((level, index) => finish(level, level, education[index] ?? emptyAccumulator())),
    educationUnknown: finish("unknown", "not assigned", educationUnknown),
    observedUse: {
      seenShare: seen.jobs > 0 ? seen.weighted / seen.jobs : null,
      jobs: seen.jobs,
      automationShare: automation.jobs > 0 ? automation.weighted / automation.jobs : null,
      automationJobs: automation.jobs,
    },
  };
}

/** Lowest and highest group by mean score, among groups with jobs. */
type ScoredGroup = GroupFigures & { meanScore: number };

function extremes(groups: readonly GroupFigures[]): { low: ScoredGroup; high: ScoredGroup } | null {
  const withScore = groups.filter((group): group is ScoredGroup => group.meanScore !== null && group.jobs > 0);
  if (withScore.length < 2) return null;
  const sorted = [...withScore].sort((a, b) => a.meanScore - b.meanScore);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  return low === undefined || high === undefined ? null : { low, high };
}

/** One or two plain sentences on what the figures mean, written from the numbers. */
export function summarySentence(summary: EconomySummary): string {
  if (summary.weightedMeanScore === null || summary.high.jobShare === null) {
    return "There are not enough scored occupations with employment figures to summarise the economy.";
  }
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const parts = [
    `The average US job scores ${summary.weightedMeanScore.toFixed(1)} out of 100, and ${pct(summary.high.jobShare)} of jobs are in occupations scoring ${summary.high.threshold} or more (high pressure on core tasks).`,
  ];
  const first = summary.byPay[0];
  const last = summary.byPay[summary.byPay.length - 1];
  const educationRange = extremes(summary.byEducation);
  if (first?.meanScore != null && last?.meanScore != null && first.jobs > 0 && last.jobs > 0) {
    const rises = last.meanScore - first.meanScore >= 3;
    const direction = rises ? "rises with pay" : first.meanScore - last.meanScore >= 3 ? "falls as pay rises" : "changes little with pay";
    let sentence = `Pressure ${direction}: jobs paying ${first.label} average ${first.meanScore.toFixed(1)}, jobs paying ${last.label} ${last.meanScore.toFixed(1)}`;
    if (educationRange !== null) {
      sentence += `; by entry education it ranges from ${educationRange.low.meanScore.toFixed(1)} (${educationRange.low.label.toLowerCase()}) to ${educationRange.high.meanScore.toFixed(1)} (${educationRange.high.label.toLowerCase()})`;
    }
    parts.push(
      rises
        ? `${sentence}. Unlike earlier waves of automation, current AI reaches office and information work before manual work, so better-paid desk jobs carry more of the pressure.`
        : `${sentence}.`,
    );
  }
  return parts.join(" ");
}
