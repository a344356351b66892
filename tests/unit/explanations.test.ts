import { describe, expect, it } from "vitest";

import {
  agreementSentence,
  citedFields,
  explainTask,
  explanationText,
  headlineSentences,
  leadPhrase,
  leadVerbLexicon,
  outlookSentence,
  rankPhrase,
  summarySentences,
  type TaskExplanationContext,
  type TaskFacts,
} from "@/lib/explanations";

const verbs = leadVerbLexicon(["Prepare budgets.", "Maintain records.", "Plan work.", "Direct staff.", "Coordinate events.", "Supervise staff.", "Hire staff.", "Train staff.", "Review plans.", "Confer with staff."]);

const task = (overrides: Partial<TaskFacts> = {}): TaskFacts => ({
  taskId: 1,
  statement: "Prepare and maintain production reports or personnel records.",
  humanLabel: "E2",
  gpt4Label: "E1",
  automationLabel: "T3",
  score: 75,
  claude: { seen: false },
  activities: [{ title: "Prepare operational reports or records.", completion: 0.95 }],
  specialisation: null,
  ...overrides,
});

const context = (tasks: TaskFacts[], overrides: Partial<TaskExplanationContext> = {}): TaskExplanationContext => ({
  tasks,
  scope: "the occupation's",
  leadVerbs: verbs,
  workContext: { exactness: 0.9, repeating: 0.5, structured: 0.6 },
  economy: { meanCompletion: 0.89, workContext: { exactness: 0.8, repeating: 0.57, structured: 0.75 } },
  claudeReleases: ["2026-01-15", "2025-03-27"],
  ...overrides,
});

describe("lead verbs and object of a task statement", () => {
  it("splits runs of verbs from what they act on, up to a purpose or second activity", () => {
    expect(leadPhrase("Prepare and maintain production reports or personnel records.", verbs)).toMatchObject({ verbs: "Prepare and maintain", object: "production reports or personnel records" });
    expect(leadPhrase("Plan, direct, or coordinate the work of staff to meet targets.", verbs)).toMatchObject({ verbs: "Plan, direct, or coordinate", object: "the work of staff" });
    expect(leadPhrase("Review plans and confer with research staff.", verbs)).toMatchObject({ verbs: "Review", object: "plans" });
    expect(leadPhrase("Set product standards, examining samples of raw products.", leadVerbLexicon(["Set x."]))).toMatchObject({ verbs: "Set", object: "product standards" });
  });
});

describe("task explanations", () => {
  it("names the activity, the labels with their meaning, the rank, measured use and what stays with people, each clause cited", () => {
    const tasks = [task(), task({ taskId: 2, score: 50 }), task({ taskId: 3, score: 6 })];
    const sentences = explainTask(tasks[0]!, context(tasks));
    expect(sentences).toHaveLength(4);
    expect(explanationText(sentences)).toBe(
      "O*NET files it under the work activity “Prepare operational reports or records”, here to prepare and maintain production reports or personnel records. " +
        "The human raters label it E2 (exposed with tools) but GPT-4 E1 (direct exposure); GPT-4 rates its automation T3, meaning AI can do most of the task with a person checking. " +
        "Its task score is 75, the highest of the occupation's 3 tasks. " +
        "It is not seen in Claude use (Anthropic Economic Index 2026-01-15 and 2025-03-27 releases); Copilot completes 95% of conversations on its work activity, above the 89% mean over all work activities. " +
        "What stays with people: checking the output, since AI can do most of it; the job needs more exactness (0.90 vs 0.80) and repeats the same tasks less (0.50 vs 0.57) than the average job in O*NET's work contexts.",
    );
    expect(sentences.every((sentence) => sentence.every((part) => part.sources.length > 0))).toBe(true);
    expect(citedFields(sentences)).toEqual(
      expect.arrayContaining(["task.workActivity", "task.statement", "task.humanLabel", "task.gpt4Label", "task.automationLabel", "task.score", "task.claudeShare", "task.copilotCompletion", "occupation.workContext"]),
    );
  });

  it("says what Claude use shows, mostly augmentation when automation is below half", () => {
    const seen = task({ claude: { seen: true, release: "2026-01-15", pct: 0.1234, automation: 0.3, directive: 0.2 }, activities: [] });
    const text = explanationText(explainTask(seen, context([seen], { workContext: null })));
    expect(text).toContain("In Claude use it makes up 0.12% of conversations (2026-01-15 release), mostly augmentation (30% automation, 20% directive)");
    expect(text).toContain("70% of its Claude conversations are people iterating, validating or learning with AI");
    expect(text).toContain("It is to prepare and maintain production reports or personnel records; O*NET links it to no work activity.");
    expect(text).toContain("the occupation's only rated task");
  });

  it("agrees raters, single raters and missing labels in words that match the labels", () => {
    const both = explanationText(explainTask(task({ humanLabel: "E0", gpt4Label: "E0", automationLabel: "T0" }), context([task()])));
    expect(both).toContain("Both the human raters and GPT-4 label it E0 (no exposure)");
    expect(both).toContain("What stays with people: all of it");
    expect(explanationText(explainTask(task({ humanLabel: null, gpt4Label: "E1" }), context([task()])))).toContain("Only GPT-4 labelled it: E1 (direct exposure)");
    expect(explanationText(explainTask(task({ humanLabel: null, gpt4Label: null, automationLabel: null }), context([task()])))).toContain("Neither rater gave it an exposure label; it has no automation level");
  });

  it("names the specialisation when the task list joins several O*NET-SOC codes", () => {
    const special = task({ specialisation: { code: "19-3039.02", title: "Neuropsychologists" } });
    expect(explanationText(explainTask(special, context([special])))).toMatch(/^For neuropsychologists \(O\*NET-SOC 19-3039\.02\): O\*NET files it under/);
  });

  it("names the lowest-completion work activity only when it is below the mean", () => {
    const two = task({ activities: [{ title: "A.", completion: 0.95 }, { title: "B.", completion: 0.8 }] });
    expect(explanationText(explainTask(two, context([two])))).toContain("Copilot completes least of “B” (80%)");
    const high = task({ activities: [{ title: "A.", completion: 0.95 }, { title: "B.", completion: 0.9 }] });
    expect(explanationText(explainTask(high, context([high])))).not.toContain("least of");
  });

  it("uses comparison words only as the scores have them", () => {
    expect(rankPhrase(75, [75, 50, 6])).toBe("the highest of the occupation's 3 tasks");
    expect(rankPhrase(75, [75, 75, 6])).toBe("tied for the highest of the occupation's 3 tasks");
    expect(rankPhrase(6, [75, 50, 6])).toBe("the lowest of the occupation's 3 tasks");
    expect(rankPhrase(50, [75, 50, 50, 6])).toBe("below 1 and above 1 of the occupation's other 3 tasks");
    expect(rankPhrase(40, [40, 40])).toBe("the same as the occupation's other task");
    expect(rankPhrase(40, [40, 40, 40])).toBe("the same as the occupation's other 2 tasks");
  });
});

