/**
 * Profile similarity for the career pivots (METHODOLOGY §7): per profile domain, the cosine of
 * two occupations' vectors after subtracting the economy-wide mean of each element, then the
 * mean of the domains' cosines. Pure and deterministic.
 *
 * Why centred: raw O*NET ratings are all positive and share one shape (speaking, reading and
 * critical thinking matter everywhere), so the raw cosine of any two occupations sits near 1.
 * Centring compares what is distinctive about each profile and spreads the cosine over −1…1.
 */
import { mean } from "@/lib/scoring/math";

/** A sparse profile: element key → value. A key an occupation lacks counts as 0. */
export type Profile = Readonly<Record<string, number>>;

/** One occupation's centred vector in a domain; null when it has no profile there or sits exactly on the mean. */
export type CentredVector = { values: Float64Array; norm: number } | null;

export interface DomainSpace {
  /** Every element key any profile has, sorted. */
  keys: string[];
  /** Mean value of each key over the occupations that have a profile (in `keys` order). */
  centre: Float64Array;
  /** Per occupation (input order). */
  vectors: CentredVector[];
}

/** Mean of each element over the non-null profiles (missing keys count as 0). */
export function profileMeans(profiles: readonly (Profile | null)[]): Record<string, number> {
  const present = profiles.filter((profile): profile is Profile => profile !== null);
  const keys = [...new Set(present.flatMap((profile) => Object.keys(profile)))].sort();
  return Object.fromEntries(keys.map((key) => [key, present.reduce((sum, profile) => sum + (profile[key] ?? 0), 0) / present.length]));
}

/** Cosine of a − centre and b − centre (raw cosine without a centre); null when either is all zeros. */
export function centredCosine(a: Profile, b: Profile, centre: Profile = {}): number | null {
  const keys = new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(centre)]);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const key of keys) {
    const offset = centre[key] ?? 0;
    const x = (a[key] ?? 0) - offset;
    const y = (b[key] ?? 0) - offset;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return null;
  return dot / Math.sqrt(normA * normB);
}

/** Centred vectors of every occupation in one domain, built once for the whole economy. */
export function domainSpace(profiles: readonly (Profile | null)[]): DomainSpace {
  const means = profileMeans(profiles);
  const keys = Object.keys(means);
  const centre = Float64Array.from(keys.map((key) => means[key]!));
  const vectors = profiles.map((profile): CentredVector => {
    if (profile === null) return null;
    const values = new Float64Array(keys.length);
    let norm = 0;
    for (let index = 0; index < keys.length; index += 1) {
      const value = (profile[keys[index]!] ?? 0) - centre[index]!;
      values[index] = value;
      norm += value * value;
    }
    return norm === 0 ? null : { values, norm: Math.sqrt(norm) };
  });
  return { keys, centre, vectors };
}

/** Cosine of two centred vectors; null when either is missing. */
export function vectorCosine(a: CentredVector, b: CentredVector): number | null {
  if (a === null || b === null) return null;
  let dot = 0;
  for (let index = 0; index < a.values.length; index += 1) dot += a.values[index]! * b.values[index]!;
  return dot / (a.norm * b.norm);
}

/** Mean of the cosines that exist; null when none does. */
export function meanCosine(cosines: readonly (number | null)[]): number | null {
  return mean(cosines.filter((value): value is number => value !== null));
}

/**
 * The q-quantile (0…1) of ascending `sorted` values, linear between the two nearest ranks
 * (the "R-7" rule of most statistics packages). Null for an empty list.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/**
 * Keys where both centred vectors are above the economy mean, strongest first (by the product
 * of the two offsets: both must stand out), at most `count`.
 */
export function sharedStrengths(space: DomainSpace, a: number, b: number, count: number): string[] {
  const x = space.vectors[a];
  const y = space.vectors[b];
  if (x === null || x === undefined || y === null || y === undefined) return [];
  const shared: { key: string; weight: number }[] = [];
  for (let index = 0; index < space.keys.length; index += 1) {
    const u = x.values[index]!;
    const v = y.values[index]!;
    if (u > 0 && v > 0) shared.push({ key: space.keys[index]!, weight: u * v });
  }
  return shared
    .sort((p, q) => q.weight - p.weight || p.key.localeCompare(q.key))
    .slice(0, count)
    .map(({ key }) => key);
}
