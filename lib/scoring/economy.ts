import { verdictBand, type BandId } from "./bands";
import { compositeScore, type SignalContribution } from "./composite";
import { scoringConfig, type ScoringConfig } from "./config";
import { mean } from "./math";
import {
  categoryPrior,
  digitalSignal,
  educationSignal,
  EXTERNAL_SIGNAL_IDS,
  outlookSignal,
  postingsSignal,
  resolveSignal,
  shareAboveEntryLevel,
  type AttainmentShares,
  type ExternalSignalId,
  type SignalId,
} from "./signals";
import { seniorityMultipliers, seniorityScores, type SeniorityMultipliers, type SeniorityScores } from "./seniority";
import { taskSignal, type WeightedScore } from "./tasks";

/** Raw, source-level facts about one occupation: what the importer reads from the files. */
export interface OccupationInputs {
  soc: string;
  categoryCode: string;
  /** The rated tasks of the SOC code's task list (METHODOLOGY §1). */
  tasks: readonly WeightedScore[];
  /** 0–10 digital AI exposure of the covering OOH profile. */
  digitalExposure: number | null;
  /** BLS projected % change in employment. */
  projectedPctChange: number | null;
  /** Indeed index means over the same window: the sector's and the national total. */
  postings: { sector: number; national: number } | null;
  entryEducation: string | null;
  attainment: AttainmentShares | null;
  /** Routineness of the occupation (0–1), from O*NET work contexts. */
  routineness: number | null;
}

export interface ScoredSignal {
  signal: SignalId;
  value: number;
  raw: number | null;
  rawLabel: string;
  weight: number;
  contribution: number;
  imputed: boolean;
}

export interface OccupationScore {
  soc: string;
  taskSignal: number | null;
  /** Null when the occupation has no rated task: it has no score and says so. */
  score: number | null;
  band: BandId | null;
  signals: ScoredSignal[];
  multipliers: SeniorityMultipliers;
  seniority: SeniorityScores | null;
}

export interface CategoryCurve {
  categoryCode: string;
  routineness: number | null;
  multipliers: SeniorityMultipliers;
  priors: Partial<Record<ExternalSignalId, { value: number; basis: number }>>;
}

