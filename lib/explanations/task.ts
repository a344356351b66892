/**
 * Task explanations (METHODOLOGY §10): two to four sentences per task, written from the
 * task's stored fields only — what the activity is, what current AI does on it, what measured
 * use shows, what stays with people — each clause citing its field. Pure.
 */
import { formatShare } from "../format";
import { AUTOMATION_MEANING, EXPOSURE_MEANING } from "../labels";
import { formatConversationShare } from "../measured-use/text";
import type { AutomationLabel, ExposureLabel } from "../scoring";
import { mean } from "../scoring/math";
import { clause, endSentence, type Clause, type Sentence } from "./sources";
import { leadPhrase } from "./verbs";

export interface TaskActivityFacts {
  title: string;
  /** Copilot completion rate 0–1; null when Microsoft has no metric for the activity. */
  completion: number | null;
}

/** Claude use of the task: null when the build has no measured-use row for it. */
export type TaskClaudeFacts =
  | { seen: false }
  | { seen: true; release: string; pct: number; automation: number | null; directive: number | null };

export interface TaskFacts {
  taskId: number;
  statement: string;
  humanLabel: string | null;
  gpt4Label: string | null;
  automationLabel: string | null;
  score: number;
  claude: TaskClaudeFacts | null;
  activities: readonly TaskActivityFacts[];
  /** The O*NET-SOC specialisation the task is listed under, when the task list joins several (METHODOLOGY §1). */
  specialisation: { code: string; title: string } | null;
}

export interface WorkContextFacts {
  exactness: number | null;
  repeating: number;
  structured: number;
}

/** What every task of one occupation is explained against. */
export interface TaskExplanationContext {
  /** The task list the ranks are among: the occupation's, or one O*NET-SOC code's. */
  tasks: readonly TaskFacts[];
  /** How the list is named in the rank ("the occupation's", "O*NET-SOC 11-3051.01's"). */
  scope: string;
  /** Lead verbs of O*NET task statements (leadVerbLexicon). */
  leadVerbs: ReadonlySet<string>;
  workContext: WorkContextFacts | null;
  /** Means over the economy: Copilot completion over work activities, work contexts over occupations. */
  economy: { meanCompletion: number | null; workContext: WorkContextFacts | null };
  /** Claude releases searched (for "not seen"). */
  claudeReleases: readonly string[];
}

const isExposure = (label: string | null): label is ExposureLabel => label === "E0" || label === "E1" || label === "E2";
const isAutomation = (label: string | null): label is AutomationLabel => label !== null && label in AUTOMATION_MEANING;
const quote = (title: string) => `“${title.replace(/\.$/, "")}”`;
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** What the activity is: the work activities O*NET files the task under, and the task's own verbs and object. */
function activitySentence(task: TaskFacts, context: TaskExplanationContext): Sentence {
  const { verbs, object } = leadPhrase(task.statement, context.leadVerbs);
  const doing = `to ${verbs.toLowerCase()}${object ? ` ${object}` : ""}`;
  const forWhom = task.specialisation === null ? [] : [clause(`For ${task.specialisation.title.toLowerCase()} (O*NET-SOC ${task.specialisation.code}): `, "task.statement")];
  if (task.activities.length === 0) return [...forWhom, clause(`${forWhom.length > 0 ? "it" : "It"} is ${doing}`, "task.statement"), clause("; O*NET links it to no work activity.", "task.workActivity")];
  const titles = task.activities.map((activity) => quote(activity.title));
  return endSentence([
    ...forWhom,
    clause(`O*NET files it under the work ${titles.length === 1 ? "activity" : "activities"} ${list(titles)}`, "task.workActivity"),
    clause(`, here ${doing}`, "task.statement"),
  ]);
}

/** Where the task's score sits among the occupation's tasks, in exact words. */
export function rankPhrase(score: number, scores: readonly number[], scope = "the occupation's"): string {
  const n = scores.length;
  if (n <= 1) return `${scope} only rated task`;
  const higher = scores.filter((s) => s > score).length;
  const lower = scores.filter((s) => s < score).length;
  const tied = n - higher - lower - 1;
  if (higher === 0 && lower === 0) return n === 2 ? `the same as ${scope} other task` : `the same as ${scope} other ${n - 1} tasks`;
  if (higher === 0) return `${tied > 0 ? "tied for the highest" : "the highest"} of ${scope} ${n} tasks`;
  if (lower === 0) return `${tied > 0 ? "tied for the lowest" : "the lowest"} of ${scope} ${n} tasks`;
  return `below ${higher} and above ${lower} of ${scope} other ${n - 1} tasks`;
}

/** What current AI does on it: both raters' labels, the automation level and the task score. */
function aiSentence(task: TaskFacts, context: TaskExplanationContext): Sentence {
  const { humanLabel: human, gpt4Label: gpt4 } = task;
  const meaning = (label: ExposureLabel) => `${label} (${EXPOSURE_MEANING[label].short.toLowerCase()})`;
  let labels: Clause;
  if (isExposure(human) && isExposure(gpt4)) {
    labels =
      human === gpt4
        ? clause(`Both the human raters and GPT-4 label it ${meaning(human)}`, "task.humanLabel", "task.gpt4Label")
        : clause(`The human raters label it ${meaning(human)} but GPT-4 ${meaning(gpt4)}`, "task.humanLabel", "task.gpt4Label");
  } else if (isExposure(human)) labels = clause(`Only the human raters labelled it: ${meaning(human)}`, "task.humanLabel", "task.gpt4Label");
  else if (isExposure(gpt4)) labels = clause(`Only GPT-4 labelled it: ${meaning(gpt4)}`, "task.humanLabel", "task.gpt4Label");
  else labels = clause("Neither rater gave it an exposure label", "task.humanLabel", "task.gpt4Label");
  const automation = isAutomation(task.automationLabel)
    ? clause(`; GPT-4 rates its automation ${task.automationLabel}, meaning ${AUTOMATION_MEANING[task.automationLabel].long}`, "task.automationLabel")
    : clause("; it has no automation level", "task.automationLabel");
  const scores = context.tasks.map((t) => t.score);
  return [labels, automation, clause(`. Its task score is ${task.score}, ${rankPhrase(task.score, scores, context.scope)}.`, "task.score")];
}

