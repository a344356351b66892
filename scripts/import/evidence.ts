import { bestMatch, buildIdf, termVector, type Candidate, type Idf } from "@/lib/text/similarity";
import { sentences } from "@/lib/text/tokens";

import type { OohProfileSource } from "./sources/ooh";

/**
 * Minimum TF-IDF cosine similarity for a BLS passage to be quoted as evidence for a task.
 * Chosen by reading a random sample of 3,000 matches in bands of 0.05 (labelled examples
 * on both sides are pinned in tests/unit/evidence.test.ts). Duty bullets are short
 * imperative phrases like task statements: from 0.35 they describe the same activity,
 * below it they share a word ("students", "test") but not the activity. Sentences of the
 * narrative text carry more unrelated words, so they need 0.45 before they are about the task.
 */
export const EVIDENCE_THRESHOLDS = { duty: 0.35, sentence: 0.45 } as const;

export interface Passage {
  slug: string;
  kind: "duty" | "sentence";
  ordinal: number;
  text: string;
}

/** Duties (the "typically do the following" bullets) and the sentences of "What they do". */
export function profilePassages(profile: OohProfileSource): Passage[] {
  const passages: Passage[] = [];
  profile.what_they_do.duties.forEach((duty, index) => passages.push({ slug: profile.slug, kind: "duty", ordinal: index, text: duty.trim() }));
  let ordinal = 0;
  const seen = new Set<string>();
  for (const paragraph of profile.what_they_do.paragraphs) {
    for (const sentence of sentences(paragraph)) {
      // Lead-in lines ("… typically do the following:") and repeats are not evidence.
      if (sentence.endsWith(":") || sentence.split(/\s+/).length < 5 || seen.has(sentence)) continue;
      seen.add(sentence);
      passages.push({ slug: profile.slug, kind: "sentence", ordinal: ordinal++, text: sentence });
    }
  }
  return passages;
}

export class EvidenceMatcher {
  private readonly idf: Idf;
  private readonly candidatesBySlug = new Map<string, Candidate<Passage>[]>();

  constructor(passages: readonly Passage[]) {
    this.idf = buildIdf(passages.map((passage) => passage.text));
    for (const passage of passages) {
      const list = this.candidatesBySlug.get(passage.slug) ?? [];
      list.push({ item: passage, vector: termVector(passage.text, this.idf) });
      this.candidatesBySlug.set(passage.slug, list);
    }
  }

  match(statement: string, slug: string, thresholds: Record<Passage["kind"], number> = EVIDENCE_THRESHOLDS): { passage: Passage; similarity: number } | null {
    const candidates = this.candidatesBySlug.get(slug);
    if (candidates === undefined) return null;
    const best = bestMatch(termVector(statement, this.idf), candidates, (passage) => thresholds[passage.kind]);
    return best === null ? null : { passage: best.item, similarity: best.similarity };
  }
}
