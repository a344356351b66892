import { G, Link, Rect, Svg, Text, View } from "@react-pdf/renderer";

import type { ProAnalyses } from "@/db/queries/pro";
import { formatDecimal, formatPercent, formatShare } from "@/lib/format";
import { HEATMAP_COLUMNS, type HeatmapCell } from "@/lib/pro/heatmap";
import { educationText, jobZoneText, relatedText, skillToBuildText, technologyText, wageDeltaText } from "@/lib/pro/pivot-text";
import { likelyUseSentences } from "@/lib/pro/tools";
import { allBands, scoringConfig } from "@/lib/scoring";

import { INK, PRESSURE_HEX, pressureHex, pressureTint } from "../colors";
import { REPORT_FONT_FAMILY } from "../fonts";
import type { ReportData } from "../model";
import { Caption, HeaderRow, Paragraph, Section, Subheading, Table, type Column } from "../primitives";
import { CONTENT_WIDTH, styles } from "../styles";

/**
 * The Pro analyses of db/queries/pro.ts, with the wording of components/pro/*: task heatmap,
 * career pivot paths, wage impact and AI tool recommendations.
 */

const svgText = (size: number, bold = false) => ({ fontFamily: REPORT_FONT_FAMILY, fontSize: size, fontWeight: bold ? 700 : 400 });

function Unavailable() {
  return <Text style={styles.notice}>This analysis could not be computed for this occupation from the current data.</Text>;
}

// --- task heatmap ----------------------------------------------------------------------------

const HEATMAP_TABLE: readonly Column[] = [{ label: "Task", flex: 8 }, ...HEATMAP_COLUMNS.map((column) => ({ label: column.short, flex: 1.15, numeric: true }))];

/** One cell: the value printed on a light tint of its colour, with a solid edge. */
function HeatCell({ cell, flex }: { cell: HeatmapCell; flex: number }) {
  return (
    <Text
      style={{
        flex,
        marginHorizontal: 1,
        fontSize: 8.5,
        textAlign: "right",
        backgroundColor: cell.value === null ? INK.subtle : pressureTint(cell.value),
        borderLeftWidth: 2,
        borderLeftColor: cell.value === null ? INK.border : pressureHex(cell.value),
        paddingVertical: 2,
        paddingRight: 3,
      }}
    >
      {cell.text}
    </Text>
  );
}

function PressureLegend() {
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 6 }}>
      {allBands().map((band) => (
        <View key={band.id} style={{ flexDirection: "row", alignItems: "center", marginRight: 10 }}>
          <View style={{ width: 8, height: 8, backgroundColor: PRESSURE_HEX[band.id], marginRight: 3 }} />
          <Text style={styles.small}>
            {band.range} {band.label.toLowerCase()}
          </Text>
        </View>
      ))}
    </View>
  );
}

function Heatmap({ heatmap }: { heatmap: ProAnalyses["heatmap"] }) {
  const { rows, multipliers } = heatmap;
  if (rows.length === 0) return <Text style={styles.notice}>O*NET lists no rated tasks for this occupation, so there is no heatmap.</Text>;
  const flex = (index: number) => HEATMAP_TABLE[index]?.flex ?? 1;
  return (
    <View>
      <Paragraph style={[styles.small, styles.muted]}>
        {rows.length} tasks, largest contribution to the task score first. Labels count as E0 = 0, E1 = 100, E2 = 50 and T0–T4 = 0, 25, 50, 75, 100; seniority
        columns are the task score times the category multiplier (entry ×{multipliers.entry.toFixed(2)}, mid ×1.00, senior ×{multipliers.senior.toFixed(2)}).
      </Paragraph>
      <PressureLegend />
      <View style={styles.table}>
        <HeaderRow columns={HEATMAP_TABLE} />
        {rows.map((row) => (
          <View key={`${row.onetSoc}-${row.taskId}`} style={[styles.row, { alignItems: "center", paddingVertical: 2 }]} wrap={false}>
            <View style={{ flex: flex(0), paddingRight: 5 }}>
              <Text style={{ fontSize: 8 }}>{row.statement}</Text>
              <Text style={[styles.small, styles.muted]}>
                {row.taskType ?? "Unlabelled"} · {Math.round(row.timeShare * 100)}% of time · {formatDecimal(row.contribution)} pts of T
              </Text>
            </View>
            {HEATMAP_COLUMNS.map((column, index) => (
              <HeatCell key={column.id} cell={row.cells[column.id]} flex={flex(index + 1)} />
            ))}
          </View>
        ))}
      </View>
      <Caption>Every cell prints its value (— where the task was not rated); the colour follows the same 0–100 scale as the score.</Caption>
    </View>
  );
}

// --- career pivots ---------------------------------------------------------------------------

const PIVOT_COLUMNS: readonly Column[] = [
  { label: "Target occupation", flex: 4.4 },
  { label: "Score", flex: 1.4, numeric: true },
  { label: "Similarity", flex: 1.4, numeric: true },
  { label: "Pay difference", flex: 2.4, numeric: true },
  { label: "Entry education", flex: 2.6 },
  { label: "Outlook 2024–34", flex: 1.6, numeric: true },
];

