/**
 * Releases and score history (METHODOLOGY §9), the pure half: the release id, the columns of
 * a committed release file (data/releases/<id>.csv), and what changed between two releases
 * of an occupation, with every reason derived from the stored signal rows.
 */
import { SIGNAL_IDS, SIGNAL_NAMES, verdictBand, type BandId, type ScoredSignal, type SignalId } from "@/lib/scoring";

/** `YYYY.MM-<8 hex of the data version>`, e.g. "2026.12-1a2b3c4d". */
export const RELEASE_ID_PATTERN = /^(\d{4}\.\d{2})-([0-9a-f]{8})$/;

export function releaseId(month: string, dataVersion: string): string {
  if (!/^\d{4}\.\d{2}$/.test(month)) throw new Error(`release month must look like 2026.12, got "${month}"`);
  if (!/^[0-9a-f]{8,}$/.test(dataVersion)) throw new Error(`data version must be hex, got "${dataVersion}"`);
  return `${month}-${dataVersion.slice(0, 8)}`;
}

export function parseReleaseId(id: string): { month: string; dataVersion: string } | null {
  const match = RELEASE_ID_PATTERN.exec(id);
  return match === null ? null : { month: match[1]!, dataVersion: match[2]! };
}

/** Releases in order, oldest first (ids start with their month). */
export const compareReleaseIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A scored signal as stored for a release: what lib/scoring computed, plus where it came from. */
export interface ReleaseSignalRow extends ScoredSignal {
  source: string;
  vintage: string;
  /** The OOH profile (D), NEM code (O, E), Indeed sector (M) the value was drawn from; "" for the category prior. */
  sourceKey: string;
}

export interface ReleaseOccupationRow {
  releaseId: string;
  soc: string;
  title: string;
  categoryCode: string;
  score: number | null;
  band: string | null;
  entryScore: number | null;
  midScore: number | null;
  seniorScore: number | null;
  signals: ReleaseSignalRow[];
}

const SIGNAL_FIELDS = ["value", "raw", "raw_label", "weight", "contribution", "imputed", "source", "vintage", "source_key"] as const;

/** Columns of data/releases/<id>.csv: one row per occupation, every signal in five column groups. */
export const RELEASE_COLUMNS = [
  "release_id",
  "soc",
  "title",
  "category_code",
  "score",
  "band",
  "entry_score",
  "mid_score",
  "senior_score",
  ...SIGNAL_IDS.flatMap((signal) => SIGNAL_FIELDS.map((field) => `${signal}_${field}`)),
] as const;

export type ReleaseCsvValue = string | number | boolean | null;

/** One occupation as a CSV record in RELEASE_COLUMNS order. */
export function releaseRecord(row: ReleaseOccupationRow): ReleaseCsvValue[] {
  const bySignal = new Map(row.signals.map((signal) => [signal.signal, signal]));
  return [
    row.releaseId,
    row.soc,
    row.title,
    row.categoryCode,
    row.score,
    row.band,
    row.entryScore,
    row.midScore,
    row.seniorScore,
    ...SIGNAL_IDS.flatMap((id) => {
      const s = bySignal.get(id);
      return s === undefined
        ? SIGNAL_FIELDS.map(() => null)
        : [s.value, s.raw, s.rawLabel, s.weight, s.contribution, s.imputed, s.source, s.vintage, s.sourceKey];
    }),
  ];
}

/** Below this a signal has not moved (values are stored to 4 decimals; the page shows 1). */
const SIGNAL_EPSILON = 0.05;

export type ChangeReason = "new-source-vintage" | "new-source" | "methodology";

export const CHANGE_REASON_LABELS: Record<ChangeReason, string> = {
  "new-source-vintage": "new source vintage",
  "new-source": "new source",
  methodology: "methodology change",
};

export interface SignalChange {
  signal: SignalId;
  name: string;
  from: number;
  to: number;
  /** Points of the score this signal's move accounts for (Δ contribution). */
  points: number;
  reason: ChangeReason;
  /** One sentence built from the two stored rows, e.g. "BLS Employment Projections 2022–32 → 2024–34". */
  detail: string;
}

export interface OccupationChange {
  soc: string;
  title: string;
  fromRelease: string;
  toRelease: string;
  fromScore: number | null;
  toScore: number | null;
  delta: number | null;
  fromBand: BandId | null;
  toBand: BandId | null;
  signals: SignalChange[];
}

const sourceOf = (row: ReleaseSignalRow) => (row.imputed ? "the category prior" : row.sourceKey === "" ? row.source : `${row.source} (${row.sourceKey})`);

/**
 * Why one signal moved between two stored rows:
 * - new source: the value now comes from somewhere else (a different OOH profile, NEM code or
 *   sector, or the category prior instead of the occupation's own data, or back);
 * - new source vintage: same kind of source, newer edition (the stored vintage differs);
 * - methodology change: same source, same vintage, different value (formula or constants).
 * A category prior that moved is a new source vintage when its vintage changed, else the
 * category's members changed sources (new source).
 */
