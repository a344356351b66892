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

export interface TaskLabelsForExplanation {
  humanLabel: string | null;
  gpt4Label: string | null;
  automationLabel: string | null;
}

const isExposure = (label: string | null): label is ExposureLabel => label === "E0" || label === "E1" || label === "E2";
const isAutomation = (label: string | null): label is AutomationLabel => label !== null && /^T[0-4]$/.test(label);

/** Whether the human annotators and GPT-4 gave the task different exposure labels. */
export function ratersDisagree(task: TaskLabelsForExplanation): boolean {
  return isExposure(task.humanLabel) && isExposure(task.gpt4Label) && task.humanLabel !== task.gpt4Label;
}

/** One or two generated sentences explaining a task's labels. */
export function explainTask(task: TaskLabelsForExplanation): string {
  const { humanLabel: human, gpt4Label: gpt4, automationLabel: automation } = task;
  const parts: string[] = [];
  if (isExposure(human) && isExposure(gpt4)) {
    parts.push(
      human === gpt4
        ? `Human raters and GPT-4 agree: ${EXPOSURE_MEANING[human].long}.`
        : `The raters disagree: people judged that ${EXPOSURE_MEANING[human].long}; GPT-4 judged that ${EXPOSURE_MEANING[gpt4].long}.`,
    );
  } else if (isExposure(human) || isExposure(gpt4)) {
    const label = (isExposure(human) ? human : gpt4) as ExposureLabel;
    parts.push(`Only ${isExposure(human) ? "human raters" : "GPT-4"} rated this task: ${EXPOSURE_MEANING[label].long}.`);
  }
  if (isAutomation(automation)) parts.push(`Automation level ${automation}: ${AUTOMATION_MEANING[automation].long}.`);
  return parts.join(" ");
}