function Pivots({ pivots }: { pivots: ProAnalyses["pivots"] }) {
  return (
    <View>
      <Paragraph style={[styles.small, styles.muted]}>{pivots.method}</Paragraph>
      {pivots.targets.length === 0 ? (
        <Text style={styles.notice}>{pivots.emptyMessage}</Text>
      ) : (
        <Table
          columns={PIVOT_COLUMNS}
          rows={pivots.targets}
          rowKey={(pivot) => pivot.soc}
          cells={(pivot) => [
            <View key="title">
              <Text style={styles.bold}>{pivot.title}</Text>
              <Text style={[styles.small, styles.muted]}>
                SOC {pivot.soc} · Job Zone {jobZoneText(pivot)}
              </Text>
              <Text style={[styles.small, styles.muted]}>Why: {relatedText(pivot)}</Text>
              <Text style={[styles.small, styles.muted]}>
                Shared strengths: {[...pivot.shared.skills, ...pivot.shared.knowledge].join(", ") || "none stands out in both"}
              </Text>
              <Text style={[styles.small, styles.muted]}>
                Skills to build: {pivot.toBuild.length === 0 ? "none needs a higher level" : pivot.toBuild.map(skillToBuildText).join(", ")}
              </Text>
              {pivot.technologies.length > 0 ? (
                <Text style={[styles.small, styles.muted]}>Technologies to learn: {pivot.technologies.map(technologyText).join(", ")}</Text>
              ) : null}
            </View>,
            <View key="score">
              <Text style={[styles.num, styles.bold]}>{String(pivot.score)}</Text>
              <Text style={[styles.num, styles.small, styles.muted]}>{pivot.scoreDrop} points lower</Text>
            </View>,
            pivot.similarity.toFixed(2),
            <View key="wage">
              <Text style={styles.num}>{wageDeltaText(pivot.wage)}</Text>
              <Text style={[styles.num, styles.small, styles.muted]}>median {pivot.wage.target.text}</Text>
            </View>,
            educationText(pivot),
            pivot.outlookPct === null ? "not projected" : `${formatPercent(pivot.outlookPct, { signed: true })} employment`,
          ]}
        />
      )}
      <Caption>
        Wages: OEWS May 2025 medians. Education: BLS typical entry education. Skills, knowledge, technologies, Job Zones, related occupations: O*NET 30.1.
        Work activities: Microsoft Working with AI.
      </Caption>
    </View>
  );
}

// --- wage impact -----------------------------------------------------------------------------

const LEVEL_LABELS = { entry: "Entry", mid: "Mid", senior: "Senior" } as const;

