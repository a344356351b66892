import { leadPhrase } from "@/lib/explanations/verbs";
import { buildIdf, cosine, termVector, type Candidate, type Idf, type TermVector } from "@/lib/text/similarity";
import { foldText, isStopWord, sentences, stem, tokens, words as contentWords } from "@/lib/text/tokens";
import winkLexicon from "wink-lexicon";
import PosTagger from "wink-pos-tagger";

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
export const EVIDENCE_THRESHOLDS: Readonly<Record<PassageKind, number>> = { duty: 0.2, sentence: 0.3, environment: 0.35, "how-to-become": 0.35 };

/** Lower thresholds for a passage that names the activity followed by the task's object (hasVerbObject). */
export const VERB_OBJECT_THRESHOLDS: Readonly<Record<PassageKind, number>> = { duty: 0.06, sentence: 0.07, environment: 0.1, "how-to-become": 0.1 };

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
  ["advise", "counsel", "recommend", "guide"],
  ["repair", "fix", "maintain", "service", "overhaul"],
  ["install", "assemble", "build", "construct", "erect"],
  ["sell", "market", "promote"],
  ["develop", "design", "create"],
  ["confer", "communicate", "discuss", "meet", "talk", "consult"],
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
  ["verify", "confirm", "check"],
  ["maintain", "keep", "update"],
  ["select", "choose", "pick"],
  ["establish", "set", "create"],
  ["measure", "gauge"],
  ["review", "examine"],
  ["load", "unload"],
  ["transport", "move", "carry"],
  ["answer", "respond"],
  ["greet", "welcome"],
  ["interview", "question"],
  ["distribute", "deliver"],
  ["remove", "take"],
  ["attach", "fasten", "secure", "connect", "join", "mount"],
  ["position", "place", "put", "align"],
  ["mix", "blend", "combine"],
  ["lift", "raise", "hoist"],
  ["adjust", "calibrate", "tune"],
  ["present", "demonstrate", "show", "display"],
  ["collaborate", "cooperate", "partner"],
  ["resolve", "solve", "settle"],
  ["assign", "allocate", "delegate"],
  ["contact", "call", "phone"],
  ["identify", "locate", "find"],
  ["fabricate", "manufacture", "produce"],
  ["initiate", "start", "launch"],
  ["modify", "alter", "change", "revise"],
  ["cut", "trim", "saw"],
  ["clean", "scrub", "wipe"],
  ["transport", "haul", "drive"],
];

/**
 * Nouns that name the same object in task statements and OOH text ("records" for "reports",
 * "clients" for "customers"). Small groups of near-equivalents only.
 */
export const OBJECT_SYNONYMS: readonly (readonly string[])[] = [
  ["report", "record", "document", "documentation", "paperwork", "file"],
  ["customer", "client", "patron", "guest"],
  ["staff", "worker", "employee", "personnel", "subordinate"],
  ["equipment", "machinery", "apparatus"],
  ["student", "pupil"],
  ["product", "merchandise"],
  ["money", "payment", "cash"],
  ["data", "information"],
  ["policy", "procedure", "rule", "regulation", "guideline", "standard"],
  ["vehicle", "car", "truck", "automobile"],
  ["problem", "issue", "malfunction", "fault"],
  ["patient", "resident"],
  ["order", "request"],
  ["medication", "medicine", "drug"],
  ["topic", "issue", "subject"],
  ["layout", "design"],
  ["component", "part"],
  ["machine", "machinery", "equipment"],
  ["tool", "instrument", "device"],
  ["sample", "specimen"],
  ["site", "location"],
  ["material", "supply"],
  ["product", "goods", "item"],
  ["building", "structure"],
  ["defect", "flaw"],
  ["schedule", "calendar", "timetable"],
  ["child", "kid"],
];

/** Object words too common, or too empty without their modifier, to tie a passage to a task ("duties", "systems", "skin conditions" vs "conditions of the eye"). */
const GENERIC_OBJECTS = new Set(["other", "work", "new", "activity", "need", "type", "duty", "task", "service", "support", "assistance", "system", "operation", "area", "condition", "problem"].map(stem));

/** Verbs whose object carries the whole activity and often someone else's ("provide customers with receipts", "make repairs"): too weak for the verb–object rule. "Conduct research" and "perform tests" keep it: their object names the activity. */
const LIGHT_VERBS = new Set(["provide", "make", "do", "take", "give", "carry", "use", "help", "assist"].map(stem));