/** "above"/"below"/"level with" a mean, compared on the stored values. */
function versus(value: number, mean: number): string {
  return value > mean ? "above" : value < mean ? "below" : "level with";
}

/** What measured use shows: Claude share and mode, Copilot completion on its work activities. */
function measuredUseSentence(task: TaskFacts, context: TaskExplanationContext): Sentence | null {
  const parts: Clause[] = [];
  const claude = task.claude;
  if (claude !== null) {
    if (!claude.seen) parts.push(clause(`It is not seen in Claude use (Anthropic Economic Index ${context.claudeReleases.join(" and ")} releases)`, "task.claudeShare"));
    else {
      parts.push(clause(`In Claude use it makes up ${formatConversationShare(claude.pct)} of conversations (${claude.release} release)`, "task.claudeShare"));
      if (claude.automation === null) parts.push(clause(", with no collaboration mix classified", "task.claudeMode"));
      else {
        const mostly = claude.automation > 0.5 ? "mostly automation" : claude.automation < 0.5 ? "mostly augmentation" : "automation and augmentation evenly";
        const directive = claude.directive === null ? "" : `, ${formatShare(claude.directive)} directive`;
        parts.push(clause(`, ${mostly} (${formatShare(claude.automation)} automation${directive})`, "task.claudeMode"));
      }
    }
  }
  const measured = task.activities.flatMap((activity) => (activity.completion === null ? [] : [activity.completion]));
  const economyMean = context.economy.meanCompletion;
  const completion = mean(measured);
  if (completion !== null && economyMean !== null) {
    const on = measured.length === 1 ? "its work activity" : `its ${measured.length} work activities (mean)`;
    parts.push(
      clause(
        `${parts.length > 0 ? "; " : ""}Copilot completes ${formatShare(completion)} of conversations on ${on}, ${versus(completion, economyMean)} the ${formatShare(economyMean)} mean over all work activities`,
        "task.copilotCompletion",
      ),
    );
  }
  if (parts.length === 0) return null;
  return endSentence(parts);
}

const KEPT_BY_PEOPLE: Record<AutomationLabel, string> = {
  T0: "all of it, since GPT-4 rates it beyond current AI",
  T1: "most of it, with AI only assisting",
  T2: "a share of it, which a person and AI split",
  T3: "checking the output, since AI can do most of it",
  T4: "little by GPT-4's rating, which needs no person on it",
};

/** What stays with people: the non-automated part, augmentation in use, low-completion activities, work contexts. */
function peopleSentence(task: TaskFacts, context: TaskExplanationContext): Sentence | null {
  const parts: Clause[] = [];
  if (isAutomation(task.automationLabel)) parts.push(clause(KEPT_BY_PEOPLE[task.automationLabel], "task.automationLabel"));
  const claude = task.claude;
  if (claude !== null && claude.seen && claude.automation !== null) {
    const augmentation = 1 - claude.automation;
    parts.push(
      clause(
        augmentation >= 0.5
          ? `${formatShare(augmentation)} of its Claude conversations are people iterating, validating or learning with AI`
          : `only ${formatShare(augmentation)} of its Claude conversations keep a person iterating, validating or learning`,
        "task.claudeMode",
      ),
    );
  }
  const mean = context.economy.meanCompletion;
  const rated = task.activities.filter((activity): activity is TaskActivityFacts & { completion: number } => activity.completion !== null);
  if (rated.length >= 2 && mean !== null) {
    const lowest = rated.reduce((low, activity) => (activity.completion < low.completion ? activity : low));
    if (lowest.completion < mean) parts.push(clause(`Copilot completes least of ${quote(lowest.title)} (${formatShare(lowest.completion)})`, "task.workActivity", "task.copilotCompletion"));
  }
  const own = context.workContext;
  const economy = context.economy.workContext;
  if (own !== null && economy !== null) {
    const traits: string[] = [];
    const pair = (value: number, mean: number) => `${value.toFixed(2)} vs ${mean.toFixed(2)}`;
    if (own.exactness !== null && economy.exactness !== null && own.exactness > economy.exactness) traits.push(`needs more exactness (${pair(own.exactness, economy.exactness)})`);
    // O*NET's "structured versus unstructured work" is high where the worker sets tasks and priorities.
    if (own.structured > economy.structured) traits.push(`leaves more freedom to set tasks and priorities (${pair(own.structured, economy.structured)})`);
    if (own.repeating < economy.repeating) traits.push(`repeats the same tasks less (${pair(own.repeating, economy.repeating)})`);
    if (traits.length > 0) parts.push(clause(`the job ${list(traits)} than the average job in O*NET's work contexts`, "occupation.workContext"));
  }
  if (parts.length === 0) return null;
  const [first, ...rest] = parts;
  return endSentence([{ ...first!, text: `What stays with people: ${first!.text}` }, ...rest.map((part) => ({ ...part, text: `; ${part.text}` }))]);
}

/** The two to four sentences of one task. */
export function explainTask(task: TaskFacts, context: TaskExplanationContext): Sentence[] {
  return [activitySentence(task, context), aiSentence(task, context), measuredUseSentence(task, context), peopleSentence(task, context)].filter(
    (sentence): sentence is Sentence => sentence !== null,
  );
}
