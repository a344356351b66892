/** The shapes the explorer works on, and its colour layers. */

/** The fields of one occupation the explorer uses (a structural subset of the content row). */
export interface ExplorerOccupation {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number | null;
  employment: number | null;
  /**
   * Jobs this occupation counts for in economy-wide figures: its employment, or its share of
   * an NEM aggregate BLS reports for several occupations (so the aggregate counts once).
   */
  jobWeight?: number | null;
  changePct: number | null;
  epMedianWage: number | null;
  epMedianWageTopCoded: boolean;
  entryEducation: string | null;
  /** 0–10 digital AI exposure of the covering OOH profile; null when not published. */
  digitalExposure: number | null;
  /** Observed coverage U, 0–100 (METHODOLOGY §8); null when the occupation has no scored tasks. */
  observedCoverage?: number | null;
  /** Percentile of T − percentile of U, in points; null when either is missing. */
  adoptionGap?: number | null;
  /** Share of its Claude use that is automation, 0–1; null when no task is seen in use. */
  automationShare?: number | null;
}

export interface ExplorerCategory {
  code: string;
  title: string;
  slug: string;
}

export const EXPLORER_LAYERS = ["score", "outlook", "pay", "education", "digital", "observed", "gap"] as const;
export type ExplorerLayer = (typeof EXPLORER_LAYERS)[number];
