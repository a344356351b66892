import { describe, expect, it } from "vitest";

import { explainTask, ratersDisagree } from "@/lib/labels";

describe("task label explanations", () => {
  it("says when raters agree", () => {
    expect(explainTask({ humanLabel: "E1", gpt4Label: "E1", automationLabel: "T3" })).toBe(
      "Both raters: an LLM alone (e.g. a chat assistant) cuts the time for this task by at least half at equal quality.",
    );
  });

  it("spells out a disagreement", () => {
    expect(explainTask({ humanLabel: "E2", gpt4Label: "E1", automationLabel: "T3" })).toBe(
      "Raters disagree: people say exposed with tools, GPT-4 says direct exposure.",
    );
    expect(ratersDisagree({ humanLabel: "E2", gpt4Label: "E1", automationLabel: "T3" })).toBe(true);
    expect(ratersDisagree({ humanLabel: "E0", gpt4Label: "E0", automationLabel: "T0" })).toBe(false);
  });

  it("handles a missing rater and unknown labels", () => {
    expect(explainTask({ humanLabel: null, gpt4Label: "E0", automationLabel: null })).toBe(
      "Only GPT-4 rated this task: an LLM does not cut the time for this task by half at equal quality.",
    );
    expect(explainTask({ humanLabel: "X", gpt4Label: null, automationLabel: "T9" })).toBe("");
    expect(explainTask({ humanLabel: "E0", gpt4Label: "E0", automationLabel: "T9" })).toBe(
      "Both raters: an LLM does not cut the time for this task by half at equal quality.",
    );
    expect(ratersDisagree({ humanLabel: null, gpt4Label: "E1", automationLabel: "T1" })).toBe(false);
  });
});
