import { describe, expect, it } from "vitest";

import { explainTask, ratersDisagree } from "@/lib/labels";

describe("task label explanations", () => {
  it("says when raters agree", () => {
    expect(explainTask({ humanLabel: "E1", gpt4Label: "E1", automationLabel: "T3" })).toBe(
      "Human raters and GPT-4 agree: an LLM alone (e.g. a chat assistant) cuts the time for this task by at least half at equal quality. Automation level T3: AI can do most of the task with a person checking.",
    );
  });

  it("spells out a disagreement", () => {
    const text = explainTask({ humanLabel: "E2", gpt4Label: "E1", automationLabel: "T3" });
    expect(text).toMatch(/^The raters disagree: people judged that the time can be halved with software built on top of an LLM/);
    expect(text).toMatch(/GPT-4 judged that an LLM alone/);
    expect(ratersDisagree({ humanLabel: "E2", gpt4Label: "E1", automationLabel: "T3" })).toBe(true);
    expect(ratersDisagree({ humanLabel: "E0", gpt4Label: "E0", automationLabel: "T0" })).toBe(false);
  });

  it("handles a missing rater and unknown labels", () => {
    expect(explainTask({ humanLabel: null, gpt4Label: "E0", automationLabel: null })).toBe(
      "Only GPT-4 rated this task: an LLM does not cut the time for this task by half at equal quality.",
    );
    expect(explainTask({ humanLabel: "X", gpt4Label: null, automationLabel: "T9" })).toBe("");
    expect(ratersDisagree({ humanLabel: null, gpt4Label: "E1", automationLabel: "T1" })).toBe(false);
  });
});
