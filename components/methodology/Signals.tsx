import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import type { BuildMeta } from "@/db/queries/meta";
import { formatDecimal, formatInteger, formatShare } from "@/lib/format";
import { outlookSignal, scoringConfig, SIGNAL_IDS, SIGNAL_NAMES, type SignalId } from "@/lib/scoring";
import { DataTable } from "@/components/ui/DataTable";

/** §2: the five signals, their definitions, fallbacks and imputation counts. */
export function Signals({ imputed, total, build }: { imputed: Record<SignalId, number>; total: number; build: BuildMeta }) {
  return (
    <section aria-labelledby="signals">
      <h2 id="signals">2. Five signals</h2>
      <p>
        Tasks tell us what AI could do; four outside signals say how much of that is already showing up in the job’s digital exposure,
        its projected growth, hiring and credentials. Each is put on the same 0–100 scale, where higher means more pressure.
      </p>
      <SignalTable imputed={imputed} total={total} postingsWindow={build.postingsWindow} />
      <p>
        <strong>Category prior.</strong> When an occupation has no value of its own for D, O, M or E, it takes the mean of that signal
        over the occupations of its SOC major group that do have one (if none does, the economy-wide mean). Such a value is flagged
        “imputed” on the profile page, with the number of occupations behind it. The task signal T has no fallback: an occupation without
        rated tasks gets no score and says so.
      </p>
      <p>
        For O, a projected change of +5% gives {formatDecimal(outlookSignal(5))}, no change gives {formatDecimal(outlookSignal(0))} and a
        10% decline gives {formatDecimal(outlookSignal(-10))}. For E, input (a) is the mean task signal of all occupations sharing the
        same typical entry education:
      </p>
      <EducationTable taskSignalByEducation={build.taskSignalByEducation} />
    </section>
  );
}

const SIGNAL_DEFINITIONS: Record<SignalId, { definition: (window: { start: string; end: string } | null) => string; fallback: string; source: string; href: string }> = {
  T: {
    definition: () => "Weighted mean of the occupation’s task scores: Σ weight·score / Σ weight.",
    fallback: "None: no rated task means no score.",
    source: "O*NET 27 tasks; GPTs-are-GPTs labels (2023)",
    href: "/sources#onet-gpts",
  },
  D: {
    definition: () =>
      `${scoringConfig.digitalScale} × the 0–10 Digital AI Exposure of the Occupational Outlook Handbook profile covering the occupation (through BLS’s O*NET-SOC → NEM → OOH crosswalk of 2025-08-28).`,
    fallback: "Category prior",
    source: "Karpathy/BLS Digital AI Exposure",
    href: "/sources#digital-exposure",
  },
  O: {
    definition: () =>
      `clamp(${scoringConfig.outlook.center} − ${scoringConfig.outlook.perPercentPoint} × BLS projected % change in employment 2024–34 (Table 1.2; SOC codes BLS reports together use their NEM aggregate), 0, 100): shrinking occupations score higher.`,
    fallback: "Category prior",
    source: "BLS Employment Projections 2024–34",
    href: "/sources#bls-ep",
  },
  M: {
    definition: (window) =>
      `clamp(${scoringConfig.postings.center} + (national index − sector index), 0, 100), each the mean of the last ${scoringConfig.postings.windowDays} days of the sector file${window === null ? "" : ` (${window.start} to ${window.end})`}: a sector whose postings lag all postings scores higher.`,
    fallback: "Category prior (always for farming, fishing and forestry, which no sector covers)",
    source: "Indeed Hiring Lab Job Postings Index",
    href: "/sources#indeed",
  },
  E: {
    definition: () =>
      "Mean of (a) the mean task signal of all occupations with the same typical entry education and (b) 100 × the share of workers aged 25+ holding more education than that entry level (credential drift).",
    fallback: "Category prior",
    source: "BLS Employment Projections, Tables 1.7 and 5.3",
    href: "/sources#bls-ep",
  },
};

function SignalTable({ imputed, total, postingsWindow }: { imputed: Record<SignalId, number>; total: number; postingsWindow: { start: string; end: string } | null }) {
  return (
    <DataTable
      scroll={styles.tableWrap}
      rows={SIGNAL_IDS}
      rowKey={(id) => id}
      columns={[
        { key: "signal", header: "Signal", rowHeader: true, cell: (id) => `${id} · ${SIGNAL_NAMES[id]}` },
        { key: "definition", header: "Definition (0–100, higher = more pressure)", cell: (id) => SIGNAL_DEFINITIONS[id].definition(postingsWindow) },
        { key: "fallback", header: "When missing", cell: (id) => SIGNAL_DEFINITIONS[id].fallback },
        { key: "weight", header: "Weight", numeric: true, cell: (id) => formatShare(scoringConfig.signalWeights[id]) },
        {
          key: "imputed",
          header: "Imputed",
          numeric: true,
          cell: (id) => (
            <>
              {formatInteger(imputed[id])} <span className="visually-hidden">of</span>
              <span className="small muted" aria-hidden="true"> /</span> {formatInteger(total)}
            </>
          ),
        },
        { key: "source", header: "Source", cell: (id) => <Link href={SIGNAL_DEFINITIONS[id].href}>{SIGNAL_DEFINITIONS[id].source}</Link> },
      ]}
    />
  );
}

function EducationTable({ taskSignalByEducation }: { taskSignalByEducation: Record<string, number> }) {
  const rows = Object.entries(taskSignalByEducation).sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return null;
  return (
    <DataTable
      scroll={styles.tableWrap}
      rows={rows}
      rowKey={([education]) => education}
      columns={[
        { key: "education", header: "Typical entry education", rowHeader: true, cell: ([education]) => education },
        { key: "signal", header: "Mean task signal", numeric: true, cell: ([, value]) => formatDecimal(value) },
      ]}
    />
  );
}
