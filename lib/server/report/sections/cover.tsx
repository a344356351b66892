import { Link, Rect, Svg, Text, View } from "@react-pdf/renderer";

import { formatCompact, formatPercent, formatTimestamp, formatWage } from "@/lib/format";
import { allBands, verdictBand } from "@/lib/scoring";

import { INK, PRESSURE_HEX, pressureHex } from "../colors";
import { ExplainedText } from "../explained";
import { REPORT_FONT_FAMILY } from "../fonts";
import type { ReportData } from "../model";
import { bookmarkProps } from "../primitives";
import { CONTENT_WIDTH, styles } from "../styles";
import { dataVintage } from "../text";

const CONTENTS = [
  "Signal composition",
  "By seniority",
  "Task-level analysis",
  "Task heatmap",
  "Career pivot paths",
  "Wage impact",
  "AI tool recommendations",
  "External signals and sources",
  "Sources and attribution",
];

/** The 0–100 scale in its five bands with a marker at the score: a vector chart with printed numbers. */
function ScoreScale({ score }: { score: number }) {
  const width = CONTENT_WIDTH;
  const barY = 14;
  const barHeight = 10;
  const x = (value: number) => (value / 100) * width;
  const bands = allBands();
  const marker = Math.min(Math.max(x(score), 1), width - 1);
  return (
    <Svg width={width} height={46}>
      {bands.map((band) => {
        const [from, to] = band.range.split("–").map(Number);
        const start = from ?? 0;
        const end = (to ?? 100) + (band.range.endsWith("100") ? 0 : 1);
        return (
          <Rect key={band.id} x={x(start)} y={barY} width={x(end) - x(start)} height={barHeight} fill={PRESSURE_HEX[band.id]} fillOpacity={band.id === verdictBand(score).id ? 1 : 0.35} />
        );
      })}
      <Rect x={marker - 1} y={barY - 6} width={2} height={barHeight + 12} fill={INK.text} />
      <Text x={Math.min(Math.max(marker, 14), width - 14)} y={8} textAnchor="middle" fill={INK.text} style={{ fontFamily: REPORT_FONT_FAMILY, fontSize: 8, fontWeight: 700 }}>
        {String(score)}
      </Text>
      {bands.map((band) => {
        const [from] = band.range.split("–").map(Number);
        return (
          <Text key={band.id} x={x(from ?? 0) + 2} y={barY + barHeight + 14} fill={INK.muted} style={{ fontFamily: REPORT_FONT_FAMILY, fontSize: 7 }}>
            {`${band.label} ${band.range}`}
          </Text>
        );
      })}
    </Svg>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ width: "33%", marginBottom: 6, paddingRight: 8 }}>
      <Text style={[styles.small, styles.muted]}>{label}</Text>
      <Text style={styles.bold}>{value}</Text>
    </View>
  );
}