describe("occupation sentences", () => {
  it("writes the headline from the band with the count of high-scoring tasks", () => {
    expect(explanationText(headlineSentences({ score: 45, taskSignal: 43.2, taskScores: [75, 50, 6] }))).toBe(
      "Clear pressure on routine tasks. 2 of its 3 rated tasks score 50 or more, and its task signal T, half of the score, is 43 of 100. Composition of the role will shift within the decade as routine information work moves to AI tools.",
    );
    expect(explanationText(headlineSentences({ score: null, taskSignal: null, taskScores: [] }))).toMatch(/^Not enough data/);
  });

  it("writes the outlook in BLS's terms", () => {
    const sentence = outlookSentence({ changePct: -3.2, employment: 120000, oohOutlookPct: -3, oohOutlookDesc: "Decline", oohTitle: "Clerks", years: { base: 2024, target: 2034 } });
    expect(explanationText([sentence])).toBe("BLS projects employment to shrink by 3.2% from 120K jobs between 2024 and 2034; the 2024–34 Handbook calls the outlook for clerks “decline” (−3%).");
    expect(explanationText([outlookSentence({ changePct: null, employment: null, oohOutlookPct: null, oohOutlookDesc: null, oohTitle: null, years: null })])).toBe(
      "BLS publishes no employment projection for this occupation.",
    );
  });

  it("names the most and least exposed tasks by score", () => {
    const tasks = [
      { taskId: 1, statement: "Prepare budgets.", score: 75, weight: 2 },
      { taskId: 2, statement: "Maintain records.", score: 70, weight: 2 },
      { taskId: 3, statement: "Hire staff.", score: 6, weight: 2 },
      { taskId: 4, statement: "Supervise staff.", score: 10, weight: 1 },
      { taskId: 5, statement: "Train staff.", score: 40, weight: 1 },
    ];
    expect(explanationText(summarySentences({ tasks, leadVerbs: verbs, seenTasks: 1, scoredTasks: 5, coverage: 25 }))).toBe(
      "Most exposed: prepare budgets (75) and maintain records (70); least: hire staff (6) and supervise staff (10). 1 of its 5 rated tasks is seen in Claude use, observed coverage U 25 of 100.",
    );
  });

  it("says agree or contested from the stored spread and names the ends of the strip", () => {
    const percentiles = { score: 70, betaHuman: 60, betaGpt4: 74, applicability: 50, coverage: 28, digital: null };
    expect(explanationText([agreementSentence({ percentiles, spread: 46, agreement: "contested" })])).toBe(
      "Contested: the 5 measures place it between the 28th percentile (Observed coverage U (Claude use)) and the 74th (GPTs-are-GPTs β (GPT-4 rater)), a spread of 46 points (more than 30).",
    );
    expect(explanationText([agreementSentence({ percentiles, spread: null, agreement: null })])).toBe("Too few measures to compare.");
  });
});