export interface EconomyScores {
  occupations: OccupationScore[];
  categories: CategoryCurve[];
  meanRoutineness: number;
  /** Mean T of the occupations sharing each typical entry education (input (a) of E). */
  taskSignalByEducation: Record<string, number>;
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

interface OwnExternal {
  value: number;
  raw: number;
  rawLabel: string;
}

function ownExternalSignals(
  input: OccupationInputs,
  taskSignalByEducation: Record<string, number>,
  config: ScoringConfig,
): Partial<Record<ExternalSignalId, OwnExternal>> {
  const own: Partial<Record<ExternalSignalId, OwnExternal>> = {};
  if (input.digitalExposure !== null) {
    own.D = {
      value: digitalSignal(input.digitalExposure, config),
      raw: input.digitalExposure,
      rawLabel: `${fmt(input.digitalExposure, 0)} / 10`,
    };
  }
  if (input.projectedPctChange !== null) {
    const pct = input.projectedPctChange;
    own.O = { value: outlookSignal(pct, config), raw: pct, rawLabel: `${pct > 0 ? "+" : ""}${fmt(pct)}% employment change` };
  }
  if (input.postings !== null) {
    const { sector, national } = input.postings;
    own.M = {
      value: postingsSignal(national, sector, config),
      raw: sector,
      rawLabel: `sector index ${fmt(sector)} vs national ${fmt(national)}`,
    };
  }
  if (input.entryEducation !== null && input.attainment !== null) {
    const meanT = taskSignalByEducation[input.entryEducation];
    const share = shareAboveEntryLevel(input.entryEducation, input.attainment);
    if (meanT !== undefined && share !== null) {
      own.E = {
        value: educationSignal(meanT, share),
        raw: 100 * share,
        rawLabel: `${fmt(100 * share, 0)}% hold more than “${input.entryEducation}”; mean task score at that level ${fmt(meanT)}`,
      };
    }
  }
  return own;
}

/**
 * Scores every occupation of the economy at once. Signals E (education prior), the category
 * priors and the seniority curves depend on other occupations, so scoring is a whole-economy
 * pass; it is pure and deterministic for the same inputs.
 */
export function scoreEconomy(inputs: readonly OccupationInputs[], config: ScoringConfig = scoringConfig): EconomyScores {
  const taskSignals = new Map(inputs.map((input) => [input.soc, taskSignal(input.tasks)]));

  const byEducation = new Map<string, number[]>();
  for (const input of inputs) {
    const t = taskSignals.get(input.soc);
    if (input.entryEducation === null || t === null || t === undefined) continue;
    const list = byEducation.get(input.entryEducation) ?? [];
    list.push(t);
    byEducation.set(input.entryEducation, list);
  }
  const taskSignalByEducation: Record<string, number> = {};
  for (const [education, values] of byEducation) taskSignalByEducation[education] = mean(values) ?? 0;

  const own = new Map(inputs.map((input) => [input.soc, ownExternalSignals(input, taskSignalByEducation, config)]));

  const routinenessValues = inputs.map((input) => input.routineness).filter((value): value is number => value !== null);
  const meanRoutineness = mean(routinenessValues) ?? 0;

  const categoryCodes = [...new Set(inputs.map((input) => input.categoryCode))].sort();
  const categories: CategoryCurve[] = categoryCodes.map((categoryCode) => {
    const members = inputs.filter((input) => input.categoryCode === categoryCode);
    const priors: CategoryCurve["priors"] = {};
    for (const signal of EXTERNAL_SIGNAL_IDS) {
      const groupValues = members.flatMap((input) => own.get(input.soc)?.[signal]?.value ?? []);
      const economyValues = inputs.flatMap((input) => own.get(input.soc)?.[signal]?.value ?? []);
      const prior = categoryPrior(groupValues, economyValues);
      if (prior !== null) priors[signal] = prior;
    }
    const routineness = mean(members.map((input) => input.routineness).filter((value): value is number => value !== null));
    return { categoryCode, routineness, multipliers: seniorityMultipliers(routineness, meanRoutineness, config), priors };
  });
  const curveByCategory = new Map(categories.map((curve) => [curve.categoryCode, curve]));

  const occupations = inputs.map((input): OccupationScore => {
    const curve = curveByCategory.get(input.categoryCode);
    if (curve === undefined) throw new Error(`No category curve for ${input.categoryCode}`);
    const t = taskSignals.get(input.soc) ?? null;
    if (t === null) {
      return { soc: input.soc, taskSignal: null, score: null, band: null, signals: [], multipliers: curve.multipliers, seniority: null };
    }
    const ownSignals = own.get(input.soc) ?? {};
    const resolved: Record<SignalId, ScoredSignalDraft> = {
      T: { value: t, raw: t, rawLabel: `weighted mean of ${input.tasks.length} task scores`, imputed: false },
      D: draftExternal("D", ownSignals, curve),
      O: draftExternal("O", ownSignals, curve),
      M: draftExternal("M", ownSignals, curve),
      E: draftExternal("E", ownSignals, curve),
    };
    const composite = compositeScore(
      { T: resolved.T.value, D: resolved.D.value, O: resolved.O.value, M: resolved.M.value, E: resolved.E.value },
      config,
    );
    return {
      soc: input.soc,
      taskSignal: t,
      score: composite.score,
      band: verdictBand(composite.score, config).id,
      signals: composite.contributions.map((part: SignalContribution) => ({ ...resolved[part.signal], ...part })),
      multipliers: curve.multipliers,
      seniority: seniorityScores(composite.score, curve.multipliers),
    };
  });

  return { occupations, categories, meanRoutineness, taskSignalByEducation };
}

interface ScoredSignalDraft {
  value: number;
  raw: number | null;
  rawLabel: string;
  imputed: boolean;
}

function draftExternal(
  signal: ExternalSignalId,
  own: Partial<Record<ExternalSignalId, OwnExternal>>,
  curve: CategoryCurve,
): ScoredSignalDraft {
  const mine = own[signal];
  if (mine !== undefined) return { value: mine.value, raw: mine.raw, rawLabel: mine.rawLabel, imputed: false };
  const prior = curve.priors[signal];
  if (prior === undefined) throw new Error(`Signal ${signal} has no value and no prior anywhere in the economy`);
  const resolved = resolveSignal(null, prior.value);
  const basis = prior.basis > 0 ? `mean of ${prior.basis} occupations in the category` : "economy-wide mean (no occupation in the category has this signal)";
  return { value: resolved.value, raw: null, rawLabel: `not published for this occupation; ${basis}`, imputed: true };
}