export function Cover({ data }: { data: ReportData }) {
  const { occupation, category, ooh, vintages, reportedWith, explanations } = data.profile;
  const band = occupation.score === null ? null : verdictBand(occupation.score);
  return (
    <View>
      <Text style={{ fontSize: 9, fontWeight: 700, color: INK.muted, marginBottom: 18 }}>AI pressure report</Text>
      <Text style={{ fontSize: 10, color: INK.muted }}>
        SOC {occupation.soc} · {category?.title ?? `Group ${occupation.categoryCode}`}
      </Text>
      <Text style={{ fontSize: 24, fontWeight: 700, lineHeight: 1.2, marginTop: 2, marginBottom: 14 }} {...bookmarkProps(occupation.title)}>
        {occupation.title}
      </Text>

      {occupation.score === null || band === null ? (
        <Text style={styles.notice}>
          Not enough data: this occupation has no rated tasks, so it has no AI pressure score. Its other signals are listed in this report.
        </Text>
      ) : (
        <View style={{ marginBottom: 10 }}>
          <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 8 }}>
            <View style={{ borderLeftWidth: 6, borderLeftColor: pressureHex(occupation.score), paddingLeft: 10, marginRight: 16, flexDirection: "row", alignItems: "flex-end" }}>
              <Text style={{ fontSize: 40, fontWeight: 700, lineHeight: 1 }}>{String(occupation.score)}</Text>
              <Text style={{ fontSize: 12, color: INK.muted, marginLeft: 2, marginBottom: 4 }}>/100</Text>
            </View>
            <View style={{ flex: 1 }}>
              {explanations === null ? (
                <Text style={{ fontSize: 13, fontWeight: 700, marginBottom: 2 }}>{band.headline}</Text>
              ) : (
                <>
                  <ExplainedText style={{ fontSize: 13, fontWeight: 700, marginBottom: 2 }} sentences={explanations.headline.slice(0, 1)} />
                  <ExplainedText style={{ fontSize: 10 }} sentences={explanations.headline.slice(1)} />
                </>
              )}
              <Text style={[styles.small, styles.muted, { marginTop: 3 }]}>
                AI pressure score, band “{band.label}” ({band.range}).
              </Text>
            </View>
          </View>
          <ScoreScale score={occupation.score} />
        </View>
      )}

      {explanations === null ? null : (
        <>
          <ExplainedText style={[styles.paragraph, { fontSize: 10 }]} sentences={[explanations.outlook]} />
          {explanations.summary.length === 0 ? null : <ExplainedText style={[styles.paragraph, { fontSize: 10 }]} sentences={explanations.summary} />}
        </>
      )}

      <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginBottom: 6 }}>
        <Fact
          label={`Employment, ${vintages?.projectionsBaseYear ?? "base year"}`}
          value={
            occupation.employment === null
              ? "not published"
              : `${formatCompact(occupation.employment)}${occupation.nemCode !== null && occupation.nemCode !== occupation.soc ? ` (with ${reportedWith.map((o) => o.title.toLowerCase()).join(", ") || "others"}, as ${occupation.nemTitle})` : ""}`
          }
        />
        <Fact label={`Projected change ${vintages?.projections ?? ""}`} value={occupation.changePct === null ? "not published" : formatPercent(occupation.changePct, { signed: true })} />
        <Fact label={`Median pay, ${vintages?.projectionsBaseYear ?? "base year"}`} value={formatWage(occupation.epMedianWage, occupation.epMedianWageTopCoded)} />
        <Fact label="Typical entry education" value={occupation.entryEducation ?? "not published"} />
        <Fact label="Tasks rated" value={String(occupation.taskCount)} />
        <Fact label="Category" value={category?.title ?? occupation.categoryCode} />
      </View>

      {occupation.summary ? (
        <View style={[styles.quote, { marginBottom: 12 }]}>
          <Text>{occupation.summary}</Text>
          <Text style={[styles.small, styles.muted]}>
            — {occupation.summarySource}
            {ooh ? (
              <>
                {" "}
                (<Link src={ooh.url} style={styles.link}>
                  {ooh.url.replace(/^https?:\/\//, "")}
                </Link>
                )
              </>
            ) : null}
          </Text>
        </View>
      ) : null}

      <View style={{ backgroundColor: INK.subtle, padding: 10, marginTop: 6 }}>
        <Text>
          <Text style={styles.bold}>Generated </Text>
          {formatTimestamp(data.generatedAt)}
        </Text>
        <Text>
          <Text style={styles.bold}>Data version </Text>
          {data.dataVersion}
        </Text>
        <Text style={[styles.small, styles.muted, { marginTop: 2 }]}>{dataVintage(data)}</Text>
      </View>

      <View style={{ marginTop: 14 }}>
        <Text style={styles.subheading}>In this report</Text>
        {CONTENTS.map((entry, index) => (
          <Text key={entry}>
            {index + 1}. {entry}
          </Text>
        ))}
      </View>
    </View>
  );
}
