import type { AutomationLabel, ExposureLabel } from "@/lib/scoring";

/** What the GPTs-are-GPTs rubric labels mean, in plain words (Eloundou et al. 2023). */
export const EXPOSURE_MEANING: Record<ExposureLabel, { short: string; long: string }> = {
  E0: { short: "No exposure", long: "an LLM does not cut the time for this task by half at equal quality" },
  E1: { short: "Direct exposure", long: "an LLM alone (e.g. a chat assistant) cuts the time for this task by at least half at equal quality" },
  E2: { short: "Exposed with tools", long: "the time can be halved with software built on top of an LLM (search, document tools, integrations), not by the LLM alone" },
};

export const AUTOMATION_MEANING: Record<AutomationLabel, { short: string; long: string }> = {
  T0: { short: "No automation", long: "current AI cannot do this task" },
  T1: { short: "Assistance", long: "AI can help, but a person does most of the task" },
  T2: { short: "Partial", long: "AI and a person share the task" },
  T3: { short: "Mostly automated", long: "AI can do most of the task with a person checking" },
  T4: { short: "Full automation", long: "AI can do the task with no person involved" },
};

/** The OOH section a quoted BLS passage comes from (scripts/import/evidence.ts). */
export const EVIDENCE_SECTION: Record<string, string> = {
  duty: "duty",
  sentence: "“What they do”",
  environment: "“Work environment”",
  "how-to-become": "“How to become one”",
};
