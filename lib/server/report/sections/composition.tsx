import { G, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";

import type { OccupationProfile } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { compositionPrecision, SIGNAL_NAMES } from "@/lib/scoring";

import { INK, pressureHex, SIGNAL_HEX } from "../colors";
import { REPORT_FONT_FAMILY } from "../fonts";
import type { ReportData } from "../model";
import { Caption, Paragraph, Row, Section, Table, type Column } from "../primitives";
import { CONTENT_WIDTH, styles } from "../styles";

const svgText = (size: number, bold = false) => ({ fontFamily: REPORT_FONT_FAMILY, fontSize: size, fontWeight: bold ? 700 : 400 });

/** Stacked bar of each signal's points (weight × value), as in components/occupation/SignalComposition.tsx. */
function CompositionChart({ signals, score }: { signals: OccupationProfile["signals"]; score: number }) {
  const width = CONTENT_WIDTH;
  const barY = 20;
  const barHeight = 26;
  const scale = (points: number) => (points / 100) * width;
  const total = signals.reduce((sum, signal) => sum + signal.contribution, 0);
  const segments = signals.map((signal, index) => ({
    signal,
    x: scale(signals.slice(0, index).reduce((sum, previous) => sum + previous.contribution, 0)),
    width: Math.max(scale(signal.contribution), 0),
  }));
  const totalX = Math.min(scale(total), width - 2);
  const shown = compositionPrecision(
    signals.map((signal) => signal.contribution),
    score,
  );
  return (
    <Svg width={width} height={74}>
      <Rect x={0} y={barY} width={width} height={barHeight} fill={INK.track} />
      {segments.map(({ signal, x, width: segmentWidth }) => (
        <G key={signal.signal}>
          <Rect x={x} y={barY} width={segmentWidth} height={barHeight} fill={SIGNAL_HEX[signal.signal]} fillOpacity={signal.imputed ? 0.45 : 1} />
          {segmentWidth > 16 ? (
            <Text x={x + segmentWidth / 2} y={barY + barHeight / 2 + 3} textAnchor="middle" fill="#ffffff" style={svgText(8, true)}>
              {signal.signal}
            </Text>
          ) : null}
        </G>
      ))}
      {[0, 25, 50, 75, 100].map((tick) => (
        <G key={tick}>
          <Line x1={scale(tick)} x2={scale(tick)} y1={barY + barHeight} y2={barY + barHeight + 4} stroke={INK.muted} strokeWidth={0.5} />
          <Text x={Math.min(Math.max(scale(tick), 5), width - 8)} y={barY + barHeight + 13} textAnchor="middle" fill={INK.muted} style={svgText(7)}>
            {String(tick)}
          </Text>
        </G>
      ))}
      <Text x={totalX} y={12} textAnchor={total > 85 ? "end" : "middle"} fill={INK.text} style={svgText(8, true)}>
        {`= ${shown.total.toFixed(shown.digits)} → ${score}`}
      </Text>
    </Svg>
  );
}

const COMPOSITION_COLUMNS: readonly Column[] = [
  { label: "Signal", flex: 5 },
  { label: "Value", flex: 1.2, numeric: true },
  { label: "Weight", flex: 1.2, numeric: true },
  { label: "Points", flex: 1.2, numeric: true },
];

export function SignalCompositionSection({ data }: { data: ReportData }) {
  const { occupation, signals } = data.profile;
  const points = compositionPrecision(
    signals.map((signal) => signal.contribution),
    occupation.score ?? 0,
  );
  return (
    <Section title="1. Signal composition" intro="How the 0–100 score is assembled from the task signal and four occupation-level signals.">
      {occupation.score === null ? (
        <Text style={styles.notice}>No score without rated tasks.</Text>
      ) : (
        <View>
          <CompositionChart signals={signals} score={occupation.score} />
          <Caption>
            Points each signal adds to the score (weight × value). Faded segments use the category prior because the occupation’s own value is not published.
          </Caption>
          <Table
            columns={COMPOSITION_COLUMNS}
            rows={signals}
            rowKey={(signal) => signal.signal}
            cells={(signal, index) => [
              <View key="name" style={{ flexDirection: "row", alignItems: "center" }}>
                <View style={{ width: 8, height: 8, backgroundColor: SIGNAL_HEX[signal.signal], opacity: signal.imputed ? 0.45 : 1, marginRight: 4 }} />
                <Text>
                  {signal.signal} · {SIGNAL_NAMES[signal.signal]}
                  {signal.imputed ? "  (category prior)" : ""}
                </Text>
              </View>,
              formatDecimal(signal.value),
              signal.weight.toFixed(2),
              (points.parts[index] ?? 0).toFixed(points.digits),
            ]}
          >
            <Row columns={COMPOSITION_COLUMNS} cells={["Sum of points", "", "1.00", points.total.toFixed(points.digits)]} />
            <Row columns={COMPOSITION_COLUMNS} total cells={[<Text key="label" style={styles.bold}>Score (rounded)</Text>, "", "", <Text key="score" style={[styles.bold, styles.num]}>{String(occupation.score)}</Text>]} />
          </Table>
        </View>
      )}
    </Section>
  );
}

const SENIORITY_COLUMNS: readonly Column[] = [
  { label: "Level", flex: 3 },
  { label: "Multiplier", flex: 1.5, numeric: true },
  { label: "Score", flex: 1.5, numeric: true },
];

export function SenioritySection({ data }: { data: ReportData }) {
  const { occupation, category } = data.profile;
  const { entryScore, midScore, seniorScore } = occupation;
  if (occupation.score === null || entryScore === null || midScore === null || seniorScore === null) {
    return (
      <Section title="2. By seniority" intro="Multiplicative adjustment from the category curve.">
        <Text style={styles.notice}>No seniority scores without a score.</Text>
      </Section>
    );
  }
  const levels = [
    { label: "Entry", score: entryScore, multiplier: category?.entryMultiplier ?? 1 },
    { label: "Mid", score: midScore, multiplier: 1 },
    { label: "Senior", score: seniorScore, multiplier: category?.seniorMultiplier ?? 1 },
  ];
  const width = CONTENT_WIDTH;
  const rowHeight = 24;
  const labelWidth = 48;
  const barMax = width - labelWidth - 90;
  return (
    <Section title="2. By seniority" intro="Multiplicative adjustment from the category curve.">
      <View wrap={false}>
        <Svg width={width} height={levels.length * rowHeight + 4}>
          {levels.map((level, index) => {
            const y = index * rowHeight + 2;
            const barWidth = (level.score / 100) * barMax;
            return (
              <G key={level.label}>
                <Text x={0} y={y + 13} fill={INK.text} style={svgText(9, true)}>
                  {level.label}
                </Text>
                <Rect x={labelWidth} y={y + 2} width={barMax} height={16} fill={INK.track} />
                <Rect x={labelWidth} y={y + 2} width={barWidth} height={16} fill={pressureHex(level.score)} />
                <Text x={labelWidth + barWidth + 5} y={y + 13} fill={INK.text} style={svgText(8.5)}>
                  {`${level.score}  (×${level.multiplier.toFixed(2)})`}
                </Text>
              </G>
            );
          })}
        </Svg>
        <Caption>Multipliers from the {category?.title ?? "category"} curve: routine-heavy categories load more pressure on entry level.</Caption>
      </View>
      <Table columns={SENIORITY_COLUMNS} rows={levels} rowKey={(level) => level.label} width="60%" cells={(level) => [level.label, `×${level.multiplier.toFixed(3)}`, String(level.score)]} />
      <Paragraph>
        Entry-level roles carry the brunt: they concentrate the routine, automatable tasks, while senior roles hold more of the judgement and accountability.
      </Paragraph>
    </Section>
  );
}