function synonymMap(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = group.map(stem);
    for (const s of stems) map.set(s, new Set([...(map.get(s) ?? []), ...stems]));
  }
  return map;
}

const SYNONYMS_BY_STEM = synonymMap(ACTIVITY_SYNONYMS);
const OBJECT_SYNONYMS_BY_STEM = synonymMap(OBJECT_SYNONYMS);

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

/** Boilerplate and cross-references: they name no task of this profile ("The following are examples of qualities …", "For information about workers who …, see the profile on …"). */
const BOILERPLATE = /^(?:The following are examples of qualities|For (?:more )?information\b)|\bsee the profiles? on\b/;

/** Sentences of paragraphs and list items worth quoting: not lead-ins ("… the following:"), not fragments, not repeats, not boilerplate. */
function quotable(texts: readonly string[], seen: Set<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      if (sentence.endsWith(":") || sentence.split(/\s+/).length < 5 || seen.has(sentence) || BOILERPLATE.test(sentence)) continue;
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

/** One activity of a task: its verbs' stems (with synonyms) and its object's head stems. */
export interface TaskActivity {
  activity: Set<string>;
  object: Set<string>;
  /** Only light verbs ("provide", "perform"): the verb–object rule does not apply. */
  light: boolean;
  /** The preposition the object follows ("Confer with parents", "Respond to complaints"): a passage may put it between verb and object too. */
  preposition: string | null;
}

/** Words after which a task statement's list is not a list of further activities ("instruct workers to weigh, move, or check", "in accordance with specifications, standards, or test procedures"). */
const CLAUSE_BLOCKERS = new Set(["to", "such", "including", "involving", "like", "especially", "as", "of", "with", "accordance"]);

/**
 * The task's activities: its lead phrase, then each later clause that starts with a lead verb
 * after a comma (", and review"), takes a direct object and is not part of a list after "to"
 * or "such as" ("Prepare purchase orders, solicit bid proposals, and review requisitions";
 * not "the maintenance or repair of vessels", "membrane and wire mesh", "workers to weigh,
 * move, or check products").
 */
export function taskActivities(statement: string, leadVerbs: ReadonlySet<string>): TaskActivity[] {
  const words = statement.trim().split(/\s+/);
  const bare = words.map((word) => foldText(word).replace(/[^a-z]/g, ""));
  const starts = [0];
  for (let index = 2; index < words.length - 1; index++) {
    // a list after "to", "such as", "involving" names what the lead activity covers, not a new one
    if (CLAUSE_BLOCKERS.has(bare[index - 1]!)) break;
    const previous = words[index - 1]!;
    const conjunction = /^(?:and|or)$/i.test(previous) && words[index - 2]!.endsWith(",");
    // after a bare comma a word that is mostly a noun continues the list: "structures, space vehicles, systems"
    const listed = !conjunction && winkLexicon.lexicon[bare[index]!]?.[0]?.startsWith("NN") === true;
    if ((previous.endsWith(",") || conjunction) && !listed && leadVerbs.has(bare[index]!) && !PREPOSITION.test(bare[index + 1]!)) starts.push(index);
  }
  return starts.map((start) => {
    const lead = leadPhrase(words.slice(start).join(" "), leadVerbs);
    const activity = activityStems(lead.verbList);
    const first = foldText(lead.object.split(/\s+/)[0] ?? "");
    return {
      activity,
      object: objectStems(lead.object, activity),
      light: lead.verbList.every((verb) => LIGHT_VERBS.has(stem(verb))),
      preposition: PREPOSITION.test(first) ? first : null,
    };
  });
}

export interface EvidenceMatch {
  passage: Passage;
  similarity: number;
  /** The passage names the activity and, right after it, the task's object ("prepare … reports"). */
  verbObject: boolean;
}

/**
 * A word of a passage as written (lowercased, stop words kept): its stem, whether it can be
 * the passage's own activity verb there, and whether it ends the verb's object phrase.
 */
interface PassageToken {
  stem: string;
  verb: boolean;
  /** A preposition, "to" or a relative word: the object phrase after a verb stops here. */
  boundary: boolean;
  /** A stop word: does not count toward OBJECT_WINDOW and is never an object. */
  stop: boolean;
  /** Starts a new clause: a clause word ("to", "that", "by") or a lead verb after a comma or "and" ("analyze data, write reports"). */
  clause: boolean;
}

/**
 * Words before a verb that make it a noun ("the design", "of care") or put it in a
 * subordinate clause ("needed to perform", "after installing", "how to observe"): not what
 * the passage says the workers do.
 */
const NOT_MAIN_VERB = new Set(["the", "a", "an", "their", "his", "her", "its", "our", "this", "that", "these", "those", "of", "for", "in", "on", "with", "to", "how", "after", "before", "when", "while", "by", "without"]);
/** Words after which an "-ing" form names what the workers do ("responsible for preparing", "by grading", "duties include inspecting"), not a noun or a reduced clause ("a training program", "workers using"). */
const GERUND_BEFORE = new Set(["for", "in", "by", "include", "includes", "involves", "and", "or", "are", "is", "also", "as", "such", "like", "from", "of"]);
const OBJECT_BOUNDARY = new Set(["to", "that", "which", "who", "whom", "whose", "where", "when", "while", "so", "by", "as", "such", "because", "if", "than", "whether"]);
const LEAD_JOINERS = /^(?:and|or|and\/or)$/;
const PARTICLES = new Set(["up", "out", "down", "off"]);

/**
 * The words of a passage and where its activity verbs can stand. In a duty (an imperative list
 * item) only its lead verbs ("Observe and adjust or replace …"); in other sections any verb
 * not marked as a noun by the word before it ("the design", "of care", "maintaining records")
 * and, outside what they do, not an "-ed" adjective ("supervised experience").
 */
function passageSequence(passage: Passage, leadVerbs: ReadonlySet<string>): PassageToken[] {
  const raw = foldText(passage.text).match(/[a-z0-9]+(?:[-/][a-z0-9]+)*,?/g) ?? [];
  const participles = passage.kind !== "duty" && passage.kind !== "sentence";
  const nouns = passage.kind === "duty" ? null : nounUses(raw);
  let leading = passage.kind === "duty";
  return raw.map((written, position) => {
    const word = written.replace(/,$/, "");
    const previous = (raw[position - 1] ?? "").replace(/,$/, "");
    const joined = LEAD_JOINERS.test(previous) || (raw[position - 1] ?? "").endsWith(",");
    const isLead = leading && (position === 0 || joined);
    // "Set up and operate …": a particle keeps the lead verbs going
    if (passage.kind === "duty" && !isLead && !LEAD_JOINERS.test(word) && !PARTICLES.has(word)) leading = false;
    // "Schedule appointments and update event calendars": a second imperative after "and"
    const secondImperative = passage.kind === "duty" && joined && leadVerbs.has(word) && !PREPOSITION.test((raw[position + 1] ?? "").replace(/,$/, ""));
    const stop = isStopWord(word) || /^\d+$/.test(word);
    const verb =
      !stop &&
      (passage.kind === "duty"
        ? isLead || secondImperative
        : (word.endsWith("ing") ? GERUND_BEFORE.has(previous) && raw[position - 2] !== "instead" : !NOT_MAIN_VERB.has(previous) && !previous.endsWith("ing")) && !(participles && word.endsWith("ed")) && !nouns![position]);
    const clause = OBJECT_BOUNDARY.has(word) || (position > 0 && joined && leadVerbs.has(word));
    return { stem: stem(word), verb, boundary: PREPOSITION.test(word) || OBJECT_BOUNDARY.has(word), stop, clause };
  });
}

const tagger = new PosTagger();

/** Part-of-speech tags that put a word inside a noun phrase: a modifier or a noun before it makes it a noun or adjective too. */
const NOUN_PHRASE_BEFORE = /^(?:JJ|NN|DT|PRP\$|POS|CD|VB)/;

/**
 * Per word of a passage (as passageSequence splits it), whether the tagger reads it as an
 * adjective, or as a noun after a modifier, noun or verb: "medical records", "oversee direct
 * sales", "keep records". Only a veto: a word the tagger calls a noun after "and" or a comma
 * ("and schedule appointments") keeps the other rules' reading, where the tagger often errs.
 */
function nounUses(raw: readonly string[]): boolean[] {
  const written: string[] = [];
  const index: number[] = [];
  for (const word of raw) {
    index.push(written.length);
    written.push(word.replace(/,$/, ""));
    if (word.endsWith(",")) written.push(",");
  }
  const tags = tagger.tagRawTokens(written).map((token) => token.pos);
  return index.map((at) => {
    const tag = tags[at] ?? "";
    const before = at > 0 ? (tags[at - 1] ?? "") : "";
    // a plural noun ("athletes, coaches, and parents") is never the workers' verb: OOH text writes them as a plural subject's
    return /^JJ/.test(tag) || tag === "NNS" || (/^NN/.test(tag) && NOUN_PHRASE_BEFORE.test(before));
  });
}

/**
 * Whether the passage names the activity and, later in the same clause, one of the object's
 * stems: "maintain … equipment" does not name "records"; "Social workers must help and manage
 * multiple clients" does not name the workers that "Supervise other social workers" acts on;
 * "analyze data, write reports" does not name reports as analysed.
 */
function namesActivityThenObject(sequence: readonly PassageToken[], { activity, object }: TaskActivity): boolean {
  for (const [position, token] of sequence.entries()) {
    if (!token.verb || !activity.has(token.stem)) continue;
    let content = 0;
    for (let next = position + 1; next < sequence.length && !(sequence[next]!.clause && content > 0); next++) {
      const word = sequence[next]!;
      // the next verb of a chain is not its object ("Create and plan events" for "plans")
      if (word.stop || (word.verb && word.clause)) continue;
      if (object.has(word.stem)) return true;
      content += 1;
    }
  }
  return false;
}

/** Content words after an activity verb within which its object must be named ("prepare budget and cost estimates"). */
const OBJECT_WINDOW = 5;

/**
 * Whether the passage names an activity verb whose object phrase — the words after it up to the
 * first preposition or clause word, at most OBJECT_WINDOW content words — holds one of the
 * task's object stems: "Prepare charts, presentations, and reports" for "Prepare reports",
 * not "Develop and test prototypes of devices" for "Design … equipment".
 */
export function hasVerbObject(sequence: readonly PassageToken[], { activity, object, preposition }: TaskActivity): boolean {
  for (const [position, token] of sequence.entries()) {
    if (!token.verb || !activity.has(token.stem)) continue;
    let content = 0;
    for (let next = position + 1; next < sequence.length && content < OBJECT_WINDOW; next++) {
      const word = sequence[next]!;
      // the task's own preposition right after the verb ("meet with parents" for "Confer with parents")
      if (content === 0 && word.stem === preposition) continue;
      // a new clause ends the object, unless it is the next verb of a chain ("Operate, maintain, and clean … equipment")
      if (word.boundary || (word.clause && content > 0)) break;
      // the next verb of a chain is not its object ("Create and plan events" for "plans")
      if (word.stop || (word.verb && word.clause)) continue;
      if (object.has(word.stem)) return true;
      content += 1;
    }
  }
  return false;
}

/** Words that end a noun phrase's pre-modifiers and head: prepositions ("reports of sales"). */
const PREPOSITION = /^(?:of|for|with|from|in|on|at|to|about|between|into|by|among|against|within|without|per|via|under|over|throughout)$/;

/** "-ed" after a noun ("activities concerned"), or "-ing" with an object of its own ("passengers boarding aircraft", not "staff training and development"). */
function isParticiple(word: string, next: string | undefined): boolean {
  if (/ed$/i.test(word)) return true;
  return /ing$/i.test(word) && next !== undefined && !/^(?:and|or|and\/or)$/i.test(next);
}

/**
 * The heads of the task's object phrase: the last word of each coordinated noun phrase before
 * its first preposition ("production reports or personnel records" → "reports", "records";
 * "relationships with representatives of … groups" → "relationships").
 */
export function objectHeads(object: string): string[] {
  const words = object.split(/\s+/);
  // the phrase ends at its first preposition or at a participle after a noun ("activities concerned with", "passengers boarding aircraft")
  const end = words.findIndex(
    (word, position) =>
      position > 0 &&
      (PREPOSITION.test(word.toLowerCase()) ||
        // after a comma only a participle with its own preposition ("plans, based on analysis"), not a listed noun ("parts, treated")
        (isParticiple(word, words[position + 1]) && (!/(?:,|^and|^or)$/i.test(words[position - 1]!) || PREPOSITION.test(words[position + 1] ?? "")))),
  );
  const phrase = (end < 0 ? words : words.slice(0, end)).join(" ");
  const parts = phrase.split(/(,|\band\/or\b|\band\b|\bor\b|\/)/i);
  const heads: string[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const content = objectPartWords(parts[index]!);
    const next = parts[index + 2] === undefined ? [] : objectPartWords(parts[index + 2]!);
    // a lone singular word joined by "and"/"or" to a longer phrase modifies its head: "plant or unit budgets", "emergency or disaster training courses"
    const modifier = content.length === 1 && next.length > 1 && !parts[index + 1]!.includes(",") && (!/s$/.test(content[0]!) || ATTRIBUTIVE_PLURALS.has(content[0]!));
    const head = content.at(-1);
    if (head !== undefined && !modifier) heads.push(stem(head));
  }
  return heads;
}

/** Plural-looking words that mostly modify a noun ("sales and service accounting"). */
const ATTRIBUTIVE_PLURALS = new Set(["sales", "goods", "operations", "communications", "economics", "logistics", "systems"]);

/** Content words of a part of an object phrase, parentheses and "-ly" words left out. */
function objectPartWords(part: string): string[] {
  return contentWords(part.replace(/\([^)]*\)?/g, " ")).filter((word) => !word.endsWith("ly"));
}