function WageChart({ impact }: { impact: ProAnalyses["wageImpact"] }) {
  const { levels } = impact;
  const labelWidth = 48;
  const barMax = CONTENT_WIDTH - labelWidth - 4;
  const rowHeight = 32;
  const maxWage = Math.max(1, ...levels.map((level) => level.wage.value ?? 0));
  return (
    <Svg width={CONTENT_WIDTH} height={levels.length * rowHeight + 4}>
      {levels.map((level, index) => {
        const y = index * rowHeight + 2;
        const wageWidth = ((level.wage.value ?? 0) / maxWage) * barMax;
        const exposedWidth = ((level.exposed.value ?? 0) / maxWage) * barMax;
        const label = level.exposed.value === null ? `${level.wage.text}: cannot be computed` : `${level.exposed.text} of ${level.wage.text} (${formatShare(level.share ?? 0)})`;
        return (
          <G key={level.level}>
            <Text x={0} y={y + 11} fill={INK.text} style={svgText(8.5, true)}>
              {LEVEL_LABELS[level.level]}
            </Text>
            <Rect x={labelWidth} y={y + 2} width={Math.max(wageWidth, 1)} height={13} fill={INK.track} />
            {exposedWidth > 0 ? <Rect x={labelWidth} y={y + 2} width={exposedWidth} height={13} fill={pressureHex(Math.round((level.share ?? 0) * 100))} /> : null}
            <Text x={labelWidth} y={y + 25} fill={INK.muted} style={svgText(7.5)}>
              {label}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

const WAGE_COLUMNS: readonly Column[] = [
  { label: "Level", flex: 3 },
  { label: "Wage", flex: 2, numeric: true },
  { label: "Share", flex: 1.5, numeric: true },
  { label: "Exposed", flex: 2, numeric: true },
];

function WageImpact({ impact }: { impact: ProAnalyses["wageImpact"] }) {
  const { levels, percentiles, highShare, threshold, vintage } = impact;
  const notes = levels.flatMap((level) => (level.note === null ? [] : [`${LEVEL_LABELS[level.level]}: ${level.note}`]));
  const shareText = highShare === null ? "No rated tasks" : `${formatShare(highShare)} of weighted task time`;
  return (
    <View>
      <Paragraph>
        Wages are BLS {vintage} annual wages (Occupational Employment and Wage Statistics). {shareText} is in tasks scoring {threshold} or more; the wage exposed is the
        level’s wage times that share, adjusted by the seniority multiplier (entry ≈ 25th percentile, mid ≈ median, senior ≈ 75th percentile).
      </Paragraph>
      {impact.noWages ? (
        <Text style={styles.notice}>{vintage} publishes no wages for this occupation, so the wage exposed cannot be computed.</Text>
      ) : (
        <View wrap={false}>
          <WageChart impact={impact} />
          <Caption>
            Filled part: wage exposed to tasks scoring {threshold}+; full bar: the level’s wage ({vintage}).
          </Caption>
          <Table
            columns={WAGE_COLUMNS}
            rows={levels}
            rowKey={(level) => level.level}
            width="75%"
            cells={(level) => [
              `${LEVEL_LABELS[level.level]} (${level.percentile === "p50" ? "median" : `${level.percentile.replace("p", "")}th pct.`}, ×${level.multiplier.toFixed(2)})`,
              level.wage.text,
              level.share === null ? "—" : formatShare(level.share),
              level.exposed.value === null ? "cannot be computed" : level.exposed.text,
            ]}
          />
        </View>
      )}
      {notes.map((note) => (
        <Paragraph key={note} style={[styles.small, styles.muted]}>
          {note}
        </Paragraph>
      ))}
      <Subheading>{vintage} annual wage percentiles</Subheading>
      <View style={{ flexDirection: "row", marginBottom: 6 }}>
        {percentiles.map((percentile) => (
          <View key={percentile.key} style={{ flex: 1 }}>
            <Text style={[styles.small, styles.muted]}>{percentile.label}</Text>
            <Text style={styles.bold}>{percentile.wage.text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

// --- AI tools --------------------------------------------------------------------------------

function Tools({ tools }: { tools: ProAnalyses["tools"] }) {
  if (tools.recommendations.length === 0) return <Text style={styles.notice}>{tools.emptyMessage}</Text>;
  return (
    <View>
      <Paragraph style={[styles.small, styles.muted]}>
        Matched from our hand-curated catalogue to this occupation’s tasks scoring {scoringConfig.highTaskScore} or more, by the verbs and keywords of each task. Examples are
        illustrations, not endorsements.
      </Paragraph>
      {tools.recommendations.map((recommendation) => (
        <View key={recommendation.categoryId} style={{ marginBottom: 8, borderBottomWidth: 0.5, borderBottomColor: INK.border, paddingBottom: 5 }} wrap={false}>
          <Text style={[styles.bold, { fontSize: 10 }]}>{recommendation.name}</Text>
          <Text>{recommendation.description}</Text>
          <Text style={[styles.small, { marginTop: 2 }]}>
            <Text style={styles.muted}>Examples: </Text>
            {recommendation.examples.map((example, index) => (
              <Text key={example.url}>
                {index > 0 ? ", " : ""}
                <Link src={example.url} style={styles.link}>
                  {example.name}
                </Link>{" "}
                ({example.vendor})
              </Text>
            ))}
          </Text>
          {likelyUseSentences(recommendation.likelyUsed).map((sentence) => (
            <Text key={sentence} style={[styles.small, { marginTop: 2 }]}>
              {sentence}
            </Text>
          ))}
          <Text style={[styles.small, styles.muted, { marginTop: 2 }]}>
            Helps with {recommendation.tasks.length} {recommendation.tasks.length === 1 ? "task" : "tasks"}:
          </Text>
          {recommendation.tasks.map((task) => (
            <Text key={`${task.onetSoc}-${task.taskId}`} style={[styles.small, { marginLeft: 8 }]}>
              • {task.statement} <Text style={styles.muted}>(score {task.score}; matched: {task.matchedTerms.join(", ")})</Text>
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

// --- sections --------------------------------------------------------------------------------

export function HeatmapSection({ data }: { data: ReportData }) {
  return (
    <Section title="4. Task heatmap" intro="Every task against both raters, the automation level and the entry, mid and senior adjusted scores.">
      {data.pro ? <Heatmap heatmap={data.pro.heatmap} /> : <Unavailable />}
    </Section>
  );
}

export function PivotsWageToolsSections({ data }: { data: ReportData }) {
  const { pro } = data;
  return (
    <>
      <Section title="5. Career pivot paths" intro="Up to eight lower-pressure occupations that use similar skills, with the pay difference, entry education and outlook.">
        {pro ? <Pivots pivots={pro.pivots} /> : <Unavailable />}
      </Section>
      <Section title="6. Wage impact" intro="The share of pay tied to high-scoring tasks at each seniority level.">
        {pro ? <WageImpact impact={pro.wageImpact} /> : <Unavailable />}
      </Section>
      <Section title="7. AI tool recommendations" intro="The AI tools that help with this job’s exposed tasks; each names the tasks it helps with.">
        {pro ? <Tools tools={pro.tools} /> : <Unavailable />}
      </Section>
    </>
  );
}
