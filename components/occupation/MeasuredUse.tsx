import { DataTable } from "@/components/ui/DataTable";
import { Explained } from "@/components/ui/Explained";
import type { MeasuredUseData } from "@/db/queries/measured-use";
import type { Sentence } from "@/lib/explanations/sources";
import { formatDecimal, formatPercent, formatShare } from "@/lib/format";
import { MEASURE_LABELS, MEASURES, type MeasureId } from "@/lib/measured-use";
import { adoptionGapSentence, formatConversationShare, ordinal, trendSentence } from "@/lib/measured-use/text";

import styles from "./profile.module.css";

type Row = MeasuredUseData["occupation"];

/** The strip's percentiles of one occupation, in MEASURES order. */
export function measureStrip(row: Row): Record<MeasureId, number | null> {
  return { score: row.pScore, betaHuman: row.pBetaHuman, betaGpt4: row.pBetaGpt4, applicability: row.pApplicability, coverage: row.pCoverage, digital: row.pDigital };
}

/** The ChatGPT monthly line as server-rendered SVG (no script), with its data table beside it. */
function TrendChart({ points }: { points: MeasuredUseData["monthly"] }) {
  const width = 600;
  const height = 180;
  const left = 52;
  const bottom = 28;
  const top = 10;
  const max = Math.max(...points.map((p) => p.value)) * 1.1 || 1;
  const x = (i: number) => left + (points.length === 1 ? 0 : (i / (points.length - 1)) * (width - left - 10));
  const y = (value: number) => top + (1 - value / max) * (height - top - bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const first = points[0]!;
  const last = points.at(-1)!;
  return (
    <div className={styles.chartAndTable}>
      <figure className={styles.figure}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chatgpt-trend-title" className={styles.svg}>
          <title id="chatgpt-trend-title">{`ChatGPT work-related messages on this occupation's work activities: ${formatPercent(first.value, { digits: 2 })} in ${first.month}, ${formatPercent(last.value, { digits: 2 })} in ${last.month}`}</title>
          <line x1={left} x2={width - 10} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.4} />
          <line x1={left} x2={left} y1={top} y2={y(0)} stroke="currentColor" strokeOpacity={0.4} />
          {[0, max / 2, max].map((tick) => (
            <text key={tick} x={left - 6} y={y(tick) + 4} textAnchor="end" className={styles.tick}>
              {formatPercent(tick, { digits: 2 })}
            </text>
          ))}
          <text x={x(0)} y={height - 8} className={styles.tick}>
            {first.month}
          </text>
          <text x={x(points.length - 1)} y={height - 8} textAnchor="end" className={styles.tick}>
            {last.month}
          </text>
          <path d={path} fill="none" stroke="var(--accent, currentColor)" strokeWidth={2} />
          {points.map((p, i) => (
            <circle key={p.month} cx={x(i)} cy={y(p.value)} r={2.5} fill="var(--accent, currentColor)" />
          ))}
        </svg>
        <figcaption className="small muted">Share of US work-related ChatGPT messages on the work activities of this occupation, weighted by how much each activity matters in it.</figcaption>
      </figure>
      <DataTable
        testId="chatgpt-trend-table"
        caption="ChatGPT monthly trend"
        captionClassName="visually-hidden"
        rows={points}
        rowKey={(p) => p.month}
        columns={[
          { key: "month", header: "Month", rowHeader: true, cell: (p) => p.month },
          { key: "share", header: "Share of messages", numeric: true, cell: (p) => formatPercent(p.value, { digits: 3 }) },
        ]}
      />
    </div>
  );
}

/** Percentiles of the six measures side by side, with the spread and the agree / contested label. */
export function MeasureStrip({ row, agreement }: { row: Row; agreement: Sentence | null }) {
  const strip = measureStrip(row);
  return (
    <>
      <DataTable
        testId="measure-strip"
        caption="Percentile among scored occupations under each measure"
        captionClassName="visually-hidden"
        rows={MEASURES}
        rowKey={(id) => id}
        columns={[
          { key: "measure", header: "Measure", rowHeader: true, cell: (id) => MEASURE_LABELS[id] },
          { key: "percentile", header: "Percentile", numeric: true, cell: (id) => (strip[id] === null ? "—" : Math.round(strip[id])) },
          {
            key: "rank",
            header: "Where it ranks",
            cell: (id) => {
              const value = strip[id];
              return value === null ? (
                <span className="muted">no value for this occupation</span>
              ) : (
                <span className={styles.scoreBar} aria-hidden="true">
                  <span style={{ width: `${value}%`, background: "var(--accent, currentColor)" }} />
                </span>
              );
            },
          },
        ]}
      />
      {agreement === null ? null : (
        <p data-testid="measure-agreement">
          <Explained sentences={[agreement]} />
        </p>
      )}
      <p data-testid="adoption-gap">{adoptionGapSentence(row.adoptionGap, row.pTaskSignal, row.pCoverage)}</p>
    </>
  );
}