export function explainSignalChange(before: ReleaseSignalRow, after: ReleaseSignalRow): SignalChange | null {
  if (Math.abs(after.value - before.value) < SIGNAL_EPSILON) return null;
  const base = { signal: after.signal, name: SIGNAL_NAMES[after.signal], from: before.value, to: after.value, points: after.contribution - before.contribution };
  const vintageChanged = before.vintage !== after.vintage;
  if (before.imputed !== after.imputed || (!after.imputed && before.sourceKey !== after.sourceKey)) {
    return { ...base, reason: "new-source", detail: `now from ${sourceOf(after)}; was ${sourceOf(before)}` };
  }
  if (vintageChanged) return { ...base, reason: "new-source-vintage", detail: `${before.vintage} → ${after.vintage}` };
  if (after.imputed) return { ...base, reason: "new-source", detail: "the category prior moved as other occupations in the category gained or lost their own data" };
  return { ...base, reason: "methodology", detail: `same source and vintage (${after.vintage}); the formula or its constants changed` };
}

const bandOf = (score: number | null): BandId | null => (score === null ? null : verdictBand(score).id);

export function explainOccupationChange(before: ReleaseOccupationRow, after: ReleaseOccupationRow): OccupationChange {
  const previous = new Map(before.signals.map((signal) => [signal.signal, signal]));
  const signals = after.signals.flatMap((signal) => {
    const old = previous.get(signal.signal);
    const change = old === undefined ? null : explainSignalChange(old, signal);
    return change === null ? [] : [change];
  });
  signals.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return {
    soc: after.soc,
    title: after.title,
    fromRelease: before.releaseId,
    toRelease: after.releaseId,
    fromScore: before.score,
    toScore: after.score,
    delta: before.score === null || after.score === null ? null : after.score - before.score,
    fromBand: bandOf(before.score),
    toBand: bandOf(after.score),
    signals,
  };
}

export interface ReleaseComparison {
  fromRelease: string;
  toRelease: string;
  /** Occupations in both releases. */
  compared: number;
  up: number;
  down: number;
  unchanged: number;
  /** Occupations per band in each release. */
  bands: Record<BandId, { before: number; after: number }>;
  /** Occupations that changed band, by the band they left and the one they entered. */
  bandMoves: { from: BandId; to: BandId; count: number }[];
  /** Per signal: how many occupations it moved for, and why. */
  signalMoves: Record<SignalId, { moved: number; reasons: Partial<Record<ChangeReason, number>> }>;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Largest absolute score changes first. */
  largestMovers: OccupationChange[];
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Economy-wide comparison of two releases, from their stored rows. */
export function compareReleases(before: readonly ReleaseOccupationRow[], after: readonly ReleaseOccupationRow[], moversLimit = 10): ReleaseComparison {
  const previous = new Map(before.map((row) => [row.soc, row]));
  const changes = after.flatMap((row) => {
    const old = previous.get(row.soc);
    return old === undefined ? [] : [explainOccupationChange(old, row)];
  });
  const bandIds: BandId[] = ["low", "moderate", "clear", "high", "veryHigh"];
  const bands = Object.fromEntries(bandIds.map((id) => [id, { before: 0, after: 0 }])) as ReleaseComparison["bands"];
  for (const row of before) if (row.score !== null) bands[bandOf(row.score)!].before += 1;
  for (const row of after) if (row.score !== null) bands[bandOf(row.score)!].after += 1;
  const moves = new Map<string, { from: BandId; to: BandId; count: number }>();
  const signalMoves = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { moved: 0, reasons: {} }])) as ReleaseComparison["signalMoves"];
  for (const change of changes) {
    if (change.fromBand !== null && change.toBand !== null && change.fromBand !== change.toBand) {
      const key = `${change.fromBand}>${change.toBand}`;
      const entry = moves.get(key) ?? { from: change.fromBand, to: change.toBand, count: 0 };
      entry.count += 1;
      moves.set(key, entry);
    }
    for (const signal of change.signals) {
      const entry = signalMoves[signal.signal];
      entry.moved += 1;
      entry.reasons[signal.reason] = (entry.reasons[signal.reason] ?? 0) + 1;
    }
  }
  const scores = (rows: readonly ReleaseOccupationRow[]) => rows.flatMap((row) => (row.score === null ? [] : [row.score]));
  return {
    fromRelease: before[0]?.releaseId ?? "",
    toRelease: after[0]?.releaseId ?? "",
    compared: changes.length,
    up: changes.filter((change) => (change.delta ?? 0) > 0).length,
    down: changes.filter((change) => (change.delta ?? 0) < 0).length,
    unchanged: changes.filter((change) => change.delta === 0).length,
    bands,
    bandMoves: [...moves.values()].sort((a, b) => b.count - a.count),
    signalMoves,
    meanBefore: mean(scores(before)),
    meanAfter: mean(scores(after)),
    largestMovers: [...changes]
      .filter((change) => (change.delta ?? 0) !== 0)
      .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || a.soc.localeCompare(b.soc))
      .slice(0, moversLimit),
  };
}
