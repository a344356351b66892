import { leadPhrase } from "@/lib/explanations/verbs";
import { buildIdf, cosine, termVector, type Candidate, type Idf, type TermVector } from "@/lib/text/similarity";
import { sentences, stem, tokens } from "@/lib/text/tokens";

import { PASSAGE_KINDS } from "@/db/content/schema";

import type { OohProfileSource } from "./sources/ooh";

/**
 * BLS Occupational Outlook Handbook passages quoted as evidence for a task. A passage is
 * evidence only when it names the task's own activity — one of its lead verbs or a synonym
 * (ACTIVITY_SYNONYMS) — and is close enough in TF-IDF cosine over the rest of the words.
 * Shared nouns alone ("social workers") are not the same activity. Thresholds and synonyms
 * are measured on the hand-labelled pairs of tests/fixtures/evidence-labels.json
 * (tests/unit/evidence.test.ts prints precision and coverage).
 */
export const EVIDENCE_THRESHOLDS: Readonly<Record<PassageKind, number>> = { duty: 0.23, sentence: 0.35, environment: 0.4, "how-to-become": 0.4 };

export type PassageKind = (typeof PASSAGE_KINDS)[number];

/**
 * Verbs that name the same activity in O*NET task statements and OOH text ("oversee" for
 * "supervise", "teach" for "instruct"). Groups are small on purpose: a broad one ("review",
 * "evaluate", "monitor" together) lets unrelated passages through.
 */
export const ACTIVITY_SYNONYMS: readonly (readonly string[])[] = [
  ["prepare", "compile", "write", "draft"],
  ["supervise", "oversee", "direct", "manage", "lead"],
  ["coordinate", "organize", "arrange", "schedule", "plan"],
  ["hire", "recruit", "employ"],
  ["train", "teach", "instruct", "educate", "coach", "mentor"],
  ["inspect", "examine", "check", "test", "audit"],
  ["evaluate", "assess", "appraise"],
  ["analyze", "interpret", "study"],
  ["monitor", "track", "observe", "watch"],
  ["advise", "counsel", "consult", "recommend", "guide"],
  ["repair", "fix", "maintain", "service", "overhaul"],
  ["install", "assemble", "build", "construct", "erect"],
  ["sell", "market", "promote"],
  ["develop", "design", "create"],
  ["confer", "communicate", "discuss", "meet", "talk"],
  ["explain", "inform", "notify", "tell"],
  ["negotiate", "bargain"],
  ["operate", "run", "control"],
  ["clean", "wash", "sanitize"],
  ["diagnose", "identify", "detect"],
  ["research", "investigate"],
  ["record", "document", "log"],
  ["calculate", "compute", "estimate"],
  ["purchase", "buy", "order", "procure"],
  ["collect", "gather", "obtain"],
  ["arrest", "apprehend", "detain"],
  ["treat", "care"],
];

const SYNONYMS_BY_STEM = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of ACTIVITY_SYNONYMS) {
    const stems = group.map(stem);
    for (const s of stems) map.set(s, new Set([...(map.get(s) ?? []), ...stems]));
  }
  return map;
})();

/** Stems that name the same activity as a lead verb: its own stem and its synonyms'. */
export function activityStems(verbs: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const verb of verbs) {
    const own = stem(verb);
    stems.add(own);
    for (const synonym of SYNONYMS_BY_STEM.get(own) ?? []) stems.add(synonym);
  }
  return stems;
}

export interface Passage {
  slug: string;
  kind: PassageKind;
  ordinal: number;
  text: string;
}

/** Sentences of paragraphs and list items worth quoting: not lead-ins ("… the following:"), not fragments, not repeats. */
function quotable(texts: readonly string[], seen: Set<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      if (sentence.endsWith(":") || sentence.split(/\s+/).length < 5 || seen.has(sentence)) continue;
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}

