import { tokens } from "./tokens";

/** A bag of stemmed tokens weighted by TF-IDF and normalised to unit length. */
export type TermVector = Map<string, number>;

export interface Idf {
  weight(term: string): number;
}

/** Inverse document frequency over a corpus of documents (smoothed, so unseen terms weigh most). */
export function buildIdf(documents: readonly string[]): Idf {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(tokens(document))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = documents.length;
  return { weight: (term) => Math.log((1 + total) / (1 + (documentFrequency.get(term) ?? 0))) + 1 };
}

export function termVector(text: string, idf: Idf): TermVector {
  const counts = new Map<string, number>();
  for (const term of tokens(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = count * idf.weight(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

export interface Candidate<T> {
  item: T;
  vector: TermVector;
}

/** Best-scoring candidate that reaches its threshold, with its cosine similarity; null when none does. */
export function bestMatch<T>(
  query: TermVector,
  candidates: readonly Candidate<T>[],
  threshold: (item: T) => number,
): { item: T; similarity: number } | null {
  let best: { item: T; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = cosine(query, candidate.vector);
    if (similarity >= threshold(candidate.item) && (best === null || similarity > best.similarity)) best = { item: candidate.item, similarity };
  }
  return best;
}
