import { Link, Rect, Svg, Text, View } from "@react-pdf/renderer";

import type { ProfileTask } from "@/db/queries/profile";
import { AUTOMATION_MEANING, EVIDENCE_SECTION, EXPOSURE_MEANING } from "@/lib/labels";
import { claudeTaskSentence } from "@/lib/measured-use/text";
import { scoringConfig, type AutomationLabel, type ExposureLabel } from "@/lib/scoring";

import { INK, pressureHex } from "../colors";
import { ExplainedText } from "../explained";
import type { ReportData } from "../model";
import { HeaderRow, Paragraph, Section, type Column } from "../primitives";
import { styles } from "../styles";

const COLUMNS: readonly Column[] = [
  { label: "Task", flex: 8 },
  { label: "Weight", flex: 2 },
  { label: "Human raters", flex: 2 },
  { label: "GPT-4", flex: 2 },
  { label: "Automation", flex: 2 },
  { label: "Score", flex: 1.2, numeric: true },
];

/** The task-score formula with the constants of lib/scoring/config.ts. */
function taskFormula(): string {
  const { exposure, automation, taskBlend } = scoringConfig;
  const levels = Object.entries(automation)
    .map(([label, value]) => `${label} = ${value}`)
    .join(", ");
  return `Task score = round(100 × (${taskBlend.exposure} × mean rater exposure + ${taskBlend.automation} × automation)), with E0 = ${exposure.E0}, E1 = ${exposure.E1}, E2 = ${exposure.E2} and ${levels}.`;
}

// No "\n" inside Text: the font has no glyph for it and react-pdf would fall back to a
// non-embedded Helvetica for the line break. Stacked lines are separate Text blocks.
function Label({ code, meaning, flex }: { code: string | null; meaning: string | undefined; flex: number }) {
  if (code === null) return <Text style={[{ flex, paddingRight: 5 }, styles.muted]}>not rated</Text>;
  return (
    <View style={{ flex, paddingRight: 5 }}>
      <Text style={styles.bold}>{code}</Text>
      {meaning ? <Text style={[styles.small, styles.muted]}>{meaning}</Text> : null}
    </View>
  );
}

function ScoreCell({ score }: { score: number }) {
  return (
    <View style={{ alignItems: "flex-end" }}>
      <Text style={[styles.bold, { fontSize: 10 }]}>{String(score)}</Text>
      <Svg width={34} height={5}>
        <Rect x={0} y={0} width={34} height={5} fill={INK.track} />
        <Rect x={0} y={0} width={(score / 100) * 34} height={5} fill={pressureHex(score)} />
      </Svg>
    </View>
  );
}

function TaskRow({ task, totalWeight, oohUrl, useLine }: { task: ProfileTask; totalWeight: number; oohUrl: string | null; useLine: string | null }) {
  const cell = (index: number) => ({ flex: COLUMNS[index]?.flex ?? 1, paddingRight: 5 });
  return (
    <View style={styles.row} wrap={false}>
      <View style={{ flexDirection: "column", width: "100%" }}>
        <View style={{ flexDirection: "row" }}>
          <Text style={[cell(0), { fontSize: 9 }]}>{task.statement}</Text>
          <View style={cell(1)}>
            <Text>{task.taskType ?? "Unlabelled"}</Text>
            <Text style={[styles.small, styles.muted]}>{`w = ${task.weight} · ${Math.round((task.weight / totalWeight) * 100)}% of time`}</Text>
          </View>
          <Label flex={COLUMNS[2]?.flex ?? 1} code={task.humanLabel} meaning={EXPOSURE_MEANING[task.humanLabel as ExposureLabel]?.short} />
          <Label flex={COLUMNS[3]?.flex ?? 1} code={task.gpt4Label} meaning={EXPOSURE_MEANING[task.gpt4Label as ExposureLabel]?.short} />
          <Label flex={COLUMNS[4]?.flex ?? 1} code={task.automationLabel} meaning={AUTOMATION_MEANING[task.automationLabel as AutomationLabel]?.short} />
          <View style={cell(5)}>
            <ScoreCell score={task.score} />
          </View>
        </View>
        <View style={{ paddingRight: 40, marginTop: 1 }}>
          {task.explanation === null ? null : <ExplainedText style={styles.small} sentences={task.explanation} />}
          <Text style={[styles.small, styles.muted]}>{`O*NET task ${task.taskId} (${task.onetSoc}).`}</Text>
          {useLine === null ? null : <Text style={[styles.small, styles.muted]}>{`${useLine}.`}</Text>}
          {task.evidenceText ? (
            <View style={styles.quote}>
              <Text style={styles.small}>
                <Text style={styles.muted}>BLS {EVIDENCE_SECTION[task.evidenceKind ?? ""] ?? "text"}: </Text>“{task.evidenceText}”
                <Text style={styles.muted}>
                  {" "}
                  — Occupational Outlook Handbook
                  {oohUrl ? (
                    <>
                      {" ("}
                      <Link src={oohUrl} style={styles.link}>
                        source
                      </Link>
                      {")"}
                    </>
                  ) : null}
                  , same activity, word similarity {task.evidenceSimilarity?.toFixed(2) ?? "—"}
                </Text>
              </Text>
            </View>
          ) : null}
        </View>
      </View>
    </View>
  );
}

/** Every task with its score, weight, both raters' labels, an explanation and BLS evidence. */
export function TasksSection({ data }: { data: ReportData }) {
  const { tasks, ooh, measuredUse } = data.profile;
  const releases = measuredUse?.sources?.claude.map((release) => release.id) ?? [];
  const claudeLine = (taskId: number) => {
    const use = measuredUse?.tasks[taskId];
    return use === undefined ? null : claudeTaskSentence(use, releases);
  };
  const totalWeight = tasks.reduce((sum, task) => sum + task.weight, 0);
  const sorted = [...tasks].sort((a, b) => b.score * b.weight - a.score * a.weight || a.taskId - b.taskId);
  return (
    <Section
      title="3. Task-level analysis"
      intro={`${tasks.length} tasks, each scored 0–100 for current-generation AI feasibility and weighted by importance (Core 2, Supplemental 1); heaviest contribution to the score first.`}
    >
      <Paragraph style={[styles.small, styles.muted]}>
        Exposure labels (GPTs-are-GPTs rubric): E0 {EXPOSURE_MEANING.E0.short.toLowerCase()}; E1 {EXPOSURE_MEANING.E1.short.toLowerCase()} — {EXPOSURE_MEANING.E1.long}; E2{" "}
        {EXPOSURE_MEANING.E2.short.toLowerCase()} — {EXPOSURE_MEANING.E2.long}. Automation levels T0 (none) to T4 (full automation with no person involved). {taskFormula()}
      </Paragraph>
      {tasks.length === 0 ? (
        <Text style={styles.notice}>O*NET lists no rated tasks for this occupation.</Text>
      ) : (
        <View style={styles.table}>
          <HeaderRow columns={COLUMNS} />
          {sorted.map((task) => (
            <TaskRow key={task.taskId} task={task} totalWeight={totalWeight} oohUrl={ooh?.url ?? null} useLine={claudeLine(task.taskId)} />
          ))}
        </View>
      )}
    </Section>
  );
}