/** Every OOH section of a profile: duties, "What they do", "Work environment", "How to become one". */
export function profilePassages(profile: OohProfileSource): Passage[] {
  const passages: Passage[] = [];
  const push = (kind: PassageKind, texts: string[]) => texts.forEach((text, ordinal) => passages.push({ slug: profile.slug, kind, ordinal, text }));
  push(
    "duty",
    profile.what_they_do.duties.map((duty) => duty.trim()),
  );
  const seen = new Set<string>();
  push("sentence", quotable(profile.what_they_do.paragraphs, seen));
  const blocks = (list: OohProfileSource["how_to_become"]) => (list ?? []).flatMap((block) => [...block.paragraphs, ...block.items]);
  push("environment", quotable(blocks(profile.work_environment), seen));
  push("how-to-become", quotable(blocks(profile.how_to_become), seen));
  return passages;
}

/** A term vector without the given terms, normalised again to unit length. */
function withoutTerms(vector: TermVector, terms: ReadonlySet<string>): TermVector {
  const out: TermVector = new Map();
  let norm = 0;
  for (const [term, weight] of vector) {
    if (terms.has(term)) continue;
    out.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of out) out.set(term, weight / norm);
  return out;
}

export interface EvidenceMatch {
  passage: Passage;
  similarity: number;
}

export class EvidenceMatcher {
  private readonly idf: Idf;
  private readonly candidatesBySlug = new Map<string, (Candidate<Passage> & { stems: Set<string> })[]>();

  /** `leadVerbs`: the verbs O*NET task statements start with (leadVerbLexicon over every statement). */
  constructor(
    passages: readonly Passage[],
    private readonly leadVerbs: ReadonlySet<string>,
  ) {
    this.idf = buildIdf(passages.map((passage) => passage.text));
    for (const passage of passages) {
      const list = this.candidatesBySlug.get(passage.slug) ?? [];
      // In the sections on training and conditions a verb often stands as an adjective ("supervised
      // clinical experience", "licensed"): there only other forms of the verb name the activity.
      const text = passage.kind === "duty" || passage.kind === "sentence" ? passage.text : passage.text.replace(/\b\w+ed\b/gi, " ");
      list.push({ item: passage, vector: termVector(passage.text, this.idf), stems: new Set(tokens(text)) });
      this.candidatesBySlug.set(passage.slug, list);
    }
  }

  /** The passages of a profile that name the task's activity (lead verb or synonym). */
  private sameActivity(statement: string, slug: string, activity: ReadonlySet<string>) {
    const candidates = this.candidatesBySlug.get(slug) ?? [];
    return candidates.filter((candidate) => [...activity].some((s) => candidate.stems.has(s)));
  }

  /**
   * The closest passage naming the same activity, when it reaches its section's threshold;
   * null otherwise. Closeness is the mean of the TF-IDF cosine over all words and over the
   * words other than the activity verbs, so a passage sharing only the verbs ("develop and
   * test prototypes" for "design test equipment") gets half its cosine at most.
   */
  match(statement: string, slug: string, thresholds: Record<PassageKind, number> = EVIDENCE_THRESHOLDS): EvidenceMatch | null {
    return this.rank(statement, slug).find((candidate) => candidate.similarity >= thresholds[candidate.passage.kind]) ?? null;
  }

  /** Every passage of the profile naming the task's activity, closest first (ties in passage order). */
  rank(statement: string, slug: string): EvidenceMatch[] {
    const activity = activityStems(leadPhrase(statement, this.leadVerbs).verbList);
    const full = termVector(statement, this.idf);
    const query = withoutTerms(full, activity);
    return this.sameActivity(statement, slug, activity)
      .map((candidate) => ({ passage: candidate.item, similarity: (cosine(full, candidate.vector) + cosine(query, withoutTerms(candidate.vector, activity))) / 2 }))
      .sort((a, b) => b.similarity - a.similarity);
  }

}
