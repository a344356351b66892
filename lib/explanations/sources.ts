/**
 * Written explanations (METHODOLOGY §10) are lists of sentences; each sentence is a list of
 * clauses and each clause names the stored fields it was written from. The page, the PDF and
 * the API show those as small source marks, so every claim can be traced to its field.
 */
import { z } from "zod";

/** Every stored field a clause may cite, with the mark the page shows and what it is. */
export const FIELD_SOURCES = {
  "task.statement": { mark: "O*NET", label: "O*NET task statement" },
  "task.workActivity": { mark: "IWA", label: "O*NET work activity of the task (Tasks to DWAs → DWA Reference)" },
  "task.humanLabel": { mark: "E-human", label: "Human raters' exposure label (GPTs-are-GPTs, Eloundou et al. 2023)" },
  "task.gpt4Label": { mark: "E-GPT-4", label: "GPT-4's exposure label (GPTs-are-GPTs, Eloundou et al. 2023)" },
  "task.automationLabel": { mark: "T", label: "GPT-4's automation level T0–T4 (GPTs-are-GPTs)" },
  "task.score": { mark: "score", label: "This site's task score (METHODOLOGY §1)" },
  "task.claudeShare": { mark: "AEI", label: "Share of Claude conversations on the task (Anthropic Economic Index)" },
  "task.claudeMode": { mark: "AEI mix", label: "Automation / augmentation mix of the task's Claude conversations (Anthropic Economic Index)" },
  "task.copilotCompletion": { mark: "Copilot", label: "Copilot completion rate of the task's work activities (Microsoft Working with AI)" },
  "occupation.workContext": { mark: "O*NET WC", label: "O*NET work contexts of the occupation (exactness, repetition, structure)" },
  "occupation.score": { mark: "score", label: "This site's AI pressure score and band (METHODOLOGY §3, §5)" },
  "occupation.taskSignal": { mark: "T", label: "Task signal T: weighted mean of the task scores (METHODOLOGY §2)" },
  "occupation.projection": { mark: "BLS EP", label: "BLS Employment Projections: employment and projected change" },
  "occupation.oohOutlook": { mark: "OOH", label: "BLS Occupational Outlook Handbook job outlook" },
  "occupation.claudeCoverage": { mark: "AEI", label: "Observed coverage U: task weight seen in Claude use (METHODOLOGY §8)" },
  "occupation.percentiles": { mark: "percentiles", label: "Percentiles of the six measures among scored occupations (METHODOLOGY §8)" },
} as const satisfies Record<string, { mark: string; label: string }>;

export type FieldId = keyof typeof FIELD_SOURCES;

const FIELD_IDS = Object.keys(FIELD_SOURCES) as [FieldId, ...FieldId[]];

export const clauseSchema = z.object({ text: z.string().min(1), sources: z.array(z.enum(FIELD_IDS)).min(1) });
export const sentenceSchema = z.array(clauseSchema).min(1);
export const sentencesSchema = z.array(sentenceSchema);

export type Clause = z.infer<typeof clauseSchema>;
/** One sentence: its clauses in order; joined they read as one sentence ending in a full stop. */
export type Sentence = Clause[];

export const clause = (text: string, ...sources: [FieldId, ...FieldId[]]): Clause => ({ text, sources });

/** Ends a sentence: a full stop on its last clause (so no clause is bare punctuation). */
export function endSentence(parts: readonly Clause[], stop = "."): Sentence {
  const last = parts.at(-1);
  if (last === undefined) return [];
  return [...parts.slice(0, -1), { ...last, text: `${last.text}${stop}` }];
}

/** The plain text of sentences (clauses joined), for the API, metadata and tests. */
export function sentenceText(sentence: Sentence): string {
  return sentence.map((part) => part.text).join("");
}

export function explanationText(sentences: readonly Sentence[]): string {
  return sentences.map(sentenceText).join(" ");
}

/** Distinct source fields of sentences in first-cited order. */
export function citedFields(sentences: readonly Sentence[]): FieldId[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.flatMap((part) => part.sources)))];
}

/** The API's shape of generated text: the whole text, and each sentence with its cited clauses. */
export function explanationView(sentences: readonly Sentence[]) {
  return { text: explanationText(sentences), sentences: sentences.map((sentence) => ({ text: sentenceText(sentence), clauses: sentence })) };
}

export type ExplanationView = ReturnType<typeof explanationView>;