/**
 * "Measured AI use": what people already do with AI on this work, beside what the score says
 * AI could do. Each figure names its source and period; "not seen" is said, not hidden.
 */
export function MeasuredUse({ data, agreement }: { data: MeasuredUseData; agreement: Sentence | null }) {
  const { occupation: row, monthly, sources } = data;
  const claudeReleases = sources?.claude.map((release) => release.id) ?? [];
  const claudeSource = sources?.claude[0]?.label ?? "Anthropic Economic Index";
  const copilot = sources === null ? "Microsoft Working with AI" : `${sources.copilot.label}, ${sources.copilot.period}`;
  const chatgpt = sources === null ? "OpenAI Signals" : `${sources.chatgpt.label}, ${sources.chatgpt.firstMonth} to ${sources.chatgpt.lastMonth}`;
  const noneSeen = row.scoredTasks > 0 && row.seenTasks === 0;
  return (
    <>
      {row.scoredTasks === 0 ? (
        <p className="notice">This occupation has no rated tasks, so no task can be looked up in Claude use.</p>
      ) : noneSeen ? (
        <p className="notice" data-testid="no-matched-tasks">
          None of this occupation’s {row.scoredTasks} tasks is seen in Claude use (Anthropic Economic Index, {claudeReleases.join(" and ")} releases): observed coverage is 0. That is a finding, not missing data.
        </p>
      ) : null}
      <DataTable
        testId="measured-use-table"
        className={styles.sourceTable}
        caption="Measured AI use with source and period"
        captionClassName="visually-hidden"
        rows={[
          {
            measure: "Observed coverage U",
            value: (
              <>
                {row.coverage === null ? "—" : `${formatDecimal(row.coverage)} of 100`}
                <div className="small muted">
                  {row.seenTasks} of {row.scoredTasks} tasks seen in Claude use, weighted Core 2, Supplemental 1
                </div>
              </>
            ),
            source: <>{claudeSource}; a task the newest release lacks is looked up in the {claudeReleases.slice(1).join(", ") || "earlier"} release</>,
          },
          {
            measure: "Usage share",
            value: (
              <>
                {row.usageShare === null ? "—" : `${formatConversationShare(row.usageShare)} of conversations`}
                <div className="small muted">sum over this occupation’s tasks</div>
              </>
            ),
            source: <>{claudeSource}</>,
          },
          {
            measure: "Automation vs augmentation",
            value: (
              <>
                {row.automationShare === null ? (
                  <span className="muted">no classified conversations</span>
                ) : (
                  `${formatShare(row.automationShare)} automation, ${formatShare(1 - row.automationShare)} augmentation`
                )}
                <div className="small muted">automation: directive and feedback loop; augmentation: task iteration, validation, learning</div>
              </>
            ),
            source: <>{claudeSource}</>,
          },
          {
            measure: "Copilot applicability",
            value: (
              <>
                {row.applicability === null ? "—" : `${row.applicability.toFixed(2)} on Microsoft’s 0–1 scale`}
                {row.copilotSoc !== null && row.copilotSoc !== row.soc ? (
                  <div className="small muted">Microsoft reports this occupation under SOC {row.copilotSoc} together with others</div>
                ) : null}
                <div className="small muted">
                  It follows what people ask Bing Copilot, weighted by completion and scope; that is why it rates passenger attendants high and medical transcriptionists low. It is not exposure.
                </div>
              </>
            ),
            source: <>{copilot}</>,
          },
          {
            measure: "ChatGPT trend",
            value: (
              <>
                {row.chatgptFirst === null || row.chatgptLast === null ? (
                  "—"
                ) : (
                  <>
                    {formatPercent(row.chatgptFirst, { digits: 2 })} → {formatPercent(row.chatgptLast, { digits: 2 })} of messages
                    <div className="small muted">{trendSentence(row.chatgptChange, monthly[0]?.month ?? null, monthly.at(-1)?.month ?? null)}</div>
                  </>
                )}
              </>
            ),
            source: <>{chatgpt}</>,
          },
        ]}
        rowKey={(figure) => figure.measure}
        columns={[
          { key: "measure", header: "Measure", rowHeader: true, cell: (figure) => figure.measure },
          { key: "value", header: "Value", cell: (figure) => figure.value },
          { key: "source", header: "Source and period", label: "Source and period", cell: (figure) => figure.source },
        ]}
      />
      {monthly.length > 0 ? <TrendChart points={monthly} /> : <p className="notice">No ChatGPT monthly data for this occupation’s work activities.</p>}
      <h3>Measures side by side</h3>
      <p className="small muted">
        Where this occupation ranks (percentile among the scored occupations, {ordinal(0)} lowest to {ordinal(100)} highest) under each published measure. They measure different things: capability (our score, β, D) and use (Copilot, Claude).
      </p>
      <MeasureStrip row={row} agreement={agreement} />
    </>
  );
}