/** Stems of the task's object heads and their synonyms, without the activity's own stems. */
export function objectStems(object: string, activity: ReadonlySet<string>): Set<string> {
  const stems = new Set<string>();
  for (const head of objectHeads(object)) {
    if (activity.has(head) || GENERIC_OBJECTS.has(head)) continue;
    stems.add(head);
    for (const synonym of OBJECT_SYNONYMS_BY_STEM.get(head) ?? []) stems.add(synonym);
  }
  return stems;
}

/** The first of ranked candidates (closest first) that reaches its section's threshold, or null: what `match` quotes. */
export function closestOverThreshold(
  ranked: readonly EvidenceMatch[],
  thresholds: Record<PassageKind, number> = EVIDENCE_THRESHOLDS,
  verbObjectThresholds: Record<PassageKind, number> = VERB_OBJECT_THRESHOLDS,
): EvidenceMatch | null {
  return ranked.find((candidate) => candidate.similarity >= (candidate.verbObject ? verbObjectThresholds : thresholds)[candidate.passage.kind]) ?? null;
}

export class EvidenceMatcher {
  private readonly idf: Idf;
  private readonly candidatesBySlug = new Map<string, (Candidate<Passage> & { stems: Set<string>; sequence: PassageToken[]; verbs: Set<string> })[]>();

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
      const sequence = passageSequence(passage, leadVerbs);
      list.push({ item: passage, vector: termVector(passage.text, this.idf), stems: new Set(tokens(text)), sequence, verbs: new Set(sequence.filter((token) => token.verb).map((token) => token.stem)) });
      this.candidatesBySlug.set(passage.slug, list);
    }
  }

  /**
   * The closest passage naming the same activity, when it reaches its section's threshold;
   * null otherwise. Closeness is the mean of the TF-IDF cosine over all words and over the
   * words other than the activity verbs, so a passage sharing only the verbs ("develop and
   * test prototypes" for "design test equipment") gets half its cosine at most.
   */
  match(
    statement: string,
    slug: string,
    thresholds: Record<PassageKind, number> = EVIDENCE_THRESHOLDS,
    verbObjectThresholds: Record<PassageKind, number> = VERB_OBJECT_THRESHOLDS,
  ): EvidenceMatch | null {
    return closestOverThreshold(this.rank(statement, slug), thresholds, verbObjectThresholds);
  }

  /**
   * Every passage of the profile naming one of the task's activities and, in the same clause,
   * that activity's object (the lead activity even with a light verb), closest first (ties in
   * passage order).
   */
  rank(statement: string, slug: string): EvidenceMatch[] {
    const activities = taskActivities(statement, this.leadVerbs);
    const allVerbs = new Set(activities.flatMap(({ activity }) => [...activity]));
    const full = termVector(statement, this.idf);
    const query = withoutTerms(full, allVerbs);
    const matches: EvidenceMatch[] = [];
    for (const candidate of this.candidatesBySlug.get(slug) ?? []) {
      // both rules need one of the task's activities as a verb of the passage: skip the rest cheaply
      if (![...allVerbs].some((verb) => candidate.verbs.has(verb))) continue;
      const verbObject = activities.some((activity) => !activity.light && hasVerbObject(candidate.sequence, activity));
      if (!verbObject && !activities.some((activity, index) => (index === 0 || !activity.light) && namesActivityThenObject(candidate.sequence, activity))) continue;
      const similarity = (cosine(full, candidate.vector) + cosine(query, withoutTerms(candidate.vector, allVerbs))) / 2;
      matches.push({ passage: candidate.item, similarity, verbObject });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
