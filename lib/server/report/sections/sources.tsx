import { Link, Text, View } from "@react-pdf/renderer";

import { formatTimestamp } from "@/lib/format";
import { scoringConfig } from "@/lib/scoring";
import { DATA_SOURCES } from "@/lib/sources";

import type { ReportData } from "../model";
import { Paragraph, Section, Subheading } from "../primitives";
import { styles } from "../styles";

/** How the number is built, in brief, with the weights of lib/scoring/config.ts. */
function MethodSummary() {
  const w = scoringConfig.signalWeights;
  return (
    <View>
      <Subheading>How the score is built</Subheading>
      <Paragraph>
        Each O*NET task is scored 0–100 from two independent exposure ratings (human annotators and GPT-4) and GPT-4’s automation level. The task signal T is the
        importance-weighted mean of the task scores (Core tasks count {scoringConfig.taskWeights.Core}, Supplemental {scoringConfig.taskWeights.Supplemental}). Four
        occupation-level signals add context: D, digital AI exposure of the BLS Handbook profile; O, the projected employment change 2024–34; M, job postings in the
        occupation’s sector against all postings; E, education and credential drift. A signal the sources do not publish for this occupation takes the mean of its
        category and is marked as imputed.
      </Paragraph>
      <Paragraph>
        Score = round({w.T} × T + {w.D} × D + {w.O} × O + {w.M} × M + {w.E} × E), clamped to 0–100. Entry and senior scores multiply the score by the category’s
        seniority curve, derived from how routine and structured the category’s work is.
      </Paragraph>
      <Paragraph>
        The score measures pressure from current-generation AI on the tasks of a job as O*NET describes them. It is not a forecast of job losses: pressure on tasks can
        change what a job consists of without reducing employment.
      </Paragraph>
    </View>
  );
}

export function SourcesSection({ data }: { data: ReportData }) {
  return (
    <Section title="9. Sources and attribution" intro="The public data behind every number in this report, with the attribution each licence asks for.">
      {DATA_SOURCES.map((source) => (
        <View key={source.id} style={{ marginBottom: 7 }} wrap={false}>
          <Text style={styles.bold}>
            {source.name} <Text style={[styles.muted, { fontWeight: 400 }]}>— {source.publisher}</Text>
          </Text>
          <Text>{source.attribution}</Text>
          <Text style={[styles.small, styles.muted]}>
            Licence: {source.licence}
            {source.licenceUrl ? ` (${source.licenceUrl.replace(/^https?:\/\//, "")})` : ""} · Vintage: {source.vintage} ·{" "}
            <Link src={source.url} style={styles.link}>
              {source.url.replace(/^https?:\/\//, "")}
            </Link>
          </Text>
          <Text style={[styles.small, styles.muted]}>Used for: {source.usedFor}</Text>
        </View>
      ))}
      <MethodSummary />
      <Subheading>About this copy</Subheading>
      <Paragraph>
        Generated {formatTimestamp(data.generatedAt)} from data version {data.dataVersion}; the copy&rsquo;s buyer is printed at the foot of every page. Numbers
        change when the sources are refreshed; the data version identifies the build this copy was made from.
      </Paragraph>
    </Section>
  );
}
